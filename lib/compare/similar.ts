/**
 * "Lower / typical / higher than similar products". Similar products are new products of the same
 * category, from the light and cheap end to the heavy and dear end of the category's typical range
 * (data/typical-ranges.csv: weight and price of one item). Both ends are estimated by the same
 * estimator as the product itself, so the comparison is like for like; the product's figure per
 * unit is then placed on that span (log scale, in thirds). Pure: the caller runs the estimator.
 *
 * No label when the category has no range, the two ends estimate alike (the method ignores weight
 * and price there, so the span says nothing), or the ends land in another category.
 */
import type { ProductInput } from '../estimate/input';
import type { Estimate } from '../estimate/schema';
import type { FactorSource } from '../factors/source';
import type { TypicalRow } from '../factors/tables';

export type Relative = 'lower' | 'typical' | 'higher';

/** Where an estimate sits among similar products; sent to the page beside the estimate. */
export interface SimilarPosition {
  relative: Relative;
  /** Footprint of one new item at the light/cheap and the heavy/dear end of the category, kg CO2e. */
  low: number;
  high: number;
  /** The category the span was computed for (taxonomy path). */
  category: string;
  /** The typical ranges behind the span, as the table states them (null where it has none). */
  weightKg: [number, number] | null;
  priceUsd: [number, number] | null;
}

export interface SimilarSpan {
  low: number;
  high: number;
  category: string;
  weightKg: [number, number] | null;
  priceUsd: [number, number] | null;
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

/** The span from the two ends' estimates, or null when they are not a usable span for `categoryId`. */
function spanFrom(
  categoryId: number,
  category: string,
  ends: [Estimate, Estimate],
  ranges: Pick<SimilarSpan, 'weightKg' | 'priceUsd'>,
): SimilarSpan | null {
  const [a, b] = ends;
  if (a.categoryId !== categoryId || b.categoryId !== categoryId) return null;
  if (a.kgCO2e === null || b.kgCO2e === null || !(a.kgCO2e > 0) || !(b.kgCO2e > 0)) return null;
  const low = Math.min(a.kgCO2e, b.kgCO2e);
  const high = Math.max(a.kgCO2e, b.kgCO2e);
  if (high / low < MIN_SPREAD) return null;
  return { low, high, category, weightKg: ranges.weightKg, priceUsd: ranges.priceUsd };
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

/** The span of similar products for a category: its typical range from the packs, both ends estimated by `estimate`. */
export async function similarSpan(
  id: number,
  category: string,
  factors: FactorSource,
  estimate: (p: ProductInput[]) => Promise<Estimate[]>,
): Promise<SimilarSpan | null> {
  const typicalFrom = (await factors.get('crosswalk', [String(id)])).get(String(id))?.typicalFrom;
  const profile =
    typicalFrom != null ? (await factors.get('typical', [String(typicalFrom)])).get(String(typicalFrom)) : undefined;
  const ends = profile ? spanInputs(category, profile) : null;
  if (!ends) return null;
  const [a, b] = await estimate(ends.inputs);
  return a && b ? spanFrom(id, category, [a, b], ends) : null;
}
