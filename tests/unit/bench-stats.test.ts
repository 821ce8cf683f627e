import { describe, expect, it } from 'vitest';
import { median, quantile, summary } from '../../bench/lib/stats';

describe('bench statistics', () => {
  it('median, nearest-rank p95 and max', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(median(xs)).toBe(10.5);
    expect(quantile(xs, 0.95)).toBe(19);
    expect(summary([3, 1, 2])).toEqual({ median: 2, p95: 3, max: 3 });
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
