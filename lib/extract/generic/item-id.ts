/**
 * The shop's own item number, as the shop shows it, when structured data has none: after a label
 * near the product ("Art.-Nr. 4711503", "Product code: 812/3457", "상품번호 : 2048163577"), else
 * the id segment of the URL ("/itm/1234567890", "/prod/DYAJ4T-A900ABCDE", "?pid=123456",
 * "-p-12345.html"). GTINs and manufacturer part numbers are separate fields, never this one.
 */
import { ITEM_ID_IN_TEXT, ITEM_ID_LABEL_EXACT } from '../words';
import { ITEM_PATH_SEGMENT_TEXT } from '../words-facts';
import { ELSEWHERE_LEVELS, elsewhereDistance } from './price';
import type { PageIndex } from './page-index';
import { childCount, clean } from './text';
import { pattern } from '../pattern';

/** Levels above the title that make up the product block searched for a labelled item number. */
const BLOCK_LEVELS = 5;
const MAX_SCANNED = 2500;
const MAX_TEXT = 80;

/** An id has a digit and is not a word: "4711503", "812/3457", "ZR-2291-NE", "P0000BKL". */
function idLike(v: string): boolean {
  return /\d/.test(v) && v.length >= 2 && v.length <= 40 && !/^\d{1,2}$/.test(v);
}

/** A value as shown, without the sentence punctuation after it. */
const trimValue = (v: string) => v.replace(/[.,;:)]+$/, '');

/** "Label: value" in one short element, or a label element followed by its value element. */
function labelledIn(el: Element): string | null {
  const t = clean(spacedText(el), MAX_TEXT * 2);
  if (!t || t.length > MAX_TEXT) return null;
  const value = ITEM_ID_IN_TEXT.exec(t)?.[1];
  if (value && idLike(trimValue(value))) return trimValue(value);
  if (ITEM_ID_LABEL_EXACT.test(t)) {
    const value = clean(el.nextElementSibling?.textContent, MAX_TEXT);
    const v = value?.replace(/^[:：#\s]+/, '');
    if (v && /^[A-Za-z0-9][A-Za-z0-9./_-]*$/.test(v) && idLike(v)) return v;
  }
  return null;
}

/** Text with a space at every element boundary, so "4711503</p><button>Buy" stays two words. */
function spacedText(el: Element, depth = 0): string {
  let out = '';
  for (let n = el.firstChild; n && out.length <= MAX_TEXT * 2; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1 && depth < 4) out += ' ' + spacedText(n as Element, depth + 1) + ' ';
  }
  return out;
}

/** The element's textContent, or its first `max + 1` characters or more when it is longer. */
export function textUpTo(el: Node, max: number, acc = ''): string {
  for (let n = el.firstChild; n && acc.length <= max; n = n.nextSibling) {
    if (n.nodeType === 3 || n.nodeType === 4) acc += n.nodeValue ?? '';
    else if (n.nodeType === 1) acc = textUpTo(n, max, acc);
  }
  return acc;
}

/** The product block around the title: a few levels up, never the body. */
export function productBlockOf(titleEl: Element): Element {
  let box: Element = titleEl;
  for (let i = 0; i < BLOCK_LEVELS && box.parentElement && box.parentElement.tagName !== 'BODY'; i++)
    box = box.parentElement;
  return box;
}

/** The item number printed after a label in the product block around the title. */
export function itemIdFromText(idx: PageIndex, titleEl: Element | null): string | null {
  if (!titleEl) return null;
  const box = productBlockOf(titleEl);
  const elsewhere = elsewhereDistance(idx);
  const all = box.querySelectorAll('p, span, div, li, dd, td, small, strong');
  for (let i = 0; i < all.length && i < MAX_SCANNED; i++) {
    const el = all[i];
    if (!el) continue;
    if (childCount(el, 4) > 4) continue;
    // Cheap tests first: an item number is a short text with a digit in it. The text is read only
    // up to the limit: textContent of each nested box of a big product block costs quadratic time.
    const raw = textUpTo(el, MAX_TEXT * 2);
    if (raw.length > MAX_TEXT * 2 || !/\d/.test(raw)) continue;
    const id = labelledIn(el);
    if (id && elsewhere(el) > ELSEWHERE_LEVELS) return id;
  }
  return null;
}

/** Levels above the title searched for the product box's id attribute. */
const ATTR_LEVELS = 8;

/**
 * The item id the product box carries as an attribute around the title: Salesforce Commerce
 * Cloud's `data-pid` (its product id, shown as "Item No."), `data-sku`. Not `data-product-id`:
 * on Magento and WooCommerce that is a database row number the shop never shows.
 */
export function itemIdFromAttributes(titleEl: Element | null): string | null {
  let cur = titleEl?.parentElement ?? null;
  for (let i = 0; cur && i < ATTR_LEVELS && cur.tagName !== 'BODY'; i++, cur = cur.parentElement) {
    const v = clean(cur.getAttribute('data-pid') ?? cur.getAttribute('data-sku'), 60);
    if (v && /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(v) && idLike(v)) return v;
  }
  return null;
}

/** Query parameters that carry the item id. */
const ID_PARAMS = [
  'pid',
  'productid',
  'product_id',
  'itemid',
  'item_id',
  'itemno',
  'item_no',
  'goodsno',
  'goods_no',
  'goodscode',
  'prdno',
  'product_no',
  'skuid',
  'sku',
  'articleid',
  'i_code',
  'id_product',
];
/** Ids at the end of the path: "-p-12345.html" (osCommerce), "/1234567890.html" (classifieds), "/12345/product.html", ... */
const ID_AT_END = [
  /-p-(\d{3,})\.html?$/i,
  // Marketplaces without ".html": "<slug>-p-123456789" (Trendyol), "<slug>-p-HBCV00001ABCD" (Hepsiburada).
  /-p-((?=[A-Za-z]*\d)[A-Za-z0-9]{5,40})\/?$/,
  // "<slug>-p123456789.html" (Tiki), "/p123456789" as the last segment (Salla, John Lewis).
  /-p(\d{5,})\.html?$/i,
  /\/p(\d{5,})\/?$/,
  /\/(\d{6,})\.html?$/i,
  /\/(\d{5,})\/product\.html?$/i,
  /[-_/]i(\d{6,})\.html?$/i,
];

/** A path segment that is an id, not a slug: no lowercase word in it ("sencha-100g" is a slug). */
function idSegment(seg: string): boolean {
  if (!/\d/.test(seg) || seg.length < 4 || seg.length > 40 || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(seg)) return false;
  return !seg.split(/[-_.]/).some((w) => /^[A-Za-z]{3,}$/.test(w) && /[a-z]/.test(w));
}

const ITEM_ID_VALUE = pattern(String.raw`^[A-Za-z0-9][\p{L}\p{N}./_ -]{1,39}$`, 'u');
/** An item number read from a label/value pair: starts with a letter or digit, one token, no sentence. */
export function cleanItemId(v: string | null | undefined): string | null {
  const t = clean(v, 60)?.replace(/^[:：#\s]+/, '');
  return t && ITEM_ID_VALUE.test(t) && t.split(' ').length <= 2 ? trimValue(t) : null;
}

/** The item id the URL carries, or null. */
export function itemIdFromUrl(url: URL): string | null {
  for (const [k, v] of url.searchParams)
    if (ID_PARAMS.includes(k.toLowerCase()) && /^[A-Za-z0-9-]{3,40}$/.test(v) && /\d/.test(v)) return v;
  const path = decodeURIComponentSafe(url.pathname);
  for (const re of ID_AT_END) {
    const id = re.exec(path)?.[1];
    if (id) return id;
  }
  const segs = path.split('/').filter(Boolean);
  for (let i = 0; i < segs.length - 1; i++) {
    const seg = segs[i];
    const next = segs[i + 1]?.replace(/\.html?$/i, '');
    if (!seg || !next || !ITEM_PATH_SEGMENT_TEXT.test(seg)) continue;
    if (idSegment(next)) return next;
    // "/shop/p/<slug>-108123456/", "/product/<slug>-123456789/": a slug ending in the numeric id.
    const tail = /-(\d{6,})$/.exec(next)?.[1];
    if (tail) return tail;
    // "/itm/Apple-iPhone-13/1234567890": a title slug, then the numeric id.
    const after = segs[i + 2]?.replace(/\.html?$/i, '');
    if (after && /^\d{6,}$/.test(after)) return after;
  }
  return null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
