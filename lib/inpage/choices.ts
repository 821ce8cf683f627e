/**
 * "Same product, other choices": the estimate for the same product in another condition, by the
 * estimator's own used-goods rule (lib/estimate/condition.ts): the new item's footprint is recovered
 * from this one's (dividing out its condition share, if any), then the other condition's share is
 * applied. Nothing else changes, so the figures are exactly as comparable as the rule is.
 */
import { conditionShare } from '../estimate/condition';
import type { Estimate } from '../estimate/schema';
import { CONDITION_ORDER, type OfferCondition } from './offered-conditions';

export interface Choice {
  condition: OfferCondition;
  kg: number;
  low: number;
  high: number;
  /** The condition this estimate is for. */
  current: boolean;
}

/** The condition the estimate was made for (the estimator flags used and refurbished items). */
function conditionOfEstimate(e: Pick<Estimate, 'flags'>): OfferCondition {
  if (e.flags.includes('condition-refurbished')) return 'refurbished';
  if (e.flags.includes('condition-used')) return 'used';
  return 'new';
}

/** The figures for this condition and each other one the page offers, or [] when it offers no other. */
export function otherChoices(
  e: Pick<Estimate, 'kgCO2e' | 'low' | 'high' | 'flags'>,
  offered: readonly OfferCondition[],
): Choice[] {
  if (e.kgCO2e === null || e.low === null || e.high === null) return [];
  const current = conditionOfEstimate(e);
  // This offer's own condition is always among the choices; the page must offer at least one other.
  const choices = CONDITION_ORDER.filter((c) => c === current || offered.includes(c));
  if (choices.length < 2) return [];
  const own = conditionShare(current) ?? { central: 1, low: 1, high: 1 };
  const asNew = { kg: e.kgCO2e / own.central, low: e.low / own.low, high: e.high / own.high };
  return choices.map((condition) => {
    if (condition === current) return { condition, kg: e.kgCO2e!, low: e.low!, high: e.high!, current: true };
    const s = conditionShare(condition) ?? { central: 1, low: 1, high: 1 };
    return { condition, kg: asNew.kg * s.central, low: asNew.low * s.low, high: asNew.high * s.high, current: false };
  });
}
