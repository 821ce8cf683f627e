/**
 * Availability from the product's own buy button, for pages whose stock line has no telling class
 * name or is a template both states share (Shopify's Dawn prints a "Sold out" badge on every
 * product and hides it with CSS unless the product is sold out). The first button after the
 * title that names a purchase ("Add to cart", "In den Warenkorb", "В корзину", "カートに入れる")
 * and is not in a related-products region decides: enabled is in stock, disabled is not.
 * Links styled as buttons are left out: product tiles use them for their own "add to cart".
 */
import type { Availability } from '../types';
import { BUY_BUTTON_TEXT, NOTIFY_ME_TEXT, OUT_OF_STOCK_TEXT as OUT_OF_STOCK } from '../words';
import { stockSaid } from './stock-count';
import { ELSEWHERE_LEVELS, elsewhereDistance } from './price';
import { productBlockOf, productBlocksOf } from './item-id';
import type { PageIndex } from './page-index';
import { clean, textUpTo } from './text';
import { OPTION_GROUP_BOX } from '../words-class';
import { variantAvailability } from './variant-option';
import { underOtherProductsHeading } from './other-products';

const MAX_CONTROLS = 300;
/** A buy button's label is short; a longer text is a container or a sentence. */
const MAX_LABEL = 40;
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING (no DOM globals in lib/)

export function availabilityFromBuyButton(idx: PageIndex, doc: Document, titleEl: Element | null): Availability {
  if (!titleEl) return null;
  const elsewhere = elsewhereDistance(idx);
  const controls = doc.querySelectorAll('button, input[type="submit"], input[type="button"]');
  for (let i = 0; i < controls.length && i < MAX_CONTROLS; i++) {
    const el = controls[i];
    if (!el) continue;
    // Buttons before the title belong to the header (cart, search, menu).
    if (!(titleEl.compareDocumentPosition(el) & FOLLOWING)) continue;
    const label = clean(el.tagName === 'INPUT' ? el.getAttribute('value') : el.textContent, MAX_LABEL + 1);
    if (!label || label.length > MAX_LABEL || !BUY_BUTTON_TEXT.test(label)) continue;
    if (elsewhere(el) <= ELSEWHERE_LEVELS) continue;
    const disabled = el.hasAttribute('disabled') || el.getAttribute('aria-disabled') === 'true';
    return disabled ? 'OutOfStock' : 'InStock';
  }
  return null;
}

const MAX_SCANNED = 1500;

/**
 * A stock word ("В наличии", "在庫あり", "Dostępny", "Sin existencias") said by a short element of
 * the product block around the title, for stock lines whose class names say nothing.
 */
export function availabilityFromWords(idx: PageIndex, titleEl: Element | null): Availability {
  if (!titleEl) return null;
  const elsewhere = elsewhereDistance(idx);
  const boxes = productBlocksOf(titleEl);
  // A block of related products known only by its heading ("Sản phẩm liên quan") speaks of them.
  const otherProducts = underOtherProductsHeading(titleEl);
  let scanned = 0;
  // A sold-out word of one option of a size or colour picker speaks for that variant: the picker's
  // verdict (variant-option.ts) is kept, and a statement about the page itself after it wins.
  let variant: Availability = null;
  const said = (el: Element): Availability => {
    const kids = el.childElementCount;
    if (kids > 2) return null;
    // Read only up to the limit: textContent of each nested box of a big block costs quadratic time.
    // An element without element children is its text nodes alone: one native read, the same text.
    const raw = kids === 0 ? (el.textContent ?? '') : textUpTo(el, MAX_LABEL * 2);
    if (raw.length > MAX_LABEL * 2) return null;
    const t = clean(raw, MAX_LABEL);
    if (!t || t.length > MAX_LABEL) return null;
    // The words first: most short texts say nothing about stock, and the region test walks up.
    // A count ("Stok: 120", "재고 12개", "Noch 3 Stück") says it too (stock-count.ts).
    const s = stockSaid(t);
    if (s === null || elsewhere(el) <= ELSEWHERE_LEVELS || otherProducts(el)) return null;
    if (s === 'OutOfStock') {
      const v = variantAvailability(el, idx.hintsOf);
      if (v !== null) {
        variant ??= v;
        return null;
      }
    }
    return s;
  };
  for (let b = 0; b < boxes.length && scanned < MAX_SCANNED; b++) {
    const box = boxes[b]!;
    // A flat page's sibling after the block is read itself too ("<div class=stock>In stock</div>").
    if (b > 0 && box.matches(STOCK_SCANNED)) {
      scanned++;
      const s = said(box);
      if (s !== null) return s;
    }
    const all = box.querySelectorAll(STOCK_SCANNED);
    for (let i = 0; i < all.length && scanned < MAX_SCANNED; i++, scanned++) {
      const s = said(all[i]!);
      if (s !== null) return s;
    }
  }
  return variant;
}

/** The short elements the stock-word scan reads. */
const STOCK_SCANNED = 'span, div, p, li, td, dd, strong, b';

/** Controls that can stand where the buy button would: buttons, inputs, links, image buttons. */
const CONTROLS = 'button, input[type="submit"], input[type="button"], input[type="image"], a, img[alt]';
/** Option pickers (sizes, colours: OPTION_GROUP_BOX): a sold-out option says nothing about the product. */

function controlLabel(el: Element): string | null {
  const tag = el.tagName;
  const raw =
    tag === 'INPUT'
      ? el.getAttribute('value') || el.getAttribute('alt')
      : tag === 'IMG'
        ? el.getAttribute('alt')
        : null;
  return clean(raw ?? (textUpTo(el, MAX_LABEL * 2) || el.getAttribute('aria-label')), MAX_LABEL + 1);
}

/**
 * One of several controls side by side (size buttons): an option, not the buy control. A notify-me
 * control (`notify`) sits beside the buy button and the quantity's buttons: its siblings say nothing.
 */
function amongOptions(el: Element, idx: PageIndex, notify = false): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  if (!notify)
    for (let c = parent.firstElementChild; c; c = c.nextElementSibling)
      if (c !== el && c.tagName === el.tagName) return true;
  return (
    !!el.closest('fieldset, select, [role="radiogroup"]') ||
    OPTION_GROUP_BOX.test(idx.hintsOf(parent)) ||
    // A sold-out option of a picker, one level down ("<li><a aria-disabled>512 GB (Sold out)</a></li>").
    variantAvailability(el, idx.hintsOf) !== null
  );
}

/**
 * A sold-out statement on the control that stands in place of the buy button, after the title
 * ("<button disabled>Sold out</button>", "<a class=btn>Ausverkauft</a>", "<img alt="SOLD OUT">",
 * "<input value="品切れ">"), or asking to be told when it is back ("Avísame cuando esté disponible"):
 * shops without a stock line or class say it there. Out of stock only:
 * a control naming a purchase is the buy button's business.
 */
export function availabilityFromControl(idx: PageIndex, titleEl: Element | null): Availability {
  if (!titleEl) return null;
  const elsewhere = elsewhereDistance(idx);
  const all = productBlockOf(titleEl).querySelectorAll(CONTROLS);
  for (let i = 0; i < all.length && i < MAX_CONTROLS; i++) {
    const el = all[i];
    if (!el) continue;
    if (!(titleEl.compareDocumentPosition(el) & FOLLOWING)) continue;
    const label = controlLabel(el);
    // A request to be told when it is back ("Notify me when available", "Сообщить о поступлении").
    if (!label || label.length > MAX_LABEL) continue;
    const soldOut = OUT_OF_STOCK.test(label);
    if (!soldOut && !NOTIFY_ME_TEXT.test(label)) continue;
    if (elsewhere(el) <= ELSEWHERE_LEVELS || amongOptions(el, idx, !soldOut)) continue;
    return 'OutOfStock';
  }
  return null;
}

/**
 * The page's stock statements together. A stock line (class-named) speaks first, except that an
 * enabled buy button overrules its out-of-stock word (a badge template shown only by CSS); else a
 * stock word near the title; else a sold-out control in place of the buy button; else a stock class of the
 * product's own box. A buy button alone says nothing: many pages show one whatever the
 * stock, and an unknown is better than a guess.
 */
export function availabilityFromPage(
  stockLine: () => Availability,
  button: () => Availability,
  words: () => Availability,
  control: () => Availability = () => null,
  boxClass: () => Availability = () => null,
): Availability {
  // Each look runs only when the ones before it leave the answer open (the same answer as running
  // them all: the word and control scans are the costly ones).
  const line = stockLine();
  if (line === 'OutOfStock') return button() === 'InStock' ? 'InStock' : line;
  if (line) return line;
  const said = words();
  if (said) return said;
  // Then a sold-out control where the buy button would be (never beside an enabled buy button).
  const sold = button() === 'InStock' ? null : control();
  // Last, the stock a class of the product's own box names (WooCommerce's "outofstock").
  return sold ?? boxClass();
}
