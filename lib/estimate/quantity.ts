/**
 * Pack size and mass from the page fields and the title: "500 g", "6 x 330 ml", "1,5 kg",
 * "Pack of 2", "2er-Pack", "Lot de 3", "24 canettes de 44 cl", "330 ml x 24". Price and mass must
 * describe the same thing: the estimate is for what the price buys (the whole pack).
 */

import { CONTAINER_COUNT_RE, CONTAINER_EACH_RE, DOZEN_RE, PACK_COUNT_RES } from './words';

export interface Quantity {
  /** Units the price buys (1 when nothing says otherwise). */
  units: number;
  unitsSource: 'page' | 'title' | 'default';
  /** Total mass the price buys, kg, or null. */
  massKg: number | null;
  massSource: 'page' | 'title' | null;
  /** Mass read from a volume (ml, l) at 1 kg/l: right for drinks, not for a bottle's capacity. */
  fromVolume: boolean;
  /** How the mass was read, for the steps. */
  detail: string;
  /** A title size multiplied by the title's count ("90 pack, 2.6 kg": 2.6 kg per unit x 90): the size as written, kg. */
  sizeKg?: number;
  /** A count of containers with no size in the title ("24 cans"): pieces for food and drink only (tier C). */
  containers?: number;
}

const UNIT_KG = new Map<string, number>(
  Object.entries({
    kg: 1,
    g: 0.001,
    mg: 1e-6,
    l: 1,
    ltr: 1,
    liter: 1,
    litre: 1,
    ml: 0.001,
    cl: 0.01,
    dl: 0.1,
    lb: 0.45359,
    lbs: 0.45359,
    oz: 0.02835,
    'fl oz': 0.029574,
    // US customary units (NIST Handbook 44, Appendix C: 1 gallon = 231 cubic inches = 3.785411784 l,
    // 1 quart = 0.946352946 l): US shops sell milk, juice and oil by the gallon and the quart.
    gal: 3.785411784,
    qt: 0.946352946,
    // Russian: кг, мл, л (not "г", which also ends a year: "2024 г.").
    кг: 1,
    мл: 0.001,
    л: 1,
  }),
);
const LIQUID = new Set(['l', 'ltr', 'liter', 'litre', 'ml', 'cl', 'dl', 'fl oz', 'gal', 'qt', 'мл', 'л']);
/**
 * Unit words as titles write them, in en/de/fr/es/it/nl: plurals and spelled-out names ("500gr",
 * "500 Gramm", "5 kilos", "2 liters", "1 litro", "0,5 litri", "12 ounces", "5 pounds", "1 gallon").
 * Not pints here: a UK pint (0.568 l) and a US pint (0.473 l) differ by a fifth (see PINT_L).
 */
const UNIT_WORD = new Map<string, string>([
  ...[
    'kilo',
    'kilos',
    'kilogram',
    'kilograms',
    'kilogramm',
    'kilogramme',
    'kilogrammes',
    'kilogramo',
    'kilogramos',
    'chilogrammi',
  ].map((w) => [w, 'kg'] as const),
  ...['gr', 'grs', 'gram', 'grams', 'gramm', 'gramme', 'grammes', 'gramo', 'gramos', 'grammi', 'grammo'].map(
    (w) => [w, 'g'] as const,
  ),
  ...['liters', 'litres', 'litro', 'litros', 'litri', 'liter', 'litre'].map((w) => [w, 'l'] as const),
  ...['pound', 'pounds'].map((w) => [w, 'lb'] as const),
  ...['ounce', 'ounces'].map((w) => [w, 'oz'] as const),
  ...['gallon', 'gallons'].map((w) => [w, 'gal'] as const),
  ...['quart', 'quarts'].map((w) => [w, 'qt'] as const),
]);
/** At most this many units or containers in one title's pack. */
const MAX_UNITS = 500;
/** Units where "1.000 g" and "1,500 ml" group thousands: nobody sells 1 g of coffee written to three decimals. */
const THOUSANDS_UNIT = new Set(['g', 'ml']);
const THOUSANDS = /^[1-9]\d{0,2}[.,]\d{3}$/;
/**
 * An amount: "500", "1,5", "0.33"; and thousands grouped by an apostrophe ("1'500 g", Swiss) or by
 * a space before "000" ("1 000 g", "2 000 ml": French, Polish, Nordic). A space before other digits
 * stays a count and a size ("6 500 ml" is six bottles of 500 ml, not 6,500 ml).
 */
const AMOUNT = String.raw`(\d{1,3}(?:['’]\d{3})+|\d{1,3}(?:\s000)+(?![\d.,])|\d+(?:[.,]\d+)?)`;
/**
 * Any unit above, as titles write it: the units and their words (longest first), "fl oz" with or
 * without its dot and space, and "л" but not "л.с." (horsepower, not litres).
 */
const UNIT = String.raw`(fl\.?\s?oz|${[...UNIT_KG.keys(), ...UNIT_WORD.keys()]
  .filter((u) => u !== 'fl oz' && u !== 'л')
  .sort((a, b) => b.length - a.length)
  .join('|')}|л(?!\.\s?с))`;
const UNIT_END = String.raw`(?![\p{L}])`;
const MULTI_RE = new RegExp(String.raw`(\d{1,3})\s*[x×*]\s*${AMOUNT}\s*${UNIT}${UNIT_END}`, 'iu');
/** The size first, then the count: "33 cl x 24", "500 g x 2" (not "20 cm x 30 cm", not "1 kg x 2 kg"). */
const MULTI_AFTER_RE = new RegExp(
  String.raw`(?<![\d.,])${AMOUNT}\s*${UNIT}${UNIT_END}\s*[x×*]\s*(\d{1,3})(?![\d.,]|\s*(?:${UNIT.slice(1, -1)}|cm|mm|m)${UNIT_END})`,
  'iu',
);
/** Packs of packs: "4 x 6 x 0,33 l", "2 x (6 x 500 ml)": the outer count times the inner. */
const NESTED_RE = new RegExp(
  String.raw`(?<![\d.,])(\d{1,3})\s*[x×*]\s*\(?\s*(\d{1,3})\s*[x×*]\s*${AMOUNT}\s*${UNIT}${UNIT_END}`,
  'iu',
);
/** A count in brackets before the size: "(24) 3 oz. cans", "(12) 12 fl oz bottles". */
const PAREN_MULTI_RE = new RegExp(String.raw`\((\d{1,3})\)\s*${AMOUNT}\s*${UNIT}${UNIT_END}`, 'iu');
const SINGLE_RE = new RegExp(String.raw`(?<![\d.,])${AMOUNT}\s*${UNIT}${UNIT_END}`, 'iu');
/** A size right where a counted container's size begins. */
const SIZE_AT_RE = new RegExp(String.raw`${AMOUNT}\s*${UNIT}${UNIT_END}`, 'iuy');
/**
 * A counted container holds one prepackage: Council Directive 76/211/EEC (the "e" mark) covers
 * prepackages of 5 g or 5 ml to 10 kg or 10 l. A size outside that is not one container's content
 * (a wine cooler "for 12 bottles, 33 l" states its own volume).
 */
const PREPACKAGE_KG = { min: 0.005, max: 10 };

/** The rest of an amount grouped in thousands, as AMOUNT reads it: " 000", "'500". */
const GROUPED_ON = /^(?:(?:\s000)+(?![\d.,])|['’]\d{3})/u;

function toNumber(s: string): number {
  return Number(s.replace(/['’\s]/g, '').replace(',', '.'));
}
function unitKg(unit: string): { kg: number; liquid: boolean; unit: string } {
  const w = unit.toLowerCase().replace(/\.|\s/g, '').replace('floz', 'fl oz');
  const u = UNIT_WORD.get(w) ?? w;
  return { kg: UNIT_KG.get(u) ?? NaN, liquid: LIQUID.has(u), unit: u };
}

interface Multi {
  n: number;
  eachKg: number;
  liquid: boolean;
  text: string;
  /** "6 x 4 x 80 g": the outer count (6 packs of 4), which a pack count in the title may restate. */
  outer?: number;
}

/** "6 x 330 ml" or "330 ml x 6"; "4 x 6 x 330 ml" is 24 containers of 330 ml. */
function multiOf(title: string): Multi | null {
  const nested = NESTED_RE.exec(title);
  if (nested) {
    const n = Number(nested[1]) * Number(nested[2]);
    const each = n <= MAX_UNITS ? sized(n, nested[3]!, nested[4]!, nested[0]) : null;
    if (each && isPrepackage(each.eachKg)) return { ...each, outer: Number(nested[1]) };
  }
  const before = MULTI_RE.exec(title);
  if (before) return sized(Number(before[1]), before[2]!, before[3]!, before[0]);
  const after = MULTI_AFTER_RE.exec(title);
  if (after) return sized(Number(after[3]), after[1]!, after[2]!, after[0]);
  const paren = PAREN_MULTI_RE.exec(title);
  const each = paren && Number(paren[1]) <= MAX_UNITS ? sized(Number(paren[1]), paren[2]!, paren[3]!, paren[0]) : null;
  return each && isPrepackage(each.eachKg) ? each : null;
}

function sized(n: number, amount: string, unitText: string, text: string): Multi | null {
  const { kg, liquid, unit } = unitKg(unitText);
  const value =
    THOUSANDS_UNIT.has(unit) && THOUSANDS.test(amount) ? Number(amount.replace(/[.,]/, '')) : toNumber(amount);
  const eachKg = value * kg;
  return n >= 1 && eachKg > 0 && Number.isFinite(eachKg) ? { n, eachKg, liquid, text: text.trim() } : null;
}

/** "24 canettes de 44 cl", "6 Flaschen à 0,5 l", "4 puszki po 500 ml": a count of containers and the size of each. */
function containersOf(title: string): Multi | null {
  const m = CONTAINER_EACH_RE.exec(title);
  if (!m) return null;
  SIZE_AT_RE.lastIndex = m.index + m[0].length;
  const size = SIZE_AT_RE.exec(title);
  if (!size) return null;
  const each = sized(Number(m[1]), size[1]!, size[2]!, title.slice(m.index, SIZE_AT_RE.lastIndex));
  // With no word between ("24 latas 440 ml"), only a drink's volume: "12 bottles 4.5 kg" is a wine rack's weight.
  if (!each || (!m[2] && !each.liquid)) return null;
  return each.n <= MAX_UNITS && isPrepackage(each.eachKg) ? each : null;
}

function isPrepackage(kg: number): boolean {
  return kg >= PREPACKAGE_KG.min && kg <= PREPACKAGE_KG.max;
}

/** Units in a pack from the title ("Pack of 2", "1 dozen"), or null. */
export function packCountFromTitle(title: string): number | null {
  const dozen = DOZEN_RE.exec(title);
  if (dozen) return dozen[1] ? 6 : Math.min(MAX_UNITS, 12 * Number(dozen[2] ?? 1));
  for (const re of PACK_COUNT_RES) {
    const m = re.exec(title);
    // "Zestaw 3 000 ml": the figure goes on in thousands (AMOUNT), it is a size, not a count.
    if (m && !(/\d$/.test(m[0]) && GROUPED_ON.test(title.slice(m.index + m[0].length)))) {
      const n = Number(m[1]);
      if (n >= 1 && n <= MAX_UNITS) return n;
    }
  }
  return null;
}

/**
 * "Pack of 2, 6 x 330 ml": two six-packs, so `multi` counts 12 containers (changed in place); the
 * pack count, or null. The same count twice ("Packung mit 6 Flaschen à 0,5 l", "24 x 330 ml (Pack
 * of 24)") states one pack, as a single size times a pack count already does; so does a pack count
 * that a nested size starts with ("8 Pack (8 x 6 x 50 g)": 8 packs of 6 sachets, 48 in all).
 */
function packsOf(multi: Multi | null, titleUnits: number | null): number | null {
  if (!multi || !titleUnits || titleUnits < 2 || titleUnits === multi.n || titleUnits === multi.outer) return null;
  if (multi.n * titleUnits > MAX_UNITS) return null;
  multi.text = `${titleUnits} packs of ${multi.text}`;
  multi.n *= titleUnits;
  return titleUnits;
}

interface QuantityInput {
  title: string;
  quantity?: number | null;
  weightKg?: number | null;
  /** The shop's country (ISO 3166 alpha-2), for the units whose size depends on it (pints). */
  country?: string | null;
}

export function parseQuantity(input: QuantityInput): Quantity {
  const title = input.title ?? '';
  const pageCount = positive(input.quantity, 1);
  const pageUnits = pageCount === null ? null : Math.round(pageCount);
  const titleUnits = packCountFromTitle(title);
  const multi = multiOf(title) ?? containersOf(title);
  const single = multi ? null : singleOf(title);
  // "Coca-Cola 0,33 l, 24 Dosen": a count of containers away from the size, when that size is a
  // drink's volume within one prepackage.
  const counted = single?.liquid && isPrepackage(single.eachKg) ? containerCount(title) : null;
  const packs = packsOf(multi, titleUnits);
  let units = pageUnits ?? (packs ? multi?.n : null) ?? titleUnits ?? multi?.n ?? counted;
  const unitsSource: Quantity['unitsSource'] = pageUnits ? 'page' : units ? 'title' : 'default';
  units = units ?? 1;

  const pageKg = positive(input.weightKg, Number.MIN_VALUE);
  if (pageKg !== null) {
    return {
      units,
      unitsSource,
      massKg: pageKg,
      massSource: 'page',
      fromVolume: false,
      detail: `weight from the page: ${pageKg} kg for what the price buys`,
    };
  }
  if (multi) {
    const mass = multi.n * multi.eachKg;
    return {
      units,
      unitsSource,
      massKg: mass,
      massSource: 'title',
      fromVolume: multi.liquid,
      detail: `"${multi.text}" = ${multi.n} x ${round(multi.eachKg)} kg = ${round(mass)} kg${multi.liquid ? ' (liquids at 1 kg/l)' : ''}`,
    };
  }
  if (single) {
    const n = titleUnits ?? counted ?? pageUnits ?? 1;
    const mass = single.eachKg * n;
    const per = n > 1 ? ` per unit x ${n} units = ${round(mass)} kg` : '';
    return {
      units,
      unitsSource,
      massKg: mass,
      massSource: 'title',
      fromVolume: single.liquid,
      detail: `"${single.text}" = ${round(single.eachKg)} kg${per}${single.liquid ? ' (liquids at 1 kg/l)' : ''}`,
      ...(n > 1 ? { sizeKg: single.eachKg } : {}),
    };
  }
  return { units, unitsSource, ...containersAlone(title, unitsSource), ...noSize(title, input.country) };
}

/**
 * No size at all: a count of containers ("Cat food, 24 cans") is kept apart; only food, drink and
 * pet food read it as the pieces the price buys (tier C): "Wine rack, 12 bottles" holds them.
 */
function containersAlone(title: string, unitsSource: Quantity['unitsSource']): Pick<Quantity, 'containers'> {
  const n = unitsSource === 'default' ? containerCount(title) : null;
  return n && n > 1 ? { containers: n } : {};
}

function noSize(
  title: string,
  country: string | null | undefined,
): Pick<Quantity, 'massKg' | 'massSource' | 'fromVolume' | 'detail'> {
  return (
    pintsOf(title, country) ?? {
      massKg: null,
      massSource: null,
      fromVolume: false,
      detail: 'no weight on the page or in the title',
    }
  );
}

/**
 * Litres in a pint, by the shop's country: the imperial pint where it is a legal unit of sale (UK
 * Weights and Measures Act 1985, Schedule 1: gallon = 4.54609 l, pint = 1/8 gallon; milk in
 * returnable containers and draught beer are sold by the pint in the UK and Ireland), the US liquid
 * pint (NIST Handbook 44, Appendix C: 28.875 cubic inches). Elsewhere, or with no country, a pint
 * stays unread.
 */
const PINT_L: Record<string, number> = { GB: 0.56826125, IE: 0.56826125, US: 0.473176473 };
const PINT_RE = /(?<![\d.,])(\d{1,2}(?:[.,]\d+)?)\s*pints?(?![\p{L}])/iu;

/** The mass of a volume in pints ("4 pints" in a UK shop: 2.27 kg at 1 kg/l), or null. */
function pintsOf(
  title: string,
  country: string | null | undefined,
): Pick<Quantity, 'massKg' | 'massSource' | 'fromVolume' | 'detail'> | null {
  const per = country ? PINT_L[country] : undefined;
  const m = per ? PINT_RE.exec(title) : null;
  const kg = m ? toNumber(m[1]!) * per! : NaN;
  if (!m || !(kg > 0)) return null;
  const pint = country === 'US' ? 'US' : 'imperial';
  return {
    massKg: round(kg, 4),
    massSource: 'title',
    fromVolume: true,
    detail: `"${m[0]}" = ${round(kg)} kg (${pint} pint ${round(per!)} l; liquids at 1 kg/l)`,
  };
}

/** A finite number at least `min`, or null. */
function positive(x: number | null | undefined, min: number): number | null {
  return typeof x === 'number' && Number.isFinite(x) && x >= min ? x : null;
}

function singleOf(title: string): Multi | null {
  const m = SINGLE_RE.exec(title);
  return m ? sized(1, m[1]!, m[2]!, m[0]) : null;
}

/** "24 Dosen", "6 bouteilles": a count of containers, not after a "for" word, or null. */
function containerCount(title: string): number | null {
  const m = CONTAINER_COUNT_RE.exec(title);
  const n = m ? Number(m[1]) : NaN;
  return n >= 1 && n <= MAX_UNITS ? n : null;
}

export function round(n: number, digits = 3): number {
  return Number(n.toPrecision(digits));
}
