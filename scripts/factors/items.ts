/**
 * ADEME Impact CO2 typical items (clothing, shoes, furniture, appliances, digital devices): the
 * per-item footprint cradle to shelf (sum of the stage columns: raw materials, supply, shaping,
 * assembly and distribution / construction; use and end of life excluded) with the mass of the
 * modelled item (data/ademe-item-masses.csv: Ecobalyse default masses for clothing, stated
 * spec-sheet masses otherwise), so that a page's mass can scale it and the category gets a per-kg
 * intensity.
 */
import type { AliasRow, ItemRow } from '../../lib/factors/tables';
import { byKey, data, num, raw, sig } from './io';
import { aliasRows } from './materials';

export function buildItems(): ItemRow[] {
  const ecobalyse = new Map(
    raw('ecobalyse_textile_product_defaults.csv').map((r) => [
      r.product_id,
      num(r.default_mass_kg, `Ecobalyse mass ${r.product_id}`),
    ]),
  );
  const masses = new Map(data('ademe-item-masses.csv').map((r) => [r.slug, r]));
  return byKey(
    raw('ademe_impactco2_objects_co2e_per_item.csv').map((r): ItemRow => {
      const m = masses.get(r.slug);
      if (!m) throw new Error(`ademe-item-masses.csv: no reference mass for ADEME item ${r.slug}`);
      if (!m.basis.trim() || !m.name_en.trim() || !m.kind?.trim())
        throw new Error(`ademe-item-masses.csv: ${r.slug} needs a name, a kind and a basis`);
      const eco = /^ecobalyse:(.+)$/.exec(m.reference_mass);
      const mass = eco ? ecobalyse.get(eco[1]) : num(m.reference_mass, `reference mass ${r.slug}`);
      if (!mass || !(mass > 0)) throw new Error(`ademe-item-masses.csv: unknown Ecobalyse product for ${r.slug}`);
      return {
        key: r.slug,
        name: m.name_en,
        group: r.category,
        kind: m.kind,
        lifetimeYears: r.default_lifetime_years ? num(r.default_lifetime_years, `ADEME lifetime ${r.slug}`) : null,
        kgPerItem: sig(num(r.embodied_kgco2e, `ADEME ${r.slug}`), 4),
        referenceMassKg: mass,
        massBasis: m.basis,
        // ADEME models one representative product per item: a single modelled value, not a statistic over products.
        statistic: 'point',
        sourceUrl: r.source_url,
      };
    }),
  );
}

/**
 * Title words (en/de/fr/es/it) that name a more specific ADEME item than the category's default
 * ("hoodie" under Shirts & Tops is a sweatshirt, "Nespresso" a pod machine), with a reason per row.
 */
export function buildItemAliases(itemKeys: Set<string>, kinds: Set<string>): AliasRow[] {
  const rows = data('item-aliases.csv').map((r) => {
    if (!itemKeys.has(r.slug)) throw new Error(`item-aliases.csv: unknown ADEME item ${r.slug}`);
    if (!r.reason?.trim()) throw new Error(`item-aliases.csv: "${r.alias}" has no reason`);
    if (r.only_kind && !kinds.has(r.only_kind))
      throw new Error(`item-aliases.csv: "${r.alias}" refines an unknown kind ${r.only_kind}`);
    const massKg = r.typical_mass_kg ? Number(r.typical_mass_kg) : undefined;
    if (massKg !== undefined && !(massKg > 0 && massKg < 1000))
      throw new Error(`item-aliases.csv: "${r.alias}" has an invalid typical mass ${r.typical_mass_kg}`);
    if (massKg !== undefined && r.only_kind)
      throw new Error(
        `item-aliases.csv: "${r.alias}" names a material (only_kind) and a mass: a mass belongs to a kind`,
      );
    return { alias: r.alias, lang: r.lang, target: r.slug, onlyKind: r.only_kind || undefined, massKg };
  });
  return aliasRows(rows, 'item-aliases.csv');
}
