/**
 * Material (DESNZ) and food per-kg tables with multilingual aliases. Food: AGRIBALYSE 3.1.1 at retail
 * first for every food it covers (data/food-agribalyse.csv names the row), then Clark 2022 > Poore &
 * Nemecek 2018 > RIVM 2021 for the rest.
 */
import type { AliasRow, Container, FoodRow, MaterialRow } from '../../lib/factors/tables';
import { CONTAINERS, containerKey } from '../../lib/factors/tables';
import { normalizeText, slug } from '../../lib/factors/normalize';
import { byKey, data, median, num, raw, sig } from './io';

/**
 * Forming and assembly uplift applied when a raw material is part of an assembled good. DESNZ
 * "material use" factors stop at the material (plastics "incl. forming" and clothing/electrical
 * items already cover the finished good). 1.3 is an assumption, stated in every step that uses it:
 * fabrication energy of metal and wood goods is typically a few tens of percent of the material's
 * cradle-to-gate footprint.
 */
const ASSEMBLY_UPLIFT: Record<string, number> = {
  metal_steel_cans: 1.3,
  metal_aluminium_cans_and_foil_excl_forming: 1.3,
  metal_scrap_metal: 1.3,
  metals: 1.3,
  wood: 1.3,
  glass: 1.3,
  plastic_average_plastics: 1.15,
};

export function buildMaterials(): { materials: MaterialRow[]; byDesnzName: Map<string, string> } {
  const byDesnzName = new Map<string, string>();
  const materials = raw('material_factors_per_kg_desnz2024.csv').map((r): MaterialRow => {
    byDesnzName.set(r.desnz_material.toLowerCase(), r.material_key);
    const uplift = ASSEMBLY_UPLIFT[r.material_key] ?? 1;
    return {
      key: r.material_key,
      name: r.desnz_material,
      kgPerKg: num(r.kgCO2e_per_kg_primary, `DESNZ ${r.material_key}`),
      assemblyUplift: uplift,
      note:
        uplift === 1
          ? 'factor covers the finished item'
          : `x${uplift} forming/assembly uplift (assumption) when part of an assembled good`,
      // DESNZ's methodology paper gives one conversion factor per material (an LCA-based average
      // for the UK, published as a single value): a point value, no spread or statistic over products.
      statistic: 'point',
    };
  });
  return { materials: byKey(materials), byDesnzName };
}

export function aliasRows(
  records: { alias: string; lang: string; target: string; onlyKind?: string; massKg?: number }[],
  what: string,
): AliasRow[] {
  const out = new Map<string, AliasRow>();
  for (const r of records) {
    const key = normalizeText(r.alias);
    const prev = out.get(key);
    if (prev && prev.target !== r.target)
      throw new Error(`${what}: alias "${key}" maps to ${prev.target} and ${r.target}`);
    const langs = new Set([...(prev?.lang.split(',') ?? []), r.lang]);
    out.set(key, {
      key,
      target: r.target,
      lang: [...langs].sort().join(','),
      ...(r.onlyKind ? { onlyKind: r.onlyKind } : {}),
      ...(r.massKg ? { massKg: r.massKg } : {}),
    });
  }
  return byKey([...out.values()]);
}

export function buildMaterialAliases(materialKeys: Set<string>): AliasRow[] {
  const rows = data('material-aliases.csv').map((r) => {
    if (!materialKeys.has(r.material_key)) throw new Error(`material-aliases.csv: unknown material ${r.material_key}`);
    return { alias: r.alias, lang: r.lang, target: r.material_key };
  });
  return aliasRows(rows, 'material-aliases.csv');
}

export interface FoodTables {
  food: FoodRow[];
  aliases: AliasRow[];
  /** Food name as written in hints/aliases ("Milk", "Beef mince") -> food key. */
  resolve(name: string): string | null;
}

/**
 * What each food source's number is: OWID republishes Clark et al. 2022 as the mean over products
 * and Poore & Nemecek 2018 as the median over producers; RIVM and AGRIBALYSE model one product each.
 */
const STATISTIC: Record<FoodRow['source'], NonNullable<FoodRow['statistic']>> = {
  clark2022: 'mean',
  poore2018: 'median',
  rivm2021: 'point',
  agribalyse2023: 'point',
};

/**
 * AGRIBALYSE 3.1.1 foods named by the curated aliases (`agb:<code>`) or by a category's default
 * food (data/typical-ranges.csv): the at-retail value (agriculture + processing + packaging +
 * transport + retail, i.e. without home storage and cooking), cradle to shelf like every factor.
 */
type AgribalyseFood = {
  code: string;
  name: string;
  kgPerKg: number;
  statistic: 'point' | 'median';
  packaging?: FoodRow['packaging'];
  loose?: true;
};

/**
 * CIQUAL subgroups of fresh produce and eggs: a raw one (its AGRIBALYSE name says "raw") is sold by
 * the piece, as are rolls, buns and croissants, so a count in its title ("eggs, 12 pack", "bananas
 * x5", "bread rolls 6 pack") counts pieces, not packs.
 */
const LOOSE_SUBGROUPS = new Set(['fruits', 'légumes', 'œufs', 'pommes de terre et autres tubercules']);
/** Bakery sold by the piece (CIQUAL "pains et viennoiseries"): rolls, buns, croissants, bagels, muffins; not loaves. */
const PIECE_BAKERY = /\b(?:croissants?|rolls?|buns?|bagels?|muffins?)\b/i;
const isLoose = (r: Record<string, string>) =>
  (LOOSE_SUBGROUPS.has(r.food_subgroup_fr.trim()) && /\braw\b/i.test(r.name_en)) ||
  (r.food_subgroup_fr.trim() === 'pains et viennoiseries' && PIECE_BAKERY.test(r.name_en));

/** AGRIBALYSE's packaging material (packaging_material_fr) -> the drink container a title names. */
const AGRIBALYSE_CONTAINER: Readonly<Record<string, Container>> = {
  Verre: 'glass',
  PET: 'plastic',
  HPDE: 'plastic', // sic in AGRIBALYSE 3.1.1: HDPE (milk and juice bottles)
  HDPE: 'plastic',
  Carton: 'carton',
};

/** AGRIBALYSE's packaging material of foods in metal cans (steel). */
const METAL_CAN = 'Acier';

const isBeverage = (r: Record<string, string>) => /^boissons/.test(r.food_group_fr.trim());

/** A beverage row's container and packaging stage (kg CO2e per kg of drink), when AGRIBALYSE models it in one a title can name. */
function packagingOf(r: Record<string, string>): FoodRow['packaging'] {
  const container = AGRIBALYSE_CONTAINER[r.packaging_material_fr.trim()];
  if (!isBeverage(r) || !container) return undefined;
  return { container, kgPerKg: sig(num(r.kgco2e_per_kg_packaging, `AGRIBALYSE ${r.agb_code} packaging`), 4) };
}

/**
 * One row per drink container: the median packaging stage (kg CO2e per kg of drink) of the
 * AGRIBALYSE 3.1.1 beverages modelled in it. A container the title names replaces the one
 * AGRIBALYSE modelled (lib/estimate/container.ts). No AGRIBALYSE beverage is modelled in a can: the
 * can's row is the median packaging stage of the foods AGRIBALYSE models in metal cans
 * (packaging_material_fr "Acier": canned vegetables, fish, meals), per kg of content, the nearest
 * figure the source gives (a drink can is aluminium, a food can steel; stated in the row's name).
 */
function containerRows(): FoodRow[] {
  const all = raw('agribalyse_3.1.1_synthese_co2e_per_kg.csv');
  return CONTAINERS.map((c) => {
    const values =
      c === 'can'
        ? all
            .filter((r) => r.packaging_material_fr.trim() === METAL_CAN)
            .map((r) => sig(num(r.kgco2e_per_kg_packaging, `AGRIBALYSE ${r.agb_code} packaging`), 4))
        : all.filter((r) => packagingOf(r)?.container === c).map((r) => packagingOf(r)!.kgPerKg);
    if (values.length < 5) throw new Error(`AGRIBALYSE: only ${values.length} rows in ${c}`);
    return {
      key: containerKey(c),
      name:
        c === 'can'
          ? `packaging stage, median of ${values.length} AGRIBALYSE foods in metal (steel) cans; no beverage is modelled in a can`
          : `packaging stage, median of ${values.length} AGRIBALYSE beverages in ${c}`,
      kgPerKg: sig(median(values), 4),
      source: 'agribalyse2023',
      statistic: 'median',
    };
  });
}

function agribalyseRows(codes: Set<string>): AgribalyseFood[] {
  const out: AgribalyseFood[] = [];
  const found = new Set<string>();
  const all = raw('agribalyse_3.1.1_synthese_co2e_per_kg.csv');
  for (const r of all) {
    if (!codes.has(r.agb_code)) continue;
    found.add(r.agb_code);
    const packaging = packagingOf(r);
    out.push({
      code: r.agb_code,
      name: r.name_en,
      kgPerKg: num(r.kgco2e_per_kg_at_retail_derived, `AGRIBALYSE ${r.agb_code}`),
      statistic: 'point',
      ...(packaging ? { packaging } : {}),
      ...(isLoose(r) ? { loose: true as const } : {}),
    });
  }
  // Category defaults where no single food stands for the category: the median at-retail value of
  // the AGRIBALYSE beverages (CIQUAL group "boissons"), or of all the other foods.
  const medians: [string, string, (g: string) => boolean][] = [
    ['median-beverages', 'beverages', (g) => /^boissons/.test(g)],
    ['median-foods', 'foods (beverages excluded)', (g) => !/^boissons/.test(g)],
  ];
  for (const [code, what, test] of medians) {
    if (!codes.has(code)) continue;
    const values = all
      .filter((r) => test(r.food_group_fr.trim()))
      .map((r) => num(r.kgco2e_per_kg_at_retail_derived, `AGRIBALYSE ${r.agb_code}`));
    found.add(code);
    out.push({
      code,
      name: `median of ${values.length} AGRIBALYSE ${what}`,
      kgPerKg: median(values),
      statistic: 'median',
    });
  }
  const missing = [...codes].filter((c) => !found.has(c));
  if (missing.length) throw new Error(`AGRIBALYSE codes not found: ${missing.join(', ')}`);
  return out;
}

export function buildFood(profileCodes: string[] = []): FoodTables {
  const rows = new Map<string, FoodRow>();
  const byName = new Map<string, string>();
  const offered = new Set<string>();
  const add = (name: string, kgPerKg: number, source: FoodRow['source'], key0?: string) => {
    const lname = name.toLowerCase();
    if (source !== 'agribalyse2023') offered.add(lname);
    if (byName.has(lname)) return; // higher-priority source already has this food
    let key = key0 ?? slug(name);
    if (rows.has(key)) key = `${source}-${key}`;
    rows.set(key, { key, name, kgPerKg: sig(kgPerKg, 4), source, statistic: STATISTIC[source] });
    byName.set(lname, key);
  };
  const curatedRecords = data('food-aliases.csv');
  const dryForms = data('food-dry-forms.csv');
  // AGRIBALYSE first: a food the other sources name (Clark's "Rice", "Tuna") that AGRIBALYSE 3.1.1
  // also covers takes AGRIBALYSE's at-retail row for it, in the form it is sold (raw, dry, plain);
  // the reason for each pick is in data/food-agribalyse.csv.
  const preferred = new Map<string, string>();
  for (const r of data('food-agribalyse.csv')) {
    if (!r.food?.trim() || !r.agb_code?.trim() || !r.reason?.trim())
      throw new Error(`food-agribalyse.csv: incomplete row "${r.food},${r.agb_code}"`);
    preferred.set(r.food.toLowerCase(), `agb:${r.agb_code}`);
  }
  const agbCode = (name: string) => /^agb:(.+)$/.exec(name)?.[1];
  const codes = new Set([
    ...profileCodes,
    ...[...preferred.values()].map((v) => v.slice(4)),
    ...[...curatedRecords.map((r) => r.food), ...dryForms.flatMap((r) => [r.food, r.dry_food])]
      .map(agbCode)
      .filter((c): c is string => !!c),
  ]);
  for (const f of agribalyseRows(codes)) {
    add(f.name, f.kgPerKg, 'agribalyse2023', `agb-${f.code}`);
    if (f.statistic === 'median') rows.set(`agb-${f.code}`, { ...rows.get(`agb-${f.code}`)!, statistic: 'median' });
    const row = rows.get(`agb-${f.code}`);
    if (f.packaging && row) rows.set(row.key, { ...row, packaging: f.packaging });
    if (f.loose && row) rows.set(row.key, { ...rows.get(row.key)!, loose: true });
    byName.set(`agb:${f.code}`, `agb-${f.code}`);
  }
  for (const r of raw('owid_clark2022_food_ghg_per_kg.csv'))
    add(r.food, num(r.kgCO2e_per_kg_product, `Clark ${r.food}`), 'clark2022');
  for (const r of raw('poore_nemecek_2018_food_ghg_per_kg.csv'))
    add(r.food_product, num(r.total_kgCO2e_per_kg, `Poore ${r.food_product}`), 'poore2018');
  // RIVM rows without a cradle-to-retail value are skipped (e.g. lamb, withdrawn by RIVM for re-evaluation).
  for (const r of raw('rivm_2021_food_ghg_nl.csv')) {
    if (!r.kgCO2e_cradle_to_retail_distribution.trim() || !r.nevo_code.trim()) continue;
    add(r.name_nl.trim(), num(r.kgCO2e_cradle_to_retail_distribution, `RIVM ${r.name_nl}`), 'rivm2021');
  }

  for (const name of preferred.keys())
    if (!offered.has(name)) throw new Error(`food-agribalyse.csv: "${name}" is no food of the other sources`);
  const resolve = (name: string) => {
    const lname = name.toLowerCase();
    return byName.get(preferred.get(lname) ?? lname) ?? null;
  };
  // A food sold dry (powder, granules, cubes) weighs a fraction of the food as eaten: the wet
  // row names its dry form's row (data/food-dry-forms.csv), which the estimator takes when the
  // title says the product is dry.
  for (const r of dryForms) {
    const wet = resolve(r.food);
    const dry = resolve(r.dry_food);
    if (!wet || !dry || !r.reason?.trim())
      throw new Error(`food-dry-forms.csv: unknown food or missing reason in "${r.food},${r.dry_food}"`);
    const serving = r.ready_serving_kg?.trim() ? num(r.ready_serving_kg, `food-dry-forms.csv ${r.food}`) : null;
    if (serving !== null && !r.serving_source?.trim())
      throw new Error(`food-dry-forms.csv: a ready serving mass without its source in "${r.food}"`);
    rows.set(wet, { ...rows.get(wet)!, dryForm: dry, ...(serving !== null ? { dryBelowKg: serving } : {}) });
  }
  // One piece's mass as sold, where a source gives it (data/food-pieces.csv): only for a food sold loose.
  for (const r of data('food-pieces.csv')) {
    const key = resolve(r.food);
    const row = key ? rows.get(key) : undefined;
    if (!row?.loose || !r.source?.trim())
      throw new Error(`food-pieces.csv: "${r.food}" is no food sold by the piece, or has no source`);
    const [kg, low, high] = [r.piece_kg, r.low_kg, r.high_kg].map((v) => num(v, `food-pieces.csv ${r.food}`));
    if (!(low! <= kg! && kg! <= high!)) throw new Error(`food-pieces.csv: "${r.food}" low <= piece <= high`);
    rows.set(row.key, { ...row, piece: { kg: kg!, low: low!, high: high! } });
  }
  const curated = curatedRecords.map((r) => {
    const target = resolve(r.food);
    if (!target) throw new Error(`food-aliases.csv: unknown food "${r.food}"`);
    return { alias: r.alias, lang: r.lang, target };
  });
  // Source names are aliases too (English for Clark/Poore, Dutch for RIVM), after the curated list.
  const curatedKeys = new Set(curated.map((c) => normalizeText(c.alias)));
  const fromNames = [...rows.values()]
    .map((f) => ({ alias: f.name, lang: f.source === 'rivm2021' ? 'nl' : 'en', target: resolve(f.name) ?? f.key }))
    .filter((a) => !curatedKeys.has(normalizeText(a.alias)));
  const seen = new Set<string>();
  const names = fromNames.filter((a) => {
    const k = normalizeText(a.alias);
    if (seen.has(k) || k.length < 3) return false;
    seen.add(k);
    return true;
  });
  // The container rows come after the aliases: no title names a packaging stage.
  return {
    food: byKey([...rows.values(), ...containerRows()]),
    aliases: aliasRows([...curated, ...names], 'food aliases'),
    resolve,
  };
}
