/**
 * A sense of scale for an estimate: an everyday comparison with a cited factor, the footprint per
 * year of use where a typical lifetime is known, how rough the figure is, and what would change it.
 * Pure functions of the estimate.
 */
import type { Estimate } from '../estimate/schema';
import { itemLifetime, lifetimeFor, type Lifetime } from './lifetimes';
export { isNotPhysical, roughReasons, type RoughReason } from './rough';

/**
 * US EPA, "Greenhouse Gas Emissions from a Typical Passenger Vehicle" (EPA-420-F-23-014, June 2023):
 * a typical passenger vehicle emits about 400 g CO2 per mile, i.e. 400 / 1.609344 = 248.5 g per km.
 */
const CAR_KG_PER_KM = 0.4 / 1.609344;

export function carKm(kg: number): number {
  return kg / CAR_KG_PER_KM;
}

export type ChangeKey = 'model' | 'weight' | 'category' | 'condition' | 'quantity';

/** The inputs that would move this estimate, most effective first. */
export function whatWouldChange(e: Pick<Estimate, 'tier' | 'flags'>): ChangeKey[] {
  if (e.tier === 'unknown') return ['category', 'weight'];
  const out: ChangeKey[] = [];
  if (e.tier === 'B' || e.tier === 'D' || e.tier === 'E') out.push('model');
  if (e.tier === 'D' || e.tier === 'E') out.push('weight');
  if (e.tier !== 'A') out.push('category');
  if (!e.flags.some((f) => f.startsWith('condition-'))) out.push('condition');
  out.push('quantity');
  return out;
}

export interface PerYear extends Lifetime {
  kgPerYear: number;
}

/** Per year of use: the lifetime of the ADEME item the estimate was made from, else its category's. */
export function perYearOfUse(
  e: Pick<Estimate, 'kgCO2e' | 'category'> & Partial<Pick<Estimate, 'factors'>>,
): PerYear | null {
  if (e.kgCO2e === null) return null;
  const life = itemLifetime((e.factors ?? []).map((f) => f.id)) ?? lifetimeFor(e.category);
  return life ? { ...life, kgPerYear: e.kgCO2e / life.years } : null;
}
