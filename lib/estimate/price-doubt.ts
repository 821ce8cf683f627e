/**
 * A price far above the category's typical range, with no mass on the page, casts doubt on the
 * category, as a mass and a price that both contradict it do (checks.ts): a power station filed as
 * AA batteries at x7 their highest price would otherwise take a battery's typical 0.1 kg.
 *
 * The rule: one unit priced PRICE_DOUBT (x5) or more above the category's typical high price, and
 * under PRICE_MISREAD (x100, from which cents read as units or a price per 100 or 1,000 are the
 * likelier reading), no usable page mass, and a physical tier that would answer with the category's
 * typical mass or typical item. From x10 the price checks (checks.ts) set the price aside as a
 * misread of this category's price; with no mass to say the category is right, the doubt takes it
 * back (its flag and step are withdrawn). Then the spend
 * tier answers on the whole price, not capped at the category's high price (the cap assumes the
 * category is right and the price pays for a brand), and the range reaches down to the typical-mass
 * figure, in case the category was right after all. Flagged `category-doubted-by-price`. Not for
 * devices (they read prices themselves), clothing and jewellery (where designer prices are common
 * and the category rarely wrong), food (packs of many units), a premium word in the title (PREMIUM:
 * the price is explained) or a used item (a second-hand price).
 */
import type { BatchData } from './batch';
import { priceUsd2022, profileOf } from './checks';
import { conditionOf } from './condition';
import { type CategoryInfo, type Draft, sig, step } from './make';
import type { Prepared } from './prepare';
import { PREMIUM_RE } from './words';

/** One unit's price this many times the category's typical high price doubts the category. */
const PRICE_DOUBT = 5;
/** From this many times the typical high price, a misread (cents as units, a price per 1,000) is likelier. */
const PRICE_MISREAD = 100;

/** Flags a physical tier sets when it answered with the category's typical mass or item. */
const TYPICAL = ['mass-assumed-typical', 'typical-item-assumed'];

export interface PriceDoubt {
  perUnit: number;
  lo: number | null;
  hi: number;
}

/**
 * The doubt, when the page's price (`p`, before the price checks) and the checked product's missing
 * mass (`checked`) call the category's typical mass into question.
 */
export function priceDoubt(p: Prepared, checked: Prepared, cat: CategoryInfo, data: BatchData): PriceDoubt | null {
  const row = cat.row;
  if (p.price === null || !row || !doubtable(p, checked, row)) return null;
  const profile = profileOf(cat, data);
  const hi = profile?.priceUsdHigh ?? null;
  if (hi === null) return null;
  const whole = priceUsd2022(p, cat, data);
  if (whole === null) return null;
  const perUnit = whole / checked.quantity.units;
  return perUnit >= hi * PRICE_DOUBT && perUnit < hi * PRICE_MISREAD
    ? { perUnit, lo: profile?.priceUsdLow ?? null, hi }
    : null;
}

/** Not a device, clothing or food, no page mass, no premium word, not used. */
function doubtable(p: Prepared, checked: Prepared, row: NonNullable<CategoryInfo['row']>): boolean {
  if (row.device || (checked.quantity.massKg !== null && !checked.quantity.fromVolume)) return false;
  if (/^(Apparel & Accessories|Food, Beverages & Tobacco)\b/.test(row.path) || PREMIUM_RE.test(p.title)) return false;
  const { condition } = conditionOf(p.input.condition, p.title);
  return condition !== 'used' && condition !== 'refurbished';
}

/** The physical draft answered with the category's typical mass or item (what the doubt is about). */
export function usesTypical(d: Draft): boolean {
  return (d.tier === 'B' || d.tier === 'C') && d.flags.some((f) => TYPICAL.includes(f));
}

/** The spend draft on the whole price, its range reaching down to the typical-mass figure, with the reason. */
export function doubted(spend: Draft, typical: Draft, doubt: PriceDoubt, path: string): Draft {
  const ratio = doubt.perUnit / doubt.hi;
  return {
    ...spend,
    low: Math.min(spend.low, typical.central),
    confidence: spend.confidence * 0.5,
    flags: [...spend.flags, 'category-doubted-by-price'],
    steps: [
      step(
        'Price check',
        `${sig(doubt.perUnit)} USD (2022) per item is x${sig(ratio, 2)} the typical ${doubt.lo ?? '?'}-${doubt.hi} USD of "${path}", and the page gives no mass: the product is likely not this category's typical item (its typical ${typical.tier === 'B' ? 'item' : 'mass'} would give ${sig(typical.central)} kg). The spend on the whole price answers instead; the range reaches down to ${sig(typical.central)} kg in case the category is right`,
      ),
      ...spend.steps,
    ],
  };
}
