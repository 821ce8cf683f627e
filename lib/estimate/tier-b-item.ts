/**
 * Tier B (typical item): the category has an ADEME Impact CO2 per-item footprint (clothing, shoes,
 * furniture, household appliances, digital devices), cradle to shelf. Scaled by the page's own
 * mass against the modelled item's mass (clothing masses from Ecobalyse), or for TVs by screen size
 * with the size exponent fitted on the published monitor footprints; without either, the typical
 * item as modelled. Times the units the price buys.
 */
import type { AliasRow, ItemRow } from '../factors/tables';
import { basicPhoneItem } from './basic-phone';
import type { BatchData } from './batch';
import { MASS_TOLERANCE, profileOf } from './checks';
import { parseScreenInches } from './device-scale';
import { looksLikePart } from './guardrails';
import { type CategoryInfo, type Draft, factorRef, mappingWeight, sig, step } from './make';
import type { Prepared } from './prepare';
import { ITEM_RANGE } from './ranges';
import type { Step } from './schema';
import { namesPartOfItem } from './part';
import { BATTERY_PACK_RE, ITEM_PART_RE } from './words';

/**
 * Mass or size scaling is clamped: beyond x3 the modelled item no longer describes the product.
 * Not for a page mass of clothing or furniture that passed the category's mass range: their
 * footprint is in proportion to mass, as tier C's per kg of the same item.
 */
const MAX_SCALE = 3;
/** The kind of ADEME's external power supplies (data/ademe-item-masses.csv): phone chargers and laptop adapters. */
const POWER_ADAPTER_KIND = 'power adapter';
/** ADEME Impact CO2's clothing and shoes group ("habillement"). */
export const CLOTHING_GROUP = 'habillement';
/** Screen size of the TV the ADEME-Arcep study modelled (an assumption: a typical 40-45 inch LCD TV). */
const TV_REFERENCE_IN = 42;

const clamp = (x: number) => Math.min(MAX_SCALE, Math.max(1 / MAX_SCALE, x));

/**
 * How footprint follows mass within one kind of item. Clothing and furniture are material-
 * dominated: footprint in proportion to mass (Ecobalyse computes textile impacts per kg of the
 * product's mass). Appliances and digital devices are dominated by electronics and assembly that
 * do not grow with mass: the elasticity is the median of the within-category weight exponents
 * fitted on the published manufacturer footprints (Boavizta: desktops 0.14, IoT 0.53, laptops
 * 0.32, monitors 0.34, servers 0.06, thin clients 0.24), about 0.3.
 */
function massExponent(item: ItemRow, data: Pick<BatchData, 'devices'>): { exponent: number; basis: string } {
  if (item.group === 'habillement' || item.group === 'mobilier')
    return { exponent: 1, basis: 'in proportion to mass (material-dominated)' };
  const fitted = [...data.devices.values()]
    .map((d) => d.weightExponent)
    .filter((x): x is number => x !== null && x !== undefined)
    .sort((a, b) => a - b);
  const mid = fitted.length
    ? fitted.length % 2
      ? fitted[(fitted.length - 1) / 2]
      : (fitted[fitted.length / 2 - 1] + fitted[fitted.length / 2]) / 2
    : 0.3;
  return {
    exponent: sig(mid, 2),
    basis: `mass elasticity ${sig(mid, 2)} (median of the weight exponents fitted on published device footprints)`,
  };
}

interface Scale {
  factor: number;
  detail: string;
  scaled: boolean;
  /** The mass is the category's typical mass, not the page's. */
  typicalMass: boolean;
}

/**
 * The mass the modelled item is scaled to: the page's, else the category's typical mass when the
 * item stands for the category (a T-shirt modelled at 0.17 kg standing for socks of 0.043 kg must
 * not count as a T-shirt). A kind the title names ("hoodie" under Shirts & Tops) keeps its own mass.
 * Null when the mass is more than MAX_SCALE away: the modelled item no longer describes the product.
 */
function scaleOf(
  p: Prepared,
  item: ItemRow,
  data: BatchData,
  categoryMassKg: number | null,
  kind: { word: string; massKg: number } | null,
  checkedMass: boolean,
): Scale | null {
  const q = p.quantity;
  const pageMass = q.massKg !== null && !q.fromVolume ? q.massKg / q.units : null;
  if (pageMass !== null && pageMass > 0)
    return byMass(item, data, pageMass, 'page mass', true, checkedMass && isProportional(item));
  const screen = item.key === 'television' ? parseScreenInches(p.title) : null;
  const monitor = data.devices.get('monitor');
  if (screen && monitor?.screenExponent) {
    const f = clamp((screen / TV_REFERENCE_IN) ** monitor.screenExponent);
    return {
      factor: f,
      detail: `screen ${screen} in vs ${TV_REFERENCE_IN} in assumed for the modelled TV, exponent ${monitor.screenExponent} (fitted on published monitor footprints): x${sig(f, 3)}`,
      scaled: true,
      typicalMass: false,
    };
  }
  // A kind the title names that weighs unlike the modelled item ("sandals", "kids shoes"): its typical mass.
  if (kind) return byMass(item, data, kind.massKg, `no mass on the page: a typical "${kind.word}"`, false);
  if (categoryMassKg !== null && isStandIn(item, categoryMassKg)) {
    const s = byMass(item, data, categoryMassKg, "no mass on the page: this category's typical mass", false);
    // Beyond MAX_SCALE the modelled item no longer describes the product: not this item.
    return s.clamped ? null : s;
  }
  return {
    factor: 1,
    detail: `no mass or size on the page: the typical ${item.name} as modelled (${item.referenceMassKg} kg)`,
    scaled: false,
    typicalMass: false,
  };
}

/**
 * The modelled item stands in for another kind when the category's typical product weighs more
 * than STAND_IN_RATIO times more or less (a T-shirt for socks, jeans for shorts); otherwise it is
 * the typical product itself (a fabric sofa for sofas) and is taken as modelled.
 */
const STAND_IN_RATIO = 1.5;
function isStandIn(item: ItemRow, categoryMassKg: number): boolean {
  const r = categoryMassKg / item.referenceMassKg;
  return r > STAND_IN_RATIO || r < 1 / STAND_IN_RATIO;
}

/** Clothing and furniture: footprint in proportion to mass (massExponent). */
const isProportional = (item: ItemRow) => item.group === 'habillement' || item.group === 'mobilier';

function byMass(
  item: ItemRow,
  data: Pick<BatchData, 'devices'>,
  unitMass: number,
  whose: string,
  fromPage: boolean,
  unclamped = false,
): Scale & { clamped: boolean } {
  const { exponent, basis } = massExponent(item, data);
  const raw = (unitMass / item.referenceMassKg) ** exponent;
  const f = unclamped ? raw : clamp(raw);
  return {
    factor: f,
    detail: `${whose} ${sig(unitMass)} kg vs the modelled ${item.name}'s ${item.referenceMassKg} kg (${item.massBasis}), ${basis}: x${sig(f, 3)}${f !== raw ? ' (clamped)' : ''}`,
    scaled: fromPage,
    typicalMass: !fromPage,
    clamped: f !== raw,
  };
}

/**
 * The modelled item's footprint per unit at `unitMassKg`, scaled as a page mass would be (same
 * exponent, same x3 clamp; a checked page mass of furniture beyond x3 is not clamped in the
 * estimate, the span keeps the clamp): the like-for-like ends of the "similar products" span
 * (lib/compare/similar.ts) for a product estimated as this item.
 */
export function itemAtMass(item: ItemRow, data: Pick<BatchData, 'devices'>, unitMassKg: number): number {
  return item.kgPerItem * byMass(item, data, unitMassKg, '', true).factor;
}

/**
 * The item the title names within the category's group: a kind word first ("hoodie" under Shirts &
 * Tops is a sweatshirt), then a material word of that kind ("merino" makes the jumper wool);
 * else the category's item.
 */
interface Found {
  item: ItemRow;
  word: string | null;
  /** The kind the title names, when it has its own typical mass (data/item-aliases.csv). */
  kind: { word: string; massKg: number } | null;
}

const kindOf = (a: AliasRow | undefined) => (a?.massKg ? { word: a.key, massKg: a.massKg } : null);

function itemFor(p: Prepared, base: ItemRow, data: BatchData, kindItems: readonly string[] = []): Found {
  const hits = p.titleGrams
    .map((g) => data.itemAliases.get(g))
    .map((a) => ({ a, hit: a ? data.items.get(a.target) : undefined }))
    .filter((h): h is { a: AliasRow; hit: ItemRow } => !!h.a && !!h.hit && h.hit.group === base.group);
  const kind = hits.find((h) => !h.a.onlyKind);
  // A kind the title names is weighed as the category's item is: a "wall charger" of 0.2 kg is a laptop adapter.
  const named = kind?.hit ?? base;
  const item = itemByMass(p, named, kindItems, data);
  if (item !== named) return { item, word: null, kind: null };
  const material = hits.find((h) => h.a.onlyKind === item.kind && h.hit.kind === item.kind);
  const chosen = material ?? kind;
  return chosen
    ? { item: chosen.hit, word: [kind?.a.key, material?.a.key].filter(Boolean).join('" + "'), kind: kindOf(kind?.a) }
    : { item, word: null, kind: null };
}

/**
 * The category's item, or, when the page's mass per unit is beyond the x3 that item describes,
 * the item of the same kind nearest that mass within its own x3 (a 0.35 kg power adapter is
 * ADEME's laptop adapter, not its 0.05 kg phone charger scaled by mass; a 7 kg coffee machine the
 * espresso machine). Items whose masses lie within x3 of each other never swap.
 */
function itemByMass(p: Prepared, base: ItemRow, kindItems: readonly string[], data: BatchData): ItemRow {
  const q = p.quantity;
  const mass = q.massKg !== null && !q.fromVolume && q.units > 0 ? q.massKg / q.units : null;
  if (mass === null || !(mass > 0) || plausibleForItem(mass, base)) return base;
  const distance = (i: ItemRow) => Math.abs(Math.log(mass / i.referenceMassKg));
  const fits = kindItems
    .map((k) => data.items.get(k))
    .filter((i): i is ItemRow => !!i && i.kind === base.kind && plausibleForItem(mass, i))
    .sort((a, b) => distance(a) - distance(b) || a.key.localeCompare(b.key));
  return fits[0] ?? base;
}

/**
 * With no category at all, a title word naming an ADEME item ("jeans", "hoodie", "sofa bed")
 * stands for the item; a material word ("merino") names no kind, so it never does.
 */
export function uncategorisedItem(p: Prepared, data: BatchData): Found | null {
  for (const g of p.titleGrams) {
    const a = data.itemAliases.get(g);
    const hit = a ? data.items.get(a.target) : undefined;
    if (a && hit && g.length >= 4 && !a.onlyKind) return { item: hit, word: a.key, kind: kindOf(a) };
  }
  return null;
}

/**
 * Where the taxonomy files the garments, shoes and furniture ADEME models: a category on the path
 * to one of these homes (the branch root "Apparel & Accessories" a shop's "Women" breadcrumb maps
 * to) is broader than the item the title names, so the item narrows it; a category off those paths
 * (a pair of shoes filed under Trees) is not overruled. Not appliances and digital devices: their
 * title words include brands and accessories' names ("Nespresso" capsules, a "USB stick" holder).
 */
const GROUP_HOMES: Readonly<Record<string, readonly string[]>> = {
  habillement: ['Apparel & Accessories > Clothing', 'Apparel & Accessories > Shoes'],
  mobilier: ['Furniture'],
};

/**
 * A broad category with no typical item of its own ("Apparel & Accessories" for "ballet flats",
 * "Slim fit jeans"), above the home of the item the title names: that item, as with no category at
 * all, rather than the broad category's spend fallback. Not when the title names a part of the item
 * (a cover, a sleeve, a refill: ITEM_PART in words.ts).
 */
function broadCategoryItem(p: Prepared, cat: CategoryInfo, data: BatchData): Found | null {
  const path = cat.row?.path;
  if (!path || ITEM_PART_RE.test(p.title)) return null;
  const found = uncategorisedItem(p, data);
  const homes = found ? (GROUP_HOMES[found.item.group] ?? []) : [];
  return found && homes.some((h) => h === path || h.startsWith(`${path} > `)) ? found : null;
}

/** A mass per unit the x3 clamp would keep as it is: within x3 of the modelled item's mass. */
export function plausibleForItem(unitMassKg: number, item: ItemRow): boolean {
  return clamp(unitMassKg / item.referenceMassKg) === unitMassKg / item.referenceMassKg;
}

/** The page's mass was held against the category's weight range before any tier (checks.ts). */
function massWasChecked(p: Prepared, cat: CategoryInfo, profile: ReturnType<typeof profileOf>): boolean {
  const lo = profile?.weightKgLow;
  const hi = profile?.weightKgHigh;
  if (!cat.row || lo == null || hi == null) return false;
  // A page mass kept outside the range (checks.ts: not a misread, flagged) did not pass it: clamped.
  const q = p.quantity;
  const unit = q.massKg === null ? null : q.massKg / q.units;
  return unit === null || (unit >= lo / MASS_TOLERANCE && unit <= hi * MASS_TOLERANCE);
}

/**
 * Clothing with a mass on the page: DESNZ's published per-kg clothing factor (tier C) measures what
 * the page gives directly; the typical item would be scaled by an item mass that is Ecobalyse's
 * modelling default, not the mass ADEME modelled. With no category, the item named stands for the
 * category: every clothing and shoe category's profile (data/typical-ranges.csv) has DESNZ clothing
 * per kg, so the same jeans get the same figure whether or not the classifier found "Pants" (tier
 * C, `clothingNamed`). With no category's mass range to check the page against, only a mass within
 * the x3 clamp of the modelled item's.
 */
function clothingPerKg(
  item: ItemRow,
  q: Prepared['quantity'],
  profile: ReturnType<typeof profileOf>,
  uncategorised: boolean,
): boolean {
  if (item.group !== CLOTHING_GROUP || q.massKg === null || q.massKg <= 0 || q.fromVolume) return false;
  return !!profile?.intensity || (uncategorised && plausibleForItem(q.massKg / q.units, item));
}

/** A power bank filed with the chargers is a battery pack, not the mains adapter ADEME modelled. */
function isBatteryPack(p: Prepared, item: ItemRow): boolean {
  return item.kind === POWER_ADAPTER_KIND && BATTERY_PACK_RE.test(p.title);
}

/** What the typical item's step says: the title word or the page's mass that chose the item, and the item. */
function itemDetail(item: ItemRow, base: ItemRow | undefined, word: string | null): string {
  const why = word
    ? `"${word}" in the title -> `
    : base && item !== base
      ? `the page's mass fits the modelled ${item.name} (${item.referenceMassKg} kg), not ${base.name} (${base.referenceMassKg} kg) -> `
      : '';
  return `${why}ADEME Impact CO2: ${item.name}, ${item.kgPerItem} kg CO2e per item, cradle to shelf (materials, making, assembly and distribution; use and end of life excluded; one modelled product)`;
}

/** Priced like a part or an accessory of the category's item (lib/estimate/guardrails.ts), one unit, no count. */
export function singlePart(p: Prepared, cat: CategoryInfo, data: BatchData): boolean {
  return p.quantity.units === 1 && p.quantity.unitsSource === 'default' && looksLikePart(p, cat, data);
}

/**
 * The item to estimate: a basic phone, the category's item (or the kind the title names within
 * it), with no category the item the title names, and under a broad category without an item of
 * its own the item the title names below it (`broad`).
 */
function itemOf(
  p: Prepared,
  cat: CategoryInfo,
  data: BatchData,
  profile: ReturnType<typeof profileOf>,
  base: ItemRow | undefined,
): { found: Found | null; broad: boolean } {
  const basic = basicPhoneItem(p, cat, data);
  if (basic) return { found: { item: basic, word: null, kind: null }, broad: false };
  if (!cat.row) return { found: uncategorisedItem(p, data), broad: false };
  if (base) return { found: itemFor(p, base, data, profile?.kindItems), broad: false };
  const found = broadCategoryItem(p, cat, data);
  return { found, broad: !!found };
}

export function tierBItem(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | null {
  const profile = profileOf(cat, data);
  const base = profile?.item ? data.items.get(profile.item) : undefined;
  const { found, broad } = itemOf(p, cat, data, profile, base);
  if (!found || isBatteryPack(p, found.item)) return null;
  const { item, word, kind } = found;
  const uncategorised = !cat.row;
  if (clothingPerKg(item, p.quantity, profile, uncategorised || broad)) return null;
  // The category's typical mass describes the category's own item, not one the title names.
  // A page mass that passed the category's mass range (checks.ts) on an item whose footprint is in
  // proportion to its mass (a 25 kg task chair, five wooden chairs' worth of material) is scaled in
  // full: clamping it at x3 would give a smaller figure than tier C's per kg of the same item for the
  // same chair filed one branch lower (Office Chairs), with no reason in the product.
  const checkedMass = massWasChecked(p, cat, profile);
  const scale = scaleOf(p, item, data, item === base ? (profile?.defaultMassKg ?? null) : null, kind, checkedMass);
  // Too far from the modelled item: not this item; tier C measures the product per kg (category intensity).
  if (!scale) return null;
  // A price under a third of the category's lowest (a refrigerator's water filter at USD 46) with no
  // mass or size on the page: a part or an accessory, not the whole item, as for devices (tiers A
  // and B step aside, lib/estimate/guardrails.ts). Only for the category's own item (its price range
  // is that item's: a basic phone is not priced like the smartphones of its category); not for
  // clothing: a cheap garment is a garment. One unit only: a count may be the pieces of one pack.
  if (!scale.scaled && item === base && item.group !== CLOTHING_GROUP && singlePart(p, cat, data)) return null;
  // A part the title names (a sofa cover filed as Sofas): the whole item's typical footprint is not its.
  if (!scale.scaled && item === base && namesPartOfItem(p, cat)) return null;
  const units = p.quantity.units;
  const perUnit = item.kgPerItem * scale.factor;
  const central = perUnit * units;
  const range = scale.scaled ? ITEM_RANGE.scaled : ITEM_RANGE.typical;
  const steps: Step[] = [
    step('Typical item footprint', itemDetail(item, base, word), item.kgPerItem, 'kg CO2e'),
    step('Scaling', scale.detail, perUnit, 'kg CO2e'),
  ];
  if (units > 1)
    steps.push(step('Units', `${sig(perUnit)} kg x ${units} units = ${sig(central)} kg`, central, 'kg CO2e'));
  steps.push(step('Range', `x${range.low} to x${range.high}: ${range.why}`));
  return {
    tier: 'B',
    central,
    low: central * range.low,
    high: central * range.high,
    confidence: (cat.row && !broad ? cat.confidence * mappingWeight(cat.row) : 0.4) * (scale.scaled ? 0.9 : 0.75),
    method: `Typical item footprint: ${item.name} (ADEME Impact CO2)${scale.scaled ? ', scaled to the page' : ''}`,
    factors: [
      factorRef(data.manifest, 'items', item.key, item.kgPerItem, 'kg CO2e per item (cradle to shelf)', item.statistic),
    ],
    steps,
    flags: [
      ...(scale.scaled ? [] : ['typical-item-assumed']),
      ...(scale.typicalMass ? ['mass-assumed-typical'] : []),
      ...(uncategorised || broad ? ['category-from-item-name'] : []),
    ],
  };
}
