/**
 * Shelf price -> 2022 US dollars (purchaser price), as the EPA factors need:
 * price -> net of VAT/GST -> USD at the year's average ECB rate -> 2022 USD with the sector's
 * BEA price index (CPI-U bridges years after the index ends, 2023).
 */
import type { CrosswalkRow, FxRow } from '../factors/tables';
import type { BatchData } from './batch';
import { currencyOfCountry } from './country';
import { factorRef, step, sig } from './make';
import type { FactorRef, Step } from './schema';

/** Median standard VAT rate of the larger euro-area countries (AT 20, BE 21, DE 19, ES 21, FI 25.5, FR 20, IE 23, IT 22, NL 21, PT 23). */
const EURO_AREA_TYPICAL_VAT = 0.21;

export interface Usd2022 {
  usd2022: number;
  steps: Step[];
  flags: string[];
  /** VAT rate, exchange rate, CPI and price index used, with their provenance. */
  factors: FactorRef[];
}

function vatKind(row: CrosswalkRow | null): 'food' | 'books' | 'standard' {
  const path = row?.path ?? '';
  if (path.startsWith('Food, Beverages & Tobacco') && !/Alcoholic Beverages|Tobacco Products/.test(path)) return 'food';
  if (/^Media > (Books|Magazines & Newspapers)/.test(path)) return 'books';
  return 'standard';
}

/** The dollar year of the EPA factors: every price is brought to this year's purchaser dollars. */
const FACTOR_DOLLAR_YEAR = 2022;

const FX_SOURCE_NAME: Record<NonNullable<FxRow['source']>, string> = {
  worldbank: 'World Bank WDI official rate',
  fed: 'Federal Reserve H.10',
  ecb: 'ECB',
};

/** What each conversion step adds to the estimate's trail. */
interface Trail {
  steps: Step[];
  flags: string[];
  factors: FactorRef[];
}

type Failure = { error: string; steps: Step[]; flags: string[] };

/** 1. Net of VAT/GST: the country's rate for the product's kind (food, books, standard); a typical euro-area rate for a euro price from an unknown country; else as is. */
function netOfVat(
  price: number,
  cur: string,
  country: { country: string | null; basis: string },
  row: CrosswalkRow | null,
  data: BatchData,
  t: Trail,
): number {
  const kind = vatKind(row);
  const vat = country.country ? data.vat.get(country.country) : undefined;
  let rate: number;
  if (vat) {
    rate = vat[kind];
    t.factors.push(factorRef(data.manifest, 'vat', `${vat.key}:${kind}`, rate, 'fraction of net price'));
    t.steps.push(
      step(
        'Remove VAT/GST',
        `${country.country} ${kind} rate ${sig(rate * 100)}% (${vat.source}); country from ${country.basis}`,
        null,
        null,
      ),
    );
  } else if (cur === 'EUR') {
    rate = EURO_AREA_TYPICAL_VAT;
    t.flags.push('vat-country-assumed');
    t.steps.push(
      step(
        'Remove VAT/GST',
        `country unknown (${country.basis}): typical euro-area standard rate 21% assumed`,
        null,
        null,
      ),
    );
  } else {
    rate = 0;
    t.flags.push('vat-unknown');
    t.steps.push(
      step(
        'Remove VAT/GST',
        `no VAT rate known for ${country.country ?? 'this shop'} (${country.basis}): price used as is`,
        null,
        null,
      ),
    );
  }
  const net = price / (1 + rate);
  t.steps.push(step('Net of VAT', `${price} / ${sig(1 + rate)} = ${sig(net)} ${cur}`, net, cur));
  return net;
}

/** 2. To US dollars at the purchase year's average rate (the latest earlier year when that year has none). */
function toUsdOfYear(net: number, cur: string, year: number, data: BatchData, t: Trail): number | string {
  if (cur === 'USD') return net;
  const fx = data.fx.get(cur);
  if (!fx) return `no exchange rate for ${cur}`;
  const fxYear = Object.keys(fx.usdPerUnit)
    .map(Number)
    .filter((y) => y <= year)
    .sort((a, b) => b - a)[0];
  if (fxYear === undefined) return `no exchange rate for ${cur} in or before ${year}`;
  if (fxYear !== year) t.flags.push('fx-year-approximated');
  const perUnit = fx.usdPerUnit[String(fxYear)];
  t.factors.push(factorRef(data.manifest, 'fx', `${cur}:${fxYear}`, perUnit, `USD per ${cur}`));
  const usd = net * perUnit;
  const partial = fx.partialYears.includes(fxYear) ? ', year to date' : '';
  t.steps.push(
    step(
      'To US dollars',
      `${sig(net)} ${cur} x ${perUnit} USD/${cur} (${FX_SOURCE_NAME[fx.source ?? 'ecb']} ${fxYear} average${partial}) = ${sig(usd)} USD ${fxYear}`,
      usd,
      `USD ${fxYear}`,
    ),
  );
  return usd;
}

/** The purchase year, or the latest year with a CPI before it. */
function cpiYearOf(year: number, data: BatchData, t: Trail): number {
  if (data.cpi.has(String(year))) return year;
  const known = [...data.cpi.values()]
    .map((c) => c.year)
    .filter((y) => y <= year)
    .sort((a, b) => b - a)[0];
  if (known === undefined) return year;
  t.flags.push('cpi-year-approximated');
  return known;
}

const cpiOf = (data: BatchData, y: number) => data.cpi.get(String(y))?.cpi ?? null;

/**
 * 3. Dollars of the purchase year -> FACTOR_DOLLAR_YEAR dollars: the sector's BEA price index,
 * bridged by CPI-U for years after the index ends; CPI-U alone when the sector has no index.
 */
function deflate(usd: number, year: number, row: CrosswalkRow | null, data: BatchData, t: Trail): number {
  const index = row ? data.priceIndex.get(row.useeio) : undefined;
  const idx = (y: number) =>
    index && y >= index.from && y < index.from + index.values.length ? index.values[y - index.from] : null;
  let fromYear = cpiYearOf(year, data, t);
  const target = idx(FACTOR_DOLLAR_YEAR);
  if (!index || target === null) return cpiOnly(usd, fromYear, data, t);
  let out = usd;
  const lastIndexYear = index.from + index.values.length - 1;
  if (fromYear > lastIndexYear) {
    const c1 = cpiOf(data, fromYear);
    const c2 = cpiOf(data, lastIndexYear);
    if (c1 !== null && c2 !== null) {
      out *= c2 / c1;
      t.factors.push(factorRef(data.manifest, 'cpi', `${lastIndexYear}/${fromYear}`, sig(c2 / c1, 5), 'price ratio'));
      t.steps.push(
        step(
          'CPI to the last index year',
          `x CPI-U ${lastIndexYear} / ${fromYear} = ${c2} / ${c1} = ${sig(out)} USD ${lastIndexYear}`,
          out,
          `USD ${lastIndexYear}`,
        ),
      );
      fromYear = lastIndexYear;
    }
  }
  const a = idx(fromYear);
  if (a === null) return out;
  out *= target / a;
  t.factors.push(
    factorRef(
      data.manifest,
      'price-index',
      `${row!.useeio}:${FACTOR_DOLLAR_YEAR}/${fromYear}`,
      sig(target / a, 5),
      'price ratio',
    ),
  );
  t.steps.push(
    step(
      `Sector price index to ${FACTOR_DOLLAR_YEAR}`,
      `x BEA index for ${row!.useeio} ${FACTOR_DOLLAR_YEAR} / ${fromYear} = ${target} / ${a} = ${sig(out)} USD ${FACTOR_DOLLAR_YEAR}`,
      out,
      `USD ${FACTOR_DOLLAR_YEAR}`,
    ),
  );
  return out;
}

function cpiOnly(usd: number, fromYear: number, data: BatchData, t: Trail): number {
  const c1 = cpiOf(data, fromYear);
  const c2 = cpiOf(data, FACTOR_DOLLAR_YEAR);
  if (c1 === null || c2 === null) return usd;
  const out = usd * (c2 / c1);
  t.flags.push('cpi-instead-of-sector-index');
  t.factors.push(factorRef(data.manifest, 'cpi', `${FACTOR_DOLLAR_YEAR}/${fromYear}`, sig(c2 / c1, 5), 'price ratio'));
  t.steps.push(
    step(
      `CPI to ${FACTOR_DOLLAR_YEAR}`,
      `no sector price index: x CPI-U ${FACTOR_DOLLAR_YEAR} / ${fromYear} = ${c2} / ${c1} = ${sig(out)} USD ${FACTOR_DOLLAR_YEAR}`,
      out,
      `USD ${FACTOR_DOLLAR_YEAR}`,
    ),
  );
  return out;
}

/** Shelf price -> 2022 purchaser dollars: currency, net of VAT, exchange rate, price index. */
export function toUsd2022(
  price: number,
  currency: string | null,
  country: { country: string | null; basis: string },
  year: number,
  row: CrosswalkRow | null,
  data: BatchData,
): Usd2022 | Failure {
  const t: Trail = { steps: [], flags: [], factors: [] };
  const assumed = currency ? null : currencyOfCountry(country.country);
  const cur = currency ?? assumed;
  if (!cur) return { error: 'price has no currency', steps: t.steps, flags: ['no-currency'] };
  if (assumed) t.flags.push('currency-assumed');
  t.steps.push(
    step(
      'Price',
      `${price} ${cur} as shown (what the price buys)${assumed ? `; currency assumed from the country (${country.basis})` : ''}`,
      price,
      cur,
    ),
  );
  const net = netOfVat(price, cur, country, row, data, t);
  const usd = toUsdOfYear(net, cur, year, data, t);
  if (typeof usd === 'string') return { error: usd, steps: t.steps, flags: [...t.flags, 'no-exchange-rate'] };
  return { usd2022: deflate(usd, year, row, data, t), steps: t.steps, flags: t.flags, factors: t.factors };
}
