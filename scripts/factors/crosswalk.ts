/**
 * The category backbone: every Google Product Taxonomy node resolved to a NAICS spend factor
 * (and tier hints) through itself or its nearest mapped ancestor. Starter map + reviewed overrides.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CategorySpreadRow, CrosswalkRow, DeviceKind, SpendRow, TaxonomyPathRow } from '../../lib/factors/tables';
import { normalizePath } from '../../lib/factors/normalize';
import { BOAVIZTA_DEVICES } from './boavizta';
import { byKey, data, median, quantile, raw, RAW, sig } from './io';

export interface TaxonomyNode {
  id: number;
  path: string;
  parentId: number | null;
}

export function readTaxonomy(): TaxonomyNode[] {
  const text = readFileSync(join(RAW, 'google_product_taxonomy_2021-09-21.en-US.txt'), 'utf8');
  const idByPath = new Map<string, number>();
  const nodes: TaxonomyNode[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\d+) - (.+)$/.exec(line.trim());
    if (!m) continue;
    const path = m[2].trim();
    const id = Number(m[1]);
    const parentPath = path.includes(' > ') ? path.slice(0, path.lastIndexOf(' > ')) : null;
    const parentId = parentPath === null ? null : idByPath.get(parentPath);
    if (parentId === undefined) throw new Error(`Taxonomy parent listed after child: ${path}`);
    idByPath.set(path, id);
    nodes.push({ id, path, parentId });
  }
  return nodes;
}

interface Mapping {
  naics: string;
  confidence: 'high' | 'med' | 'low';
  hint: string;
}

export interface HintResolvers {
  /** "Milk" -> food key, or null when the name is not in the food table. */
  food(name: string): string | null;
  /** DESNZ material name ("Clothing") -> material key. */
  material(name: string): string | null;
  /** Every material key (to check data/sector-materials.csv). */
  materialKeys?: Set<string>;
  /** AGRIBALYSE codes in the food table (a sector material may be `agb:<code>`, a per-kg proxy). */
  agribalyseCodes?: Set<string>;
}

/**
 * data/sector-materials.csv: a per-kg material for each manufacturing sector (NAICS prefix), so
 * that a category with no hint and no profile still gets mass x intensity when the page gives a
 * mass (a product without a price is otherwise unknown). The longest matching prefix wins.
 */
function readSectorMaterials(keys?: Set<string>, agb?: Set<string>): { prefix: string; material: string }[] {
  const known = (k: string) => (k.startsWith('agb:') ? !!agb?.has(k.slice(4)) : !!keys?.has(k));
  return data('sector-materials.csv')
    .map((r) => {
      if (!/^\d{3,6}$/.test(r.naics_prefix))
        throw new Error(`sector-materials.csv: bad NAICS prefix ${r.naics_prefix}`);
      if (keys && !known(r.material_key)) throw new Error(`sector-materials.csv: unknown material ${r.material_key}`);
      if (!r.reason?.trim()) throw new Error(`sector-materials.csv: ${r.naics_prefix} has no reason`);
      return { prefix: r.naics_prefix, material: r.material_key };
    })
    .sort((a, b) => b.prefix.length - a.prefix.length || a.prefix.localeCompare(b.prefix));
}

function parseHint(hint: string, resolve: HintResolvers, where: string) {
  const [kind, value = ''] = hint.split(/:(.*)/s);
  let device: DeviceKind | null = null;
  let food: string | null = null;
  let material: string | null = null;
  if (kind === 'boavizta' && value) {
    device = BOAVIZTA_DEVICES[value.toLowerCase()] ?? null;
    if (!device) throw new Error(`Unknown device hint ${hint} at ${where}`);
  } else if (kind === 'food') {
    food = value === '*' ? '*' : resolve.food(value);
    if (!food) throw new Error(`Unknown food hint ${hint} at ${where}`);
  } else if (kind === 'desnz') {
    material = resolve.material(value);
    if (!material) throw new Error(`Unknown material hint ${hint} at ${where}`);
  }
  return { device, food, material };
}

function readMappings(nodes: Map<number, TaxonomyNode>, spend: Map<string, SpendRow>): Map<number, Mapping> {
  const mappings = new Map<number, Mapping>();
  const add = (r: Record<string, string>, file: string) => {
    const id = Number(r.gpt_id);
    const node = nodes.get(id);
    if (!node) throw new Error(`${file}: unknown taxonomy id ${r.gpt_id}`);
    if (node.path !== r.gpt_path)
      throw new Error(`${file}: path mismatch for ${id}: "${r.gpt_path}" vs "${node.path}"`);
    if (!spend.has(r.naics_2017)) throw new Error(`${file}: NAICS ${r.naics_2017} has no EPA factor (${id})`);
    const confidence = r.confidence as Mapping['confidence'];
    if (!['high', 'med', 'low'].includes(confidence)) throw new Error(`${file}: bad confidence for ${id}`);
    mappings.set(id, { naics: r.naics_2017, confidence, hint: r.alt_factor_hint ?? '' });
  };
  for (const r of raw('gpt_to_naics_starter_map.csv')) add(r, 'starter map');
  for (const r of data('crosswalk-overrides.csv')) {
    if (!r.reason?.trim()) throw new Error(`crosswalk-overrides.csv: row ${r.gpt_id} has no reason`);
    add(r, 'crosswalk-overrides.csv');
  }
  return mappings;
}

/** A taxonomy category of accessories or parts ("Mobile Phone Accessories", "Bicycle Parts", "Table Accessories"). */
const ACCESSORIES_OR_PARTS = /\b(?:Accessories|Parts)\b/;

/**
 * How far a typical mass may sit from a product's own and the range still hold it: tier C's
 * inferred-material range times the typical-mass widening reaches about x0.2 to x4.5
 * (lib/estimate/ranges.ts: MATERIAL_RANGE.category x TYPICAL_MASS_WIDENING), so about x5.
 */
const TYPICAL_MASS_REACH = 5;

/**
 * The span of typical masses among the profiled categories below `profileId`, when it reaches
 * beyond TYPICAL_MASS_REACH of the profile's own typical mass on BOTH sides: the profile's mass is
 * then a midpoint that describes none of its kinds (household appliances, 10 kg: irons 1.5 kg,
 * washing machines 70 kg). Null when the profile's mass holds.
 */
export function typicalMassSpan(
  profileId: number,
  nodes: Map<number, TaxonomyNode>,
  typicalMass: Map<number, number>,
): [number, number] | null {
  const own = typicalMass.get(profileId);
  const prefix = `${nodes.get(profileId)?.path} > `;
  if (!own) return null;
  const below = [...typicalMass].filter(([id]) => nodes.get(id)?.path.startsWith(prefix)).map(([, kg]) => kg);
  if (!below.length) return null;
  const lo = Math.min(...below);
  const hi = Math.max(...below);
  return lo < own / TYPICAL_MASS_REACH && hi > own * TYPICAL_MASS_REACH ? [lo, hi] : null;
}

export function buildCrosswalk(
  spendRows: SpendRow[],
  resolve: HintResolvers,
  typicalIds: Set<number>,
  /** Each profile's typical mass of one item (data/typical-ranges.csv `default_mass_kg`), where it has one. */
  typicalMass: Map<number, number> = new Map(),
): { crosswalk: CrosswalkRow[]; paths: TaxonomyPathRow[]; spread: CategorySpreadRow[] } {
  const taxonomy = readTaxonomy();
  const nodes = new Map(taxonomy.map((n) => [n.id, n]));
  const spend = new Map(spendRows.map((r) => [r.key, r]));
  const mappings = readMappings(nodes, spend);
  const sectors = readSectorMaterials(resolve.materialKeys, resolve.agribalyseCodes);

  const nearest = (id: number, has: (id: number) => boolean): number | null => {
    for (let cur: number | null = id; cur !== null; cur = nodes.get(cur)!.parentId) if (has(cur)) return cur;
    return null;
  };
  /**
   * The nearest category profile (data/typical-ranges.csv) up the tree, but not across an
   * accessories or parts category: a phone case is not a telephone (0.5 kg of IT equipment), desk
   * parts are not a 30 kg table, pot lids are not a pan. The profile's typical mass, price and
   * weight ranges and factor describe the category's own products, not what goes with them.
   */
  const nearestProfile = (id: number): number | null => {
    for (let cur: number | null = id; cur !== null; cur = nodes.get(cur)!.parentId) {
      if (typicalIds.has(cur)) return cur;
      if (ACCESSORIES_OR_PARTS.test(nodes.get(cur)!.path.split(' > ').pop()!)) return null;
    }
    return null;
  };
  const spans = new Map<number, [number, number] | null>();
  const spanOf = (id: number) => {
    if (!spans.has(id)) spans.set(id, typicalMassSpan(id, nodes, typicalMass));
    return spans.get(id)!;
  };
  const crosswalk = taxonomy.map((node): CrosswalkRow => {
    const from = nearest(node.id, (id) => mappings.has(id));
    if (from === null) throw new Error(`Taxonomy node ${node.id} (${node.path}) reaches no mapped ancestor`);
    const m = mappings.get(from)!;
    const row: CrosswalkRow = {
      key: String(node.id),
      id: node.id,
      path: node.path,
      parentId: node.parentId,
      mappedFrom: from,
      naics: m.naics,
      useeio: spend.get(m.naics)!.useeio,
      confidence: m.confidence,
    };
    const { device, food, material } = parseHint(m.hint, resolve, `${from}`);
    const typicalFrom = nearestProfile(node.id);
    // Absent rather than null keeps 5,595 rows compact.
    if (device) row.device = device;
    if (food) row.food = food;
    if (material) row.material = material;
    else if (!device && !food) {
      const sector = sectors.find((x) => m.naics.startsWith(x.prefix));
      if (sector) {
        row.material = sector.material;
        row.materialFromSector = true;
      }
    }
    if (typicalFrom !== null) row.typicalFrom = typicalFrom;
    // A sub-category without a profile of its own does not take a typical mass that stands for
    // none of its parent's kinds (a steam iron filed under "Laundry Appliances" is not 10 kg).
    const span = typicalFrom !== null && typicalFrom !== node.id ? spanOf(typicalFrom) : null;
    if (span) row.typicalMassSpan = span;
    return row;
  });

  const paths = taxonomy.map((n) => ({ key: normalizePath(n.path), id: n.id }));
  return { crosswalk: byKey(crosswalk), paths: byKey(paths), spread: buildSpread(taxonomy, mappings, spend) };
}

/**
 * Tier E: for each top-level category, the spread of the spend factors mapped anywhere below it
 * (one value per distinct mapped node), so a product known only by its broad category gets the
 * median factor with the inter-quartile range.
 */
function buildSpread(
  taxonomy: TaxonomyNode[],
  mappings: Map<number, Mapping>,
  spend: Map<string, SpendRow>,
): CategorySpreadRow[] {
  const out: CategorySpreadRow[] = [];
  for (const top of taxonomy.filter((n) => n.parentId === null)) {
    const prefix = `${top.path} > `;
    const factors = taxonomy
      .filter((n) => (n.id === top.id || n.path.startsWith(prefix)) && mappings.has(n.id))
      .map((n) => ({ naics: mappings.get(n.id)!.naics, f: spend.get(mappings.get(n.id)!.naics)!.withMargins }));
    const values = factors.map((x) => x.f);
    const mid = median(values);
    const closest = [...factors].sort(
      (a, b) => Math.abs(a.f - mid) - Math.abs(b.f - mid) || a.naics.localeCompare(b.naics),
    )[0];
    out.push({
      key: normalizePath(top.path),
      n: values.length,
      median: sig(mid, 4),
      statistic: 'median',
      low: sig(quantile(values, 0.25), 4),
      high: sig(quantile(values, 0.75), 4),
      naics: closest.naics,
    });
  }
  return byKey(out);
}
