/**
 * Plausibility checks run before every tier, so that no tier reads a number the page got wrong:
 *
 * - Mass: a title mass written next to a capacity word ("8 kg drum", "Fassungsvermögen 7 kg",
 *   "capacité 9 kg", "fits 10 kg") is what the appliance holds, not what it weighs: set aside. A
 *   mass outside the category's typical range (data/typical-ranges.csv, x1.5 tolerance) is set aside
 *   only as a misread by a power of ten: x10 or more above the range, or below it (a capacity
 *   without its word, grams for kilograms, a dropped digit) where x10, x100 or x1,000 brings it
 *   into the range, or x10 below with no such fit. Any other mass the page states is kept, flagged
 *   (a sink-and-faucet combo filed as Faucets, a larger kind than the editorial range names; a part
 *   the title names, lighter than the whole item). The physical tiers use the category's typical
 *   mass only for a mass set aside.
 * - Count: a title count of the pieces in one pack, when only the pack's price fits the category.
 * - Price: a price 10x or more above the category's typical range (or 10x below it) is most often
 *   a misread (cents as units, an extra zero, a price per 1,000) or says nothing about the item
 *   (an auction's opening bid, a collector's price): it is set aside in every tier and flagged.
 * - Category: when the mass and the price both fall outside the category's ranges on the same side,
 *   the category is set aside instead (lib/estimate/index.ts), not its typical item used.
 */
import type { TypicalRow } from '../factors/tables';
import type { BatchData } from './batch';
import { type CategoryInfo, sig, step } from './make';
import { toUsd2022 } from './money';
import type { Prepared } from './prepare';
import type { Step } from './schema';
import { namesPartOfItem } from './part';
import { soldByVolume } from './volume';
import { CAPACITY_NEAR_MASS_RE } from './words';

/** A page mass this far outside the category's range is set aside (the ranges are editorial and wide). */
export const MASS_TOLERANCE = 1.5;
/** A price this far outside the category's typical range is set aside as a misread, not just flagged. */
export const PRICE_SET_ASIDE = 10;

export function isCapacityMass(title: string): boolean {
  return CAPACITY_NEAR_MASS_RE.test(title);
}

/** The profile as the category inherited it, with its typical mass when that describes the category's kinds. */
export function profileOf(cat: CategoryInfo, data: BatchData): TypicalRow | null {
  const profile = inheritedProfile(cat, data);
  return profile && cat.row?.typicalMassSpan && profile.defaultMassKg ? { ...profile, defaultMassKg: null } : profile;
}

function inheritedProfile(cat: CategoryInfo, data: BatchData): TypicalRow | null {
  const id = cat.row?.typicalFrom;
  return id != null ? (data.typical.get(String(id)) ?? null) : null;
}

/**
 * A sub-category without a profile of its own, under one whose typical mass stands for none of its
 * kinds (scripts/factors/crosswalk.ts, typicalMassSpan): said in a step when the page gives no mass.
 */
function withheldTypicalMass(p: Prepared, cat: CategoryInfo, data: BatchData, steps: Step[]): void {
  const span = cat.row?.typicalMassSpan;
  const profile = inheritedProfile(cat, data);
  const kg = profile?.defaultMassKg;
  if (!span || !kg || p.quantity.massKg !== null) return;
  const from = profile.basis.split(';').slice(-1)[0]!.trim();
  steps.push(
    step(
      'Mass check',
      `no typical mass assumed: "${cat.row!.path}" has no typical mass of its own, and its parent's ${kg} kg (${from}) stands for none of the parent's kinds, which weigh ${span[0]} to ${span[1]} kg`,
    ),
  );
}

export interface Checked {
  p: Prepared;
  flags: string[];
  steps: Step[];
}

function setAsideMass(
  p: Prepared,
  flags: string[],
  steps: Step[],
  cat: CategoryInfo,
  profile: TypicalRow | null,
  isFood: boolean,
  part: boolean,
): Prepared {
  const q = p.quantity;
  if (q.massKg === null || !(q.massKg > 0)) return p;
  if (q.massSource === 'title' && !isFood && isCapacityMass(p.title)) {
    flags.push('mass-is-capacity');
    steps.push(step('Mass check', `${q.detail}: a capacity (what it holds), not the item's mass: set aside`));
    return { ...p, quantity: { ...q, massKg: null, massSource: null, detail: `${q.detail} (a capacity, set aside)` } };
  }
  // A volume on goods not sold by it (a 50 l storage box) is a capacity the tiers do not read as a mass.
  if (q.fromVolume && !profile?.bulk && !isFood && !soldByVolume(cat, profile)) return p;
  const lo = profile?.weightKgLow ?? null;
  const hi = profile?.weightKgHigh ?? null;
  // A drink or food pack can be many units: only the per-unit mass is compared. Bulk goods sold by
  // the litre are compared at their bulk density (a 100 l bag of compost is 45 kg, not 100).
  const density = q.fromVolume && profile?.bulk ? profile.bulk.kgPerLitre : 1;
  const unit = (q.massKg * density) / q.units;
  if (lo === null || hi === null || isFood) return p;
  if (unit >= lo / MASS_TOLERANCE && unit <= hi * MASS_TOLERANCE) return p;
  const basis = profile!.basis.split(';')[0];
  const misread = powerOfTenMisread(unit, lo, hi, part);
  if (!misread) {
    flags.push('mass-outside-typical-range');
    steps.push(
      step(
        'Mass check',
        `${sig(unit)} kg per item is outside the ${lo}-${hi} kg typical of this category (${basis}), but not by a power of ten${part ? ' (the title names a part of the item, lighter than the whole)' : ''}: the page's mass is used as stated`,
      ),
    );
    return p;
  }
  flags.push('mass-out-of-range');
  steps.push(
    step(
      'Mass check',
      `${sig(unit)} kg per item is outside the ${lo}-${hi} kg typical of this category (${basis}) ${misread}: probably misread (a capacity, grams for kilograms, a dropped or added digit); set aside`,
    ),
  );
  return {
    ...p,
    quantity: { ...q, massKg: null, massSource: null, detail: `${q.detail} (outside the category's range, set aside)` },
  };
}

/** A page mass this far above the category's range is a misread (grams read as kilograms), not a larger kind. */
const MASS_SET_ASIDE = 10;

/**
 * Why a mass outside the category's range reads as a misread by a power of ten, or null when it
 * does not: x10 or more above the range; below it, when x10, x100 or x1,000 brings it into the range
 * (with its x1.5 tolerance), or x10 or more below with no such fit. A part the title names is lighter
 * than the whole item by nature: only x10 or more below the range's low end counts for it, as above.
 */
function powerOfTenMisread(unit: number, lo: number, hi: number, part = false): string | null {
  if (unit >= hi * MASS_SET_ASIDE) return `by x${sig(unit / hi, 2)}, a power of ten above it`;
  if (unit >= lo / MASS_TOLERANCE) return null;
  if (!part)
    for (const k of [10, 100, 1000])
      if (unit * k >= lo / MASS_TOLERANCE && unit * k <= hi * MASS_TOLERANCE)
        return `below it: x${k} would bring it into the range`;
  return unit <= lo / MASS_SET_ASIDE ? `by x${sig(lo / unit, 2)}, a power of ten below it` : null;
}

/** Flagged, not set aside: a price this far outside the typical range (a premium brand, a clearance). */
const PRICE_FLAG = 3;

function setAsidePrice(
  p: Prepared,
  cat: CategoryInfo,
  data: BatchData,
  flags: string[],
  steps: Step[],
  profile: TypicalRow | null,
): Prepared {
  if (!cat.row || !profile) return p;
  const lo = profile.priceUsdLow;
  const hi = profile.priceUsdHigh;
  if (lo === null && hi === null) return p;
  const whole = priceUsd2022(p, cat, data);
  if (whole === null) return p;
  const perUnit = whole / p.quantity.units;
  const high = hi !== null && perUnit >= hi * PRICE_SET_ASIDE;
  // Device categories read very low prices themselves (a part or accessory, or a token bid: tier B).
  const low = lo !== null && perUnit <= lo / PRICE_SET_ASIDE && !cat.row.device;
  if (!high && !low) {
    if (hi !== null && perUnit > hi * PRICE_FLAG) {
      flags.push('price-above-typical-range');
      steps.push(
        step(
          'Price check',
          `${sig(perUnit)} USD (2022) per item is far above the typical ${lo}-${hi} USD (${profile.basis.split(';')[0]}): a high price does not mean more carbon`,
        ),
      );
    } else if (lo !== null && perUnit < lo / PRICE_FLAG) {
      flags.push('price-below-typical-range');
      steps.push(
        step(
          'Price check',
          `${sig(perUnit)} USD (2022) per item is far below the typical ${lo}-${hi} USD (${profile.basis.split(';')[0]}): a low price does not mean less carbon`,
        ),
      );
    }
    return p;
  }
  const ratio = high ? perUnit / hi! : lo! / perUnit;
  const power = Math.round(Math.log10(ratio));
  flags.push(high ? 'price-implausibly-high' : 'price-implausibly-low');
  steps.push(
    step(
      'Price check',
      `${sig(perUnit)} USD (2022) per item is ${high ? 'above' : 'below'} the ${lo}-${hi} USD typical of this category by about x${sig(ratio, 2)}${power >= 1 ? ` (a power of ten: x${10 ** power} misread, a price per pack or per 1,000, an opening bid or a collector's price)` : ''}: the price is set aside and not used by any tier`,
    ),
  );
  return { ...p, price: null };
}

/** A drink or food pack size in the title: "500 ml", "2 litre", "33 cl", "12 fl oz". */
const VOLUME_IN_TITLE = /\d\s*(?:ml|cl|l|litres?|liters?|fl\.?\s?oz)(?![\p{L}\p{N}])/iu;
/** A food name this long in the title can stand for the product (as in tier C's uncategorised rule). */
const MIN_FOOD_NAME = 4;

/**
 * The title names a food or drink, but the category is not food and disagrees with the product:
 * the page's mass is outside the category's range (a 1 kg yoghurt pack filed as a phone, a 6 L
 * water bottle as a refrigerator), or a device category comes with a drink's volume (a 300 ml can
 * filed as a thin client, "Diet Coke 500 ml" as a kitchen appliance accessory without a profile),
 * or the price of one unit is x10 below the category's range ("Avocados, 4 pack" at GBP 2 filed as
 * a television). Devices and goods are not sold by the millilitre, and a mass or a price the
 * category cannot have says the category is wrong more often than the number: the food named in the
 * title decides instead (tier C, flagged `category-from-food-name`). A food word on a product whose
 * mass fits its category ("water bottle 750 ml", 0.3 kg) changes nothing.
 */
export function categoryContradictsFoodName(p: Prepared, cat: CategoryInfo, data: BatchData): string | null {
  if (!cat.row || cat.row.path.startsWith('Food, Beverages & Tobacco')) return null;
  const alias = p.titleGrams.map((g) => data.foodAliases.get(g)).find((a) => !!a && a.key.length >= MIN_FOOD_NAME);
  if (!alias) return null;
  const q = p.quantity;
  const profile = profileOf(cat, data);
  // A drink's volume and a category without a physical profile of its own (nothing to say the
  // filing is right) or a device category: the named drink or food decides.
  if ((cat.row.device || !profile) && VOLUME_IN_TITLE.test(p.title)) return alias.key;
  if (priceFarBelow(p, cat, data, profile)) return alias.key;
  const lo = profile?.weightKgLow ?? null;
  const hi = profile?.weightKgHigh ?? null;
  if (q.massKg === null || !(q.massKg > 0) || lo === null || hi === null) return null;
  const unit = q.massKg / q.units;
  return unit < lo / MASS_TOLERANCE || unit > hi * MASS_TOLERANCE ? alias.key : null;
}

/**
 * The price of one unit is x10 or more below the category's typical range (any category, devices
 * too): with a food named in the title ("Avocados, 4 pack" at GBP 2 filed as a television), the
 * category is wrong, not the price.
 */
function priceFarBelow(p: Prepared, cat: CategoryInfo, data: BatchData, profile: TypicalRow | null): boolean {
  const lo = profile?.priceUsdLow ?? null;
  if (lo === null) return false;
  const whole = priceUsd2022(p, cat, data);
  return whole !== null && whole / p.quantity.units <= lo / PRICE_SET_ASIDE;
}

/** The whole price in USD 2022 and the category's typical price range, when both exist (not for devices). */
function wholePrice(
  p: Prepared,
  cat: CategoryInfo,
  data: BatchData,
  profile: TypicalRow | null,
): { whole: number; lo: number; hi: number } | null {
  const lo = profile?.priceUsdLow ?? null;
  const hi = profile?.priceUsdHigh ?? null;
  if (!cat.row || cat.row.device || lo === null || hi === null) return null;
  const whole = priceUsd2022(p, cat, data);
  return whole === null ? null : { whole, lo, hi };
}

/** The page's whole price in 2022 US dollars (the unit of the categories' price ranges), or null. */
export function priceUsd2022(p: Prepared, cat: CategoryInfo, data: BatchData): number | null {
  if (p.price === null || !cat.row) return null;
  const usd = toUsd2022(p.price, p.currency, p.country, p.year, cat.row, data);
  return 'error' in usd ? null : usd.usd2022;
}

/**
 * A count in the title that counts the pieces of one item the category sells whole ("nappies size 4,
 * 90 pack" at GBP 25): the category's typical price is for the pack. When the price per piece is
 * so low that the price check would set it aside (x10 below the range) while the whole price fits
 * the range (within its x3 flag band), it is the count, not the price, that misreads: the pack is one
 * item. A title size the count multiplied ("90 pack, 2.6 kg") is then the pack's size.
 */
function piecesOfOneItem(p: Prepared, steps: Step[], priced: ReturnType<typeof wholePrice>): Prepared {
  const q = p.quantity;
  if (!priced || q.units < 2 || q.unitsSource !== 'title') return p;
  const { whole, lo, hi } = priced;
  const perPiece = whole / q.units;
  if (perPiece > lo / PRICE_SET_ASIDE || whole < lo / PRICE_FLAG || whole > hi * PRICE_FLAG) return p;
  const massKg = q.massSource === 'title' && q.sizeKg !== undefined ? q.sizeKg : q.massKg;
  const resized = massKg !== q.massKg ? `; the title's ${sig(massKg!)} kg is the pack's` : '';
  steps.push(
    step(
      'Price check',
      `the title's count of ${q.units} is of pieces in one item: ${sig(perPiece)} USD (2022) a piece is far below the ${lo}-${hi} USD typical of this category, the whole ${sig(whole)} USD is within it: 1 item${resized}`,
    ),
  );
  return {
    ...p,
    quantity: {
      ...q,
      units: 1,
      massKg,
      detail: `${q.detail} (${q.units} pieces of one item${resized})`,
    },
  };
}

/** -1 below the range by more than the tolerance, +1 above it, 0 within it or nothing to compare. */
function side(x: number, lo: number | null, hi: number | null, tolerance: number): -1 | 0 | 1 {
  if (lo === null || hi === null || !(x > 0)) return 0;
  return x < lo / tolerance ? -1 : x > hi * tolerance ? 1 : 0;
}

/**
 * The page's mass and its price both fall outside the category's ranges, on the same side (a
 * 2.2 l bottle of washing liquid at GBP 12 filed as a washing machine, 50-100 kg and USD 250-2,000):
 * either check alone says a number was misread, both together say the category is wrong, and its
 * typical item (a 341 kg washing machine) must not stand in. The side ("below" or "above"), or null.
 * Not for food (packs of many units), devices (their own price reading) or a capacity mass.
 */
export function categoryContradictedByPage(p: Prepared, cat: CategoryInfo, data: BatchData): 'below' | 'above' | null {
  const profile = profileOf(cat, data);
  if (!cat.row || cat.row.device || !profile || cat.row.path.startsWith('Food, Beverages & Tobacco')) return null;
  const priced = wholePrice(p, cat, data, profile);
  const q = piecesOfOneItem(p, [], priced).quantity;
  if (!priced || q.massKg === null || (q.massSource === 'title' && isCapacityMass(p.title))) return null;
  const density = q.fromVolume && profile.bulk ? profile.bulk.kgPerLitre : 1;
  const mass = side((q.massKg * density) / q.units, profile.weightKgLow, profile.weightKgHigh, MASS_TOLERANCE);
  const price = side(priced.whole / q.units, priced.lo, priced.hi, PRICE_SET_ASIDE);
  return mass !== 0 && mass === price ? (mass < 0 ? 'below' : 'above') : null;
}

/** Run the mass and price checks; returns the product as the tiers should see it. */
export function checkInputs(p: Prepared, cat: CategoryInfo, data: BatchData): Checked {
  const flags: string[] = [];
  const steps: Step[] = [];
  const profile = profileOf(cat, data);
  const isFood = cat.row?.path.startsWith('Food, Beverages & Tobacco') ?? false;
  let out = piecesOfOneItem(p, steps, wholePrice(p, cat, data, profile));
  out = setAsideMass(out, flags, steps, cat, profile, isFood, namesPartOfItem(out, cat));
  out = setAsidePrice(out, cat, data, flags, steps, profile);
  withheldTypicalMass(out, cat, data, steps);
  return { p: out, flags, steps };
}
