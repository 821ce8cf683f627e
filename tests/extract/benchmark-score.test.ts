import { describe, expect, it } from 'vitest';
import { SCORED_FIELDS, scoreField, scoreReport, sameValue, type ScoredField } from '../../scripts/lib/benchmark-score';

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

describe('scoreReport: a JSON report keeps its values to itself unless asked', () => {
  const scores = Object.fromEntries(
    SCORED_FIELDS.map((f) => [
      f,
      scoreField(f, [
        { page: 'a.html', truth: f === 'price' ? 12.5 : 'X1', pred: f === 'price' ? 10 : 'X1' },
        { page: 'b.html', truth: f === 'price' ? 7 : 'Y2', pred: null },
      ]),
    ]),
  ) as Record<ScoredField, ReturnType<typeof scoreField>>;

  it('gives counts and scores, and only the number of errors and skipped pages', () => {
    const text = JSON.stringify(scoreReport(2, scores, ['c.html: no expected file or URL'], false));
    expect(text).not.toContain('a.html');
    expect(text).not.toContain('12.5');
    expect(text).not.toContain('c.html');
    const report = JSON.parse(text) as { scores: Record<string, { errors: number; fn: number }>; skipped: number };
    expect(report.scores.price).toMatchObject({ errors: 2, fn: 2 });
    expect(report.skipped).toBe(1);
  });

  it('lists them with --errors', () => {
    const text = JSON.stringify(scoreReport(2, scores, ['c.html: no expected file or URL'], true));
    expect(text).toContain('a.html: got 10, expected 12.5');
    expect(text).toContain('c.html');
  });
});
