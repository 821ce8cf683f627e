/**
 * For tests: the estimator on the shipped factor packs (public/factors, as `npm run factors` built
 * them), one product at a time, no classifier, a fixed date; each result checked against the schema.
 */
import { join } from 'node:path';
import { loadFactorSourceFromDir } from '../factors/node';
import type { FactorSource } from '../factors/source';
import { estimateProducts } from './index';
import type { ProductInput } from './input';
import { type Estimate, EstimateSchema } from './schema';

let packs: Promise<FactorSource> | null = null;

export async function estimateOnShippedPacks(p: ProductInput): Promise<Estimate> {
  packs ??= loadFactorSourceFromDir(join(import.meta.dirname, '..', '..', 'public', 'factors'));
  const [e] = await estimateProducts([p], {
    factors: await packs,
    classifier: null,
    now: new Date('2025-06-15T12:00:00Z'),
  });
  EstimateSchema.parse(e);
  return e!;
}
