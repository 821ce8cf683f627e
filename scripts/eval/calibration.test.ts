import { describe, expect, it } from 'vitest';
import { calibrationReport, fitMultipliers, halfOf, insideWith, type RangedRow } from './calibration';

const row = (key: string, reference: number, rule = 'C x0.5 to x2'): RangedRow => ({
  key,
  rule,
  reference,
  central: 10,
  low: 5,
  high: 20,
});

describe('held-out range calibration', () => {
  it('splits by a stable hash; published rows are always held out', () => {
    const halves = Array.from({ length: 200 }, (_, i) => halfOf({ key: `pcf-${i}` }));
    expect(halves.filter((h) => h === 'calibration').length).toBeGreaterThan(70);
    expect(halves.filter((h) => h === 'calibration').length).toBeLessThan(130);
    expect(halfOf({ key: 'pcf-7' })).toBe(halfOf({ key: 'pcf-7' }));
    expect(halfOf({ key: 'pcf-7', alwaysHeldOut: true })).toBe('held-out');
  });

  it('fits the 5th-95th percentile of reference/central per rule, only with enough rows', () => {
    const rows = Array.from({ length: 21 }, (_, i) => row(`k${i}`, 10 * (0.5 + i * 0.1)));
    const fit = fitMultipliers(rows).get('C x0.5 to x2')!;
    expect(fit.low).toBeCloseTo(0.6, 5);
    expect(fit.high).toBeCloseTo(2.4, 5);
    expect(fitMultipliers(rows.slice(0, 4)).size).toBe(0);
  });

  it('rules too small to fit alone share one pooled fit per tier (never across tiers)', () => {
    const rows = [
      ...[1, 2, 3].map((k) => row(`s${k}`, 10 * k, 'C x0.18 to x3')),
      ...[4, 5].map((k) => row(`f${k}`, 10 * k, 'C x0.3 to x3.5')),
      ...[1, 2].map((k) => row(`b${k}`, 10 * k, 'B x0.3 to x3')),
    ];
    const fit = fitMultipliers(rows);
    const sector = fit.get('C x0.18 to x3')!;
    expect(sector.pooled).toBe(true);
    expect(sector.n).toBe(5);
    expect(fit.get('C x0.3 to x3.5')).toEqual(sector);
    expect(sector.high).toBeCloseTo(4.8, 5);
    // the central value stays inside: low at most x0.77
    expect(sector.low).toBeCloseTo(0.77, 5);
    expect(fit.has('B x0.3 to x3')).toBe(false);
  });

  it("counts inside with the fitted multipliers, else with the row's own range", () => {
    const rows = [row('a', 25), row('b', 15)];
    expect(insideWith(rows, new Map()).inside).toBe(0.5);
    expect(insideWith(rows, new Map([['C x0.5 to x2', { low: 0.5, high: 3 }]])).inside).toBe(1);
  });

  it('reports in-sample, held-out and cross-validated shares over the same rows', () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(`pcf-${i}`, i % 5 === 0 ? 40 : 12));
    const r = calibrationReport(rows);
    expect(r.calibrationInside.n + r.heldOutInside.n).toBe(40);
    expect(r.crossValidated.n).toBe(40);
    expect(r.heldOutInside.inside).toBeLessThan(1);
  });
});
