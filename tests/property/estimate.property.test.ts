/**
 * The estimator on arbitrary valid products: never throws, never a negative, infinite or NaN figure,
 * a range around the central value, and "unknown" rather than an invented number when the product
 * gives nothing to estimate from.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Classifier } from '../../lib/classify';
import { estimateProducts, type ProductInput } from '../../lib/estimate';
import { EstimateSchema } from '../../lib/estimate/schema';
import type { FactorSource } from '../../lib/factors/source';
import { ProductInputSchema } from '../../lib/messaging/protocol';
import { loadRuntime } from '../../scripts/estimate/runtime';
import { productMessage } from './arbitraries';
import { budget } from './budget';

let deps: { factors: FactorSource; classifier: Classifier | null };
beforeAll(async () => {
  deps = await loadRuntime();
});
const now = new Date('2025-06-15T12:00:00Z');

describe('estimator on arbitrary valid products', () => {
  it('always answers with a well-formed estimate: finite, non-negative, low <= value <= high', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(productMessage, { minLength: 1, maxLength: 5 }), async (products) => {
        for (const p of products) ProductInputSchema.parse(p); // the generator makes only valid messages
        // As the background passes them on (lib/background/router.ts).
        const estimates = await estimateProducts(products as ProductInput[], { ...deps, now });
        expect(estimates).toHaveLength(products.length);
        for (const e of estimates) {
          EstimateSchema.parse(e);
          const figures = [e.kgCO2e, e.low, e.high];
          for (const v of figures) if (v !== null) expect(Number.isFinite(v) && v >= 0, `${e.tier} ${v}`).toBe(true);
          if (e.kgCO2e === null) expect(e.tier).toBe('unknown');
          else {
            expect(e.tier).not.toBe('unknown');
            if (e.low !== null) expect(e.low).toBeLessThanOrEqual(e.kgCO2e * (1 + 1e-9));
            if (e.high !== null) expect(e.high).toBeGreaterThanOrEqual(e.kgCO2e * (1 - 1e-9));
          }
        }
      }),
      budget(120),
    );
  });

  it('says unknown when the product has no category, price, weight or meaningful title', async () => {
    const meaningless = fc.stringMatching(/^[\d\s#*.,;:!?()\-_/]{1,30}$/).filter((t) => t.trim().length > 0);
    await fc.assert(
      fc.asyncProperty(meaningless, async (title) => {
        const [e] = await estimateProducts([{ title }], { ...deps, now });
        expect(e!.kgCO2e, `${title} -> tier ${e!.tier}`).toBeNull();
        expect(e!.tier).toBe('unknown');
      }),
      budget(100),
    );
  });
});
