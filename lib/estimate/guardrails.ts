/**
 * Guardrails for spend estimates: price is not emissions. A price far outside the category's
 * typical range is flagged, and when the mass is known the spend result is bounded by what any
 * goods of that mass plausibly embody.
 */
import type { BatchData } from './batch';
import type { CategoryInfo } from './make';
import { sig, step } from './make';
import type { Prepared } from './prepare';
import type { Step } from './schema';
import { toUsd2022 } from './money';
import { DEVICE_PART_RE, DEVICE_STORAGE_RE } from './words';

/** Flag only beyond this factor outside the typical range: the ranges are editorial and wide. */
const OUTSIDE = 3;
/**
 * kg CO2e per kg bounds for manufactured goods of unknown material: 0.2 is below wood (DESNZ 0.27)
 * and paper; 30 is above DESNZ's "Electrical items - IT" (24.9), the highest item-level factor
 * in the table apart from NiMH cells. Food is covered by tier C, not bounded here.
 */
export const MASS_BOUND_PER_KG = { low: 0.2, high: 30 };

export function priceRangeFlags(
  p: Prepared,
  cat: CategoryInfo,
  usdPerUnit: number | null,
  data: BatchData,
): { flags: string[]; steps: Step[] } {
  const typicalId = cat.row?.typicalFrom;
  const typical = typicalId != null ? data.typical.get(String(typicalId)) : undefined;
  if (!typical || usdPerUnit === null) return { flags: [], steps: [] };
  const { priceUsdLow: lo, priceUsdHigh: hi } = typical;
  if (hi !== null && usdPerUnit > hi * OUTSIDE)
    return {
      flags: ['price-above-typical-range'],
      steps: [
        step(
          'Price check',
          `${sig(usdPerUnit)} USD per unit is far above the typical ${lo}-${hi} USD (${typical.basis}): a high price does not mean more carbon`,
        ),
      ],
    };
  if (lo !== null && usdPerUnit < lo / OUTSIDE)
    return {
      flags: ['price-below-typical-range'],
      steps: [
        step(
          'Price check',
          `${sig(usdPerUnit)} USD per unit is far below the typical ${lo}-${hi} USD (${typical.basis}): a low price does not mean less carbon`,
        ),
      ],
    };
  return { flags: [], steps: [] };
}

/** Beyond this correction, with an ordinary price, the page's weight is the likelier error (0.3 g "relay modules"). */
const MAX_CORRECTION_WITHOUT_PRICE_FLAG = 10;

export function boundByMass(
  central: number,
  massKg: number | null,
  priceFlagged: boolean,
): { central: number; flags: string[]; steps: Step[] } {
  if (massKg === null || !(massKg > 0)) return { central, flags: [], steps: [] };
  const lo = massKg * MASS_BOUND_PER_KG.low;
  const hi = massKg * MASS_BOUND_PER_KG.high;
  const target = central > hi ? hi : central < lo ? lo : central;
  if (target === central) return { central, flags: [], steps: [] };
  const correction = Math.max(target / central, central / target);
  if (!priceFlagged && correction > MAX_CORRECTION_WITHOUT_PRICE_FLAG)
    return {
      central,
      flags: ['weight-implausible-for-price'],
      steps: [
        step(
          'Mass check',
          `the page's weight ${sig(massKg)} kg would change the spend result ${sig(correction, 2)}-fold at an ordinary price: the weight is more likely wrong; not applied`,
        ),
      ],
    };
  if (central > hi)
    return {
      central: hi,
      flags: ['spend-bounded-by-mass'],
      steps: [
        step(
          'Bounded by mass',
          `${sig(central)} kg by spend exceeds ${MASS_BOUND_PER_KG.high} kg CO2e/kg x ${sig(massKg)} kg = ${sig(hi)} kg: capped`,
          hi,
          'kg CO2e',
        ),
      ],
    };
  return {
    central: lo,
    flags: ['spend-bounded-by-mass'],
    steps: [
      step(
        'Bounded by mass',
        `${sig(central)} kg by spend is below ${MASS_BOUND_PER_KG.low} kg CO2e/kg x ${sig(massKg)} kg = ${sig(lo)} kg: raised`,
        lo,
        'kg CO2e',
      ),
    ],
  };
}

/**
 * Below the category's lowest typical price divided by this, a price says nothing about the item:
 * an auction's opening bid ("Apple MacBook Air 13" at 1 EUR), a placeholder. Not even a part of a
 * device costs that little, so it is no sign of a part either.
 */
const TOKEN_PRICE = 50;

/**
 * How a price reads against the category's typical range: 'part' when a "laptop" costs under a
 * third of any laptop's price (usually a part or an accessory: a whole device's footprint must not
 * be applied to it, tiers A and B step aside and the spend tier speaks); 'token' when it is too
 * low to mean anything (see TOKEN_PRICE); 'ordinary' otherwise or when nothing can be said.
 */
export function priceReading(p: Prepared, cat: CategoryInfo, data: BatchData): 'ordinary' | 'part' | 'token' | 'bid' {
  const typicalId = cat.row?.typicalFrom;
  const typical = typicalId != null ? data.typical.get(String(typicalId)) : undefined;
  if (p.price === null || !cat.row || !typical?.priceUsdLow) return 'ordinary';
  const usd = toUsd2022(p.price, p.currency, p.country, p.year, cat.row, data);
  if ('error' in usd) return 'ordinary';
  const perUnit = usd.usd2022 / p.quantity.units;
  if (perUnit < typical.priceUsdLow / TOKEN_PRICE) return 'token';
  if (perUnit >= typical.priceUsdLow / OUTSIDE) return 'ordinary';
  return cat.row.device && wholeDevice(p.title) ? 'bid' : 'part';
}

/**
 * A device category's title that states the whole device's storage or memory ("Apple iPad Pro 2.
 * Gen 256GB, Wi-Fi") and names no part or accessory ("Akku für", "case", "Coque pour"): at a
 * part's price it is an auction's current bid or a placeholder, not a part (eBay, 2022:
 * "Apple iPad Pro 2. Gen 256GB" at EUR 3.48, "MacBook Pro 13,3 Zoll 512GB SSD" at EUR 11.50).
 */
function wholeDevice(title: string): boolean {
  return DEVICE_STORAGE_RE.test(title) && !DEVICE_PART_RE.test(title);
}

export function looksLikePart(p: Prepared, cat: CategoryInfo, data: BatchData): boolean {
  return priceReading(p, cat, data) === 'part';
}
