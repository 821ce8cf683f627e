/**
 * A struck-through or former price (a list, "was" or reference price), not the price to pay: by
 * its tag, its style, or its or a near ancestor's class. Shared by the visible-price search
 * (./price.ts) and the product bundle's price anchor (../facts-page.ts).
 */
import type { PageIndex } from './page-index';
import { someAncestor } from './text';
import { STRUCK_OR_FORMER } from '../words-class';

export function isStruck(el: Element, idx: Pick<PageIndex, 'hintsOf'>): boolean {
  return someAncestor(el, 4, (a) => {
    const tag = a.tagName;
    return (
      tag === 'S' ||
      tag === 'DEL' ||
      tag === 'STRIKE' ||
      (STRUCK_OR_FORMER.test(idx.hintsOf(a)) && !wrapsOtherStruck(a, el)) ||
      /line-through/.test(a.getAttribute('style') ?? '')
    );
  });
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
