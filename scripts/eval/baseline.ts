/**
 * The spend-only baseline most peers use: price -> 2022 USD (CPI-U) -> x EPA factor with margins
 * of the product's sector; range x0.5 to x2. No VAT step: the cases are US prices.
 */
import type { FactorSource } from '../../lib/factors/source';

export async function spendBaseline(
  cases: { priceUsd: number | null; year: number; taxonomyId: number | null }[],
  factors: FactorSource,
): Promise<({ central: number; low: number; high: number } | null)[]> {
  const ids = [...new Set(cases.map((c) => c.taxonomyId).filter((x): x is number => x !== null))].map(String);
  const crosswalk = await factors.get('crosswalk', ids);
  const spend = await factors.get(
    'spend',
    [...crosswalk.values()].map((c) => c.naics),
  );
  const cpi = await factors.get('cpi', [...new Set(cases.map((c) => String(c.year))), '2022']);
  return cases.map((c) => {
    if (c.priceUsd === null || c.taxonomyId === null) return null;
    const row = crosswalk.get(String(c.taxonomyId));
    const f = row ? spend.get(row.naics) : undefined;
    const from = cpi.get(String(c.year))?.cpi;
    const to = cpi.get('2022')?.cpi;
    if (!f || !from || !to) return null;
    const central = c.priceUsd * (to / from) * f.withMargins;
    return { central, low: central * 0.5, high: central * 2 };
  });
}
