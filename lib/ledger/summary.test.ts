import { describe, expect, it } from 'vitest';
import { summarize } from './summary';
import type { MonthTotal } from './totals';

const m = (month: string, kg: number, categories: [string, number][] = [], unknown = 0): MonthTotal => ({
  month,
  kg,
  low: kg / 2,
  high: kg * 2,
  count: categories.length + unknown,
  unknown,
  categories: categories.map(([name, k]) => ({ name, kg: k, count: 1 })),
});

describe('summarize', () => {
  const months = [
    m('2024-12', 100, [['Electronics', 100]]),
    m('2025-02', 5, [['Toys', 5]]),
    m('2026-01', 10, [
      ['Electronics', 4],
      ['Toys', 6],
    ]),
    m('2026-03', 7, [['Toys', 7]], 1),
  ];
  const s = summarize(months, { period: 'year', kg: 240 }, new Date(2026, 2, 15));

  it('totals this month, this year and all time', () => {
    expect(s.thisMonth).toMatchObject({ kg: 7, count: 2, unknown: 1 });
    expect(s.thisYear).toMatchObject({ kg: 17, count: 4 });
    expect(s.allTime).toMatchObject({ kg: 122, low: 61, high: 244 });
  });

  it('12 months ending with this one, empty months as zero', () => {
    expect(s.last12).toHaveLength(12);
    expect(s.last12[0]).toEqual({ month: '2025-04', kg: 0 });
    expect(s.last12.at(-1)).toEqual({ month: '2026-03', kg: 7 });
    expect(s.last12.find((x) => x.month === '2026-01')?.kg).toBe(10);
  });

  it("this year's categories, biggest first", () => {
    expect(s.categories).toEqual([
      { id: null, name: 'Toys', kg: 13, count: 2 },
      { id: 222, name: 'Electronics', kg: 4, count: 1 },
    ]);
  });

  it('groups categories by their stable taxonomy id, whatever language they were stored in', () => {
    const mixed = summarize(
      [
        m('2026-01', 9, [
          ['Home & Garden', 4],
          ['heim & garten', 2],
          ['Unknown', 3],
        ]),
      ],
      { period: 'year', kg: 240 },
      new Date(2026, 2, 15),
    );
    expect(mixed.categories).toEqual([
      { id: 536, name: 'Home & Garden', kg: 6, count: 2 },
      { id: null, name: 'Unknown', kg: 3, count: 1 },
    ]);
  });

  it('a yearly budget is a twelfth per month, a monthly one twelve times per year', () => {
    expect([s.monthBudget, s.yearBudget]).toEqual([20, 240]);
    const monthly = summarize(months, { period: 'month', kg: 30 }, new Date(2026, 2, 15));
    expect([monthly.monthBudget, monthly.yearBudget]).toEqual([30, 360]);
  });
});
