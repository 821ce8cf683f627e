/**
 * Shopify Standard Product Taxonomy (2024-07) -> Google Product Taxonomy (2021-09-21) ids.
 * Shopify grew out of Google's tree, so most categories carry Google's English name at the same
 * place. Per Shopify category, in order:
 * 1. a manual override (data/classify/shopify-google-overrides.csv; google_id 0 = no Google node);
 * 2. the same normalised English path in Google;
 * 3. a Google node of the same name below the Google node of the Shopify parent;
 * 4. the Google node of the Shopify parent (Shopify is finer: "Activewear Pants > Joggers" files
 *    under Google's "Activewear").
 */
import { readCsvRecords } from '../lib/csv';
import type { TaxonomyRow } from '../../lib/classify/taxonomy';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { phraseKey } from '../../lib/classify/text';

export const SHOPIFY_CSV = 'data/raw/taxonomy/shopify_categories.csv';
export const SHOPIFY_OVERRIDES_CSV = 'data/classify/shopify-google-overrides.csv';

export interface ShopifyRow {
  id: string;
  parent: string;
  name: string;
  path: string;
}

export type CrosswalkHow = 'override' | 'path' | 'name' | 'parent' | 'none';

export function readShopify(path = SHOPIFY_CSV): ShopifyRow[] {
  return readCsvRecords(path).map((r) => ({ id: r.id, parent: r.parent_id, name: r.name_en, path: r.full_name_en }));
}

export function readOverrides(path = SHOPIFY_OVERRIDES_CSV): Map<string, number> {
  return new Map(readCsvRecords(path).map((r) => [r.shopify_id, Number(r.google_id)]));
}

const pathKey = (p: string) => p.split(' > ').map(phraseKey).join('>');

/** Shopify id -> Google id (0 when the Shopify category has no Google counterpart) and how it was found. */
export function shopifyToGoogle(
  shopify: ShopifyRow[],
  google: TaxonomyRow[],
  overrides: Map<string, number> = readOverrides(),
): Map<string, { google: number; how: CrosswalkHow }> {
  const taxonomy = new Taxonomy(google);
  const byPath = new Map<string, number>();
  const byName = new Map<string, number[]>();
  for (const [id] of google) {
    byPath.set(pathKey(taxonomy.pathOf(id) ?? ''), id);
    const k = phraseKey(taxonomy.nameOf(id) ?? '');
    byName.set(k, [...(byName.get(k) ?? []), id]);
  }
  const out = new Map<string, { google: number; how: CrosswalkHow }>();
  // Parents come before children once sorted by depth.
  const rows = [...shopify].sort((a, b) => a.path.split(' > ').length - b.path.split(' > ').length);
  for (const r of rows) {
    const parent = r.parent ? out.get(r.parent) : undefined;
    const override = overrides.get(r.id);
    if (override !== undefined) {
      if (override && !taxonomy.has(override)) throw new Error(`${SHOPIFY_OVERRIDES_CSV}: no Google node ${override}`);
      out.set(r.id, { google: override, how: 'override' });
      continue;
    }
    if (parent && parent.google === 0) {
      out.set(r.id, { google: 0, how: 'parent' });
      continue;
    }
    const exact = byPath.get(pathKey(r.path));
    if (exact !== undefined) {
      out.set(r.id, { google: exact, how: 'path' });
      continue;
    }
    const under = (byName.get(phraseKey(r.name)) ?? []).filter(
      (g) => parent && taxonomy.isAncestorOrSelf(parent.google, g),
    );
    if (under.length === 1) out.set(r.id, { google: under[0], how: 'name' });
    else if (parent) out.set(r.id, { google: parent.google, how: 'parent' });
    else out.set(r.id, { google: 0, how: 'none' });
  }
  return out;
}
