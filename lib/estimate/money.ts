/**
 * Shelf price -> 2022 US dollars (purchaser price), as the EPA factors need:
 * price -> net of VAT/GST -> USD at the year's average ECB rate -> 2022 USD with the sector's
 * BEA price index (CPI-U bridges years after the index ends, 2023).
 */
import type { CrosswalkRow } from '../factors/tables';
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

export function toUsd2022(
  price: number,
  currency: string | null,
  country: { country: string | null; basis: string },
  year: number,
  row: CrosswalkRow | null,
  data: BatchData,
): Usd2022 | { error: string; steps: Step[]; flags: string[] } {
  const steps: Step[] = [];
  const flags: string[] = [];
  const factors: FactorRef[] = [];
  const assumed = currency ? null : currencyOfCountry(country.country);
  const cur = currency ?? assumed;
  if (!cur) return { error: 'price has no currency', steps, flags: ['no-currency'] };
  if (assumed) flags.push('currency-assumed');
  steps.push(step('Price', `${price} ${cur} as shown (what the price buys)${assumed ? `; currency assumed from the country (${country.basis})` : ''}`, price, cur));

  // 1. VAT / GST
  const kind = vatKind(row);
  const vat = country.country ? data.vat.get(country.country) : undefined;
  let rate: number;
  if (vat) {
    rate = vat[kind];
    factors.push(factorRef(data.manifest, 'vat', `${vat.key}:${kind}`, rate, 'fraction of net price'));
    steps.push(step('Remove VAT/GST', `${country.country} ${kind} rate ${sig(rate * 100)}% (${vat.source}); country from ${country.basis}`, null, null));
  } else if (cur === 'EUR') {
    rate = EURO_AREA_TYPICAL_VAT;
    flags.push('vat-country-assumed');
    steps.push(step('Remove VAT/GST', `country unknown (${country.basis}): typical euro-area standard rate 21% assumed`, null, null));
  } else {
    rate = 0;
    flags.push('vat-unknown');
    steps.push(step('Remove VAT/GST', `no VAT rate known for ${country.country ?? 'this shop'} (${country.basis}): price used as is`, null, null));
  }
  const net = price / (1 + rate);
  steps.push(step('Net of VAT', `${price} / ${sig(1 + rate)} = ${sig(net)} ${cur}`, net, cur));

  // 2. Exchange rate for the purchase year
  let usd = net;
  if (cur !== 'USD') {
    const fx = data.fx.get(cur);
    if (!fx) return { error: `no exchange rate for ${cur}`, steps, flags: [...flags, 'no-exchange-rate'] };
    const years = Object.keys(fx.usdPerUnit).map(Number).filter((y) => y <= year).sort((a, b) => b - a);
    const fxYear = years[0];
    if (fxYear === undefined) return { error: `no exchange rate for ${cur} in or before ${year}`, steps, flags: [...flags, 'no-exchange-rate'] };
    if (fxYear !== year) flags.push('fx-year-approximated');
    const perUnit = fx.usdPerUnit[String(fxYear)];
    factors.push(factorRef(data.manifest, 'fx', `${cur}:${fxYear}`, perUnit, `USD per ${cur}`));
    usd = net * perUnit;
    const partial = fx.partialYears.includes(fxYear) ? ', year to date' : '';
    steps.push(step('To US dollars', `${sig(net)} ${cur} x ${perUnit} USD/${cur} (${fx.source === 'worldbank' ? 'World Bank WDI official rate' : fx.source === 'fed' ? 'Federal Reserve H.10' : 'ECB'} ${fxYear} average${partial}) = ${sig(usd)} USD ${fxYear}`, usd, `USD ${fxYear}`));
  }

  // 3. Dollars of the purchase year -> 2022 dollars
  const index = row ? data.priceIndex.get(row.useeio) : undefined;
  const idx = (y: number) => (index && y >= index.from && y < index.from + index.values.length ? index.values[y - index.from] : null);
  const cpi = (y: number) => data.cpi.get(String(y))?.cpi ?? null;
  const lastIndexYear = index ? index.from + index.values.length - 1 : null;
  let usd2022 = usd;
  let fromYear = year;
  if (cpi(year) === null) {
    const known = [...data.cpi.values()].map((c) => c.year).filter((y) => y <= year).sort((a, b) => b - a)[0];
    if (known !== undefined) {
      flags.push('cpi-year-approximated');
      fromYear = known;
    }
  }
  if (index && lastIndexYear !== null && idx(2022) !== null) {
    if (fromYear > lastIndexYear) {
      const c1 = cpi(fromYear);
      const c2 = cpi(lastIndexYear);
      if (c1 !== null && c2 !== null) {
        usd2022 = usd2022 * (c2 / c1);
        factors.push(factorRef(data.manifest, 'cpi', `${lastIndexYear}/${fromYear}`, sig(c2 / c1, 5), 'price ratio'));
        steps.push(step('CPI to the last index year', `x CPI-U ${lastIndexYear} / ${fromYear} = ${c2} / ${c1} = ${sig(usd2022)} USD ${lastIndexYear}`, usd2022, `USD ${lastIndexYear}`));
        fromYear = lastIndexYear;
      }
    }
    const a = idx(fromYear);
    const b = idx(2022)!;
    if (a !== null) {
      usd2022 = usd2022 * (b / a);
      factors.push(factorRef(data.manifest, 'price-index', `${row!.useeio}:2022/${fromYear}`, sig(b / a, 5), 'price ratio'));
      steps.push(step('Sector price index to 2022', `x BEA index for ${row!.useeio} 2022 / ${fromYear} = ${b} / ${a} = ${sig(usd2022)} USD 2022`, usd2022, 'USD 2022'));
    }
  } else {
    const c1 = cpi(fromYear);
    const c2 = cpi(2022);
    if (c1 !== null && c2 !== null) {
      usd2022 = usd2022 * (c2 / c1);
      flags.push('cpi-instead-of-sector-index');
      factors.push(factorRef(data.manifest, 'cpi', `2022/${fromYear}`, sig(c2 / c1, 5), 'price ratio'));
      steps.push(step('CPI to 2022', `no sector price index: x CPI-U 2022 / ${fromYear} = ${c2} / ${c1} = ${sig(usd2022)} USD 2022`, usd2022, 'USD 2022'));
    }
  }
  return { usd2022, steps, flags, factors };
}
