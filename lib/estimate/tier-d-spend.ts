/** Tier D: spend-based. Price -> net of VAT -> USD -> 2022 USD -> x EPA factor with margins (per purchaser dollar). */
import type { BatchData } from './batch';
import { boundByMass, priceRangeFlags } from './guardrails';
import { type CategoryInfo, type Draft, factorRef, mappingWeight, sig, step } from './make';
import { toUsd2022 } from './money';
import type { Prepared } from './prepare';

export function tierDSpend(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | { error: string; flags: string[] } | null {
  const row = cat.row;
  if (!row || p.price === null) return null;
  // A top-level category alone is too broad for one sector: tier E uses the spread below it.
  if (row.parentId === null) return null;
  const spend = data.spend.get(row.naics);
  if (!spend) return null;
  const money = toUsd2022(p.price, p.currency, p.country, p.year, row, data);
  if ('error' in money) return { error: money.error, flags: money.flags };
  const steps = [...money.steps];
  const flags = [...money.flags];
  const raw = money.usd2022 * spend.withMargins;
  steps.push(step('Spend factor', `${sig(money.usd2022)} USD 2022 x ${spend.withMargins} kg CO2e/USD (EPA v1.3 with margins, NAICS ${spend.key} ${spend.title}) = ${sig(raw)} kg`, raw, 'kg CO2e'));

  const usdStep = [...money.steps].reverse().find((s) => s.unit?.startsWith('USD') && !s.unit.includes('2022'));
  const usdNow = p.currency === 'USD' ? p.price : (usdStep?.value ?? null);
  const check = priceRangeFlags(p, cat, usdNow === null ? null : usdNow / p.quantity.units, data);
  flags.push(...check.flags);
  steps.push(...check.steps);
  const bounded = boundByMass(raw, p.quantity.fromVolume ? null : p.quantity.massKg, check.flags.length > 0);
  flags.push(...bounded.flags);
  steps.push(...bounded.steps);
  if (p.country.country !== 'US') flags.push('non-us-supply-chain-approximation');

  const wide = row.confidence === 'low' || check.flags.length > 0;
  let [lo, hi] = wide ? [0.4, 2.5] : [0.5, 2];
  // Spend factors under-count electronics: a USD 999 laptop gives ~56 kg by spend against a
  // ~239 kg median of manufacturers' footprints (method notes). Keep the central value but let
  // the range reach x4 above it for computer and electronic products (NAICS 334).
  const electronics = spend.key.startsWith('334');
  if (electronics) {
    hi = 4;
    flags.push('spend-undercounts-electronics');
  }
  steps.push(step('Range', `spend factors are typically within x${lo} to x${hi} of a product's footprint${electronics ? ' (up to x4 for electronics, which spend factors under-count)' : ''}`));
  return {
    tier: 'D',
    central: bounded.central,
    low: bounded.central * lo,
    high: bounded.central * hi,
    confidence: cat.confidence * mappingWeight(row),
    method: `Spend-based: EPA factor for ${spend.title.toLowerCase()} (purchaser price)`,
    factors: [factorRef(data.manifest, 'spend', spend.key, spend.withMargins, 'kg CO2e / USD 2022 (purchaser price)'), ...money.factors],
    steps,
    flags,
  };
}
