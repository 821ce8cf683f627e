/** Small text helpers shared by the generic extractors. DOM-standard only (no innerText: it forces layout). */
import { NO_BRAND } from '../words-class';

/** Collapse whitespace (incl. no-break spaces) and trim; null for empty. Caps length to keep work bounded. */
export function clean(text: string | null | undefined, max = 500): string | null {
  if (text == null) return null;
  const s = String(text)
    .slice(0, max * 4)
    .replace(/[\s\u00A0\u202F\u200B\u200E\u200F]+/g, ' ')
    .trim();
  return s ? s.slice(0, max) : null;
}

/**
 * The node's textContent, or its first `max + 1` characters or more when it is longer (a prefix of
 * it): without building the whole text of a big subtree to test a short one's length.
 */
export function textUpTo(el: Node, max: number, acc = ''): string {
  for (let n = el.firstChild; n && acc.length <= max; n = n.nextSibling) {
    if (n.nodeType === 3 || n.nodeType === 4) acc += n.nodeValue ?? '';
    else if (n.nodeType === 1) acc = textUpTo(n, max, acc);
  }
  return acc;
}

export function textOf(el: Element | null | undefined, max = 500): string | null {
  return el ? clean(el.textContent, max) : null;
}

/** Shortest heading that can name a product: 3 characters, or 2 in a script that writes a word in one or two ("急須", "수건"). */
const MIN_TITLE = 3;
const MIN_DENSE_TITLE = 2;
const DENSE_SCRIPT = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;
export function titleLongEnough(t: string): boolean {
  return t.length >= MIN_TITLE || (t.length >= MIN_DENSE_TITLE && DENSE_SCRIPT.test(t));
}

/** Decode the few HTML entities that survive in JSON-LD strings ("&amp;", "&#39;"). */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return ' ';
    const code = k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

/** Strip trademark signs a brand carries in structured data ("Wade Logan®"). */
export function cleanBrand(s: string | null): string | null {
  const b = clean(s?.replace(/[®™©]/g, ''), 120);
  if (!b || NO_BRAND.test(b)) return null;
  return b;
}

/** Class + id of an element as one lowercase string, for cheap role tests. */
export function hints(el: Element): string {
  // class and id through their reflecting properties (cheaper than getAttribute in Chromium, '' when
  // absent); the attribute where the property is not a string (SVG's className, a form's shadowed `id`).
  const c: unknown = (el as HTMLElement).className;
  const cls = typeof c === 'string' ? c : (el.getAttribute('class') ?? '');
  const i: unknown = el.id;
  const id = typeof i === 'string' ? i : (el.getAttribute('id') ?? '');
  const testid = el.getAttribute('data-testid') ?? el.getAttribute('data-test') ?? '';
  return (cls + ' ' + id + ' ' + testid).toLowerCase();
}

/** Walk up to `depth` ancestors (including el); true when `test` matches any. */
export function someAncestor(el: Element, depth: number, test: (a: Element) => boolean): boolean {
  let cur: Element | null = el;
  for (let i = 0; cur && i < depth; i++, cur = cur.parentElement) if (test(cur)) return true;
  return false;
}

/** Digits only, accepted as a GTIN when 8, 12, 13 or 14 long. */
export function normaliseGtin(v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null;
  const d = String(v).replace(/[\s-]/g, '');
  return /^(\d{8}|\d{12,14})$/.test(d) ? d : null;
}

export function str(v: unknown, max = 300): string | null {
  if (typeof v === 'string') return clean(decodeEntities(v), max);
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/**
 * Number of element children, counting at most `limit + 1` (cheap "more than limit" tests:
 * some DOMs build the whole `children` list for `childElementCount`). The page index and the spec
 * pairs read `childElementCount` instead: in Chromium it counts without handing the children to
 * the script, whose first touch of an element costs a wrapper object (most of a cold walk's time).
 */
export function childCount(el: Element, limit: number): number {
  let n = 0;
  for (let c = el.firstElementChild; c && n <= limit; c = c.nextElementSibling) n++;
  return n;
}

/**
 * Every element below `root`, in document order: the live collection, whose walk in Chromium costs
 * less than building a static list of them (`querySelectorAll('*')`); the static list where the DOM
 * ignores the "*" name (linkedom gives no elements).
 */
export function allElements(root: Document | Element): ArrayLike<Element> {
  const all = root.getElementsByTagName('*');
  return all.length > 0 || !root.firstElementChild ? all : root.querySelectorAll('*');
}
