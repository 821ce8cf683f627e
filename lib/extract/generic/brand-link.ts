/**
 * The brand shown only as a link near the title, for pages that declare none: "Marke: <a>Bosch</a>",
 * "by <a>Anker</a>", "品牌：<a>美的</a>", "<span>Marca:</span> <a>Oster</a>". The words before the
 * link must be the whole label (BRAND_LINK_LABEL_TEXT: a brand label or "by"), so "Sold by <a>Shop
 * </a>" (the seller) and a sentence's links are not read. Links in related-products, menu or footer
 * regions are left out. Else a short box by the title whose class names the brand or maker
 * ("<a class=prod-brand-name>스타벅스</a>", "<div class=producertag>Lanadore</div>", BRAND_BOX), or a
 * link marked as the brand (bol.com's data-role="BRAND").
 */
import { classOf, type PageIndex } from './page-index';
import { productBlocksOf } from './item-id';
import { ELSEWHERE_LEVELS, elsewhereDistance } from './price';
import { clean } from './text';
import { BRAND_LINK_LABEL_TEXT } from '../words';
import { BRAND_BOX, LOGO_BOX } from '../words-class';

/** Links read at most in the product block. */
const MAX_LINKS = 200;
/** A brand's name is short; a longer link text is a sentence or a product's name. */
const MAX_NAME = 40;
/** The label before the link is short too. */
const MAX_LABEL = 30;
const LETTER = /\p{L}/u;

/** The text right before `el` in its parent (at most three nodes back), or before its parent when it comes first. */
function textBefore(el: Element): string {
  let s = '';
  // Back to the first node with words: "Marke: <a>", "<span>By</span> <a>" (not the heading before it).
  for (let n = el.previousSibling, k = 0; n && k < 3 && s.length <= MAX_LABEL; n = n.previousSibling, k++) {
    // A label is a text or a small element; a box of content before the link ends the look (unread).
    if (n.nodeType === 1 && (n as Element).childElementCount > 2) return '';
    s = (n.textContent ?? '') + s;
    if (s.trim()) break;
  }
  const t = clean(s, MAX_LABEL * 2) ?? '';
  if (t) return t;
  // "<span>品牌：</span><span><a>象印</a></span>": the link alone in a box whose sibling is the label.
  const parent = el.parentElement;
  if (parent && parent.firstChild === el && parent.childNodes.length === 1 && parent.previousElementSibling)
    return clean(parent.previousElementSibling.textContent, MAX_LABEL * 2) ?? '';
  return '';
}

export function brandFromLink(idx: PageIndex, titleEl: Element | null): string | null {
  if (!titleEl) return null;
  const elsewhere = elsewhereDistance(idx);
  let read = 0;
  for (const box of productBlocksOf(titleEl)) {
    const links = box.querySelectorAll('a');
    for (let i = 0; i < links.length && read < MAX_LINKS; i++, read++) {
      const a = links[i]!;
      if (a.firstElementChild && a.firstElementChild.tagName !== 'SPAN') continue;
      // The label first: most links have none before them, and their own text is then never read.
      const label = textBefore(a);
      if (!label || label.length > MAX_LABEL || !BRAND_LINK_LABEL_TEXT.test(label.toLowerCase())) continue;
      const name = clean(a.textContent, MAX_NAME + 1);
      if (!name || name.length > MAX_NAME || !LETTER.test(name)) continue;
      if (elsewhere(a) <= ELSEWHERE_LEVELS) continue;
      return name;
    }
  }
  return null;
}

/**
 * Elements that may be the brand's box: a class holding a brand word, any case (BRAND_BOX then
 * checks the hints), or a data-role naming the brand: what the selector `[class*="brand" i], ...,
 * [data-role*="brand" i]` finds. The class words are tested here, on each class string: the
 * browser's case-insensitive substring tests of every class in the product block cost milliseconds
 * on big shop pages (Chromium: 1-30 ms a document).
 */
const BRAND_CLASS_WORDS = ['brand', 'producer', 'manufacturer', 'vendor', 'marke', 'hersteller', 'producent'];
const BRAND_CLASS_WORD = new RegExp(BRAND_CLASS_WORDS.join('|'), 'i');
const BRAND_ROLE = '[data-role*="brand" i]';
const MAX_BOXES = 40;

/**
 * The elements of `box` that may be the brand's box, in document order, handed to `visit` until it
 * returns true. A non-Unicode `/i` regular expression of ASCII words matches ASCII letters in any
 * case and nothing else, as a selector's `i` flag does.
 */
export function forEachBrandBox(box: Element, visit: (el: Element) => boolean): void {
  const byRole = box.querySelector(BRAND_ROLE) !== null;
  const els = box.querySelectorAll(byRole ? `[class], ${BRAND_ROLE}` : '[class]');
  for (let i = 0; i < els.length; i++) {
    const el = els[i]!;
    const cls = classOf(el);
    if (((cls && BRAND_CLASS_WORD.test(cls)) || (byRole && el.matches(BRAND_ROLE))) && visit(el)) return;
  }
}

/** The brand's short box by the title (BRAND_BOX, not a logo), its text the brand; null when none. */
export function brandFromBox(idx: PageIndex, titleEl: Element | null): string | null {
  if (!titleEl) return null;
  const elsewhere = elsewhereDistance(idx, true);
  let read = 0;
  let name: string | null = null;
  for (const box of productBlocksOf(titleEl)) {
    if (read >= MAX_BOXES) break;
    forEachBrandBox(box, (el) => {
      read++;
      name = brandIn(idx, el, titleEl, elsewhere);
      return name !== null || read >= MAX_BOXES;
    });
    if (name !== null) return name;
  }
  return null;
}

/** The brand named by a candidate box of brandFromBox, or null. */
function brandIn(idx: PageIndex, el: Element, titleEl: Element, elsewhere: (el: Element) => number): string | null {
  const hints = idx.hintsOf(el);
  const marked = BRAND_BOX.test(hints) || BRAND_BOX.test((el.getAttribute('data-role') ?? '').toLowerCase());
  if (!marked || LOGO_BOX.test(hints) || el.contains(titleEl) || el.childElementCount > 2) return null;
  const name = clean(el.textContent, MAX_NAME + 1)?.replace(LEADING_LABEL, '');
  if (!name || name.length > MAX_NAME || !LETTER.test(name)) return null;
  if (elsewhere(el) <= ELSEWHERE_LEVELS) return null;
  return name;
}

/** A label before the name inside the box ("Marke: Bosch", "Brand: Anker"). */
const LEADING_LABEL = /^[^:：]{1,20}[:：]\s*/;
