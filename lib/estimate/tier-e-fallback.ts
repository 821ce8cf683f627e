/**
 * Tier E: only a broad category is known. With a price, the median spend factor of the sectors
 * mapped under the top-level category, with their inter-quartile spread widened x0.5 / x2.
 * Without price or category there is nothing honest to say: the caller reports 'unknown'.
 */
import { topLevelKey, type BatchData } from './batch';
import { type CategoryInfo, type Draft, factorRef, sig, step } from './make';
import { toUsd2022 } from './money';
import type { Prepared } from './prepare';

export function tierEFallback(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | null {
  if (!cat.row || p.price === null) return null;
  const spread = data.spread.get(topLevelKey(cat.row.path));
  if (!spread) return null;
  const money = toUsd2022(p.price, p.currency, p.country, p.year, cat.row, data);
  if ('error' in money) return null;
  const central = money.usd2022 * spread.median;
  const top = cat.row.path.split(' > ')[0];
  const steps = [
    ...money.steps,
    step(
      'Broad-category factor',
      `median of the ${spread.n} sector factors mapped under "${top}": ${spread.median} kg CO2e/USD (inter-quartile ${spread.low}-${spread.high})`,
      spread.median,
      'kg CO2e / USD 2022',
    ),
    step(
      'Estimate',
      `${sig(money.usd2022)} USD 2022 x ${spread.median} = ${sig(central)} kg; range uses the inter-quartile factors widened x0.5 / x2`,
      central,
      'kg CO2e',
    ),
  ];
  const flags = [...money.flags, 'broad-category-only'];
  if (p.country.country !== 'US') flags.push('non-us-supply-chain-approximation');
  return {
    tier: 'E',
    central,
    low: money.usd2022 * spread.low * 0.5,
    high: money.usd2022 * spread.high * 2,
    confidence: cat.confidence * 0.4,
    method: `Fallback: median spend factor for "${top}"`,
    factors: [
      factorRef(
        data.manifest,
        'category-spread',
        spread.key,
        spread.median,
        'kg CO2e / USD 2022 (purchaser price)',
        spread.statistic,
        spread.n,
      ),
      ...money.factors,
    ],
    steps,
    flags,
  };
}
