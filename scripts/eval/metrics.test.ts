import { describe, expect, it } from 'vitest';
import { absLog10Error, byGroup, summarise } from './metrics';

describe('eval metrics', () => {
  it('absolute log10 error is symmetric in over- and under-estimates', () => {
    expect(absLog10Error(200, 100)).toBeCloseTo(0.301, 3);
    expect(absLog10Error(50, 100)).toBeCloseTo(0.301, 3);
    expect(absLog10Error(100, 100)).toBe(0);
  });

  it('summarises median error, coverage and calibration', () => {
    const s = summarise([
      { group: 'B', reference: 100, central: 100, low: 80, high: 120 },
      { group: 'B', reference: 100, central: 200, low: 150, high: 300 },
      { group: 'B', reference: 100, central: 120, low: 90, high: 150 },
      { group: 'unknown', reference: 100, central: null, low: null, high: null },
    ]);
    expect(s.n).toBe(4);
    expect(s.covered).toBe(3);
    expect(s.medianAbsLog10).toBeCloseTo(Math.log10(1.2), 5);
    expect(s.inside).toBeCloseTo(2 / 3, 5);
    expect([...byGroup([{ group: 'x', reference: 1, central: 1, low: 1, high: 1 }]).keys()]).toEqual(['x']);
  });
});
