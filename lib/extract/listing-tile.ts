/**
 * Small readers shared by listing tiles, order lines and shop adapters: visible text, prices,
 * ratings, ad labels, pack quantities, absolute links. Pure functions of elements passed in.
 */
import { parseMoney, type MoneyHints } from './money';
import { RATING_PATTERNS, SPONSORED_LABEL, TILE_UNIT_PRICE } from './words';
import { RATING_BOX } from './words-class';
import { TILE_PACK_PATTERNS } from './words-facts';

export { firstText, priceTextOf, textOf } from './element-text';
import { SKIPPED_TAGS, priceTextOf } from './element-text';

/**
 * The first element matching one of `selectors` (ordered fallbacks) whose text is a single price,
 * read as one run of text so that split digits ("12<sup>.48</sup>") join up.
 */
export function firstPrice(
  root: ParentNode,
  selectors: readonly string[],
  hints: MoneyHints,
): { el: Element; price: number; currency: string | null } | null {
  for (const sel of selectors) {
    for (const el of Array.from(root.querySelectorAll(sel))) {
      const money = priceFromText(priceTextOf(el), hints);
      if (money) return { el, ...money };
    }
  }
  return null;
}

/** Money hints for a page: its host and declared language. */
export function pageHints(doc: Document, url: URL): MoneyHints {
  return { host: url.hostname, locale: doc.documentElement?.getAttribute('lang') || null };
}

const CURRENCY_MARK = String.raw`(?:[$€£¥₹₩₽₺₪฿₫₱₴]|円|zł|Kč|kr\.?|R\$|CHF|Fr\.|\b(?:USD|EUR|GBP|JPY|CNY|INR|CAD|AUD|CHF|SEK|NOK|DKK|PLN|CZK|HUF|BRL|MXN|TRY)\b)`;
/** A currency mark right next to a number, either side: "$12.48", "2.998,00 €", "EUR 10,79". */
export const PRICE_TEXT = new RegExp(`${CURRENCY_MARK}\\s?\\d|\\d\\s?${CURRENCY_MARK}`);
/** Per-unit prices ("$6.24 / Pack", "(€2.69/kg)", "per 100 g") are never the item's price. */
const UNIT_PRICE = TILE_UNIT_PRICE;

/** A price read from displayed text, or null when it is not one single price (range, unit price). */
export function priceFromText(text: string, hints: MoneyHints): { price: number; currency: string | null } | null {
  if (!text || !PRICE_TEXT.test(text) || UNIT_PRICE.test(text)) return null;
  const money = parseMoney(text, hints);
  return money ? { price: money.amount, currency: money.currency } : null;
}

/**
 * Visit elements and text nodes under `root` in document order (scripts and styles skipped) until
 * `visit` returns true, at most `budget` nodes. Iterative, by sibling pointers: no allocation per
 * node (a listing reads every tile this way).
 */
function scan(root: Element, visit: (node: Node) => boolean, budget = 5000): boolean {
  let node: Node | null = root.firstChild;
  while (node && --budget >= 0) {
    let descend = false;
    if (node.nodeType === 3) {
      if (visit(node)) return true;
    } else if (node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())) {
      if (visit(node)) return true;
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return false;
}

/** True when `node` sits in an aria-hidden subtree below `root` (read only for the rare candidates). */
function inAriaHidden(node: Node, root: Element): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement)
    if (el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

function ratingIn(s: string | null): number | null {
  // Every pattern names the scale ("of 5", "5つ星"): skip the regexes for the many texts without a 5.
  if (!s || s.length > 200 || !s.includes('5')) return null;
  for (const re of RATING_PATTERNS) {
    const m = re.exec(s);
    if (!m) continue;
    const value = Number(m[1]?.replace(',', '.'));
    if (Number.isFinite(value) && value >= 0 && value <= 5) return value;
  }
  return null;
}

/** A star rating 0-5 read from the text, aria-label or title of `el` and its descendants. */
export function readRating(el: Element): number | null {
  let found: number | null = null;
  scan(el, (node) => {
    if (node.nodeType === 3) found = ratingIn(node.nodeValue);
    else {
      const el = node as Element;
      found = ratingIn(el.getAttribute('aria-label')) ?? ratingIn(el.getAttribute('title'));
      // A bare score ("4.8") counts only inside an element named as a rating/star score.
      if (found === null && el.childElementCount === 0 && RATING_BOX.test(el.getAttribute('class') ?? '')) {
        const bare = /^\s*(\d(?:[.,]\d{1,2})?)\s*$/.exec(el.textContent ?? '');
        const v = bare?.[1] ? Number(bare[1].replace(',', '.')) : NaN;
        if (v >= 0 && v <= 5) found = v;
      }
    }
    return found !== null;
  });
  return found;
}

/** One selector per class set (".a, .b"), built once: a native query instead of a walk over every element. */
const classSelectors = new WeakMap<ReadonlySet<string>, string>();
const cssIdent = (c: string) => c.replace(/[^\w-]/g, (ch) => `\\${ch}`).replace(/^(-?\d)/, '\\3$1 ');

/** True when `root` or an element under it carries one of `classes`. */
export function hasClassIn(root: Element, classes: ReadonlySet<string>): boolean {
  if (!classes.size) return false;
  let sel = classSelectors.get(classes);
  if (!sel) classSelectors.set(classes, (sel = Array.from(classes, (c) => `.${cssIdent(c)}`).join(', ')));
  return root.matches(sel) || root.querySelector(sel) !== null;
}

/**
 * True when `tile` carries a visible ad label. Labels inside aria-hidden subtrees are ignored: eBay
 * prints "Anzeige" on every tile and hides it with page CSS except on ads, so we cannot tell.
 */
export function hasAdLabel(tile: Element): boolean {
  return scan(tile, (node) => {
    if (node.nodeType !== 3) return false;
    const t = (node.nodeValue ?? '').trim();
    return (
      t.length > 1 && t.length < 30 && SPONSORED_LABEL.test(t.replace(/[\s·|•:]+$/, '')) && !inAriaHidden(node, tile)
    );
  });
}

/** Units in the pack when the title states it ("(Pack of 2)" -> 2), else null. */
export function quantityFromTitle(title: string | null): number | null {
  if (!title) return null;
  for (const re of TILE_PACK_PATTERNS) {
    const m = re.exec(title);
    if (!m) continue;
    const n = Number(m[1]);
    if (Number.isInteger(n) && n >= 1 && n <= 500) return n;
  }
  return null;
}

/** `href` resolved against the page URL; null for empty, `javascript:` and unparsable links. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | null {
  if (!href || /^\s*(?:javascript:|#|mailto:|tel:)/i.test(href)) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A title cleaned of shop decoration; null when nothing meaningful is left. */
export function cleanTitle(text: string | null | undefined): string | null {
  if (!text) return null;
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length >= 2 && /\p{L}/u.test(t) ? t.slice(0, 500) : null;
}
