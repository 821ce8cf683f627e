/**
 * The ranges are refitted through the calibration procedure only (lib/estimate/ranges.ts): every
 * rule with enough rows on the calibration half of the company-reported and published rows must
 * hold the 5th-95th percentile of reference / estimate there, the same fit
 * `npm run eval -- --calibrate` prints, and be no wider than that fit rounded outwards to 2
 * significant digits, except where ranges.ts states a floor. Fails when the estimator moves and a
 * range is not refitted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FOOD_RANGE, MATERIAL_RANGE } from '../../lib/estimate/ranges';
import { runEval } from '../eval';
import { fitMultipliers, halfOf, rangedRows } from './calibration';

type Fit = { low: number; high: number; n: number; pooled?: boolean };

/** x rounded to 2 significant digits, down or up. */
function outward(x: number, way: 'down' | 'up'): number {
  const scale = 10 ** (Math.floor(Math.log10(x)) - 1);
  const r = (way === 'down' ? Math.floor : Math.ceil)(Number((x / scale).toFixed(9))) * scale;
  return Number(r.toPrecision(2));
}

/**
 * Lows that ranges.ts holds below their fit on purpose: a sector's default material is no surer
 * than the category's material it stands in for, so its range reaches down at least as far.
 */
const LOW_FLOORS = new Map([
  [`C x${MATERIAL_RANGE.sector.low} to x${MATERIAL_RANGE.sector.high}`, MATERIAL_RANGE.category.low],
]);

describe('range calibration: the shipped ranges hold their fit', () => {
  let fits: Map<string, Fit>;
  beforeAll(async () => {
    const { estimator } = await runEval();
    const rows = rangedRows(estimator.filter((r) => /^(catalogue|published)/.test(r.group))).filter(
      (r) => halfOf(r) === 'calibration',
    );
    fits = new Map([...fitMultipliers(rows)].filter(([, f]) => !f.pooled));
  }, 60_000);

  it('rounds outwards to 2 significant digits', () => {
    expect([outward(0.4701, 'down'), outward(3.17, 'up'), outward(5.264, 'up'), outward(0.27, 'down')]).toEqual([
      0.47, 3.2, 5.3, 0.27,
    ]);
  });

  it('the named-food range is fitted alone and holds its fit', () => {
    const fit = fits.get(`C x${FOOD_RANGE.named.low} to x${FOOD_RANGE.named.high}`);
    expect(fit).toBeDefined();
    expect(FOOD_RANGE.named.low).toBeLessThanOrEqual(fit!.low);
    expect(FOOD_RANGE.named.high).toBeGreaterThanOrEqual(fit!.high);
  });

  it('every rule fitted alone contains its fit and is no wider than the fit rounded outwards', () => {
    expect(fits.size).toBeGreaterThanOrEqual(4);
    for (const [rule, fit] of fits) {
      const m = /^[A-E] x([\d.]+) to x([\d.]+)$/.exec(rule);
      expect(m, rule).not.toBeNull();
      const [low, high] = [Number(m![1]), Number(m![2])];
      const fitted = `x${fit.low.toFixed(4)} .. x${fit.high.toFixed(3)} (n = ${fit.n})`;
      expect(low, `${rule}: fit ${fitted}`).toBeLessThanOrEqual(fit.low);
      expect(high, `${rule}: fit ${fitted}`).toBeGreaterThanOrEqual(fit.high);
      expect(high, `${rule}: fit ${fitted}`).toBeLessThanOrEqual(outward(fit.high, 'up'));
      expect(low, `${rule}: fit ${fitted}`).toBeGreaterThanOrEqual(LOW_FLOORS.get(rule) ?? outward(fit.low, 'down'));
    }
  });
});
