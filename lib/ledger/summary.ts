/** The popup's figures, computed from the month rows alone (pure: no database, no browser). */
import type { Budget } from '../settings/schema';
import { topCategoryId } from '../i18n/top-category';
import type { CategoryTotal, MonthTotal } from './totals';

/** A category of the breakdown: its taxonomy id (top level) when it has one, the name it was stored under. */
export type CategoryGroup = CategoryTotal & { id: number | null };

export interface Period {
  kg: number;
  low: number;
  high: number;
  count: number;
  unknown: number;
}

export interface LedgerSummary {
  thisMonth: Period;
  thisYear: Period;
  allTime: Period;
  /** The last 12 months, oldest first, including empty ones. */
  last12: { month: string; kg: number }[];
  /** This year's categories, biggest first: grouped by top-level taxonomy id, else by name. */
  categories: CategoryGroup[];
  /** The budget for this month and for this year, in kg CO2e. */
  monthBudget: number;
  yearBudget: number;
}

/** The breakdown's name for purchases without a category (the popup shows it in the user's language). */
export const UNKNOWN_CATEGORY = 'Unknown';

/** The top level of a taxonomy path ("Electronics > Phones" -> "Electronics"), for the breakdown. */
export const topCategory = (category: string | null) => category?.split('>')[0]?.trim() || UNKNOWN_CATEGORY;

const zero = (): Period => ({ kg: 0, low: 0, high: 0, count: 0, unknown: 0 });
const add = (p: Period, m: MonthTotal) => {
  p.kg += m.kg;
  p.low += m.low;
  p.high += m.high;
  p.count += m.count;
  p.unknown += m.unknown;
};
const pad = (n: number) => String(n).padStart(2, '0');
export const monthOf = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

export function summarize(months: MonthTotal[], budget: Budget, now: Date): LedgerSummary {
  const thisMonth = monthOf(now);
  const year = String(now.getFullYear());
  const s = { thisMonth: zero(), thisYear: zero(), allTime: zero() };
  // By stable id, not by text: the same top level stored in two languages is one group.
  const cats = new Map<number | string, CategoryGroup>();
  const byMonth = new Map(months.map((m) => [m.month, m]));
  for (const m of months) {
    add(s.allTime, m);
    if (m.month.startsWith(year)) {
      add(s.thisYear, m);
      for (const c of m.categories) {
        const id = c.name === UNKNOWN_CATEGORY ? null : topCategoryId(c.name);
        const t = cats.get(id ?? c.name) ?? { id, name: c.name, kg: 0, count: 0 };
        t.kg += c.kg;
        t.count += c.count;
        cats.set(id ?? c.name, t);
      }
    }
    if (m.month === thisMonth) add(s.thisMonth, m);
  }
  const last12 = Array.from({ length: 12 }, (_, i) => {
    const month = monthOf(new Date(now.getFullYear(), now.getMonth() - 11 + i, 1));
    return { month, kg: byMonth.get(month)?.kg ?? 0 };
  });
  const yearBudget = budget.period === 'year' ? budget.kg : budget.kg * 12;
  return {
    ...s,
    last12,
    categories: [...cats.values()].sort((a, b) => b.kg - a.kg),
    monthBudget: yearBudget / 12,
    yearBudget,
  };
}
