/**
 * Spec tables, definition lists and "Label: value" bullets -> weight, dimensions, materials, pack
 * size, condition, identifiers, brand. Labels in en, de, fr, es, it, ja. First matching label of the
 * best-ranked kind wins (item/net weight before package/shipping weight).
 */
import type { Condition, MaterialShare } from '../types';
import { clean, normaliseGtin } from './text';
import { dimensionsFromText, parseDecimal, weightFromText } from './units';
import type { PageIndex } from './page-index';
import {
  ASIN_LABEL_TEXT,
  BRAND_LABEL_TEXT,
  CONDITION_LABEL_TEXT,
  GTIN_LABEL_TEXT,
  INLINE_ID_LABEL_SPLIT,
  MATERIAL_PARTS_SPLIT,
  MATERIAL_WORD_TEXT,
  MPN_LABEL_TEXT,
  ITEM_COUNT_LABEL_TEXT,
  ITEM_ID_LABEL_EXACT,
  YIELDING_ITEM_ID_LABEL_START,
  MATERIAL_LABEL,
  NEW_FIRST,
  REFURBISHED_TEXT,
  USED_TEXT,
} from '../words';
import {
  DIMENSION_KEY,
  ITEM_DIMENSION_KEY,
  ITEM_WEIGHT_KEY,
  NOT_PACKAGE_DIMENSION_KEY,
  PACK_SIZE_PATTERNS,
  WEIGHT_KEY,
} from '../words-facts';
import { LABEL_CELL_BOX } from '../words-class';
import { cleanItemId } from './item-id';
import type { Matcher } from '../pattern';

export type SpecPairs = [label: string, value: string][];

/** Label/value pairs from th/td rows, dt/dd and short "Label: value" list items. Bounded. */
export function collectSpecPairs(idx: PageIndex): SpecPairs {
  const pairs: SpecPairs = [];
  for (const tr of idx.rows) {
    const cells: Element[] = [];
    for (let c = tr.firstElementChild; c && cells.length <= 6; c = c.nextElementSibling)
      if (c.tagName === 'TH' || c.tagName === 'TD') cells.push(c);
    if (cells.length === 2) rowPair(cells[0], cells[1], pairs);
    // A row of two or three header/value pairs ("<th>상품상태</th><td>새상품</td><th>브랜드</th><td>…</td>",
    // Naver Smart Store-style spec grids): each pair on its own; only with <th> labels, so a data
    // table's row of four values is none.
    else if (
      (cells.length === 4 || cells.length === 6) &&
      cells.every((c, i) => (c.tagName === 'TH') === (i % 2 === 0))
    )
      for (let i = 0; i < cells.length; i += 2) rowPair(cells[i], cells[i + 1], pairs);
  }
  for (const dt of idx.dts) {
    const dd = dt.nextElementSibling;
    const l = clean(dt.textContent, 80);
    const v = dd?.tagName === 'DD' ? clean(dd.textContent, 300) : null;
    if (l && v) pairs.push([l, v]);
  }
  for (const el of idx.specEls) {
    const next = el.nextElementSibling;
    // A label cell followed by its value: <div class="spec-name">Weight</div><div>46 lb.</div>
    // (its class read last: most spec elements have no next sibling or more children)
    // (the value's text is read only for a label that can be one: most two-cell boxes are layout)
    if (next && el.childElementCount <= 1 && LABEL_CELL_BOX.test(idx.hintsOf(el))) {
      pushPair(pairs, clean(el.textContent, 80)?.replace(/\s*[:：]$/, ''), next);
      continue;
    }
    // A two-cell row: <div class="spec-body"><div>UPC</div><div>618996789153</div></div>
    if (el.childElementCount === 2 && el.firstElementChild && el.lastElementChild) {
      pushPair(pairs, clean(el.firstElementChild.textContent, 80)?.replace(/\s*[:：]$/, ''), el.lastElementChild);
      continue;
    }
    // A box of list items or blocks ("<ul class=attributes><li>Upper: mesh</li><li>Weight: 9 oz</li>"):
    // its text runs the rows together ("meshWeight: 9 oz"); the rows are read on their own.
    if (hasBlockChild(el)) continue;
    const raw = el.textContent ?? '';
    if (!hasColon(raw)) continue; // no "Label: value" in it (most boxes): nothing to clean or split
    const t = clean(raw, 320);
    if (t && t.length <= 300) labelledPairs(t, pairs);
  }
  for (const row of idx.pairEls) {
    const a = row.firstElementChild;
    const b = row.lastElementChild;
    if (!a || !b || a.firstElementChild || b.childElementCount > 2) continue;
    const l = clean(a.textContent, 60)?.replace(/\s*[:：]$/, '');
    if (!l || l.length > 40 || /\d{3,}/.test(l)) continue;
    const v = clean(b.textContent, 300);
    if (v && v.length <= 200) pairs.push([l, v]);
  }
  listItemPairs(idx.lis, pairs);
  return pairs;
}

/** A table row's label cell and value cell, when both hold text. */
function rowPair(label: Element | undefined, value: Element | undefined, pairs: SpecPairs): void {
  const l = clean(label?.textContent, 80);
  const v = clean(value?.textContent, 300);
  if (l && v) pairs.push([l, v]);
}

/** A label (at most 60 characters) and the text of its value element, when both hold something. */
function pushPair(pairs: SpecPairs, l: string | null | undefined, value: Element): void {
  if (!l || l.length > 60) return;
  const v = clean(value.textContent, 300);
  if (v) pairs.push([l, v]);
}

/** "Label: value" list items (at most six element children each) into `pairs`. */
function listItemPairs(lis: Element[], pairs: SpecPairs): void {
  // The last list item read whose text holds no colon: the items inside it hold none either (their
  // text is part of its text), so a menu's nested items are not read again one by one.
  let noColon: Element | null = null;
  for (const li of lis) {
    if (li.childElementCount > 6) continue;
    if (noColon !== null && noColon.contains(li)) continue;
    const raw = li.textContent ?? '';
    if (!hasColon(raw)) {
      // A menu or list entry without "Label: value" (most of them).
      noColon = li;
      continue;
    }
    const t = clean(raw, 320);
    if (!t || t.length > 300) continue;
    labelledPairs(t.replace(/[\u200E\u200F]/g, ''), pairs);
  }
}

const BLOCK_TAGS = new Set(['LI', 'DIV', 'P', 'TR', 'DD', 'UL', 'OL', 'TABLE', 'TBODY', 'DL']);

/** A direct child that is a row or block of its own (spec elements have at most four children). */
function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName)) return true;
  return false;
}

/** Whether a text can hold a "Label: value" pair at all (labelledPairs needs a colon). */
const hasColon = (t: string) => t.includes(':') || t.includes('：');

/** "Label: value", or several "Label: value" identifier segments on one line. */
function labelledPairs(t: string, pairs: SpecPairs) {
  for (const part of t.split(INLINE_ID_LABEL_SPLIT).slice(0, 6)) {
    const m = /^([^:：]{2,60}?)\s*[:：]\s*(.+)$/.exec(part.trim());
    if (m?.[1] && m[2]) pairs.push([m[1].trim(), m[2].trim()]);
  }
}

/** A label lower-cased, spaces and colons collapsed; memoised: every concept's search reads every label. */
function norm(l: string): string {
  let n = normMemo.get(l);
  if (n === undefined) {
    n = l
      .toLowerCase()
      .replace(/[\s‏‎:]+/g, ' ')
      .trim();
    if (normMemo.size >= MAX_NORM_MEMO) normMemo.clear();
    normMemo.set(l, n);
  }
  return n;
}
const normMemo = new Map<string, string>();
const MAX_NORM_MEMO = 5000;

/** Unrendered template values ("{{itemNum}}", "[%=price%]", "${sku}") are not values. */
const TEMPLATE = /\{\{|\}\}|\[%|%\]|\$\{/;

function* findAll(pairs: SpecPairs, ...res: Matcher[]): Generator<string> {
  for (const re of res) for (const [l, v] of pairs) if (re.test(norm(l)) && !TEMPLATE.test(v)) yield v;
}

function find(pairs: SpecPairs, ...res: Matcher[]): string | null {
  for (const v of findAll(pairs, ...res)) return v;
  return null;
}

/** First value under the ranked labels that `parse` understands. */
function findParsed<T>(pairs: SpecPairs, parse: (v: string) => T | null, ...res: Matcher[]): T | null {
  let n = 0;
  for (const v of findAll(pairs, ...res)) {
    const r = parse(v);
    if (r !== null || ++n > 20) return r;
  }
  return null;
}

export function weightFromSpecs(pairs: SpecPairs): number | null {
  return findParsed(pairs, weightFromText, ITEM_WEIGHT_KEY, WEIGHT_KEY);
}

export function dimensionsFromSpecs(pairs: SpecPairs): { length: number; width: number; height: number } | null {
  return findParsed(pairs, dimensionsFromText, ITEM_DIMENSION_KEY, DIMENSION_KEY, NOT_PACKAGE_DIMENSION_KEY);
}

/** "95% coton, 5% élasthanne", "Coton 100%", "Leder" -> named shares (share 0-1 when given). */
export function parseMaterials(text: string): MaterialShare[] | null {
  const out: MaterialShare[] = [];
  const parts = text.split(MATERIAL_PARTS_SPLIT).slice(0, 12);
  for (const raw of parts) {
    const p = clean(raw.replace(/^[^:]{1,30}:\s*/, ''), 60);
    if (!p) continue;
    const a = /^(\d{1,3}(?:[.,]\d+)?)\s*%\s*(.+)$/.exec(p);
    const b = /^(.+?)\s*(\d{1,3}(?:[.,]\d+)?)\s*%$/.exec(p);
    const share = a ? parseDecimal(a[1] ?? '') : b ? parseDecimal(b[2] ?? '') : null;
    const name = clean(((a ? a[2] : b ? b[1] : p) ?? '').replace(/[.]$/, ''), 40);
    if (!name || /\d{3,}/.test(name) || name.split(' ').length > 4) continue;
    if (share !== null && (share <= 0 || share > 100)) continue;
    out.push({ name, share: share === null ? null : Math.round(share * 10) / 1000 });
  }
  return out.length ? out : null;
}

const sharesTotal = (ms: MaterialShare[]) => ms.reduce((t, m) => t + (m.share ?? 0), 0);

export function materialsFromSpecs(pairs: SpecPairs): MaterialShare[] | null {
  const out: MaterialShare[] = [];
  // One value per label: a spec table "Material" and a description bullet "Materials" say the same
  // thing twice; distinct labels (upper, lining, sole) each add theirs.
  const seen = new Set<string>();
  for (const [l, v] of pairs) {
    const label = norm(l);
    if (!MATERIAL_LABEL.test(label)) continue;
    const key = label.replace(/s$/, '').replace(MATERIAL_WORD_TEXT, 'material');
    if (seen.has(key)) continue;
    seen.add(key);
    const found = parseMaterials(v) ?? [];
    // A composition already adding up to 100% is complete: a further plain "Matière: Tricot / maille"
    // without shares names the construction (knit, jersey), not more materials.
    if (key === 'material' && found.every((m) => m.share === null) && sharesTotal(out) >= 0.99) continue;
    for (const m of found) if (!out.some((o) => o.name.toLowerCase() === m.name.toLowerCase())) out.push(m);
    if (out.length >= 8) break;
  }
  return out.length ? out : null;
}

/** "(Pack of 2)", "2er Pack", "2-Pack", "Set of 6", "Lot de 2", "paquete de 2", "confezione da 2", "x 6". */
export function packSizeFromText(text: string): number | null {
  let n = NaN;
  for (const re of PACK_SIZE_PATTERNS) {
    const m = re.exec(text);
    if (m) {
      n = Number(m[1]);
      break;
    }
  }
  return Number.isInteger(n) && n >= 1 && n <= 1000 ? n : null;
}

export function quantityFromSpecs(pairs: SpecPairs): number | null {
  const v = find(pairs, ITEM_COUNT_LABEL_TEXT);
  if (!v) return null;
  const n = parseDecimal((/\d+(?:[.,]\d+)?/.exec(v) ?? [''])[0]);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 1000 ? n : null;
}

export function conditionFromText(text: string | null): Condition {
  if (!text) return null;
  if (REFURBISHED_TEXT.test(text)) return 'refurbished';
  if (USED_TEXT.test(text)) return 'used';
  if (NEW_FIRST.test(text.trim())) return 'new';
  return null;
}

export function conditionFromSpecs(pairs: SpecPairs): Condition {
  return conditionFromText(find(pairs, CONDITION_LABEL_TEXT));
}

export interface SpecIds {
  asin: string | null;
  gtin: string | null;
  mpn: string | null;
  sku: string | null;
  /** The sku is under a label that yields to the shop's own code shown elsewhere ("Артикул"). */
  skuYields: boolean;
  brand: string | null;
}

/** An item-number label that does not yield to another (YIELDING_ITEM_ID_LABEL_START): ranked first. */
const OWN_ITEM_ID_LABEL: Matcher = {
  test: (l) => ITEM_ID_LABEL_EXACT.test(l) && !YIELDING_ITEM_ID_LABEL_START.test(l),
};

export function identifiersFromSpecs(pairs: SpecPairs): SpecIds {
  const asin = find(pairs, ASIN_LABEL_TEXT);
  // "Код товара" before "Артикул", wherever the rows stand: the shop's own code first.
  const own = cleanItemId(find(pairs, OWN_ITEM_ID_LABEL));
  const sku = own ?? cleanItemId(find(pairs, ITEM_ID_LABEL_EXACT));
  return {
    asin: asin && /^[A-Z0-9]{10}$/.test(asin.trim()) ? asin.trim() : null,
    gtin: normaliseGtin(find(pairs, GTIN_LABEL_TEXT)?.split(/[\s,]/)[0]),
    mpn: clean(find(pairs, MPN_LABEL_TEXT), 60),
    sku,
    skuYields: own === null && sku !== null,
    brand: clean(find(pairs, BRAND_LABEL_TEXT), 80),
  };
}
