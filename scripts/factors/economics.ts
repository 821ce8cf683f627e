/** Money tables: EPA spend factors, price indexes, CPI, exchange rates, VAT. */
import type { CpiRow, FxRow, PriceIndexRow, SpendRow, VatRow } from '../../lib/factors/tables';
import { byKey, data, num, optNum, raw, sig } from './io';

export function buildSpend(): SpendRow[] {
  const margins = new Map<string, number>();
  for (const r of raw('useeio_pce_margins_2017.csv')) {
    const ratio = optNum(r.producer_to_purchaser_ratio);
    if (ratio !== null && ratio > 0) margins.set(r.useeio_code, ratio);
  }
  const rows = raw('SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv').map((r): SpendRow => {
    const key = r['2017 NAICS Code'];
    const useeio = r['Reference USEEIO Code'];
    return {
      key,
      title: r['2017 NAICS Title'],
      useeio,
      withMargins: num(r['Supply Chain Emission Factors with Margins'], `EPA with margins ${key}`),
      withoutMargins: num(r['Supply Chain Emission Factors without Margins'], `EPA without margins ${key}`),
      margins: num(r['Margins of Supply Chain Emission Factors'], `EPA margins ${key}`),
      producerToPurchaser: margins.get(useeio) ?? null,
      // EPA models one factor per commodity from USEEIO (EPA/600/R-24/..., "Supply Chain GHG
      // Emission Factors v1.3" documentation): a single modelled value, not a mean or median of products.
      statistic: 'point',
    };
  });
  return byKey(rows);
}

export function buildPriceIndex(): PriceIndexRow[] {
  const records = raw('useeio_detail_price_index_2017eq100_1997_2023.csv');
  const years = Object.keys(records[0])
    .filter((k) => /^\d{4}$/.test(k))
    .map(Number)
    .sort((a, b) => a - b);
  return byKey(
    records.map((r) => ({
      key: r.useeio_code,
      from: years[0],
      values: years.map((y) => num(r[String(y)], `price index ${r.useeio_code} ${y}`)),
    })),
  );
}

export function buildCpi(): CpiRow[] {
  return byKey(
    raw('us_cpi_u_annual_avg_and_factor_to_2022usd.csv')
      .filter((r) => Number(r.year) >= 1990)
      .map((r) => ({
        key: r.year,
        year: num(r.year, 'cpi year'),
        cpi: num(r.cpi_u_annual_avg_1982_84_100, `cpi ${r.year}`),
        months: num(r.n_months, `cpi months ${r.year}`),
      })),
  );
}

/** Currencies withdrawn or redenominated whose rows would misread today's prices. */
const WB_SKIP = new Set(['VEF', 'TMM']);

/**
 * Annual average rates: the ECB's for the ~30 currencies it publishes, the World Bank's WDI
 * official rates (PA.NUS.FCRF; TWD from the Federal Reserve H.10) for every other currency the
 * extraction can read (SAR, CLP, ARS, TWD, KZT, BYN, PKR...). `source` says which one per row.
 */
export function buildFx(): FxRow[] {
  const byCurrency = new Map<string, FxRow>();
  for (const r of raw('ecb_annual_average_fx_1999_2026.csv')) {
    const rate = optNum(r.usd_per_unit);
    if (rate === null || rate <= 0) continue;
    const row = byCurrency.get(r.currency) ?? {
      key: r.currency,
      usdPerUnit: {},
      partialYears: [],
      source: 'ecb' as const,
    };
    row.usdPerUnit[r.year] = rate;
    if (/year to date/i.test(r.note)) row.partialYears.push(Number(r.year));
    byCurrency.set(r.currency, row);
  }
  const ecb = new Set(byCurrency.keys());
  for (const r of raw('fx_annual_lcu_per_usd_worldbank_wdi.csv')) {
    if (ecb.has(r.currency) || WB_SKIP.has(r.currency) || r.currency === 'USD') continue;
    const lcu = optNum(r.lcu_per_usd);
    if (lcu === null || lcu <= 0) continue;
    const source = /federal reserve|FRED|H\.10/i.test(r.source_series) ? ('fed' as const) : ('worldbank' as const);
    const row = byCurrency.get(r.currency) ?? { key: r.currency, usdPerUnit: {}, partialYears: [], source };
    row.usdPerUnit[r.year] = sig(1 / lcu, 6);
    byCurrency.set(r.currency, row);
  }
  return byKey([...byCurrency.values()]);
}

export function buildVat(): VatRow[] {
  return byKey(
    data('vat-rates.csv').map((r) => ({
      key: r.country,
      currency: r.currency,
      standard: num(r.standard_pct, `vat ${r.country}`) / 100,
      food: num(r.food_pct, `vat food ${r.country}`) / 100,
      books: num(r.books_pct, `vat books ${r.country}`) / 100,
      year: num(r.year, `vat year ${r.country}`),
      source: r.note ? `${r.source} (${r.note})` : r.source,
    })),
  );
}
