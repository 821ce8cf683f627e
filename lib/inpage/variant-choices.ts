/**
 * "Same product, other sizes": the estimate for each variant the page offers with its own mass,
 * made by the estimator from the same product at that mass (the caller runs it). A variant's figure
 * is shown only when it comes out by the same method as this offer's (lib/compare/similar.ts:
 * methodKey), so the figures differ by the mass alone, never by a switch of method.
 */
import { methodKey } from '../compare/similar';
import type { Estimate } from '../estimate/schema';
import type { OfferedVariant } from './offered-variants';

export interface VariantChoice extends OfferedVariant {
  kg: number;
  low: number;
  high: number;
  /** The variant whose mass this offer's estimate used. */
  current: boolean;
}

/** Masses within 1% are the same variant (rounding of g and kg on one page). */
const sameMass = (a: number, b: number) => Math.abs(a - b) <= 0.01 * Math.max(a, b);

/** The variants with their figures, or [] when fewer than two come out comparable with this offer's. */
export function variantChoices(
  e: Estimate,
  ownWeightKg: number | null | undefined,
  variants: readonly OfferedVariant[],
  estimates: readonly Estimate[],
): VariantChoice[] {
  if (e.kgCO2e === null) return [];
  const method = methodKey(e);
  const out: VariantChoice[] = [];
  variants.forEach((v, n) => {
    const x = estimates[n];
    if (!x || x.kgCO2e === null || x.low === null || x.high === null || methodKey(x) !== method) return;
    const current = ownWeightKg != null && sameMass(ownWeightKg, v.weightKg);
    out.push({ ...v, kg: x.kgCO2e, low: x.low, high: x.high, current });
  });
  return out.length >= 2 ? out : [];
}
