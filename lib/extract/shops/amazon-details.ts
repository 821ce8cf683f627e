/**
 * Amazon product facts from the detail tables and bullets, in the marketplace's language:
 * "Item Weight 2.15 pounds", "Artikelgewicht : 1,18 Kilogramm", "Poids de l'article", ...
 */
import { dimensionsFromText, weightFromText } from '../generic/units';
import { textOf } from '../listing-tile';
import { within, type PageIds } from './page-ids';

/** Detail containers (by id) and their row selector: tables and bullet lists, by page variant. */
const ROW_SOURCES: [string, string][] = [
  // 2019-2024 tables ("Technical Details", "Additional Information", "Produktinformation").
  ['prodDetails', 'tr'], ['productDetails_techSpec_section_1', 'tr'], ['productDetails_detailBullets_sections1', 'tr'], ['technicalSpecifications_section_1', 'tr'],
  // Bullet list variant ("Product details" on books, fashion, 2022+ pages).
  ['detailBullets_feature_div', 'li'], ['detailBulletsWrapper_feature_div', 'li'],
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
        if (!m) continue;
        [key, value] = [m[1], m[2]];
      }
      key = key.replace(/[\u200E\u200F:]/g, '').trim().toLowerCase();
      if (key && value && !rows.has(key)) rows.set(key, value.replace(/^[\u200E\u200F\s]+/, ''));
    }
  }
  return rows;
}

/** Row keys naming the item's own weight / dimensions, any marketplace language. */
const WEIGHT_KEY = /weight|gewicht|poids|peso|重量/i;
const DIMENSION_KEY = /dimension|abmessung|maße|サイズ/i;
/** Package and shipping figures describe the box, not the item: deliberately excluded. */
const PACKAGE_KEY = /package|packaging|shipping|verpackung|versand|emballage|colis|embalaje|paquete|envío|imballaggio|spedizione|梱包|発送/i;

function lookup(rows: Map<string, string>, key: RegExp): string | null {
  for (const [k, v] of rows) if (key.test(k) && !PACKAGE_KEY.test(k)) return v;
  return null;
}

export function amazonWeightKg(rows: Map<string, string>): number | null {
  const direct = lookup(rows, WEIGHT_KEY);
  const kg = direct ? weightFromText(direct) : null;
  if (kg !== null) return kg;
  // "Product Dimensions : 10 x 5 x 3 cm; 200 g": the weight after the semicolon is the item's.
  const afterSemicolon = lookup(rows, DIMENSION_KEY)?.split(';')[1];
  return afterSemicolon ? weightFromText(afterSemicolon) : null;
}

export function amazonDimensionsCm(rows: Map<string, string>): { length: number; width: number; height: number } | null {
  const dims = lookup(rows, DIMENSION_KEY);
  return dims ? dimensionsFromText(dims.split(';')[0]) : null;
}

/** The "Brand" row, in any marketplace language. */
export function amazonBrandRow(rows: Map<string, string>): string | null {
  for (const k of ['brand', 'marke', 'marque', 'marca', 'brand name', 'ブランド']) if (rows.get(k)) return rows.get(k)!;
  return null;
}
