/**
 * The food ranges are refitted through the calibration procedure only (lib/estimate/ranges.ts):
 * the named-food rule must hold the 5th-95th percentile of reference / estimate on the
 * calibration half of the company-reported and published rows, the same fit
 * `npm run eval -- --calibrate` prints. Fails when the estimator moves and the range is not refitted.
 */
import { describe, expect, it } from 'vitest';
import { FOOD_RANGE } from '../../lib/estimate/ranges';
import { runEval } from '../eval';
import { fitMultipliers, halfOf, rangedRows } from './calibration';

describe('food range calibration', () => {
  it('the named-food range holds its calibration-half fit', async () => {
    const { estimator } = await runEval();
    const rule = `C x${FOOD_RANGE.named.low} to x${FOOD_RANGE.named.high}`;
    const rows = rangedRows(estimator.filter((r) => /^(catalogue|published)/.test(r.group))).filter(
      (r) => halfOf(r) === 'calibration',
    );
    const fit = fitMultipliers(rows).get(rule);
    expect(fit && !fit.pooled, rule).toBe(true);
    expect(FOOD_RANGE.named.low).toBeLessThanOrEqual(fit!.low);
    expect(FOOD_RANGE.named.high).toBeGreaterThanOrEqual(fit!.high);
  }, 60_000);
});
