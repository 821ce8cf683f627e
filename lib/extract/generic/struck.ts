/**
 * A struck-through or former price (a list, "was" or reference price), not the price to pay: by
 * its tag, its style, or its or a near ancestor's class. Shared by the visible-price search
 * (./price.ts) and the product bundle's price anchor (../facts-page.ts).
 *
 * The nearest class decides: an amount whose own class, or a nearer box's, names the discounted
 * price ("<div class=info_discount><span class=price_discount_gde>$7.499,00</span></div>") is not
 * struck by a discount or former-price class further up. A struck tag or style still strikes it.
 * Only the discounted price's words: a "price-final" container wraps Magento's old price too.
 */
import type { PageIndex } from './page-index';
import { DISCOUNTED_PRICE_BOX, STRUCK_OR_FORMER } from '../words-class';

const STRUCK_LEVELS = 4;

export function isStruck(el: Element, idx: Pick<PageIndex, 'hintsOf'>): boolean {
  let classSaysPay = false;
  let cur: Element | null = el;
  for (let i = 0; cur && i < STRUCK_LEVELS; i++, cur = cur.parentElement) {
    const a: Element = cur;
    const tag = a.tagName;
    if (tag === 'S' || tag === 'DEL' || tag === 'STRIKE' || /line-through/.test(a.getAttribute('style') ?? ''))
      return true;
    if (classSaysPay) continue;
    const hints = idx.hintsOf(a);
    if (STRUCK_OR_FORMER.test(hints) && !wrapsOtherStruck(a, el)) return true;
    classSaysPay = DISCOUNTED_PRICE_BOX.test(hints);
  }
  return false;
}

/**
 * A box whose class says discount or former price but which holds a struck amount of its own beside
 * `el`: it wraps both prices ("<p class=pdp-discount-container><span><strong>₹649</strong></span>
 * <span>MRP <s>₹1299</s></span></p>"), so its class says nothing about `el`.
 */
function wrapsOtherStruck(a: Element, el: Element): boolean {
  if (a === el) return false;
  const s = a.querySelector('s, del, strike');
  return !!s && !s.contains(el);
}
