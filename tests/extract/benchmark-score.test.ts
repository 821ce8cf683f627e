import { describe, expect, it } from 'vitest';
import { scoreField, sameValue } from '../../scripts/lib/benchmark-score';

describe('benchmark metric', () => {
  it('counts a missing prediction as FN, a wrong one as FP and FN, an extra one as FP', () => {
    const s = scoreField('sku', [
      { page: 'right', truth: '123/4567', pred: '123/4567' },
      { page: 'missing', truth: 'A1', pred: null },
      { page: 'wrong', truth: 'A2', pred: '4006381333931' },
      { page: 'extra', truth: null, pred: 'X' },
      { page: 'neither', truth: null, pred: null },
    ]);
    expect([s.tp, s.fp, s.fn]).toEqual([1, 2, 2]);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo(1 / 3);
    expect(s.errors).toHaveLength(3);
  });

  it('compares prices as decimals and other fields exactly', () => {
    expect(sameValue('price', 12.9, '12.90')).toBe(true);
    expect(sameValue('price', 24990, 24990.0)).toBe(true);
    expect(sameValue('price', 12.99, 1299)).toBe(false);
    expect(sameValue('sku', '0123/456', '123/456')).toBe(false);
    expect(sameValue('availability', 'InStock', 'InStock')).toBe(true);
  });

  it('gives 0, not NaN, when there is nothing to score', () => {
    expect(scoreField('price', [])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
