/**
 * "Lower / typical / higher than similar products". Similar products are new products of the same
 * category, estimated BY THE SAME METHOD as the product itself, so the comparison is like for like:
 * - a product estimated as a typical item (ADEME Impact CO2, tier B) is compared with that same
 *   item scaled, exactly as the estimator scales it, across the typical weights of its kind (the
 *   category's weight range, moved to the item's own mass when the title names another kind than
 *   the category's item: a jumper under Shirts & Tops is not a T-shirt);
 * - any other product is compared with the light/cheap and heavy/dear ends of the category's
 *   typical range (data/typical-ranges.csv), run through the estimator, and only when both ends
 *   come out by the same method (same tier and factors; a per-kg clothing figure is never set
 *   against a per-item one).
 * The product's figure per unit is placed on that span (log scale, in thirds).
 *
 * No label when the category has no range, the ends estimate alike (the method ignores weight and
 * price there, so the span says nothing), or the ends come out by another method or category.
 */
import { ALL_DEVICE_KINDS } from '../estimate/batch';
import type { ProductInput } from '../estimate/input';
import type { Estimate } from '../estimate/schema';
import { itemAtMass } from '../estimate/tier-b-item';
import type { FactorSource } from '../factors/source';
import type { TypicalRow } from '../factors/tables';

export type Relative = 'lower' | 'typical' | 'higher';

/** What "similar" meant: the category's range run through the estimator, or one typical item across weights. */
export type SimilarBasis = { kind: 'category' } | { kind: 'item'; item: string };

export interface SimilarSpan {
  /** Footprint of one new item at the light/cheap and the heavy/dear end, kg CO2e. */
  low: number;
  high: number;
  /** The category the span was computed for (taxonomy path). */
  category: string;
  /** The weight and price ranges behind the span (null where the span does not vary them). */
  weightKg: [number, number] | null;
  priceUsd: [number, number] | null;
  basis: SimilarBasis;
}

/** Where an estimate sits among similar products; sent to the page beside the estimate. */
export interface SimilarPosition extends SimilarSpan {
  relative: Relative;
}

/** Below this ratio between the two ends the category has no meaningful spread in our model. */
const MIN_SPREAD = 1.3;

function pair(a: number | null | undefined, b: number | null | undefined): [number, number] | null {
  return typeof a === 'number' && typeof b === 'number' && a > 0 && b > a ? [a, b] : null;
}

/** The two ends of the category as estimator input, or null when the table gives no range. */
function spanInputs(
  category: string,
  profile: TypicalRow,
): {
  inputs: [ProductInput, ProductInput];
  weightKg: [number, number] | null;
  priceUsd: [number, number] | null;
} | null {
  const weightKg = pair(profile.weightKgLow, profile.weightKgHigh);
  const priceUsd = pair(profile.priceUsdLow, profile.priceUsdHigh);
  if (!weightKg && !priceUsd) return null;
  const leaf = category.split(' > ').at(-1) ?? category;
  const end = (n: 0 | 1): ProductInput => ({
    title: leaf,
    googleCategory: category,
    condition: 'new',
    ...(weightKg ? { weightKg: weightKg[n] } : {}),
    ...(priceUsd ? { price: priceUsd[n], currency: 'USD' } : {}),
  });
  return { inputs: [end(0), end(1)], weightKg, priceUsd };
}

/** Tables whose factors only convert money or time: they say nothing about the method. */
const CONVERSION_TABLES = new Set(['fx', 'cpi', 'price-index', 'vat']);

/** The method an estimate was made by: its tier and the factors that are not mere conversions. */
export function methodKey(e: Pick<Estimate, 'tier' | 'factors'>): string {
  const ids = e.factors.map((f) => f.id).filter((id) => !CONVERSION_TABLES.has(id.split(':')[0]));
  return [e.tier, ...ids].join('|');
}

/** One span per category and method (the cache key of the estimator service). */
export function spanKey(e: Pick<Estimate, 'categoryId' | 'tier' | 'factors'>): string {
  return `${e.categoryId} ${methodKey(e)}`;
}

/** The span between two per-unit figures, or null when the method gives them no meaningful spread. */
function spanOf(a: number | null, b: number | null, rest: Omit<SimilarSpan, 'low' | 'high'>): SimilarSpan | null {
  if (a === null || b === null || !(a > 0) || !(b > 0)) return null;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  return high / low < MIN_SPREAD ? null : { low, high, ...rest };
}

/** The ends run through the estimator, kept only when they come out in the product's category and by its method. */
function estimatedSpan(e: Estimate, ends: [Estimate, Estimate], rest: Omit<SimilarSpan, 'low' | 'high'>) {
  const same = (x: Estimate) => x.categoryId === e.categoryId && methodKey(x) === methodKey(e);
  return same(ends[0]) && same(ends[1]) ? spanOf(ends[0].kgCO2e, ends[1].kgCO2e, rest) : null;
}

/** The ADEME item a typical-item estimate was made from (its `items:` factor), or null. */
function typicalItemOf(e: Pick<Estimate, 'tier' | 'factors'>): string | null {
  const f = e.tier === 'B' ? e.factors.find((x) => x.id.startsWith('items:')) : undefined;
  return f ? f.id.slice('items:'.length) : null;
}

/** The typical item scaled across the weights of its kind, as the estimator would scale a page mass. */
async function itemSpan(
  key: string,
  category: string,
  profile: TypicalRow,
  factors: FactorSource,
): Promise<SimilarSpan | null> {
  const item = (await factors.get('items', [key])).get(key);
  const range = pair(profile.weightKgLow, profile.weightKgHigh);
  if (!item || !range) return null;
  // A kind the title names keeps its own mass (as in tier B): the category's spread of weights
  // is taken relative to its typical mass and applied around the item's own.
  const shift = item.key !== profile.item && profile.defaultMassKg ? item.referenceMassKg / profile.defaultMassKg : 1;
  const weightKg: [number, number] = [range[0] * shift, range[1] * shift];
  const devices = await factors.get('devices', ALL_DEVICE_KINDS);
  const [a, b] = weightKg.map((m) => itemAtMass(item, { devices }, m));
  return spanOf(a, b, { category, weightKg, priceUsd: null, basis: { kind: 'item', item: item.name } });
}

/** Units the estimate covers, as its Quantity step states them ("6 unit(s) ..."); 1 when it does not say. */
export function unitsOf(e: Pick<Estimate, 'steps'>): number {
  const step = e.steps.find((s) => s.label === 'Quantity');
  const n = step ? Number(/^(\d+) unit/.exec(step.detail)?.[1]) : NaN;
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/** Lower third, middle third or upper third of the span, on a log scale (footprints spread multiplicatively). */
export function relativeTo(kgPerUnit: number, span: Pick<SimilarSpan, 'low' | 'high'>): Relative {
  const at = (Math.log(kgPerUnit) - Math.log(span.low)) / (Math.log(span.high) - Math.log(span.low));
  if (at < 1 / 3) return 'lower';
  if (at > 2 / 3) return 'higher';
  return 'typical';
}

/** The estimate's place among similar products, or null when it has no figure or no span. */
export function placeAmong(e: Estimate, span: SimilarSpan | null): SimilarPosition | null {
  if (!span || e.kgCO2e === null || !(e.kgCO2e > 0) || e.category !== span.category) return null;
  return { relative: relativeTo(e.kgCO2e / unitsOf(e), span), ...span };
}

/** The span of products similar to `e` (same category, same method); `estimate` runs the estimator. */
export async function similarSpan(
  e: Estimate,
  factors: FactorSource,
  estimate: (p: ProductInput[]) => Promise<Estimate[]>,
): Promise<SimilarSpan | null> {
  const { categoryId: id, category } = e;
  if (id === null || category === null) return null;
  const row = (await factors.get('crosswalk', [String(id)])).get(String(id));
  // A category that borrows a parent's profile whose kinds weigh from far below to far above its
  // typical mass (laundry appliances: irons 1.5 kg, washing machines 70 kg) has no "similar" span:
  // the parent's weights describe none of its kinds (as the estimator withholds that typical mass,
  // lib/estimate/checks.ts).
  const typicalFrom = row?.typicalMassSpan ? null : row?.typicalFrom;
  const profile =
    typicalFrom != null ? (await factors.get('typical', [String(typicalFrom)])).get(String(typicalFrom)) : undefined;
  if (!profile) return null;
  const item = typicalItemOf(e);
  if (item) return itemSpan(item, category, profile, factors);
  const ends = spanInputs(category, profile);
  if (!ends) return null;
  const [a, b] = await estimate(ends.inputs);
  const rest = { category, weightKg: ends.weightKg, priceUsd: ends.priceUsd, basis: { kind: 'category' } as const };
  return a && b ? estimatedSpan(e, [a, b], rest) : null;
}
