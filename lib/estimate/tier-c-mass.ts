/**
 * Tier C: mass x factor per kg, cradle to shelf. Food: the food named in the title (curated
 * multilingual aliases: AGRIBALYSE 3.1.1 at retail, Clark 2022, Poore & Nemecek 2018, RIVM 2021),
 * else the category's default food (AGRIBALYSE at retail). Goods: the materials on the page (with
 * their shares), else the category's per-kg intensity (a DESNZ material, or the per-kg footprint of
 * an ADEME typical item; a generic material the title names replaces a generic default). Mass: the page's, else the category's typical mass (flagged, wider range).
 */
import { normalizeText } from '../factors/normalize';
import type { AliasRow, FoodRow, ItemRow, MaterialRow, Statistic, TypicalRow } from '../factors/tables';
import type { BatchData } from './batch';
import { bookFormatMass, printRun } from './book-format';
import { partCountMass } from './part-count';
import { MASS_TOLERANCE, profileOf } from './checks';
import { inTitleContainer } from './container';
import { dryFormOf } from './dry-form';
import { withNetContent } from './net-content';
import { namesPartOfItem } from './part';
import { peatIsNotCompost } from './peat';
import { cementIsNotConcrete } from './cement';
import { preciousJewellery } from './precious-metal';
import { soldByVolume } from './volume';
import { CLOTHING_GROUP, plausibleForItem, singlePart, uncategorisedItem } from './tier-b-item';
import { type CategoryInfo, type Draft, factorRef, mappingWeight, sig, step } from './make';
import type { FactorRef, Step } from './schema';
import type { Prepared } from './prepare';
import { FOOD_RANGE, MATERIAL_RANGE, type RangeRule, TYPICAL_MASS_WIDENING } from './ranges';
import { inComponentList } from './component-list';
import { kindOfTitle, type NamedKind } from './kind';
import {
  COMPOSITE_DISH_RE,
  FLAVOUR_FORM_RE,
  PACKED_FOOD_RE,
  POWERED_TOY_RE,
  SOFT_TOY_RE,
  WITHOUT_AFTER_RE,
  WITHOUT_BEFORE_RE,
  WITH_PART_BEFORE_RE,
} from './words';

const FOOD_ROOT = 'Food, Beverages & Tobacco';
const APPAREL_ROOT = 'Apparel & Accessories';

const SOURCE_NAME: Record<FoodRow['source'], string> = {
  clark2022: 'Clark et al. 2022, mean',
  poore2018: 'Poore & Nemecek 2018, median',
  rivm2021: 'RIVM 2021',
  agribalyse2023: 'AGRIBALYSE 3.1.1, at retail',
};

function firstHit(grams: string[], aliases: Map<string, AliasRow>): AliasRow | null {
  for (const g of grams) {
    const a = aliases.get(g);
    if (a) return a;
  }
  return null;
}

interface Mass {
  kg: number;
  typical: boolean;
  step: Step | null;
  /** The mass is a count of pieces times one piece's mass: the range's spread of one piece (low, high multipliers). */
  pieces?: { low: number; high: number };
}

/**
 * A food sold by the piece (raw fruit, vegetables, potatoes, eggs, rolls, buns, croissants: FoodRow.loose) with no mass on
 * the page: a count in the title ("eggs, 12 pack", "bananas x5", "10 Stück") counts pieces. With a
 * sourced piece mass (data/food-pieces.csv) the mass is the pieces times it; without one, the
 * category's typical pack mass stands for the whole pack, never times the pieces (an egg is not a
 * 0.5 kg pack). A title that names containers or canning ("4 tins", "canned") counts packs: as before.
 */
function looseMass(p: Prepared, food: FoodRow, profile: TypicalRow | null): Mass | null {
  const q = p.quantity;
  if (!food.loose || q.massKg !== null || q.units < 2 || PACKED_FOOD_RE.test(p.title)) return null;
  if (food.piece) {
    const kg = food.piece.kg * q.units;
    return {
      kg,
      typical: false,
      pieces: { low: food.piece.low / food.piece.kg, high: food.piece.high / food.piece.kg },
      step: step(
        'Typical mass',
        `no usable mass on the page: ${q.units} pieces of ${food.name} x ${sig(food.piece.kg * 1000)} g per piece (${sig(food.piece.low * 1000)}-${sig(food.piece.high * 1000)} g, data/food-pieces.csv) = ${sig(kg)} kg`,
        kg,
        'kg',
      ),
    };
  }
  const d = profile?.defaultMassKg;
  if (!d) return null;
  return {
    kg: d,
    typical: true,
    step: step(
      'Typical mass',
      `no usable mass on the page: ${d} kg, a typical pack of this category (${profile!.basis.split(';').slice(-1)[0].trim()}); the ${q.units} in the title count pieces of a food sold by the piece, not packs`,
      d,
      'kg',
    ),
  };
}

/**
 * Goods whose typical mass is a pack as sold and whose count in a title counts smaller pieces (food,
 * drink, pet food: NAICS 311), where a pack of many typical packs is not plausible.
 */
function consumable(cat: CategoryInfo): boolean {
  return !!cat.row && (cat.row.path.startsWith(FOOD_ROOT) || /^311/.test(cat.row.naics));
}

/**
 * No mass on the page and a count in the title: one rule, the count times one piece's mass. A page's
 * own piece mass ("24 x 85 g") is read by quantity.ts; here the piece is the category's multipack
 * piece (data/pack-pieces.csv: a 85 g pouch of cat food, a 330 ml can), else its typical item. For
 * food and drink the pack must stay plausible: a total beyond the category's heaviest pack (x1.5)
 * says the count is of pieces inside one pack, and the typical pack is taken once.
 */
function countedMass(p: Prepared, profile: TypicalRow, d: number, packs: boolean): Mass {
  const q = p.quantity;
  // "Cat food, 24 cans": the containers the title counts, for food, drink and pet food only.
  const units = packs && q.containers ? q.containers : q.units;
  const piece = units > 1 ? profile.piece : undefined;
  const each = piece?.kg ?? d;
  const total = each * units;
  const hi = profile.weightKgHigh;
  const why = profile.basis.split(';').slice(-1)[0]!.trim();
  if (packs && units > 1 && hi !== null && total > hi * MASS_TOLERANCE) {
    return {
      kg: d,
      typical: true,
      step: step(
        'Typical mass',
        `no usable mass on the page: ${d} kg, a typical pack of this category (${why}); ${units} x ${sig(each)} kg = ${sig(total)} kg would be beyond the heaviest pack (${hi} kg): the ${units} in the title count pieces of one pack`,
        d,
        'kg',
      ),
    };
  }
  return {
    kg: total,
    typical: true,
    step: step(
      'Typical mass',
      piece
        ? `no usable mass on the page: ${units} pieces x ${sig(piece.kg)} kg, one piece of a multipack of this category (${piece.basis}) = ${sig(total)} kg`
        : `no usable mass on the page: ${d} kg per item, typical of this category (${why})${units > 1 ? ` x ${units} units` : ''} = ${sig(total)} kg`,
      total,
      'kg',
    ),
  };
}

/**
 * A mass from the size the title gives: a book's format and page count (lib/estimate/book-format.ts),
 * a jigsaw puzzle's pieces (lib/estimate/part-count.ts). Still a typical mass (flagged, wider range).
 */
function titleSizedMass(p: Prepared, profile: TypicalRow | null, cat: CategoryInfo | null): Mass | null {
  const m = bookFormatMass(p, profile) ?? (cat ? partCountMass(p, cat, profile) : null);
  return m ? { kg: m.kg, typical: true, step: m.step } : null;
}

/**
 * No mass on the page and a kind the title names that weighs unlike the category's typical item
 * (lib/estimate/kind.ts): the units times the kind's typical mass, with its basis.
 */
function kindMass(p: Prepared, named: NamedKind): Mass {
  const units = p.quantity.units;
  const kg = named.kind.massKg * units;
  return {
    kg,
    typical: true,
    step: step(
      'Typical mass',
      `no usable mass on the page: "${named.word}" in the title names the kind "${named.kind.kind}", typically ${named.kind.massKg} kg (${named.kind.basis})${units > 1 ? ` x ${units} units = ${sig(kg)} kg` : ''}`,
      kg,
      'kg',
    ),
  };
}

/** The page's mass, else the category's typical mass: the units times one piece (countedMass). */
function massOf(
  p: Prepared,
  profile: TypicalRow | null,
  allowVolume: boolean,
  packs = false,
  cat: CategoryInfo | null = null,
  named: NamedKind | null = null,
): Mass | null {
  const q = p.quantity;
  if (q.massKg !== null && q.massKg > 0 && (allowVolume || !q.fromVolume))
    return { kg: q.massKg, typical: false, step: null };
  // Bulk goods sold by the litre ("compost, 60 l"): the volume times the category's bulk density.
  if (q.massKg !== null && q.massKg > 0 && q.fromVolume && profile?.bulk) {
    const kg = q.massKg * profile.bulk.kgPerLitre;
    return {
      kg,
      typical: false,
      step: step(
        'Mass from volume',
        `${sig(q.massKg)} l x ${profile.bulk.kgPerLitre} kg per litre (${profile.bulk.basis}) = ${sig(kg)} kg`,
        kg,
        'kg',
      ),
    };
  }
  const sized = titleSizedMass(p, profile, cat);
  if (sized) return sized;
  if (named) return kindMass(p, named);
  const d = profile?.defaultMassKg;
  if (!d) return null;
  return countedMass(p, profile!, d, packs);
}

function widen(r: RangeRule, typical: boolean): { low: number; high: number; why: string } {
  if (!typical) return r;
  return {
    low: sig(r.low * TYPICAL_MASS_WIDENING.low, 2),
    high: sig(r.high * TYPICAL_MASS_WIDENING.high, 2),
    why: `${r.why}; the mass is the category's typical one, not the product's`,
  };
}

/** The range times one piece's own spread (an egg's weight grade), when the mass counts pieces. */
function byPieces(
  r: { low: number; high: number; why: string },
  pieces: Mass['pieces'],
): { low: number; high: number; why: string } {
  if (!pieces) return r;
  return {
    low: sig(r.low * pieces.low, 2),
    high: sig(r.high * pieces.high, 2),
    why: `${r.why}; one piece's mass varies (x${sig(pieces.low, 2)} to x${sig(pieces.high, 2)})`,
  };
}

function draft(
  central: number,
  range: { low: number; high: number; why: string },
  confidence: number,
  method: string,
  factors: FactorRef[],
  steps: Step[],
  flags: string[],
): Draft {
  steps.push(step('Range', `x${range.low} to x${range.high}: ${range.why}`));
  return {
    tier: 'C',
    central,
    low: central * range.low,
    high: central * range.high,
    confidence,
    method,
    factors,
    steps,
    flags,
  };
}

/** kg CO2e per kg from which a named ingredient next to a form word is taken as a flavour (meat, fish, cheese, chocolate, coffee). */
const FLAVOUR_ONLY_ABOVE = 5;

/** The category's default food: `agb:<code>` (AGRIBALYSE) or `food:<key>` (any food source, e.g. RIVM's dry tea). */
function defaultFood(profile: TypicalRow | null, data: BatchData): FoodRow | undefined {
  const v = profile?.intensity ?? '';
  const agb = /^agb:(.+)$/.exec(v)?.[1];
  if (agb) return data.food.get(`agb-${agb}`);
  const key = /^food:(.+)$/.exec(v)?.[1];
  return key ? data.food.get(key) : undefined;
}

/**
 * The food the title names; an ingredient of a seasoning, stock or sauce (FLAVOUR_FORM in words.ts),
 * or of a dish or snack of several foods ("beef lasagne", "cheese crackers": COMPOSITE_DISH), is
 * passed over, unless the food's own name says the form ("beef stock").
 */
function namedFood(p: Prepared, data: BatchData): AliasRow | null {
  const flavour = FLAVOUR_FORM_RE.test(p.title);
  const dish = COMPOSITE_DISH_RE.test(p.title);
  for (const g of p.titleGrams) {
    const a = data.foodAliases.get(g);
    if (!a) continue;
    const food = data.food.get(a.target);
    const minor = (flavour && !FLAVOUR_FORM_RE.test(a.key)) || (dish && !COMPOSITE_DISH_RE.test(a.key) && !flavour);
    if (minor && food && food.kgPerKg >= FLAVOUR_ONLY_ABOVE) continue;
    return a;
  }
  return null;
}

/** A food name this long, with a mass, stands for a food even when no category was found ("Diet Coke 330 ml"). */
const MIN_UNCATEGORISED_ALIAS = 4;

function foodEstimate(p: Prepared, cat: CategoryInfo, data: BatchData, lead: Step[]): Draft | null {
  // Within a food category only: elsewhere a food word in a title is not the product ("Apple",
  // "Orange case", "Wet cat food with chicken"). With no category at all, a food name with a mass
  // on the page is taken as the food (flagged, lower confidence).
  const alias = namedFood(p, data);
  const uncategorised =
    !cat.row && !!alias && alias.key.length >= MIN_UNCATEGORISED_ALIAS && p.quantity.massKg !== null;
  if (!uncategorised && !cat.row?.path.startsWith(FOOD_ROOT)) return null;
  if (cat.row && /Tobacco Products/.test(cat.row.path)) return null;
  const profile = profileOf(cat, data);
  const named = alias ? data.food.get(alias.target) : undefined;
  const asNamed = named ?? defaultFood(profile, data);
  if (!asNamed) return null;
  const dry = dryFormOf(asNamed, p, data);
  const asSold = dry?.food ?? asNamed;
  // The container the title names replaces the one AGRIBALYSE modelled (drinks; lib/estimate/container.ts).
  const contained = inTitleContainer(asSold, p.title, data);
  const food = contained.food;
  const mass = looseMass(p, asSold, profile) ?? massOf(p, profile, true, consumable(cat));
  if (!mass) return null;
  const central = mass.kg * food.kgPerKg;
  const source = SOURCE_NAME[food.source];
  const how =
    (named
      ? `"${alias!.key}" in the title -> ${asNamed.name}`
      : `the title names no food we know: the category's default, ${asNamed.name}`) +
    (dry ? `, ${dry.why} -> ${food.name}` : '');
  const steps: Step[] = [...lead];
  if (mass.step) steps.push(mass.step);
  steps.push(
    step(
      'Food',
      `${how}: ${asSold.kgPerKg} kg CO2e/kg (${source}; cradle to shelf, as sold)`,
      asSold.kgPerKg,
      'kg CO2e / kg',
    ),
  );
  steps.push(...contained.steps);
  steps.push(step('Mass x factor', `${sig(mass.kg)} kg x ${food.kgPerKg} = ${sig(central)} kg`, central, 'kg CO2e'));
  const base = cat.row ? cat.confidence * mappingWeight(cat.row) : 0.4;
  const confidence = base * (named ? (alias!.key.includes(' ') ? 1 : 0.85) : 0.6) * (mass.typical ? 0.6 : 1);
  const flags = [
    ...(named ? [] : ['food-category-default']),
    ...(dry ? ['food-sold-dry'] : []),
    ...(mass.typical ? ['mass-assumed-typical'] : []),
    ...(uncategorised ? ['category-from-food-name'] : []),
  ];
  return draft(
    central,
    byPieces(widen(named ? FOOD_RANGE.named : FOOD_RANGE.category, mass.typical), mass.pieces),
    confidence,
    `Mass x food factor: ${food.name} (${source})`,
    contained.factors,
    steps,
    flags,
  );
}

interface Part {
  name: string;
  perKg: number;
  share: number;
  from: string;
  uplift: number;
  ref: FactorRef;
}

type Parts = {
  parts: Part[];
  inferred: boolean;
  flags: string[];
  sector?: boolean;
  /** The category's profile names its sector's proxy itself: the profile's typical mass may go with it. */
  profileNamesProxy?: boolean;
};

function materialPart(data: BatchData, mat: MaterialRow, share: number, from: string): Part {
  return {
    name: mat.name,
    perKg: mat.kgPerKg,
    share,
    from,
    uplift: mat.assemblyUplift,
    ref: factorRef(data.manifest, 'materials', mat.key, mat.kgPerKg, 'kg CO2e / kg', mat.statistic),
  };
}

/** The materials the page states, with their shares (equal shares when some are missing). */
function statedParts(p: Prepared, data: BatchData): Parts {
  const parts: Part[] = [];
  let unrecognised = 0;
  for (const m of p.materials) {
    const alias = data.materialAliases.get(m.key) ?? firstHit(m.grams, data.materialAliases);
    const mat = alias ? data.materials.get(alias.target) : undefined;
    if (mat) parts.push(materialPart(data, mat, m.share ?? NaN, m.name));
    else unrecognised += m.share ?? 1 / p.materials.length;
  }
  const flags = unrecognised > 0 && parts.length ? ['materials-partially-recognised'] : [];
  if (parts.some((x) => !Number.isFinite(x.share))) parts.forEach((x) => (x.share = 1 / parts.length));
  const total = parts.reduce((a, x) => a + x.share, 0);
  parts.forEach((x) => (x.share = x.share / total));
  return { parts, inferred: false, flags };
}

/**
 * No category: a material named in the title ("wood storage tower", "car tyre") with the page's
 * mass, as the food and item names do (flagged, the category's wider range).
 */
function titleMaterialParts(p: Prepared, data: BatchData): Parts {
  const garment = clothingNamed(p, data);
  if (garment) return garment;
  const named = firstHit(
    p.titleGrams.filter((g) => g.length >= MIN_UNCATEGORISED_ALIAS),
    data.materialAliases,
  );
  const mat = named ? data.materials.get(named.target) : undefined;
  if (!named || !mat || p.quantity.massKg === null) return { parts: [], inferred: true, flags: [] };
  return {
    parts: [materialPart(data, mat, 1, `"${named.key}" in the title (no category found)`)],
    inferred: true,
    flags: ['category-from-material-name'],
  };
}

/**
 * No category, a page mass, and the title names a garment or a pair of shoes (an ADEME clothing
 * item, data/item-aliases.csv): DESNZ's per-kg clothing factor, the intensity every clothing and
 * shoe category has (data/typical-ranges.csv), so the figure does not depend on whether the
 * classifier found the category. The garment comes before a material word: in "jeans Steel" or
 * "Silver sneakers" the metal is the colour.
 */
function clothingNamed(p: Prepared, data: BatchData): Parts | null {
  if (p.quantity.massKg === null || p.quantity.fromVolume) return null;
  const found = uncategorisedItem(p, data);
  const mat = data.materials.get(TEXTILE_MATERIAL);
  if (!found || found.item.group !== CLOTHING_GROUP || !mat) return null;
  if (!plausibleForItem(p.quantity.massKg / p.quantity.units, found.item)) return null;
  return {
    parts: [materialPart(data, mat, 1, `"${found.word}" in the title (no category found): a garment or shoes`)],
    inferred: true,
    flags: ['category-from-item-name'],
  };
}

function itemPart(data: BatchData, item: ItemRow, from: string): Part {
  return {
    name: `per kg of a typical ${item.name} (ADEME Impact CO2: ${item.kgPerItem} kg / ${item.referenceMassKg} kg)`,
    perKg: sig(item.kgPerItem / item.referenceMassKg, 4),
    share: 1,
    from,
    uplift: 1,
    ref: factorRef(
      data.manifest,
      'items',
      item.key,
      item.kgPerItem,
      'kg CO2e per item (cradle to shelf)',
      item.statistic,
    ),
  };
}

/**
 * A sector whose goods no DESNZ material describes (toilet preparations, nursery plants) may name an
 * AGRIBALYSE product as its per-kg proxy (`agb:<code>` in data/sector-materials.csv, reason per row).
 */
function sectorFoodProxy(row: NonNullable<CategoryInfo['row']>, data: BatchData): Part | null {
  const code = /^agb:(.+)$/.exec(row.material ?? '')?.[1];
  const food = code ? data.food.get(`agb-${code}`) : undefined;
  if (!food) return null;
  return {
    name: `${food.name} (AGRIBALYSE 3.1.1 at retail, a per-kg proxy for this sector's goods)`,
    perKg: food.kgPerKg,
    share: 1,
    from: `the sector of "${row.path}" (NAICS ${row.naics})`,
    uplift: 1,
    ref: factorRef(data.manifest, 'food', food.key, food.kgPerKg, 'kg CO2e / kg', food.statistic),
  };
}

/**
 * A food filed outside the food branch (nutrition bars and shakes under health care): the
 * AGRIBALYSE food its profile names (`agb:<code>`), per kg as sold.
 */
function profileFood(intensity: string | undefined, data: BatchData, from: string): Part | null {
  const code = /^agb:(.+)$/.exec(intensity ?? '')?.[1];
  const food = code ? data.food.get(`agb-${code}`) : undefined;
  if (!food) return null;
  return {
    name: `${food.name} (AGRIBALYSE 3.1.1 at retail)`,
    perKg: food.kgPerKg,
    share: 1,
    from,
    uplift: 1,
    ref: factorRef(data.manifest, 'food', food.key, food.kgPerKg, 'kg CO2e / kg', food.statistic),
  };
}

/** Default materials a title's material may replace: the generic families, not tyres, batteries, soils or electrical items. */
const OVERRIDABLE_DEFAULT = /^(plastic_|paper_|metal|glass$|wood$|clothing$)/;
/**
 * Materials a title may put in their place: not DESNZ "clothing", a per-kg figure for garments
 * (spinning, weaving, making up) that overstates a nylon carpet tile or a cotton rope.
 */
const TITLE_MATERIAL = /^(plastic_|paper_|metal|glass$|wood$)/;

/**
 * A material the title names ("wooden blocks", "glass baking dish", "wool rug") is the product's
 * own, where the category's default material is only what its goods are usually made of: it
 * replaces a generic default (flagged, the category's range). Never over an ADEME item, a food or
 * electrical items (a "steel" kettle is still a kettle), nor when the title says "without" it, nor
 * after a "with" (WITH_PART_BEFORE: "with wooden handle", "mit Bambusdeckel": a part's material), nor
 * inside a list of components after the title's head ("board, cards and wooden pawns": component-list.ts).
 */
function titleOverride(p: Prepared, data: BatchData, defaultKey: string, from: string): Parts | null {
  if (!OVERRIDABLE_DEFAULT.test(defaultKey)) return null;
  const title = normalizeText(p.title);
  for (const g of p.titleGrams) {
    if (g.length < MIN_UNCATEGORISED_ALIAS) continue;
    const alias = data.materialAliases.get(g);
    const mat = alias ? data.materials.get(alias.target) : undefined;
    if (!alias || !mat || !TITLE_MATERIAL.test(mat.key)) continue;
    const at = ` ${title} `.indexOf(` ${g} `);
    // "without plastic", "plastic-free": not the product's; "with wooden handle": a part's, not the product's.
    if (
      at >= 0 &&
      (WITHOUT_AFTER_RE.test(title.slice(at + g.length).trim()) ||
        WITHOUT_BEFORE_RE.test(title.slice(0, at).trim()) ||
        WITH_PART_BEFORE_RE.test(title.slice(0, at)) ||
        inComponentList(p.title, g))
    )
      continue;
    if (mat.key === defaultKey) return null;
    return {
      parts: [materialPart(data, mat, 1, `"${g}" in the title, over the ${from}'s usual material`)],
      inferred: true,
      flags: ['material-from-title'],
    };
  }
  return null;
}

/** The profile's per-kg intensity when it names an ADEME item (per kg of it) or an AGRIBALYSE food. */
function profilePart(intensity: string | undefined, data: BatchData, from: string): Part | null {
  const itemKey = /^item:(.+)$/.exec(intensity ?? '')?.[1];
  const item = itemKey ? data.items.get(itemKey) : undefined;
  return item ? itemPart(data, item, from) : profileFood(intensity, data, from);
}

/** The profile's intensity is its sector's AGRIBALYSE stand-in (data/sector-materials.csv `agb:`). */
function namesSectorProxy(row: NonNullable<CategoryInfo['row']>, intensity: string | undefined): boolean {
  return !!row.materialFromSector && !!intensity?.startsWith('agb:') && intensity === row.material;
}

/** The category's per-kg intensity: its ADEME item, its material, else its sector's material. */
function categoryParts(row: NonNullable<CategoryInfo['row']>, cat: CategoryInfo, data: BatchData): Parts {
  const from = `category "${row.path}"`;
  const intensity = profileOf(cat, data)?.intensity;
  // A profile naming its sector's AGRIBALYSE stand-in (makeup, skin care, shampoo: the toiletries
  // proxy) vouches for its typical mass, not for the proxy: the sector's rules stay (flag, wider
  // range, and the spend tier first when the page has a price).
  const profileNamesProxy = namesSectorProxy(row, intensity);
  const named = profileNamesProxy ? null : profilePart(intensity, data, from);
  if (named) return { parts: [named], inferred: true, flags: [] };
  const own = intensity && !intensity.includes(':') ? intensity : null;
  // A sector default (data/sector-materials.csv) says what the sector's goods are mostly made of,
  // not what this category is: flagged, with a wider range.
  const sector = !own && !!row.materialFromSector;
  const proxy = sector ? sectorFoodProxy(row, data) : null;
  if (proxy) return { parts: [proxy], inferred: true, flags: ['material-from-sector'], sector, profileNamesProxy };
  const mat = data.materials.get(own ?? row.material ?? '');
  if (!mat) return { parts: [], inferred: true, flags: [] };
  return {
    parts: [materialPart(data, mat, 1, sector ? `the sector of "${row.path}" (NAICS ${row.naics})` : from)],
    inferred: true,
    flags: sector ? ['material-from-sector'] : [],
    sector,
  };
}

/** Branches whose goods default to moulded plastic but include soft (plush) toys. */
const TOY_BRANCHES = /^(Toys & Games|Baby & Toddler) >/;
/** DESNZ's per-kg textile factor (garments: spinning, weaving or knitting, dyeing, making up). */
export const TEXTILE_MATERIAL = 'clothing';

/**
 * A soft toy (plush, stuffed animal, "Kuscheltier", "peluche") under a toy category whose default
 * is plastic is sewn textile: plush fabric and fibre fill, cut and sewn like a garment. It takes
 * DESNZ's textile (clothing) per kg instead of average plastics; flagged, the category's range.
 */
function softToy(p: Prepared, cat: CategoryInfo, data: BatchData, defaultKey: string): Parts | null {
  if (!cat.row || !TOY_BRANCHES.test(cat.row.path) || !/^plastic_/.test(defaultKey) || !SOFT_TOY_RE.test(p.title))
    return null;
  const mat = data.materials.get(TEXTILE_MATERIAL);
  if (!mat) return null;
  return {
    parts: [materialPart(data, mat, 1, 'a soft toy: sewn textile (plush fabric and fibre fill), not moulded plastic')],
    inferred: true,
    flags: ['material-from-title'],
  };
}

/**
 * The ADEME item a powered toy is measured per kg of: the one data/typical-ranges.csv gives the
 * powered toy categories (Remote Control Toys, Robotic Toys: `item:aspirateur`, a motor-driven
 * appliance; scripts and tests hold the two equal).
 */
export const POWERED_TOY_ITEM = 'aspirateur';

/**
 * A toy with a motor, battery or electronics (remote-controlled, robotic, interactive, talking:
 * POWERED_TOY in words.ts) under a toy category whose default is moulded plastic is electrical
 * equipment (EU WEEE directive, category toys): per kg of the same ADEME appliance as the powered
 * toy categories, not average plastics. Flagged, the category's range.
 */
function poweredToy(p: Prepared, cat: CategoryInfo, data: BatchData, defaultKey: string): Parts | null {
  if (!cat.row || !TOY_BRANCHES.test(cat.row.path) || !/^plastic_/.test(defaultKey) || !POWERED_TOY_RE.test(p.title))
    return null;
  const item = data.items.get(POWERED_TOY_ITEM);
  if (!item) return null;
  return {
    parts: [
      itemPart(
        data,
        item,
        'a powered toy (motor, battery or electronics in the title): electrical equipment, as the remote-control and robotic toy categories',
      ),
    ],
    inferred: true,
    flags: ['material-from-title'],
  };
}

/**
 * Chemical products (NAICS 325: paints, glues, cleaners, cosmetics): a material in the title names
 * the surface the product is for ("wood glue", "glass cleaner", "metal paint"), not what it is made of.
 */
const CHEMICALS = /^325/;

/**
 * Why the category's goods take no forming or assembly uplift, or null: the uplift (data in
 * scripts/factors/materials.ts) is for a material shaped and assembled into a good; a chemical
 * product (paint, glue, cleaner: NAICS 325) and a bulk good sold by the litre (a bulk density in
 * data/bulk-densities.csv: paint, compost, soil) are mixed or bagged, not formed.
 */
function notAssembled(cat: CategoryInfo, profile: TypicalRow | null): string | null {
  if (cat.row && CHEMICALS.test(cat.row.naics)) return 'a chemical product (mixed, not formed)';
  if (profile?.bulk) return 'a bulk good sold by the litre';
  return null;
}

/**
 * The kind the title names when it is made unlike the category's goods: the powered version of the
 * category's item (data/powered-kinds.csv: an electric toothbrush, an electric kettle filed with
 * stovetop kettles), or a kind of another material (data/material-kinds.csv: tile adhesive, a
 * cement-bound powder, among glues; potting soil, composted organic matter, among sands and soils):
 * per kg of the ADEME appliance or the material the kind names, not the category's own material.
 */
function kindMaterial(named: NamedKind | null, data: BatchData): Parts | null {
  if (!named?.kind.intensity) return null;
  const from = named.kind.powered
    ? `"${named.word}" in the title: the powered kind "${named.kind.kind}" (${named.kind.basis}; data/powered-kinds.csv)`
    : `"${named.word}" in the title: the kind "${named.kind.kind}" (${named.kind.basis}; data/material-kinds.csv)`;
  const part = profilePart(named.kind.intensity, data, from);
  const mat = part ? null : data.materials.get(named.kind.intensity);
  const parts = part ? [part] : mat ? [materialPart(data, mat, 1, from)] : [];
  return parts.length ? { parts, inferred: true, flags: ['material-from-title'] } : null;
}

function materialParts(p: Prepared, cat: CategoryInfo, data: BatchData, kind: NamedKind | null = null): Parts {
  const stated = statedParts(p, data);
  if (stated.parts.length) return stated;
  const ofKind = kindMaterial(kind, data);
  if (ofKind) return ofKind;
  const other = cat.row ? categoryParts(cat.row, cat, data) : titleMaterialParts(p, data);
  const only = other.parts.length === 1 ? /^materials:(.+)$/.exec(other.parts[0]!.ref.id)?.[1] : undefined;
  const named =
    cat.row && only
      ? (softToy(p, cat, data, only) ??
        poweredToy(p, cat, data, only) ??
        (CHEMICALS.test(cat.row.naics) ? null : titleOverride(p, data, only, `category "${cat.row.path}"`)))
      : null;
  if (named)
    return {
      ...named,
      sector: other.sector,
      profileNamesProxy: other.profileNamesProxy,
      flags: [...stated.flags, ...named.flags],
    };
  return { ...other, flags: [...stated.flags, ...other.flags] };
}

/**
 * A making step the category's per-kg factor leaves out (data/process-additions.csv), per item:
 * DESNZ paper per kg stops at the paper, so a book's printing and binding is added per copy. Only
 * where the material is the category's own (a page stating "100% cotton" is not a book).
 */
function processAddition(
  p: Prepared,
  cat: CategoryInfo,
  data: BatchData,
  inferred: boolean,
  materialKg: number,
): { kg: number; step: Step; ref: FactorRef } | null {
  const profile = profileOf(cat, data);
  const proc = profile?.process;
  if (!proc || !inferred || !cat.row) return null;
  const units = p.quantity.units;
  const kg = proc.kgPerItem * units;
  return {
    kg,
    ref: factorRef(
      data.manifest,
      'typical',
      `${profile.key}:process`,
      proc.kgPerItem,
      'kg CO2e per item',
      statisticOf(proc.statistic),
    ),
    step: step(
      'Making',
      `${proc.name}, not in the per-kg factor: ${proc.kgPerItem} kg CO2e per item (${proc.source}; ${proc.statistic})${units > 1 ? ` x ${units} units` : ''}; ${sig(materialKg)} + ${sig(kg)} = ${sig(materialKg + kg)} kg`,
      kg,
      'kg CO2e',
    ),
  };
}

/**
 * What making adds to the material (steps pushed): the category's per-item making step (a book's
 * printing) and a book's print run, its unsold copies pulped (lib/estimate/book-format.ts), both
 * only where the material is the category's own.
 */
function making(
  p: Prepared,
  cat: CategoryInfo,
  data: BatchData,
  inferred: boolean,
  materialKg: number,
  steps: Step[],
): { central: number; refs: FactorRef[] } {
  const process = processAddition(p, cat, data, inferred, materialKg);
  if (process) steps.push(process.step);
  const made = materialKg + (process?.kg ?? 0);
  const run = inferred ? printRun(p, profileOf(cat, data), data, made) : null;
  if (run) steps.push(run.step);
  return {
    central: made * (run?.factor ?? 1),
    refs: [...(process ? [process.ref] : []), ...(run ? [run.ref] : [])],
  };
}

/** The parts' per-kg factor, weighted by share, with a step per part (and its uplift, unless the goods are not formed). */
function perKgOf(parts: Part[], unformed: string | null, steps: Step[]): number {
  let perKg = 0;
  for (const x of parts) {
    const up = unformed ? 1 : x.uplift;
    const f = x.perKg * up;
    perKg += x.share * f;
    const uplift =
      up !== 1
        ? ` x ${x.uplift} forming/assembly uplift (assumption)`
        : x.uplift !== 1
          ? ` (no forming/assembly uplift: ${unformed}, not an assembled good)`
          : '';
    steps.push(
      step(
        'Material',
        `${sig(x.share * 100, 3)}% ${x.name} (from ${x.from}): ${x.perKg} kg CO2e/kg${uplift}`,
        f,
        'kg CO2e / kg',
      ),
    );
  }
  return perKg;
}

/** The statistic a process row states first ("point (an industry association's average per book)"). */
function statisticOf(text: string): Statistic | undefined {
  const first = /^(mean|median|point)\b/.exec(text.trim())?.[1];
  return first as Statistic | undefined;
}

/**
 * Peat is not compost, cement is not concrete, gold is not scrap metal: no open per-kg factor
 * describes them (peat.ts, cement.ts, precious-metal.ts).
 */
function noFactorDescribes(p: Prepared, cat: CategoryInfo, parts: readonly Part[]): boolean {
  const factorIds = parts.map((x) => x.ref.id);
  return (
    peatIsNotCompost(p.title, factorIds) ||
    cementIsNotConcrete(p.title, factorIds) ||
    preciousJewellery(p.title, cat.row?.path)
  );
}

/**
 * A sector's default material says little about this product: with a price on the page the spend
 * tier (bounded by the mass) does better, and with no mass it would be two guesses in a row. It
 * serves pages that give a mass and no usable price, which were "unknown" before, and a typical
 * mass where the category's profile names the sector's proxy itself (categoryParts).
 */
function sectorDeclines(p: Prepared, typicalMass: boolean, profileNamesProxy: boolean): boolean {
  return (typicalMass && !profileNamesProxy) || p.price !== null;
}

function materialEstimate(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | null {
  if (cat.row?.path.startsWith(FOOD_ROOT)) return null;
  // (A volume on other non-food items is a capacity, a 750 ml bottle, not its mass: massOf ignores it.)
  const categoryProfile = profileOf(cat, data);
  const named = cat.row ? kindOfTitle(p.title, categoryProfile) : null;
  // A kind sold by the litre unlike the category's goods (potting soil among soils) brings its own bulk density.
  const profile = named?.kind.bulk && categoryProfile ? { ...categoryProfile, bulk: named.kind.bulk } : categoryProfile;
  const { parts, inferred, flags, sector, profileNamesProxy } = materialParts(p, cat, data, named);
  if (!parts.length) return null;
  if (noFactorDescribes(p, cat, parts)) return null;
  const mass = massOf(p, profile, soldByVolume(cat, profile), consumable(cat), cat, named);
  if (!mass || (sector && sectorDeclines(p, mass.typical, !!profileNamesProxy))) return null;
  // The category's typical mass for a product priced like a part or an accessory of it (under a
  // third of its lowest price): not the whole item's mass (as in tier B); not for clothing.
  if (mass.typical && cat.row && !cat.row.path.startsWith(APPAREL_ROOT) && singlePart(p, cat, data)) return null;
  // A part the title names (pillow covers filed as Pillows): the whole item's typical mass is not its.
  if (mass.typical && namesPartOfItem(p, cat)) return null;
  const steps: Step[] = mass.step ? [mass.step] : [];
  const perKg = perKgOf(parts, notAssembled(cat, profile), steps);
  const materialKg = mass.kg * perKg;
  steps.push(
    step(
      'Mass x factor',
      `${sig(mass.kg)} kg x ${sig(perKg)} kg CO2e/kg = ${sig(materialKg)} kg`,
      materialKg,
      'kg CO2e',
    ),
  );
  const { central, refs } = making(p, cat, data, inferred, materialKg, steps);
  const confidence =
    (cat.row ? cat.confidence * mappingWeight(cat.row) : 0.5) * (inferred ? 0.7 : 0.9) * (mass.typical ? 0.6 : 1);
  const sources = [
    ...new Set(
      parts.map((x) =>
        x.ref.id.startsWith('items:') ? 'ADEME Impact CO2' : x.ref.id.startsWith('food:') ? 'AGRIBALYSE' : 'DESNZ 2024',
      ),
    ),
  ].join(', ');
  return draft(
    central,
    widen(sector ? MATERIAL_RANGE.sector : inferred ? MATERIAL_RANGE.category : MATERIAL_RANGE.stated, mass.typical),
    confidence,
    `Mass x material: ${parts.map((x) => x.name.split(' (')[0]).join(', ')} (${sources})`,
    [...parts.map((x) => x.ref), ...refs],
    steps,
    [...flags, ...(mass.typical ? ['mass-assumed-typical'] : [])],
  );
}

export function tierCMass(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | null {
  const net = withNetContent(p);
  return foodEstimate(net.p, cat, data, net.step ? [net.step] : []) ?? materialEstimate(p, cat, data);
}
