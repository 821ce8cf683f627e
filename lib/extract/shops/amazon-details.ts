/**
 * Amazon product facts from the detail tables and bullets, in the marketplace's language:
 * "Item Weight 2.15 pounds", "Artikelgewicht : 1,18 Kilogramm", "Poids de l'article", ...
 */
import { dimensionsFromText, weightFromText } from '../generic/units';
import { textOf } from '../listing-tile';
import { within, type PageIds } from './page-ids';
import {
  AMAZON_BRAND_KEYS,
  AMAZON_DIMENSION_KEYS,
  AMAZON_WEIGHT_KEYS,
  DIMENSION_IN_KEY,
  NOT_THE_ITEM_KEY,
  WEIGHT_IN_BULLET,
  WEIGHT_IN_KEY,
} from '../words';
import type { Matcher } from '../pattern';

/** Detail containers (by id) and their row selector: tables and bullet lists, by page variant. */
const ROW_SOURCES: [string, string][] = [
  // 2019-2024 tables ("Technical Details", "Additional Information", "Produktinformation").
  ['prodDetails', 'tr'],
  ['productDetails_techSpec_section_1', 'tr'],
  ['productDetails_detailBullets_sections1', 'tr'],
  ['technicalSpecifications_section_1', 'tr'],
  // Bullet list variant ("Product details" on books, fashion, 2022+ pages).
  ['detailBullets_feature_div', 'li'],
  ['detailBulletsWrapper_feature_div', 'li'],
  // 2025+ "Item details" / "Measurements" expanders.
  ['productFactsDesktopExpander', 'tr'],
];

/** key -> value, keys lower-cased; the first occurrence of a key wins. */
export function detailRows(ids: PageIds): Map<string, string> {
  const rows = new Map<string, string>();
  for (const [id, sel] of ROW_SOURCES) {
    for (const row of within(ids, id, sel).slice(0, 200)) {
      let key: string;
      let value: string;
      const th = row.querySelector('th');
      const td = row.querySelector('td');
      if (th && td) {
        key = textOf(th, 100);
        value = textOf(td, 300);
      } else {
        const text = textOf(row, 400);
        const m = /^([^:]{2,60}?)\s*:\s*(.+)$/.exec(text);
        if (!m?.[1] || !m[2]) continue;
        [key, value] = [m[1], m[2]];
      }
      key = key
        .replace(/[\u200E\u200F:]/g, '')
        .trim()
        .toLowerCase();
      if (key && value && !rows.has(key)) rows.set(key, value.replace(/^[\u200E\u200F\s]+/, ''));
    }
  }
  return rows;
}

/** Values of rows naming `exact` keys (in that order), then of rows whose key matches `loose`. */
function candidates(rows: Map<string, string>, exact: readonly string[], loose: Matcher): string[] {
  const out = exact.map((k) => rows.get(k)).filter((v): v is string => !!v);
  for (const [k, v] of rows) if (loose.test(k) && !NOT_THE_ITEM_KEY.test(k)) out.push(v);
  return out;
}

export function amazonWeightKg(rows: Map<string, string>): number | null {
  for (const v of candidates(rows, AMAZON_WEIGHT_KEYS, WEIGHT_IN_KEY)) {
    const kg = weightFromText(v);
    if (kg !== null) return kg;
  }
  // "Product Dimensions : 10 x 5 x 3 cm; 200 g": the weight after the semicolon is the item's.
  for (const v of candidates(rows, AMAZON_DIMENSION_KEYS, DIMENSION_IN_KEY)) {
    const after = v.split(';')[1];
    const kg = after ? weightFromText(after) : null;
    if (kg !== null) return kg;
  }
  return null;
}

export function amazonDimensionsCm(
  rows: Map<string, string>,
): { length: number; width: number; height: number } | null {
  for (const v of candidates(rows, AMAZON_DIMENSION_KEYS, DIMENSION_IN_KEY)) {
    // split always gives at least one part.
    const dims = dimensionsFromText(v.split(';')[0] ?? v);
    if (dims) return dims;
  }
  return null;
}

/** Weight from the feature bullets ("About this item"), when one states it plainly. */
export function bulletWeightKg(ids: PageIds): number | null {
  for (const li of within(ids, 'feature-bullets', 'li').slice(0, 20)) {
    const m = WEIGHT_IN_BULLET.exec(textOf(li, 600));
    const kg = m?.[1] ? weightFromText(m[1]) : null;
    if (kg !== null) return kg;
  }
  return null;
}

/** The "Brand" row, in any marketplace language. */
export function amazonBrandRow(rows: Map<string, string>): string | null {
  for (const k of AMAZON_BRAND_KEYS) if (rows.get(k)) return rows.get(k)!;
  return null;
}
