/**
 * Tier D: spend-based, only where nothing physical applies. Price -> net of VAT -> USD -> 2022 USD
 * -> x EPA factor with margins (per purchaser dollar). Bounded: a luxury, hand-made, collectible or
 * auction price counts at most as the category's typical high price; the result stays within
 * [0.2, 30] kg CO2e per kg of the page's mass; sectors whose spend factors under-count (apparel,
 * electronics...) are corrected by the physical/spend ratio of their categories (spend-calibration.ts).
 */
import type { BatchData } from './batch';
import { profileOf } from './checks';
import { conditionOf } from './condition';
import { boundByMass, priceRangeFlags } from './guardrails';
import { type CategoryInfo, type Draft, factorRef, mappingWeight, sig, step } from './make';
import { toUsd2022 } from './money';
import type { Prepared } from './prepare';
import { PREMIUM_RE } from './words';

export function tierDSpend(
  p: Prepared,
  cat: CategoryInfo,
  data: BatchData,
  opts: { uncapped?: boolean } = {},
): Draft | { error: string; flags: string[] } | null {
  const row = cat.row;
  if (!row || p.price === null) return null;
  // A top-level category alone is too broad for one sector: tier E uses the spread below it.
  if (row.parentId === null) return null;
  const spend = data.spend.get(row.naics);
  if (!spend) return null;
  const priced = spendPrice(p, cat, data, opts.uncapped ?? false);
  const money = toUsd2022(priced.price, priced.currency, priced.country, p.year, row, data);
  if ('error' in money) return { error: money.error, flags: money.flags };
  const steps = [...priced.steps, ...money.steps];
  const flags = [...priced.flags, ...money.flags];
  const uncalibrated = money.usd2022 * spend.withMargins;
  steps.push(
    step(
      'Spend factor',
      `${sig(money.usd2022)} USD 2022 x ${spend.withMargins} kg CO2e/USD (EPA v1.3 with margins, NAICS ${spend.key} ${spend.title}) = ${sig(uncalibrated)} kg`,
      uncalibrated,
      'kg CO2e',
    ),
  );
  // Sectors whose spend factors under-count (ratio > 1: apparel, electronics, appliances,
  // furniture...) are corrected by the median physical / spend ratio of their categories.
  // Ratios below 1 are not applied: they come mostly from food, where typical pack prices are
  // too loose to say spend over-counts, and premium prices are capped separately (spendPrice).
  const cal = data.spendCalibration.get(spend.key.slice(0, 3));
  const calibrated = cal && cal.ratio > 1;
  const raw = calibrated ? uncalibrated * cal.ratio : uncalibrated;
  if (calibrated) {
    flags.push('spend-calibrated');
    steps.push(
      step(
        'Calibration',
        `x${cal.ratio}: in NAICS sector ${cal.key}, the physical typical footprints of ${cal.n} categories (ADEME items, DESNZ materials, AGRIBALYSE foods) are a median x${cal.ratio} (10th-90th percentile x${cal.p10}-x${cal.p90}) of spend at their typical prices: spend factors under-count goods made abroad cheaply. ${sig(uncalibrated)} x ${cal.ratio} = ${sig(raw)} kg`,
        raw,
        'kg CO2e',
      ),
    );
  }

  const usdStep = [...money.steps].reverse().find((s) => s.unit?.startsWith('USD') && !s.unit.includes('2022'));
  const usdNow = priced.currency === 'USD' ? priced.price : (usdStep?.value ?? null);
  // The price checks (flags and steps) ran before every tier (checks.ts); here they only widen the range.
  const check = priceRangeFlags(p, cat, usdNow === null ? null : usdNow / p.quantity.units, data);
  const bounded = boundByMass(raw, p.quantity.fromVolume ? null : p.quantity.massKg, check.flags.length > 0);
  flags.push(...bounded.flags);
  steps.push(...bounded.steps);
  if (p.country.country !== 'US') flags.push('non-us-supply-chain-approximation');

  const wide = row.confidence === 'low' || check.flags.length > 0;
  let [lo, hi] = wide ? [0.4, 2.5] : [0.5, 2];
  // Spend factors under-count electronics: a USD 999 laptop gives ~56 kg by spend against a
  // ~239 kg median of manufacturers' footprints (method notes). Keep the central value but let
  // the range reach x4 above it for computer and electronic products (NAICS 334).
  const electronics = spend.key.startsWith('334') && !calibrated;
  if (calibrated)
    [lo, hi] = [Math.min(lo, cal.p10 / cal.ratio), Math.max(hi, cal.p90 / cal.ratio)].map((x) => sig(x, 2)) as [
      number,
      number,
    ];
  if (electronics) {
    hi = 4;
    flags.push('spend-undercounts-electronics');
  }
  steps.push(
    step(
      'Range',
      `x${lo} to x${hi}: spend factors are typically within x0.5 to x2 of a product's footprint${calibrated ? `; the sector's calibration spread (x${cal.p10}-x${cal.p90})` : ''}${electronics ? ' (up to x4 for electronics, which spend factors under-count)' : ''}`,
    ),
  );
  return {
    tier: 'D',
    central: bounded.central,
    low: bounded.central * lo,
    high: bounded.central * hi,
    confidence: cat.confidence * mappingWeight(row),
    method: `Spend-based: EPA factor for ${spend.title.toLowerCase()} (purchaser price)`,
    factors: [
      factorRef(
        data.manifest,
        'spend',
        spend.key,
        spend.withMargins,
        'kg CO2e / USD 2022 (purchaser price)',
        spend.statistic,
      ),
      ...money.factors,
    ],
    steps,
    flags,
  };
}

interface SpendPrice {
  price: number;
  currency: string | null;
  country: Prepared['country'];
  flags: string[];
  steps: ReturnType<typeof step>[];
}

/**
 * The price the spend factor is applied to. A used item: the category's typical new price (the
 * geometric middle of its range) stands for the new item the condition rule scales. A premium
 * price (title words above, or more than 3x the category's typical high price): at most the
 * category's typical high price.
 */
function spendPrice(p: Prepared, cat: CategoryInfo, data: BatchData, uncapped: boolean): SpendPrice {
  const base: SpendPrice = { price: p.price!, currency: p.currency, country: p.country, flags: [], steps: [] };
  const profile = profileOf(cat, data);
  const lo = profile?.priceUsdLow ?? null;
  const hi = profile?.priceUsdHigh ?? null;
  const us = { country: 'US', basis: 'category typical price (USD)' };
  const { condition } = conditionOf(p.input.condition, p.title);
  if ((condition === 'used' || condition === 'refurbished') && lo !== null && hi !== null) {
    const mid = sig(Math.sqrt(lo * hi), 3);
    return {
      price: mid,
      currency: 'USD',
      country: us,
      flags: ['spend-new-price-assumed'],
      steps: [
        step(
          'New-item price',
          `${condition} item: a second-hand price says what it is worth now, not what making it emitted; the category's typical new price ${mid} USD (geometric middle of ${lo}-${hi} USD) stands for the new item`,
          mid,
          'USD',
        ),
      ],
    };
  }
  // A price that doubts the category (price-doubt.ts) is not a premium on this category's item.
  if (hi === null || !cat.row || uncapped) return base;
  const usd = toUsd2022(p.price!, p.currency, p.country, p.year, cat.row, data);
  if ('error' in usd) return base;
  const perUnit = usd.usd2022 / p.quantity.units;
  const premium = PREMIUM_RE.exec(p.title);
  if (perUnit > hi * 3 || (premium && perUnit > hi)) {
    const capped = hi * p.quantity.units;
    const why = premium ? `"${premium[0]}" in the title` : `more than 3x the category's typical high price`;
    return {
      price: capped,
      currency: 'USD',
      country: us,
      flags: ['spend-capped-at-typical-price'],
      steps: [
        step(
          'Price cap',
          `${sig(perUnit)} USD (2022) per item, ${why}: a price that pays for rarity, craft or a brand is not more materials or making; counted at the category's typical high price ${hi} USD per item`,
          capped,
          'USD',
        ),
      ],
    };
  }
  return base;
}
