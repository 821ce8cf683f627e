import type { SpendCalibrationRow } from './spend-calibration';

export type { SpendCalibrationRow };

/**
 * The factor pack format: one JSON file per table under `public/factors/`, plus `manifest.json`.
 * Shared by the build script (writer), the Dexie cache and the Node loader (readers).
 * Every row carries a string `key`, unique within its table; look-ups are by key only.
 */

export interface Provenance {
  source: string;
  version: string;
  year: number | null;
  licence: string;
  /** Attribution text to show in the "about the data" view. */
  attribution: string;
}

/** EPA Supply Chain GHG Emission Factors v1.3, by NAICS-2017 6-digit code (key). kg CO2e per 2022 USD. */
export interface SpendRow {
  key: string;
  title: string;
  useeio: string;
  withMargins: number;
  withoutMargins: number;
  margins: number;
  /** BEA 2017 PCE producer/purchaser ratio for the USEEIO sector, when published. */
  producerToPurchaser: number | null;
  /** EPA USEEIO v1.3: one modelled factor per commodity (point). Absent in older packs. */
  statistic?: Statistic;
}

export type DeviceKind =
  | 'laptop'
  | 'desktop'
  | 'monitor'
  | 'smartphone'
  | 'tablet'
  | 'tv'
  | 'printer'
  | 'server'
  | 'thin client'
  | 'iot'
  | 'hard drive';

/** One Google Product Taxonomy node (key = id), resolved to a factor through itself or an ancestor. */
export interface CrosswalkRow {
  key: string;
  id: number;
  path: string;
  parentId: number | null;
  /** Id of the node whose mapping this row inherits (itself when mapped directly). */
  mappedFrom: number;
  naics: string;
  /** USEEIO sector of that NAICS code (for the price index). */
  useeio: string;
  confidence: 'high' | 'med' | 'low';
  /** Tier hints inherited the same way (absent when none): device kind, food key or '*', material key. */
  device?: DeviceKind;
  food?: string;
  material?: string;
  /** The material is the sector's default (data/sector-materials.csv), not a hint for this category. */
  materialFromSector?: boolean;
  /** Nearest node (self or ancestor) with a typical price/weight range, when any. */
  typicalFrom?: number;
  /**
   * Set on a node that inherits its profile from an ancestor whose typical mass stands for none of
   * the ancestor's kinds: the typical masses of the profiled categories below it, lightest and
   * heaviest (kg), reach more than x5 beyond it on both sides. The inherited typical mass is not used.
   */
  typicalMassSpan?: [number, number];
}

/** Normalised lower-case taxonomy path -> id, for pages that publish a path. */
export interface TaxonomyPathRow {
  key: string;
  id: number;
}

/** BEA detail price index (2017 = 100) by USEEIO code; `values[i]` is year `from + i`. */
export interface PriceIndexRow {
  key: string;
  from: number;
  values: number[];
}

/** CPI-U annual average by year (key = year). */
export interface CpiRow {
  key: string;
  year: number;
  cpi: number;
  months: number;
}

/** ECB annual average rates by currency (key = ISO code): USD per unit of currency, by year. */
export interface FxRow {
  key: string;
  usdPerUnit: Record<string, number>;
  /** Years averaged over part of the year only (year to date). */
  partialYears: number[];
  /** Whose rates: ECB reference rates, World Bank WDI official rates, or the Federal Reserve H.10 (TWD). Absent = ECB (older packs). */
  source?: 'ecb' | 'worldbank' | 'fed';
}

/** VAT/GST included in shelf prices, by ISO country (key). Rates as fractions. */
export interface VatRow {
  key: string;
  currency: string;
  standard: number;
  food: number;
  books: number;
  year: number;
  source: string;
}

/** Material factor per kg (key = material key). */
export interface MaterialRow {
  key: string;
  name: string;
  kgPerKg: number;
  /** Forming and assembly uplift to apply when the material is part of an assembled good (1 = none). */
  assemblyUplift: number;
  note: string;
  /** DESNZ publishes one conversion factor per material (point). Absent in older packs. */
  statistic?: Statistic;
}

/** How a factor summarises its source: a mean, a median, or one modelled/published value (point). */
export type Statistic = 'mean' | 'median' | 'point';

/** Food factor per kg of product as sold, cradle to shelf (key = food key). */
export interface FoodRow {
  key: string;
  name: string;
  kgPerKg: number;
  source: 'clark2022' | 'poore2018' | 'rivm2021' | 'agribalyse2023';
  /** Clark 2022 (OWID): mean; Poore & Nemecek 2018 (OWID): median; RIVM and AGRIBALYSE: one modelled value. Absent in older packs. */
  statistic?: Statistic;
  /** Key of the same food sold dry (powder, granules, cubes), per kg as sold; absent when none (data/food-dry-forms.csv). */
  dryForm?: string;
  /**
   * One ready serving's mass (kg) where a source gives it: a pack stated by weight below it cannot
   * be the food ready to eat and is taken as sold dry (data/food-dry-forms.csv, e.g. soups: 245 g).
   */
  dryBelowKg?: number;
  /**
   * AGRIBALYSE beverages (CIQUAL group "boissons") only: the container AGRIBALYSE models the drink in
   * and its packaging stage, kg CO2e per kg of drink, so that a container the title names can
   * replace it (lib/estimate/container.ts). Absent for other foods and sources.
   */
  packaging?: { container: Container; kgPerKg: number };
  /**
   * Sold by the piece (AGRIBALYSE raw fresh fruit, vegetables, potatoes and eggs; rolls, buns,
   * croissants, bagels, muffins): a count in the
   * title counts pieces, so a typical pack mass is not multiplied by it. Absent for other foods.
   */
  loose?: true;
  /** One piece's mass as sold, kg, with its range, where a source gives it (data/food-pieces.csv). */
  piece?: { kg: number; low: number; high: number };
}

/**
 * The drink containers a title can name: the three AGRIBALYSE's beverages come in, and the can (no
 * AGRIBALYSE beverage is modelled in one: its stage is that of the foods AGRIBALYSE models in metal cans).
 */
export const CONTAINERS = ['glass', 'plastic', 'carton', 'can'] as const;
export type Container = (typeof CONTAINERS)[number];

/** Food-table key of a container's packaging stage: the median over the AGRIBALYSE beverages in it (cans: over the foods in metal cans). */
export function containerKey(c: Container): string {
  return `agb-container-${c}`;
}

/**
 * One typical item's published footprint, cradle to shelf (ADEME Impact CO2: raw materials,
 * supply, shaping, assembly and distribution; use and end of life excluded), with the mass of the
 * item it describes, so a page's own mass can scale it (key = ADEME slug).
 */
export interface ItemRow {
  key: string;
  name: string;
  /** ADEME Impact CO2 category: electromenager (appliances), habillement (clothing, shoes), mobilier (furniture), numerique (digital). */
  group: string;
  /** What kind of product the item is (jumper, top, shoes, sofa, ...): a title word may refine an item only within its kind. */
  kind: string;
  /** ADEME's default lifetime of the item, years; null where ADEME gives none (furniture, some accessories). */
  lifetimeYears: number | null;
  /** kg CO2e per item, cradle to shelf. */
  kgPerItem: number;
  /** Mass of the modelled item, kg (Ecobalyse default masses for clothing; spec-sheet masses otherwise). */
  referenceMassKg: number;
  massBasis: string;
  statistic: Statistic;
  sourceUrl: string;
}

/** A word or phrase (normalised, any supported language) -> material or food key. */
export interface AliasRow {
  key: string;
  target: string;
  lang: string;
  /**
   * Item aliases only: the word names a material, not a kind ("merino", "denim"), so it refines an
   * item of this kind only ("merino" makes a jumper wool; merino socks are not a jumper).
   */
  onlyKind?: string;
  /**
   * Item aliases only: a kind lighter or heavier than the modelled item ("sandals", "kids shoes"):
   * its typical mass in kg, to which the modelled item is scaled when the page gives none.
   */
  massKg?: number;
}

/** One published manufacturer footprint (Boavizta). */
export interface ManufacturerFootprint {
  name: string;
  device: DeviceKind | null;
  /** Published total, kg CO2e. */
  total: number;
  /** Cradle-to-gate + transport (+ end of life) share of the total, kg CO2e. */
  embodied: number;
  /** How `embodied` was derived, e.g. "manufacturing 0.76 + transport 0.08". */
  share: string;
  errorRatio: number | null;
  weightKg: number | null;
  screenIn: number | null;
  storageGb: number | null;
  year: number | null;
  sourceUrl: string;
  /** Model tokens (lower case) used to match titles. */
  tokens: string[];
  /** The manufacturer's own published footprint of this one product (point). Absent in older packs. */
  statistic?: Statistic;
}

/** Boavizta footprints grouped by normalised manufacturer name (key). */
export interface ManufacturerRow {
  key: string;
  products: ManufacturerFootprint[];
}

/** Tier B: the category's embodied footprint distribution (key = device kind). */
export interface DeviceRow {
  key: DeviceKind;
  n: number;
  median: number;
  /** The median of the kind's `n` manufacturer footprints. Absent in older packs. */
  statistic?: Statistic;
  p25: number;
  p75: number;
  /** Scaling: embodied ~ median x (x / ref)^exponent, fitted log-log on the published rows. */
  screenRef: number | null;
  screenExponent: number | null;
  weightRef: number | null;
  weightExponent: number | null;
  weightP10: number | null;
  weightP90: number | null;
  /** Storage scaling on top of size (fitted on the size-scaled residuals): x (GB / ref)^exponent. */
  storageRef: number | null;
  storageExponent: number | null;
  /** 2.5th/97.5th percentile of published / predicted (after scaling): about 90% of held-out products fall inside. */
  residualP10: number;
  residualP90: number;
  taxonomyId: number;
  /**
   * Form factors that differ from the size-scaled prediction in the published rows (at least 8
   * products each): median published / predicted, e.g. micro and tiny desktops ~x0.6.
   */
  formFactors?: { key: string; factor: number; n: number }[];
}

/** A standard book format (data/book-formats.csv), with the words (normalised, any language) that name it. */
export interface BookFormat {
  name: string;
  widthMm: number;
  heightMm: number;
  pages: number;
  paperGsm: number;
  coverKg: number;
  /** pages / 2 x width x height x grammage + cover, kg. */
  massKg: number;
  words: string[];
  basis: string;
}

/** Unsold copies of a book's print run (data/book-returns.csv). */
export interface PrintRun {
  format: string;
  returnRate: number;
  destroyedShare: number;
  /** 1 / (1 - destroyedShare x returnRate): books made per book sold. */
  copiesPerSold: number;
  source: string;
  basis: string;
}

/**
 * A category's physical profile (key = taxonomy id): typical price (USD, incl. tax where
 * applicable) and weight range of one item, used to check the page's price and mass; the typical
 * mass when the page gives none; and the physical factor for the category: an ADEME typical item
 * (`item`) and/or a per-kg intensity (`intensity`: a DESNZ material key, `item:<slug>` for the
 * per-kg intensity of an ADEME item, `agb:<code>` for an AGRIBALYSE food, or `food:<key>` for a food of any source).
 */
export interface TypicalRow {
  key: string;
  priceUsdLow: number | null;
  priceUsdHigh: number | null;
  weightKgLow: number | null;
  weightKgHigh: number | null;
  basis: string;
  defaultMassKg?: number | null;
  item?: string;
  intensity?: string;
  /**
   * A making step the per-kg factor leaves out, per item (data/process-additions.csv): printing and
   * binding of a book on top of DESNZ paper per kg. Added in tier C, units x value, with its source.
   */
  process?: { name: string; kgPerItem: number; statistic: string; source: string; basis: string };
  /** Bulk goods sold by the litre (compost, mulch, soil): kg per litre as sold (data/bulk-densities.csv). */
  bulk?: { kgPerLitre: number; basis: string };
  /**
   * One piece of a multipack of this category, kg (data/pack-pieces.csv): a count in the title with
   * no mass on the page counts these (24 pouches of cat food), not the typical item (a bag of dry food).
   */
  piece?: { kg: number; basis: string };
  /**
   * Book formats the title may name (data/book-formats.csv: paperback, hardback, large illustrated),
   * each with the page size, page count, paper grammage and cover of its standard format: with no
   * mass on the page, the named format's mass (pages / 2 x page area x grammage + cover) replaces
   * the category's typical mass, and a page count in the title replaces the format's.
   */
  formats?: BookFormat[];
  /**
   * Books printed per book sold (data/book-returns.csv): a share of every print run comes back
   * unsold and most of it is pulped, so one book sold carries 1 / (1 - destroyed x returned)
   * books' making. Per format the title names, and for all formats (`format` "all formats").
   */
  printRun?: PrintRun[];
  /**
   * Goods weighed by the count of their parts the title gives (data/part-counts.csv: a jigsaw
   * puzzle's pieces): base + parts x mass of one part, for the categories `appliesTo` names only.
   */
  parts?: { kgPerPart: number; baseKg: number; appliesTo: string[]; basis: string };
  /**
   * Every ADEME item of the same kind as `item` (its group and kind), when there are several: a
   * page mass beyond the x3 the modelled item describes takes the one it fits (a 0.35 kg adapter is
   * the laptop adapter, not the phone charger).
   */
  kindItems?: string[];
  /**
   * Kinds of the category that weigh, or are made, unlike its typical item: a kind the title names
   * (data/kind-masses.csv: earbuds among headphones, an action figure among playsets) or the
   * powered version of an everyday item (data/powered-kinds.csv: an electric toothbrush, an
   * electric kettle filed with stovetop kettles), each with its typical mass and, for a powered
   * kind, its per-kg intensity. Tier C takes the kind's mass when the page gives none.
   */
  kinds?: KindRow[];
}

/** One kind of a category (TypicalRow.kinds): see data/kind-masses.csv and data/powered-kinds.csv. */
export interface KindRow {
  kind: string;
  /** Normalised title words naming the kind; absent for a powered kind, named by the title's powered words. */
  words?: string[];
  /** The powered version of the category's item (an electric toothbrush among toothbrushes). */
  powered?: true;
  massKg: number;
  /**
   * Per-kg intensity (as TypicalRow.intensity); absent: the category's own. A powered kind's, or a
   * named kind made of another material than the category's goods (data/material-kinds.csv: tile
   * adhesive, a cement-bound powder, among glues; potting soil, composted organic matter, among sands and soils).
   */
  intensity?: string;
  /** Kg per litre as sold of a kind sold by the litre unlike the category's own goods (potting soil among soils). */
  bulk?: { kgPerLitre: number; basis: string };
  basis: string;
}

/** Spread of the mapped spend factors under a top-level category (key = its normalised path), for tier E. */
export interface CategorySpreadRow {
  key: string;
  n: number;
  median: number;
  /** The median of the `n` mapped spend factors. Absent in older packs. */
  statistic?: Statistic;
  low: number;
  high: number;
  /** NAICS code of the factor closest to the median, for provenance. */
  naics: string;
}

export interface TableRows {
  spend: SpendRow;
  crosswalk: CrosswalkRow;
  'taxonomy-paths': TaxonomyPathRow;
  'price-index': PriceIndexRow;
  cpi: CpiRow;
  fx: FxRow;
  vat: VatRow;
  materials: MaterialRow;
  'material-aliases': AliasRow;
  food: FoodRow;
  'food-aliases': AliasRow;
  boavizta: ManufacturerRow;
  devices: DeviceRow;
  typical: TypicalRow;
  'category-spread': CategorySpreadRow;
  items: ItemRow;
  'item-aliases': AliasRow;
  'spend-calibration': SpendCalibrationRow;
}
export type TableName = keyof TableRows;

export const TABLE_NAMES: readonly TableName[] = [
  'boavizta',
  'category-spread',
  'cpi',
  'crosswalk',
  'devices',
  'food',
  'food-aliases',
  'fx',
  'item-aliases',
  'items',
  'material-aliases',
  'materials',
  'price-index',
  'spend',
  'spend-calibration',
  'taxonomy-paths',
  'typical',
  'vat',
];

/** One table file as shipped. */
export interface TableFile<T extends TableName = TableName> extends Provenance {
  table: T;
  rows: TableRows[T][];
}

export interface ManifestEntry extends Provenance {
  table: TableName;
  file: string;
  rows: number;
  sha256: string;
}

export interface PackManifest {
  /** Content hash of every table: the same inputs give the same version. */
  version: string;
  tables: ManifestEntry[];
}

export function tableFileName(table: TableName): string {
  return `${table}.json`;
}
