/**
 * Batched factor look-ups: gather every key a batch of products needs, then ask each table once
 * per round (four rounds: names -> categories and factors -> sector data and category profiles ->
 * the physical factors the profiles name). Never a whole table.
 */
import { BASIC_PHONE_ITEM } from './basic-phone';
import { ALL_ADEME_DEVICE_ITEMS } from './device-items';
import { POWERED_TOY_ITEM, TEXTILE_MATERIAL } from './tier-c-mass';
import type { FactorSource } from '../factors/source';
import type { PackManifest, TableName, TableRows } from '../factors/tables';
import { CONTAINERS, containerKey } from '../factors/tables';
import { normalizePath } from '../factors/normalize';
import { currencyOfCountry } from './country';
import type { DeviceKind } from '../factors/tables';

/** Every device kind (all are loaded: tier B's mass exponent is the median over all of them). */
export const ALL_DEVICE_KINDS: DeviceKind[] = [
  'laptop',
  'desktop',
  'monitor',
  'smartphone',
  'tablet',
  'tv',
  'printer',
  'server',
  'thin client',
  'iot',
  'hard drive',
];
import type { Prepared } from './prepare';

export type Rows<T extends TableName> = Map<string, TableRows[T]>;

export interface BatchData {
  manifest: PackManifest;
  paths: Rows<'taxonomy-paths'>;
  crosswalk: Rows<'crosswalk'>;
  fx: Rows<'fx'>;
  vat: Rows<'vat'>;
  cpi: Rows<'cpi'>;
  boavizta: Rows<'boavizta'>;
  foodAliases: Rows<'food-aliases'>;
  materialAliases: Rows<'material-aliases'>;
  food: Rows<'food'>;
  materials: Rows<'materials'>;
  spend: Rows<'spend'>;
  priceIndex: Rows<'price-index'>;
  devices: Rows<'devices'>;
  typical: Rows<'typical'>;
  spread: Rows<'category-spread'>;
  items: Rows<'items'>;
  itemAliases: Rows<'item-aliases'>;
  spendCalibration: Rows<'spend-calibration'>;
}

/** Years whose CPI the money conversion may need. */
export function cpiYears(year: number): string[] {
  const out = new Set<string>(['2022', '2023']);
  for (let y = year; y >= Math.max(2015, year - 4); y--) out.add(String(y));
  return [...out];
}

function flat<T>(xs: (T | null | undefined)[][]): T[] {
  return xs.flat().filter((x): x is T => x !== null && x !== undefined);
}

export function topLevelKey(path: string): string {
  return normalizePath(path.split(' > ')[0]);
}

export async function loadBatch(products: Prepared[], factors: FactorSource): Promise<BatchData> {
  const ok = products.filter((p) => !p.error);
  const [manifest, paths, crosswalk1, fx, vat, cpi, boavizta, foodAliases, materialAliases, itemAliases] =
    await Promise.all([
      factors.manifest(),
      factors.get('taxonomy-paths', flat(ok.map((p) => [p.category?.pathKey]))),
      factors.get('crosswalk', flat(ok.map((p) => [p.category?.id != null ? String(p.category.id) : null]))),
      factors.get('fx', flat(ok.map((p) => [p.currency ?? currencyOfCountry(p.country.country)]))),
      factors.get('vat', flat(ok.map((p) => [p.country.country]))),
      factors.get('cpi', [...new Set(ok.flatMap((p) => cpiYears(p.year)))]),
      factors.get('boavizta', flat(ok.map((p) => [p.makerKey]))),
      factors.get(
        'food-aliases',
        ok.flatMap((p) => p.titleGrams),
      ),
      factors.get(
        'material-aliases',
        ok.flatMap((p) => [...p.materials.flatMap((m) => [m.key, ...m.grams]), ...p.titleGrams]),
      ),
      factors.get(
        'item-aliases',
        ok.flatMap((p) => p.titleGrams),
      ),
    ]);

  const missingIds = flat([[...paths.values()].map((r) => String(r.id))]).filter((id) => !crosswalk1.has(id));
  const [crosswalk2, food, materials] = await Promise.all([
    factors.get('crosswalk', missingIds),
    factors.get(
      'food',
      // The drink containers' packaging stages always (three rows; lib/estimate/container.ts).
      [...[...foodAliases.values()].map((a) => a.target), ...CONTAINERS.map(containerKey)],
    ),
    factors.get(
      'materials',
      [...materialAliases.values()].map((a) => a.target),
    ),
  ]);
  const crosswalk = new Map([...crosswalk1, ...crosswalk2]);
  // Materials named by category hints are needed too (fetched with the profiles' in round 4).
  const hintMaterials = [...crosswalk.values()]
    .map((c) => c.material)
    .filter((m): m is string => !!m && !materials.has(m));

  const rows = [...crosswalk.values()];
  // Every device row (ten, small): the typical-item tier reads the monitor's screen exponent (TVs)
  // and the median weight exponent of all kinds, which must not depend on what else is in the batch.
  const devicesNeeded: string[] = [...ALL_DEVICE_KINDS];
  const [spend, priceIndex, devices, typical, spread, spendCalibration] = await Promise.all([
    factors.get(
      'spend',
      rows.map((c) => c.naics),
    ),
    factors.get(
      'price-index',
      rows.map((c) => c.useeio),
    ),
    factors.get('devices', devicesNeeded),
    factors.get('typical', flat([rows.map((c) => (c.typicalFrom != null ? String(c.typicalFrom) : null))])),
    factors.get(
      'category-spread',
      rows.map((c) => topLevelKey(c.path)),
    ),
    factors.get(
      'spend-calibration',
      rows.map((c) => c.naics.slice(0, 3)),
    ),
  ]);
  // Round 4: the physical factors the category profiles name (ADEME items, default foods, materials).
  const profiles = [...typical.values()];
  // The intensities of the profiles and of their kinds (data/kind-masses.csv, data/powered-kinds.csv).
  const intensities = profiles.flatMap((t) => [t.intensity, ...(t.kinds ?? []).map((k) => k.intensity)]);
  const intensity = (prefix: string) => intensities.map((v) => (v?.startsWith(prefix) ? v.slice(prefix.length) : null));
  const profileMaterials = intensities.map((v) => (v && !v.includes(':') ? v : null));
  const sectorFoods = hintMaterials.filter((m) => m.startsWith('agb:')).map((m) => `agb-${m.slice(4)}`);
  const [items, profileFood, profileMaterialRows] = await Promise.all([
    factors.get(
      'items',
      // ADEME's basic phone always: a light phone is one whatever its title (lib/estimate/basic-phone.ts).
      flat([
        profiles.map((t) => t.item),
        ...profiles.map((t) => t.kindItems ?? []),
        intensity('item:'),
        [...itemAliases.values()].map((a) => a.target),
        [BASIC_PHONE_ITEM],
        // The powered toys' appliance always: a toy the title says is powered (tier-c-mass.ts).
        [POWERED_TOY_ITEM],
        // ADEME's device items always: tier B's device range reaches them (lib/estimate/device-items.ts).
        ALL_ADEME_DEVICE_ITEMS,
      ]),
    ),
    factors.get('food', [
      ...flat([intensity('agb:')]).map((c) => `agb-${c}`),
      ...flat([intensity('food:')]),
      ...sectorFoods,
    ]),
    factors.get(
      'materials',
      // The textile factor always: a soft toy under a plastic-default toy category (tier-c-mass.ts).
      [...new Set([...hintMaterials, ...flat([profileMaterials]), TEXTILE_MATERIAL])].filter(
        (m) => !materials.has(m) && !m.startsWith('agb:'),
      ),
    ),
  ]);
  // Foods sold dry (milk powder, stock granules) read their dry form's row (lib/estimate/dry-form.ts).
  const foodRows = new Map([...food, ...profileFood]);
  const dryKeys = [...foodRows.values()].map((f) => f.dryForm).filter((k): k is string => !!k && !foodRows.has(k));
  if (dryKeys.length) for (const [k, f] of await factors.get('food', dryKeys)) foodRows.set(k, f);
  return {
    manifest,
    paths,
    crosswalk,
    fx,
    vat,
    cpi,
    boavizta,
    foodAliases,
    materialAliases,
    food: foodRows,
    materials: new Map([...materials, ...profileMaterialRows]),
    spend,
    priceIndex,
    devices,
    typical,
    spread,
    items,
    itemAliases,
    spendCalibration,
  };
}
