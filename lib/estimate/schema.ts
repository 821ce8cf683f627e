/**
 * The shape of every estimate. A missing field is a failing test (see the estimator's tests):
 * the badge, the in-page panel and the popup all render from this one shape.
 */
import { z } from '../zod';

export const TierSchema = z.enum(['A', 'B', 'C', 'D', 'E', 'unknown']);
export type Tier = z.infer<typeof TierSchema>;

/** A factor used by the estimate, with its provenance. */
export const FactorRefSchema = z.object({
  id: z.string(),
  value: z.number(),
  unit: z.string(),
  source: z.string(),
  version: z.string(),
  year: z.number().nullable(),
  licence: z.string(),
  /**
   * How an emission factor summarises its source (#8: each factor says mean or median): a mean
   * (Clark 2022), a median (Poore & Nemecek 2018, Boavizta category medians, the parent category's
   * median spend factor) or one published or modelled value (point: DESNZ, ADEME, AGRIBALYSE, RIVM,
   * EPA, a product's own footprint). Absent on money conversions (VAT, exchange rates, price indexes).
   */
  statistic: z.enum(['mean', 'median', 'point']).optional(),
  /** How many values a mean or median was taken over, where the source table says (e.g. 188 desktops). */
  n: z.number().int().positive().optional(),
});
export type FactorRef = z.infer<typeof FactorRefSchema>;

/** One conversion step, in order, so a user can check the arithmetic by hand. */
export const StepSchema = z.object({
  label: z.string(),
  detail: z.string(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
});
export type Step = z.infer<typeof StepSchema>;

export const EstimateSchema = z.object({
  /** Central value, kg CO2e; null when tier is 'unknown'. */
  kgCO2e: z.number().nonnegative().nullable(),
  low: z.number().nonnegative().nullable(),
  high: z.number().nonnegative().nullable(),
  tier: TierSchema,
  /** Taxonomy path, "A > B > C", or null. */
  category: z.string().nullable(),
  categoryId: z.number().nullable(),
  /** Confidence of the category / product match, 0-1. */
  confidence: z.number().min(0).max(1),
  /** One-line human summary of the method, e.g. "Spend-based: EPA factor for apparel". */
  method: z.string(),
  factors: z.array(FactorRefSchema),
  steps: z.array(StepSchema),
  /** Warnings, e.g. 'price-above-typical-range', 'non-us-supply-chain-approximation'. */
  flags: z.array(z.string()),
  /** Version of the factor packs used. */
  packVersion: z.string(),
});
export type Estimate = z.infer<typeof EstimateSchema>;
