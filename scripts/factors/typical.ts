/**
 * Per-category physical profiles (data/typical-ranges.csv): typical item price and weight ranges
 * (plausibility checks), the typical mass of one item, and the category's physical factor (an
 * ADEME item and/or a per-kg intensity). The build fails on a path that does not match its id, a
 * missing basis, or a factor that names no row.
 */
import type { TypicalRow } from '../../lib/factors/tables';
import type { TaxonomyNode } from './crosswalk';
import { byKey, data, num, optNum } from './io';

export interface FactorKeys {
  items: Set<string>;
  /** Each ADEME item's group and kind ("numerique/power adapter"): the items a profile's item may give way to. */
  itemKinds?: Map<string, string>;
  materials: Set<string>;
  /** AGRIBALYSE codes the food table carries. */
  agribalyse: Set<string>;
  /** Every food key (any source: `food:<key>` names one, e.g. RIVM's dry tea). */
  food: Set<string>;
}

function checkIntensity(id: number, v: string, keys: FactorKeys): void {
  if (!v) return;
  const [kind, ref] = v.includes(':') ? v.split(':', 2) : ['material', v];
  const ok =
    kind === 'item'
      ? keys.items.has(ref)
      : kind === 'agb'
        ? keys.agribalyse.has(ref)
        : kind === 'food'
          ? keys.food.has(ref)
          : kind === 'material' && keys.materials.has(ref);
  if (!ok) throw new Error(`typical-ranges.csv: ${id} intensity "${v}" names no factor`);
}

/** data/process-additions.csv: a making step per item that a category's per-kg factor leaves out. */
function readProcesses(paths: Map<number, string>): Map<string, NonNullable<TypicalRow['process']>> {
  const out = new Map<string, NonNullable<TypicalRow['process']>>();
  for (const r of data('process-additions.csv')) {
    const id = Number(r.gpt_id);
    if (paths.get(id) !== r.gpt_path) throw new Error(`process-additions.csv: path mismatch for ${r.gpt_id}`);
    if (!r.basis.trim() || !r.statistic.trim() || !r.source.trim())
      throw new Error(`process-additions.csv: ${id} has no basis`);
    const kgPerItem = num(r.kg_co2e_per_item, `process-additions.csv ${id}`);
    if (kgPerItem <= 0) throw new Error(`process-additions.csv: ${id} value must be positive`);
    out.set(String(id), { name: r.process, kgPerItem, statistic: r.statistic, source: r.source, basis: r.basis });
  }
  return out;
}

/**
 * A per-category table (gpt_id, gpt_path, one value, basis): the path must match the id, the basis
 * must be stated and the value fall within [lo, hi) (exclusive of lo); keyed by the id.
 */
function perCategory<T>(
  file: string,
  column: string,
  bounds: [number, number],
  paths: Map<number, string>,
  make: (value: number, basis: string) => T,
): Map<string, T> {
  const out = new Map<string, T>();
  for (const r of data(file)) {
    const id = Number(r.gpt_id);
    if (paths.get(id) !== r.gpt_path) throw new Error(`${file}: path mismatch for ${r.gpt_id}`);
    if (!r.basis.trim()) throw new Error(`${file}: ${id} has no basis`);
    const v = num(r[column], `${file} ${id}`);
    if (!(v > bounds[0] && v < bounds[1])) throw new Error(`${file}: ${id} ${column} out of range`);
    out.set(String(id), make(v, r.basis));
  }
  return out;
}

/** data/bulk-densities.csv: kg per litre of bulk goods sold by volume (a "60 l" bag of compost). */
const readBulk = (paths: Map<number, string>) =>
  perCategory('bulk-densities.csv', 'kg_per_litre', [0, 3], paths, (kgPerLitre, basis) => ({ kgPerLitre, basis }));

/** data/pack-pieces.csv: one piece's mass in a multipack of the category (a pouch of cat food, a can of beer). */
const readPieces = (paths: Map<number, string>) =>
  perCategory('pack-pieces.csv', 'piece_kg', [0, 50], paths, (kg, basis) => ({ kg, basis }));

export function buildTypical(taxonomy: TaxonomyNode[], keys?: FactorKeys): TypicalRow[] {
  const paths = new Map(taxonomy.map((n) => [n.id, n.path]));
  const processes = readProcesses(paths);
  const bulk = readBulk(paths);
  const pieces = readPieces(paths);
  const profiles = new Set(data('typical-ranges.csv').map((r) => r.gpt_id));
  for (const id of bulk.keys())
    if (!profiles.has(id)) throw new Error(`bulk-densities.csv: ${id} has no typical-ranges.csv profile`);
  for (const id of pieces.keys())
    if (!profiles.has(id)) throw new Error(`pack-pieces.csv: ${id} has no typical-ranges.csv profile`);
  for (const id of processes.keys())
    if (!profiles.has(id)) throw new Error(`process-additions.csv: ${id} has no typical-ranges.csv profile`);
  return byKey(
    data('typical-ranges.csv').map((r) => {
      const id = Number(r.gpt_id);
      if (paths.get(id) !== r.gpt_path) throw new Error(`typical-ranges.csv: path mismatch for ${r.gpt_id}`);
      if (!r.basis.trim()) throw new Error(`typical-ranges.csv: ${r.gpt_id} has no basis`);
      if (keys && r.item && !keys.items.has(r.item))
        throw new Error(`typical-ranges.csv: ${id} item "${r.item}" is not an ADEME item`);
      if (keys) checkIntensity(id, r.intensity ?? '', keys);
      const row: TypicalRow = {
        key: String(id),
        priceUsdLow: optNum(r.price_usd_low),
        priceUsdHigh: optNum(r.price_usd_high),
        weightKgLow: optNum(r.weight_kg_low),
        weightKgHigh: optNum(r.weight_kg_high),
        basis: r.basis,
        defaultMassKg: optNum(r.default_mass_kg),
      };
      if (r.item) row.item = r.item;
      const kind = r.item ? keys?.itemKinds?.get(r.item) : undefined;
      const kindItems = kind ? [...keys!.itemKinds!].filter(([, k]) => k === kind).map(([i]) => i) : [];
      if (kindItems.length > 1) row.kindItems = kindItems.sort();
      if (r.intensity) row.intensity = r.intensity;
      const process = processes.get(row.key);
      if (process) row.process = process;
      const density = bulk.get(row.key);
      if (density) row.bulk = density;
      const piece = pieces.get(row.key);
      if (piece) row.piece = piece;
      return row;
    }),
  );
}

/** AGRIBALYSE codes the category profiles name as default foods, and the sector materials name as proxies. */
export function agribalyseCodesInProfiles(): string[] {
  return [
    ...data('typical-ranges.csv').map((r) => r.intensity ?? ''),
    ...data('sector-materials.csv').map((r) => r.material_key),
  ]
    .map((v) => /^agb:(.+)$/.exec(v)?.[1])
    .filter((c): c is string => !!c);
}
