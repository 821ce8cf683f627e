/**
 * Prices in the user's display currency, converted with the shipped exchange-rate table (fx.json:
 * ECB, World Bank WDI and Federal Reserve annual averages, as USD per unit) at the rate of the
 * purchase's own year, or the latest earlier year the table has for both currencies. Pure: no
 * browser, no Zod (the popup imports it). A currency the table lacks is shown as bought.
 */

/** currency -> year ("2024") -> US dollars per one unit of that currency. */
export type FxRates = Record<string, Record<string, number>>;

export interface Converted {
  amount: number;
  /** The year whose average rate was used. */
  year: number;
}

const perUsd = (rates: FxRates, currency: string, year: string): number | null => {
  if (currency === 'USD') return 1;
  const byYear = Object.hasOwn(rates, currency) ? rates[currency] : undefined;
  const v = byYear && Object.hasOwn(byYear, year) ? byYear[year] : undefined;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : null;
};

/** `amount` in `from` bought on `day` (YYYY-MM-DD), in `to`; null when the table cannot say. */
export function convertPrice(amount: number, from: string, to: string, day: string, rates: FxRates): Converted | null {
  if (from === to) return { amount, year: Number(day.slice(0, 4)) };
  const bought = Number(day.slice(0, 4));
  if (!Number.isInteger(bought)) return null;
  const years = new Set<number>();
  for (const c of [from, to])
    if (c !== 'USD' && Object.hasOwn(rates, c)) for (const y of Object.keys(rates[c]!)) years.add(Number(y));
  if (from === 'USD' && to === 'USD') years.add(bought);
  for (const year of [...years].filter((y) => y <= bought).sort((a, b) => b - a)) {
    const a = perUsd(rates, from, String(year));
    const b = perUsd(rates, to, String(year));
    if (a !== null && b !== null) return { amount: (amount * a) / b, year };
  }
  return null;
}

/** The rows of the shipped table for these currencies only (what a popup reply carries). */
export function ratesFor(
  table: ReadonlyMap<string, Record<string, number>>,
  currencies: Iterable<string | null>,
): FxRates {
  const out: FxRates = {};
  for (const c of currencies) {
    const row = c ? table.get(c) : undefined;
    if (c && row) out[c] = row;
  }
  return out;
}

/** The shipped fx.json ({ rows: [{ key, usdPerUnit: { year: rate } }] }) as a map; malformed rows are left out. */
export function readFxTable(file: unknown): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  const rows = (file as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) throw new Error('not an exchange-rate table');
  for (const row of rows as { key?: unknown; usdPerUnit?: unknown }[]) {
    if (
      typeof row?.key !== 'string' ||
      !/^[A-Z]{3}$/.test(row.key) ||
      !row.usdPerUnit ||
      typeof row.usdPerUnit !== 'object'
    )
      continue;
    const years = Object.entries(row.usdPerUnit as Record<string, unknown>).filter(
      ([y, v]) => /^\d{4}$/.test(y) && typeof v === 'number' && Number.isFinite(v) && v > 0,
    );
    out.set(row.key, Object.fromEntries(years) as Record<string, number>);
  }
  return out;
}
