/** Test-only: an estimate as the badge shows it (tier B, a range, no flags), for the badge's tests. */
import type { Estimate } from '../../lib/estimate/schema';

export const SHIRT_ESTIMATE: Estimate = {
  kgCO2e: 3.1,
  low: 1.6,
  high: 6.2,
  tier: 'B',
  category: 'Apparel & Accessories > Clothing > Shirts & Tops',
  categoryId: 212,
  confidence: 0.9,
  method: 'Physical: mass × material factor',
  factors: [],
  steps: [],
  flags: [],
  packVersion: 'p1',
};
