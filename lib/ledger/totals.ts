/**
 * Running totals per month, kept in the same transaction as every purchase write, so that the
 * popup reads a few dozen month rows instead of every purchase (10,000 purchases open as fast as 10).
 * Returned purchases count nowhere; unknown estimates are counted apart, never as zero.
 */
import type { Table } from 'dexie';
import type { StoredPurchase } from './record';
import { topCategory } from './summary';

export interface CategoryTotal {
  name: string;
  kg: number;
  count: number;
}

export interface MonthTotal {
  /** YYYY-MM */
  month: string;
  /** Active purchases this month (known and unknown). */
  count: number;
  kg: number;
  low: number;
  high: number;
  /** Active purchases whose footprint is unknown (not in kg). */
  unknown: number;
  /** An array, not an object keyed by category text: page text never becomes a property name. */
  categories: CategoryTotal[];
}

const empty = (month: string): MonthTotal => ({ month, count: 0, kg: 0, low: 0, high: 0, unknown: 0, categories: [] });
// Sums of floating-point deltas drift; anything this small after a removal is zero.
const clean = (v: number) => (Math.abs(v) < 1e-9 ? 0 : v);

/** Adds (sign 1) or removes (sign -1) one purchase's share of its month. */
export function addTo(m: MonthTotal, p: StoredPurchase, sign: 1 | -1): void {
  if (p.status !== 'active') return;
  m.count += sign;
  if (p.kgCO2e === null) {
    m.unknown += sign;
    return;
  }
  m.kg = clean(m.kg + sign * p.kgCO2e);
  m.low = clean(m.low + sign * (p.low ?? p.kgCO2e));
  m.high = clean(m.high + sign * (p.high ?? p.kgCO2e));
  const name = topCategory(p.category);
  let c = m.categories.find((x) => x.name === name);
  if (!c) m.categories.push((c = { name, kg: 0, count: 0 }));
  c.kg = clean(c.kg + sign * p.kgCO2e);
  c.count += sign;
  m.categories = m.categories.filter((x) => x.count > 0);
}

/** Updates the month rows for a purchase that went from `before` to `after` (either may be null). */
export async function applyChange(
  months: Table<MonthTotal, string>,
  before: StoredPurchase | null,
  after: StoredPurchase | null,
) {
  const touched = new Map<string, MonthTotal>();
  const row = async (month: string) => {
    if (!touched.has(month)) touched.set(month, (await months.get(month)) ?? empty(month));
    return touched.get(month)!;
  };
  if (before) addTo(await row(before.month), before, -1);
  if (after) addTo(await row(after.month), after, 1);
  for (const m of touched.values()) {
    if (m.count <= 0) await months.delete(m.month);
    else await months.put(m);
  }
}

/** Recomputes every month row from the purchases (after a migration or an import). */
export async function rebuildMonths(purchases: Table, months: Table): Promise<void> {
  const byMonth = new Map<string, MonthTotal>();
  await purchases.each((p: StoredPurchase) => {
    if (!byMonth.has(p.month)) byMonth.set(p.month, empty(p.month));
    addTo(byMonth.get(p.month)!, p, 1);
  });
  await months.clear();
  await months.bulkPut([...byMonth.values()].filter((m) => m.count > 0));
}
