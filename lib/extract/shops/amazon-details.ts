/**
 * Amazon product facts from the detail tables and bullets, in the marketplace's language:
 * "Item Weight 2.15 pounds", "Artikelgewicht : 1,18 Kilogramm", "Poids de l'article", ...
 */
import { dimensionsFromText, weightFromText } from '../generic/units';
import { textOf } from '../listing-tile';

/** Rows of the technical/additional-information tables and the detail bullet list. */
const ROW_SELECTORS = [
  // 2019-2024 tables ("Technical Details", "Additional Information", "Produktinformation").
  '#prodDetails tr', '#productDetails_techSpec_section_1 tr', '#productDetails_detailBullets_sections1 tr', '#technicalSpecifications_section_1 tr',
  // Bullet list variant ("Product details" on books, fashion, 2022+ pages).
  '#detailBullets_feature_div li', '#detailBulletsWrapper_feature_div li',
  // 2025+ "Item details" / "Measurements" expanders.
  '#productFactsDesktopExpander tr', '.prodDetTable tr',
];

/** key -> value, keys lower-cased; the first occurrence of a key wins. */
export function detailRows(doc: Document): Map<string, string> {
  const rows = new Map<string, string>();
  for (const sel of ROW_SELECTORS) {
    for (const row of Array.from(doc.querySelectorAll(sel)).slice(0, 200)) {
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

/** Keys meaning the item's own weight, all marketplaces (package/shipping weight deliberately excluded). */
const ITEM_WEIGHT_KEYS = ['item weight', 'artikelgewicht', "poids de l'article", 'poids de l’article', 'peso del producto', 'peso articolo', 'peso do produto', '商品の重量', 'net quantity', 'weight', 'gewicht', 'poids', 'peso'];
/** "Product Dimensions : 10 x 5 x 3 cm; 200 g": the weight after the semicolon is the item's. */
const PRODUCT_DIMENSION_KEYS = ['product dimensions', 'produktabmessungen', 'dimensions du produit', 'dimensiones del producto', 'dimensioni prodotto', 'dimensões do produto', 'item dimensions lxwxh', 'item dimensions', '商品サイズ'];

function lookup(rows: Map<string, string>, keys: readonly string[]): string | null {
  for (const k of keys) {
    const v = rows.get(k);
    if (v) return v;
  }
  return null;
}

export function amazonWeightKg(rows: Map<string, string>): number | null {
  const direct = lookup(rows, ITEM_WEIGHT_KEYS);
  if (direct) {
    const kg = weightFromText(direct);
    if (kg !== null) return kg;
  }
  const dims = lookup(rows, PRODUCT_DIMENSION_KEYS);
  const afterSemicolon = dims?.split(';')[1];
  return afterSemicolon ? weightFromText(afterSemicolon) : null;
}

export function amazonDimensionsCm(rows: Map<string, string>): { length: number; width: number; height: number } | null {
  const dims = lookup(rows, PRODUCT_DIMENSION_KEYS);
  return dims ? dimensionsFromText(dims.split(';')[0]) : null;
}

/** The "Brand" row, in any marketplace language. */
export function amazonBrandRow(rows: Map<string, string>): string | null {
  return lookup(rows, ['brand', 'marke', 'marque', 'marca', 'brand name', 'ブランド']);
}
