/** Small text helpers shared by the generic extractors. DOM-standard only (no innerText: it forces layout). */
import { NO_BRAND } from '../words-class';

/** Collapse whitespace (incl. no-break spaces) and trim; null for empty. Caps length to keep work bounded. */
export function clean(text: string | null | undefined, max = 500): string | null {
  if (text == null) return null;
  let s = String(text).slice(0, max * 4);
  // Most short texts hold single spaces only: nothing to collapse, and no new string built.
  if (TO_COLLAPSE.test(s)) s = s.replace(SPACE_RUN, ' ');
  s = s.trim();
  return s ? s.slice(0, max) : null;
}
/** A run of whitespace, no-break, zero-width or direction-mark characters: one space in clean's text. */
const SPACE_RUN = /[\s\u00A0\u202F\u200B\u200E\u200F]+/g;
/**
 * What SPACE_RUN would change: a character of it other than a plain space, or two spaces in a row.
 * Without one, every run is a single space already (tests/property/clean.property.test.ts).
 */
const TO_COLLAPSE = /[^\S ]|[\u200B\u200E\u200F]| {2}/;

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

/**
 * The elements of `box` matching `selector` whose text holds at most `max` characters and a
 * character of `digit` (one character, no flags), in document order, among the first `limit` of
 * its elements matching `selector`; `visit` returns true to stop. Found from the text nodes with
 * such a character, upwards, instead of reading every element of a big box child by child: such an
 * element is an ancestor of one of those text nodes; the ancestors of one text node are read once,
 * and the climb stops at the first ancestor whose text is too long (its own ancestors' are longer
 * still). Ancestors come before descendants and earlier subtrees first: the order of
 * `box.querySelectorAll(selector)` (tests/property/item-id-scan.property.test.ts and
 * near-title-scan.property.test.ts hold the two scans built on it to their element-by-element loops).
 */
export function forEachShortAncestor(
  box: Element,
  scan: { max: number; digit: RegExp; selector: string; limit: number },
  visit: (el: Element) => boolean,
): void {
  const { max, digit, selector, limit } = scan;
  const seen = new Set<Element>();
  const chain: Element[] = [];
  // When the box holds more than `limit`: where the first `limit` end (candidates come in their order).
  // A box with at most `limit` elements holds no more candidates: no list to build (the usual case).
  const all = allElements(box).length > limit ? box.querySelectorAll(selector) : null;
  const capped = all !== null && all.length > limit;
  let j = 0;
  // Text and CDATA nodes: what textContent and textUpTo read.
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* SHOW_TEXT */ | 8 /* SHOW_CDATA_SECTION */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!digit.test(n.nodeValue ?? '')) continue;
    shortAncestors(n, box, max, seen, chain);
    for (let i = chain.length - 1; i >= 0; i--) {
      const el = chain[i]!;
      if (!el.matches(selector)) continue;
      if (capped) {
        while (j < limit && all![j] !== el) j++;
        // Past the first `limit`: so is every element after it.
        if (j === limit) return;
      }
      if (visit(el)) return;
    }
  }
}

/**
 * The ancestors of text node `n` below `box` not in `seen` whose text holds at most `max`
 * characters, nearest first, into `chain` (emptied first); each one climbed is added to `seen`.
 * The climb stops at the first ancestor whose text is longer (its own ancestors' are longer still)
 * and at one already seen (its ancestors were climbed from it before). Each ancestor's text length
 * is counted from its children's, the child climbed from counted as already read.
 */
function shortAncestors(n: Node, box: Element, max: number, seen: Set<Element>, chain: Element[]): void {
  chain.length = 0;
  let from: Node = n;
  let len = (n.nodeValue ?? '').length;
  for (let el = n.parentElement; el && el !== box && !seen.has(el); from = el, el = el.parentElement) {
    seen.add(el);
    len = lengthUpTo(el, from, len, max);
    if (len > max) return;
    chain.push(el);
  }
}

/** The length of `el`'s text, or more than `max`, its child `known` holding `knownLength` characters. */
function lengthUpTo(el: Element, known: Node, knownLength: number, max: number): number {
  let len = 0;
  for (let n = el.firstChild; n && len <= max; n = n.nextSibling) {
    if (n === known) len += knownLength;
    else if (n.nodeType === 3 || n.nodeType === 4) len += (n.nodeValue ?? '').length;
    else if (n.nodeType === 1) len += textUpTo(n, max - len).length;
  }
  return len;
}

/**
 * An element's textContent, read from its one text node where it has just that (a script's JSON: 100
 * kB and more on shop pages). The browser hands a text node's data to the script without a copy
 * (and the same string again on the next read), where textContent builds a new string of the
 * element's text on every read. The same text: textContent is its text nodes' data, joined.
 */
export function ownText(el: Element): string {
  const only = el.firstChild;
  if (only !== null && only === el.lastChild && only.nodeType === 3) return only.nodeValue ?? '';
  return el.textContent ?? '';
}

export function textOf(el: Element | null | undefined, max = 500): string | null {
  return el ? clean(el.textContent, max) : null;
}

/**
 * A heading's text with a space where one element ends and the next begins ("<h1><a>Koton</a>
 * <span>Kadın Trençkot</span></h1>" reads "Koton Kadın Trençkot", not "KotonKadın"): sibling
 * elements are separate fields. Text running on from an element ("<b>Sam</b>sung") stays joined.
 */
export function headingText(el: Element | null | undefined, max = 500): string | null {
  if (!el) return null;
  if (el.childElementCount < 2) return clean(el.textContent, max);
  let out = '';
  const walk = (n: Element, depth: number) => {
    for (let c = n.firstChild; c && out.length <= max; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.textContent ?? '';
      else if (c.nodeType === 1) {
        if (c.previousSibling?.nodeType === 1) out += ' ';
        if (depth < 6) walk(c as Element, depth + 1);
        else out += c.textContent ?? '';
      }
    }
  };
  walk(el, 0);
  return clean(out, max);
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

/**
 * Whether `a` comes before `b` in document order (an ancestor before its descendants), by their
 * ancestor chains: linkedom's compareDocumentPosition does not give the order, and this runs in Node
 * too. False for the same element, and for elements of two trees.
 */
export function precedes(a: Element, b: Element): boolean {
  const chain = (e: Element) => {
    const out: Element[] = [];
    for (let n: Element | null = e; n; n = n.parentElement) out.unshift(n);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  const [parent, na, nb] = [ca[i - 1], ca[i], cb[i]];
  // One chain ends inside the other: the shorter one's element is the other's ancestor.
  if (parent && (!na || !nb)) return !na && !!nb;
  if (!parent || !na || !nb) return false;
  const siblings = Array.from(parent.children);
  return siblings.indexOf(na) < siblings.indexOf(nb);
}
