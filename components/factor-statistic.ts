/**
 * How an emission factor summarises its source, as the panel and the popup say it (#8: each factor
 * says whether it is a mean or a median): "median of 188 values", "mean", "one published value".
 * Money conversions (VAT, exchange rates, price indexes) carry no statistic and get no wording.
 */
import type { FactorRef } from '../lib/estimate/schema';

export type StatisticKey = 'factor.point' | 'factor.median' | 'factor.medianOf' | 'factor.mean' | 'factor.meanOf';

export function statisticKey(f: Pick<FactorRef, 'statistic' | 'n'>): StatisticKey | null {
  switch (f.statistic) {
    case 'point':
      return 'factor.point';
    case 'median':
      return f.n ? 'factor.medianOf' : 'factor.median';
    case 'mean':
      return f.n ? 'factor.meanOf' : 'factor.mean';
    default:
      return null;
  }
}

/** The estimate's first emission factor (the one the central value rests on), for a one-line summary. */
export function mainFactor(factors: readonly FactorRef[]): FactorRef | null {
  return factors.find((f) => statisticKey(f) !== null) ?? null;
}
