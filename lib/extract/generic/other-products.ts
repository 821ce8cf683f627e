/**
 * A block of other products known by its heading, whatever its class: "<section class=io-similar>
 * <h2>Slični proizvodi</h2><div class=io-card>… 399,99 RSD</div></section>", "<div class=
 * other-deals><h3>이 상품과 함께 본 특가</h3><div>… 15,900원</div></div>". An amount below such a
 * heading (in the heading's parent, after it) is another product's price, never the page's.
 *
 * Read per candidate amount: up to OTHER_LEVELS ancestors, and before each at most
 * HEADING_SIBLINGS preceding siblings; memoised per ancestor, so no query over the whole document.
 */
import { OTHER_PRODUCTS_HEADING_TEXT } from '../words';
import { SECTION_HEADING_BOX } from '../words-class';
import { clean, textUpTo } from './text';

/** Levels above an amount whose preceding siblings may be the block's heading. */
const OTHER_LEVELS = 6;
/** Preceding siblings read at each level. */
const HEADING_SIBLINGS = 3;
/** A heading is short. */
const HEADING_MAX = 80;

const HEADING_TAG = /^H[1-6]$/;

function isHeading(el: Element): boolean {
  return (
    HEADING_TAG.test(el.tagName) ||
    el.getAttribute('role') === 'heading' ||
    // A heading written as a box of its own: "<div class=section-title>", "<p class=block__heading>".
    SECTION_HEADING_BOX.test(el.getAttribute('class') ?? '')
  );
}

/** `el` is a heading naming other products ("Related products", "Похожие товары"). */
function namesOtherProducts(el: Element): boolean {
  if (!isHeading(el)) return false;
  // Read only up to the bound: a "header" box may hold the page's whole header.
  const t = textUpTo(el, HEADING_MAX * 2);
  if (t.length > HEADING_MAX * 2) return false;
  const text = clean(t, HEADING_MAX);
  return !!text && OTHER_PRODUCTS_HEADING_TEXT.test(text);
}

/**
 * A test, for one page, of whether an element sits under a heading naming other products, in a
 * block that does not hold the title (`titleEl`): the product's own block ends the climb.
 */
export function underOtherProductsHeading(titleEl: Element | null): (el: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    // Known for certain: a heading found, or the climb ended at the body or the product's own block
    // (a climb cut short by OTHER_LEVELS says nothing of the ancestors it read).
    let found: boolean | null = null;
    let cur: Element | null = el;
    for (let i = 0; cur && i <= OTHER_LEVELS; cur = cur.parentElement, i++) {
      if (cur.tagName === 'BODY' || (titleEl && cur.contains(titleEl))) {
        found = false;
        break;
      }
      const known = memo.get(cur);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(cur);
      if (headingBefore(cur, titleEl)) {
        found = true;
        break;
      }
    }
    if (!cur) found = false;
    if (found !== null) for (const p of path) memo.set(p, found);
    return found === true;
  };
}

/** One of the few siblings before `el` is a heading naming other products (not one holding the title). */
function headingBefore(el: Element, titleEl: Element | null): boolean {
  let s = el.previousElementSibling;
  for (let k = 0; s && k < HEADING_SIBLINGS; s = s.previousElementSibling, k++) {
    if (titleEl && s.contains(titleEl)) return false;
    if (namesOtherProducts(s)) return true;
  }
  return false;
}
