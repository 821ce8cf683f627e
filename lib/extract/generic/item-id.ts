/**
 * The shop's own item number, as the shop shows it, when structured data has none: after a label
 * near the product ("Art.-Nr. 4711503", "Product code: 812/3457", "상품번호 : 2048163577"), else
 * the id segment of the URL ("/itm/1234567890", "/prod/DYAJ4T-A900ABCDE", "?pid=123456",
 * "-p-12345.html"). GTINs and manufacturer part numbers are separate fields, never this one.
 */
import {
  CODE_ALONE,
  ITEM_ID_IN_TEXT,
  ITEM_ID_LABEL_EXACT,
  MAKER_BEFORE_LABEL_END,
  NUMBER_ALONE,
  YIELDING_ITEM_ID_LABEL_START,
} from '../words';
import { ITEM_ID_PARAM_KEY, ITEM_PATH_CLOSING_TEXT, ITEM_PATH_SEGMENT_TEXT, PLATFORM_ITEM_PATH } from '../words-facts';
import { currencyFromMarks } from '../currencies';
import { ELSEWHERE_LEVELS, elsewhereDistance } from './price';
import type { PageIndex } from './page-index';
import { onAncestors } from './ancestors';
import { childCount, clean, forEachShortAncestor } from './text';
import { pattern } from '../pattern';
import { decodeURIComponentSafe } from '../../uri';

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
function labelledIn(el: Element, shop: RegExp | null): string | null {
  const t = labelText(el, shop);
  if (!t || t.length > MAX_TEXT) return null;
  const value = valueAfterLabel(t);
  if (value && idLike(trimValue(value))) return trimValue(value);
  if (ITEM_ID_LABEL_EXACT.test(t)) {
    const value = clean(el.nextElementSibling?.textContent, MAX_TEXT);
    const v = value?.replace(/^[:：#\s]+/, '');
    if (v && (ITEM_ID_TOKEN.test(v) || TWO_PART_NUMBER.test(v)) && idLike(v)) return v;
  }
  return null;
}

/** The value after an item-number label in a short text ("Art.-Nr. 4711503", "CODE: X", "Nr 85476"). */
function valueAfterLabel(t: string): string | undefined {
  const m = shopLabelled(t);
  if (m?.[1]) {
    const rest = t.slice(m.index + m[0].length);
    // A number in groups of three, as shown ("Cikkszám: 123 456"), not its first group; or in two
    // parts ("Art.-Nr.: 123 4567", "1234 567").
    const groups = /^\d{1,3}$/.test(m[1])
      ? (DIGIT_GROUPS.exec(rest) ?? SECOND_PART.exec(rest))?.[0]
      : /^\d{4}$/.test(m[1])
        ? SECOND_PART.exec(rest)?.[0]
        : undefined;
    const value = groups ? m[1] + groups : m[1];
    // An amount is no id: "Prix de référence 329€99" is a list price, not item "329".
    if (!moneyAfter(groups ? rest.slice(groups.length) : rest)) return value;
  }
  return CODE_ALONE.exec(t)?.[1] ?? NUMBER_ALONE.exec(t)?.[1] ?? HASH_NUMBER.exec(t)?.[1];
}

/** Labels read in one text at most (a line of identifiers holds a few). */
const MAX_LABELS = 4;

/**
 * The first item-number label and its value in `t` that is not the maker's ("Gyártói cikkszám:
 * 06019H1108 · Cikkszám: 123456" gives the second), the match's index in `t`.
 */
function shopLabelled(t: string): RegExpExecArray | null {
  let from = 0;
  for (let i = 0; i < MAX_LABELS; i++) {
    const m = ITEM_ID_IN_TEXT.exec(from ? t.slice(from) : t);
    if (!m) return null;
    m.index += from;
    // The match opens with the character before the label, where there is one.
    const labelAt = m.index + (/^[\s(|·,;]/.test(m[0]) ? 1 : 0);
    if (!MAKER_BEFORE_LABEL_END.test(t.slice(Math.max(0, labelAt - 40), labelAt))) return m;
    from = m.index + m[0].length;
  }
  return null;
}

/** Groups of three digits after a first group, each after one space ("123 456"), ending a word. */
const DIGIT_GROUPS = /^(?: \d{3})+(?![\d.,]?[\p{L}\p{N}])/u;
/**
 * The second part of a number written in two ("123 4567"): three or four digits after one space,
 * ending a word, and no unit after it ("Art.-Nr. 4711 1000 ml" is the number 4711 and a volume).
 */
const SECOND_PART = /^ \d{3,4}(?![\d.,]?[\p{L}\p{N}])(?!\s?\p{L}{1,3}(?!\p{L}))/u;
/** A number in two parts as a whole value ("123 4567"), the label in the element before. */
const TWO_PART_NUMBER = /^\d{1,4} \d{3,4}$/;

/**
 * A bare "#" opening the text, then the number ("#0128764 · Model #: 22-BM" by the title): the
 * shop's own item number, as written (leading zeros kept). Five digits or more, so that "#1 Best
 * Seller" or "#42" is none; digits only, so that a colour ("#1a2b3c") is none.
 */
const HASH_NUMBER = /^#\s?(\d{5,14})(?![\d.,]?[\p{L}\p{N}])/u;

/** An element's text; the shop's name between a label and its colon dropped ("Kod x-kom: 1234567"). */
function labelText(el: Element, shop: RegExp | null): string | null {
  const t = clean(spacedText(el), MAX_TEXT * 2);
  return t && shop ? t.replace(shop, '') : t;
}

/** A currency mark right after a value (after its cents, if any): the value was an amount. */
function moneyAfter(rest: string): boolean {
  const t = rest.replace(/^[,.]?\d*\s?/, '').slice(0, 5);
  // Signs and currency words only (currencyFromMarks reads no ISO code): "12345 EAN …" keeps its id.
  return t !== '' && (/^\p{Sc}/u.test(t) || currencyFromMarks(t, {}) !== null);
}

/** One id token in any script: "KV-1700-GL", "ДП-0417". */
const ITEM_ID_TOKEN = /* @__PURE__ */ pattern(String.raw`^[\p{L}\p{N}][\p{L}\p{N}./_-]*$`, 'u');

/** Text with a space at every element boundary, so "4711503</p><button>Buy" stays two words. */
function spacedText(el: Element, depth = 0): string {
  let out = '';
  for (let n = el.firstChild; n && out.length <= MAX_TEXT * 2; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1 && depth < 4) out += ' ' + spacedText(n as Element, depth + 1) + ' ';
  }
  return out;
}

/** The product block around the title: a few levels up, never the body. */
export function productBlockOf(titleEl: Element): Element {
  let box: Element = titleEl;
  for (let i = 0; i < BLOCK_LEVELS && box.parentElement && box.parentElement.tagName !== 'BODY'; i++)
    box = box.parentElement;
  return box;
}

/** The elements the label scan reads: short boxes of text (a label and its value, a table cell...). */
const SCANNED = 'p, span, div, li, dd, td, small, strong';

/**
 * The elements of `box` an item number can be read from, in document order: among its first
 * `limit` elements matching SCANNED, those with at most four element children and a text of at
 * most MAX_TEXT * 2 characters that holds a digit. Found from the text nodes with a digit, upwards,
 * instead of reading every element of a big product block (5,000 on Amazon) child by child: the
 * ancestors of one text node are read once, and the climb stops at the first ancestor whose text is
 * too long (its own ancestors' are longer still). Ancestors come before descendants and earlier
 * subtrees first: the order of `box.querySelectorAll(SCANNED)`, which the scan read in turn before
 * (tests/property/item-id-scan.property.test.ts holds the two to the same elements).
 */
function forEachScanned(box: Element, visit: (el: Element) => boolean, limit = MAX_SCANNED): void {
  forEachShortAncestor(box, { max: MAX_TEXT * 2, digit: /\d/, selector: SCANNED, limit }, (el) =>
    childCount(el, 4) <= 4 ? visit(el) : false,
  );
}

/** The elements `forEachScanned` visits, in order. */
export function scannedElements(box: Element, limit = MAX_SCANNED): Element[] {
  const out: Element[] = [];
  forEachScanned(box, (el) => (out.push(el), false), limit);
  return out;
}

/**
 * A text with a character that may belong to a word: anything but ASCII digits, spaces, signs and
 * punctuation, general punctuation and currency signs ("$19.99", "(2,345)", "4.5", "12/2024").
 * None of these is, ignoring case, a letter, and every item-number label holds a letter (checked in
 * item-id.test.ts), so a text without one holds no label: the label tests may skip it.
 */
export const WORDISH =
  /[^\x00-\x40\x5B-\x60\x7B-\x7F\u00A0-\u00A9\u00AB-\u00B4\u00B6-\u00B9\u00BB-\u00BF\u2000-\u206F\u20A0-\u20BF]/;

/** The item number printed after a label in the product block around the title. */
export function itemIdFromText(
  idx: PageIndex,
  titleEl: Element | null,
  shopNames: readonly string[] = [],
): string | null {
  if (!titleEl) return null;
  const elsewhere = elsewhereDistance(idx);
  const shop = shopNamePattern(shopNames);
  let found: string | null = null;
  // A number under a label that yields ("Артикул"): kept while the scan looks for the shop's own code.
  let yielding: string | null = null;
  const visit = (el: Element) => {
    if (!WORDISH.test(el.textContent ?? '')) return false;
    const id = labelledIn(el, shop);
    if (!id || elsewhere(el) <= ELSEWHERE_LEVELS) return false;
    if (YIELDING_ITEM_ID_LABEL_START.test(labelText(el, shop) ?? '')) yielding ??= id;
    else found = id;
    return found !== null;
  };
  const boxes = productBlocksOf(titleEl);
  for (const box of boxes) {
    // A sibling after a title under <body> may be the labelled element itself ("<span>Kód: …</span>").
    if (box !== boxes[0] && box.matches(SCANNED) && (box.textContent ?? '').length <= MAX_TEXT * 2 && visit(box)) break;
    forEachScanned(box, visit);
    if (found !== null) break;
  }
  return found ?? yielding;
}

/**
 * The shop's names (the host's main word, og:site_name) as a word right before a colon, to be
 * dropped from a label: "Artikelnummer Galaxus: 23456789", "Código Falabella: 881234568". Null
 * without a name of three characters or more.
 */
function shopNamePattern(names: readonly string[]): RegExp | null {
  const words = [...new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => n.length >= 3 && n.length <= 40))];
  if (!words.length) return null;
  const alt = words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  // After a label's last character (a letter or its abbreviation's dot), never after a digit: no
  // \p{L} and no `u` flag, so the regex, built on every page, compiles in microseconds.
  return new RegExp(String.raw`(?<=[^\s\d:：#])\s+(?:${alt})(?=\s*[:：])`, 'i');
}

/** Elements after a block that sits straight under <body> read as part of the product block. */
const BODY_SIBLINGS = 6;

/**
 * The boxes a product-block scan reads: the product block around the title; where the climb to it
 * stopped early at <body> (a flat page: the title, or a small box holding it, straight under
 * <body>), the block and the few elements after it ("<h1>JBL Flip 6</h1><div>Kód: JBL0123c</div>",
 * "<div><h1>…</h1></div><div class=salesInfo>在庫あり</div>" as siblings under <body>).
 */
export function productBlocksOf(titleEl: Element): Element[] {
  const block = productBlockOf(titleEl);
  if (block.parentElement?.tagName !== 'BODY' || levelsUp(titleEl, block) >= BLOCK_LEVELS) return [block];
  const out: Element[] = [block];
  for (let n = block.nextElementSibling; n && out.length <= BODY_SIBLINGS; n = n.nextElementSibling)
    if (n.tagName !== 'SCRIPT' && n.tagName !== 'STYLE') out.push(n);
  return out;
}

function levelsUp(el: Element, ancestor: Element): number {
  let n = 0;
  for (let cur: Element | null = el; cur && cur !== ancestor; cur = cur.parentElement) n++;
  return n;
}

/**
 * The item number the page shows, as both ways of reading a product take it (the whole extraction
 * in the page, and the product bundle's facts read in the worker): labelled in the product block
 * around the title (the shop's names dropped from a label), else the product box's id attribute.
 */
export function shownItemId(idx: PageIndex, titleEl: Element | null, shopNames: readonly string[]): string | null {
  return itemIdFromText(idx, titleEl, shopNames) ?? itemIdFromAttributes(titleEl);
}

/** Levels above the title searched for the product box's id attribute. */
const ATTR_LEVELS = 8;

/**
 * The item id the product box carries as an attribute around the title: Salesforce Commerce
 * Cloud's `data-pid` (its product id, shown as "Item No."), `data-sku`. Not `data-product-id`:
 * on Magento and WooCommerce that is a database row number the shop never shows.
 */
export function itemIdFromAttributes(titleEl: Element | null): string | null {
  return onAncestors(titleEl?.parentElement ?? null, ATTR_LEVELS, (box) => {
    const v = clean(box.getAttribute('data-pid') ?? box.getAttribute('data-sku'), 60);
    return v && /^[A-Za-z0-9][A-Za-z0-9._/-]*$/.test(v) && idLike(v) ? v : null;
  });
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
  // MakeShop Korea's "shopdetail.html?branduid=" (the product's number).
  'branduid',
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
  // Lazada and Daraz: "<slug>-i123456789-s1234567890.html" (the item, then its SKU variant).
  /-i(\d{6,})-s\d+\.html?$/i,
  // Shopee: "<slug>-i.<shop id>.<item id>" (the item after its shop).
  /-i\.\d{3,}\.(\d{6,})\/?$/,
  // Shopee's app links: "/product/<shop id>/<item id>" (the item after its shop, as above).
  /\/product\/\d{3,}\/(\d{6,})\/?$/,
  // Prom and its sister marketplaces (Ukraine, Kazakhstan, Belarus): "/p<id>-<slug>.html".
  /\/p(\d{6,})-[^/]+\.html?$/,
  // Empik (Poland): "/<slug>,p<id>,<category>-p" (the id between commas).
  /,p(\d{5,}),[a-z-]+$/,
  // Ecwid: "/<Product-Name>-p<id>" (six digits or more, no extension).
  /\/[^/]*[A-Za-z][^/]*-p(\d{6,})\/?$/,
  // "/<slug>-<id>.html" (Jumia, Paris, Centauro): six to eleven digits closing a slug of words, never a
  // barcode's twelve to fourteen.
  /\/[a-z]+(?:-[a-z0-9]+)*-[a-z]+-(\d{6,11})\.html?$/i,
  // Platforms whose product path names its parts in words (Cafe24, EC-CUBE, 91APP: words-facts.ts).
  ...PLATFORM_ITEM_PATH,
  // Shoper (Poland): "/<language>/p/<Name>/<id>" (a language code, "p", the name, the number).
  /^\/[a-z]{2}\/p\/[^/]+\/(\d{1,9})\/?$/,
  // "/<slug>/N53312345A/p/" (noon): an id segment, then a bare "p" closing the path.
  /\/(?=[A-Z0-9]{6,30}\/p\/?$)([A-Z]*\d[A-Z0-9]*)\/p\/?$/,
  // A lower-case slug ending in a code in capitals and digits: "<slug>-123456PAK" (Jumbo).
  /\/[a-z0-9]+(?:-[a-z0-9]+)*-((?=[A-Z]*\d{4})(?=\d*[A-Z])[A-Z0-9]{6,20})\/?$/,
  // IdoSell: "/product-pol-16482-<Name>.html" (the shop language's code, then the id).
  /\/product-[a-z]{3}-(\d{2,})-[^/]*\.html?$/i,
  // plentyShop: "/<slug>/a-1093/" (the item id after "a-").
  /\/a-(\d{2,})\/?$/,
  // "/<slug>/<barcode>/<id>": an ISBN or EAN segment, then the shop's number (book shops keying
  // their pages by both: "/libro-el-problema-final/9788420476421/15123456").
  /\/(?:\d{8}|\d{12,14})\/(\d{5,12})\/?$/,
  // Cdiscount: "/<slug>/f-<category id>-<product id>.html", the id a brand prefix and an EAN or a
  // long number ("row3221610194742", "mp12345678"): six digits or more, so "f-1060101-bt500" is no id.
  /\/f-\d{3,}-((?=[a-z]*\d{6})[a-z]*\d[a-z0-9]{5,39})\.html?$/i,
];

/**
 * Query keys naming one option of a product (Coupang's "?itemId=", beside "vendorItemId", a seller's
 * offer of it): the product itself is the id segment the path gives after a product word
 * ("/vp/products/6123456789"), when it has one.
 */
const OPTION_PARAMS = ['itemid', 'item_id'];

/** A path segment that is an id, not a slug: no lowercase word in it ("sencha-100g" is a slug). */
function idSegment(seg: string): boolean {
  if (!/\d/.test(seg) || seg.length < 4 || seg.length > 40 || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(seg)) return false;
  return !seg.split(/[-_.]/).some((w) => /^[A-Za-z]{3,}$/.test(w) && /[a-z]/.test(w));
}

const ITEM_ID_VALUE = /* @__PURE__ */ pattern(String.raw`^[A-Za-z0-9][\p{L}\p{N}./_ -]{1,39}$`, 'u');
/** An item number read from a label/value pair: starts with a letter or digit, one token, no sentence. */
export function cleanItemId(v: string | null | undefined): string | null {
  const t = clean(v, 60)?.replace(/^[:：#\s]+/, '');
  return t && ITEM_ID_VALUE.test(t) && t.split(' ').length <= 2 ? trimValue(t) : null;
}

/** A query value that may be an item id: one token of letters, digits and hyphens, with a digit. */
const idParamValue = (v: string) => /^[A-Za-z0-9-]{3,40}$/.test(v) && /\d/.test(v);

/**
 * The item id the URL carries, or null. `stateId`, the id of the product object in the page's app
 * state (Next.js, Nuxt: json-state.ts), confirms a short number closing the last segment's slug
 * ("/p/ullfilt-gra-150x200-48213" with "id": 48213), which alone may be a quantity or a model.
 */
export function itemIdFromUrl(
  url: URL,
  stateId?: string | null,
  images: () => readonly string[] = () => [],
): string | null {
  return itemIdFromUrlAlone(url) ?? confirmedTail(url.pathname, stateId) ?? numberInImages(url.pathname, images);
}

/** A number of the path or of an image URL, as a whole token: five to fourteen digits between non-alphanumerics. */
const NUMBER_TOKEN = /(?<![\p{L}\p{N}])\d{5,14}(?![\p{L}\p{N}])/gu;
/** Image URLs read for the id at most, and characters of each. */
const MAX_IMAGES = 4;
const MAX_IMAGE_URL = 400;

/**
 * The one number of the page's path that the product's declared picture (og:image, JSON-LD `image`)
 * repeats: shops file a product's pictures under its id ("/s/31245678/<name>.html" with
 * ".../31245678/medium.jpeg", "/mascara/58213-<slug>" with ".../58213-hyperlash.jpg"). A number of
 * the path that no picture names may be anything (a category, a size); two shared numbers, none.
 */
function numberInImages(pathname: string, images: () => readonly string[]): string | null {
  const inPath = decodeURIComponentSafe(pathname).match(NUMBER_TOKEN);
  if (!inPath) return null;
  const shared = new Set<string>();
  for (const src of images().slice(0, MAX_IMAGES))
    for (const n of imagePath(src.slice(0, MAX_IMAGE_URL)).match(NUMBER_TOKEN) ?? [])
      if (inPath.includes(n)) shared.add(n);
  return shared.size === 1 ? [...shared][0]! : null;
}

/**
 * An image URL's path (absolute, protocol-relative or relative): without its scheme and host, query
 * and fragment. Read as text, with no URL base: the shipped code names no host it could send to.
 */
function imagePath(src: string): string {
  return src.replace(/^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]*/i, '').replace(/[?#][\s\S]*$/, '');
}

/** The number closing the path's last slug ("-48213"), when the page's state names it the product's id. */
function confirmedTail(pathname: string, stateId: string | null | undefined): string | null {
  if (!stateId || !/^\d{3,12}$/.test(stateId)) return null;
  const tail = /[-_](\d{3,12})(?:\.html?)?\/?$/i.exec(pathname)?.[1];
  return tail === stateId ? tail : null;
}

function itemIdFromUrlAlone(url: URL): string | null {
  for (const [k, v] of url.searchParams) {
    if (!ID_PARAMS.includes(k.toLowerCase()) || !idParamValue(v)) continue;
    return (OPTION_PARAMS.includes(k.toLowerCase()) && productPathId(url.pathname)) || v;
  }
  for (const [k, v] of url.searchParams) if (ITEM_ID_PARAM_KEY.test(paramWord(k)) && /^\d{5,20}$/.test(v)) return v;
  const id = url.searchParams.get('id');
  if (id && idParamValue(id) && productScript(url.pathname)) return id;
  return itemIdFromPath(url.pathname);
}

/** A query key without a short lower-case prefix before its camel-cased word: "uItem" -> "Item". */
const paramWord = (k: string) => k.replace(/^[a-z]{1,2}(?=[A-Z][a-z])/, '');

/**
 * A path whose last segment is a script or page named for a product ("/product.php", "/item.htm",
 * "/goods.php", "/product/"): its bare "?id=" is the item's ("item.htm?id=1234567890").
 */
function productScript(pathname: string): boolean {
  const last = pathname.split('/').filter(Boolean).pop();
  const name = last?.replace(/\.(?:php|html?|aspx?|jsp|do|cgi)$/i, '').split(/[-_]/)[0];
  return !!name && name.length > 2 && ITEM_PATH_SEGMENT_TEXT.test(name);
}

/** A numeric segment straight after a product word: "/vp/products/6123456789" -> "6123456789". */
function productPathId(pathname: string): string | null {
  const segs = pathname.split('/').filter(Boolean);
  for (let i = 0; i < segs.length - 1; i++)
    if (ITEM_PATH_SEGMENT_TEXT.test(segs[i] ?? '') && /^\d{5,20}$/.test(segs[i + 1] ?? '')) return segs[i + 1] ?? null;
  return null;
}

/**
 * An id opening the last segment after a product word and category segments, before the slug:
 * "/p/elektronik/kipas-angin/4abc12x-jual-kipas-angin" (Bukalapak), "/p/1234567-router-asus.html"
 * (x-kom). The id is all digits (five or more), or letters and digits mixed as a generated key is
 * ("4abc12x", "3kqv9wz": two changes between digit and letter or more), never a quantity or a model
 * opening a slug ("1000w-stand-mixer", "rtx4090-gaming").
 */
function leadingIdOfLast(segs: string[]): string | null {
  const last = segs[segs.length - 1]?.replace(/\.html?$/i, '');
  if (!last || !segs.slice(0, -1).some((s) => ITEM_PATH_SEGMENT_TEXT.test(s))) return null;
  const m = /^([a-z0-9]{5,12})-[a-z]+(?:-[a-z0-9]+)+$/i.exec(last);
  const id = m?.[1];
  if (!id) return null;
  if (/^\d+$/.test(id)) return id;
  return (id.match(/\d(?=[a-z])|[a-z](?=\d)/gi)?.length ?? 0) >= 2 ? id : null;
}

/**
 * "/catalog/123456789/detail.aspx", "/<slug>/1234567/buy", "/<slug>/123456/produkt": a number, then a
 * word closing the path that names the product page (ITEM_PATH_CLOSING).
 */
function numberBeforeClosing(segs: string[]): string | null {
  const closing = segs[segs.length - 1]?.replace(/\.(?:html?|aspx?|php)$/i, '');
  const numbered = segs[segs.length - 2];
  return closing && numbered && /^\d{5,14}$/.test(numbered) && ITEM_PATH_CLOSING_TEXT.test(closing) ? numbered : null;
}

function itemIdFromPath(pathname: string): string | null {
  const path = decodeURIComponentSafe(pathname);
  for (const re of ID_AT_END) {
    const id = re.exec(path)?.[1];
    if (id) return id;
  }
  // "/detail-<shop or brand id>-<item id>.html" (Vipshop): a product word, an owner's number, then the item's.
  const owned = /\/([a-z]+)-\d{3,}-(\d{6,})\.html?$/i.exec(path);
  if (owned?.[2] && ITEM_PATH_SEGMENT_TEXT.test(owned[1] ?? '')) return owned[2];
  // Mercado Libre: "/MLA-1387654321-<slug>-_JM" is item MLA1387654321 (site code, then number).
  const site = /^\/([A-Z]{3})-(\d{8,})-[^/]*$/.exec(path);
  if (site) return `${site[1]}${site[2]}`;
  const segs = path.split('/').filter(Boolean);
  const numbered = numberBeforeClosing(segs);
  if (numbered) return numbered;
  // "/<slug>/PLID71234567": a code of capitals and six or more digits after a title slug (Takealot).
  const last = segs[segs.length - 1];
  const before = segs[segs.length - 2];
  if (last && before && /^[A-Z]{2,5}\d{6,}$/.test(last) && /[a-z]{3,}-[a-z0-9]/.test(before)) return last;
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
    if (after && /^\d{5,}$/.test(after)) return after;
  }
  return leadingIdOfLast(segs) ?? numberUnderOneWord(segs);
}

/**
 * A path of one word and a number, "/basic/2013120612345/", "/goods/123456": on a product page the
 * number is the product's (six to fourteen digits; a shorter one may be a page or a size).
 */
function numberUnderOneWord(segs: string[]): string | null {
  const [word, number] = segs;
  return segs.length === 2 && /^[a-z]{2,20}$/.test(word ?? '') && /^\d{6,14}$/.test(number ?? '') ? number! : null;
}
