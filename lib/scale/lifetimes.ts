/**
 * Typical lifetimes of everyday products, from ADEME's Impact CO2 base
 * (data/raw/ademe_impactco2_objects_co2e_per_item.csv, column default_lifetime_years; a test checks
 * every row here against that file). Matched on the Google taxonomy path the estimate carries;
 * the first match wins, so narrower patterns come first. No match: no per-year figure.
 */
export interface Lifetime {
  /** ADEME's slug for the object, as in the CSV. */
  slug: string;
  /** English name of the ADEME object, shown as the source. */
  item: string;
  years: number;
}

export const LIFETIMES: readonly (Lifetime & { pattern: RegExp })[] = [
  { pattern: /\bMobile Phones\b|\bSmartphones?\b/, slug: 'smartphone', item: 'smartphone', years: 2.5 },
  { pattern: /\bLaptops\b/, slug: 'ordinateurportable', item: 'laptop', years: 5 },
  { pattern: /\bTablet Computers\b/, slug: 'tabletteclassique', item: 'tablet', years: 3 },
  { pattern: /\bMonitors\b/, slug: 'ecran', item: 'computer monitor', years: 6 },
  { pattern: /\bDesktop Computers\b/, slug: 'ordinateurfixeparticulier', item: 'desktop computer', years: 6 },
  { pattern: /\bTelevisions\b/, slug: 'television', item: 'television', years: 8 },
  { pattern: /\bVirtual Reality Headsets\b/, slug: 'casquevr', item: 'VR headset', years: 5 },
  { pattern: /\bSpeakers\b/, slug: 'enceintebluetooth', item: 'connected speaker', years: 5 },
  { pattern: /\bKettles?\b/, slug: 'bouilloire', item: 'kettle', years: 6 },
  { pattern: /\bEspresso Machines\b/, slug: 'cafetiereexpresso', item: 'espresso machine', years: 5 },
  { pattern: /\bCoffee Makers\b/, slug: 'cafetierefiltre', item: 'filter coffee maker', years: 5 },
  { pattern: /\bDishwashers\b/, slug: 'lavevaisselle', item: 'dishwasher', years: 10 },
  { pattern: /\bWashing Machines\b|\bWashers\b/, slug: 'lavelinge', item: 'washing machine', years: 10 },
  { pattern: /\bRefrigerators\b/, slug: 'refrigirateur', item: 'refrigerator', years: 10 },
  { pattern: /\bOvens\b/, slug: 'fourelectrique', item: 'electric oven', years: 12 },
  { pattern: /\bAir Conditioners\b/, slug: 'climatiseur', item: 'air conditioner', years: 6 },
  { pattern: /\bJeans\b/, slug: 'jeans', item: 'jeans', years: 5 },
  { pattern: /\bDresses\b/, slug: 'robeencoton', item: 'cotton dress', years: 5 },
  { pattern: /\bSweaters\b/, slug: 'pullenlaine', item: 'wool sweater', years: 5 },
  { pattern: /\bCoats & Jackets\b/, slug: 'manteau', item: 'coat', years: 5 },
  { pattern: /\bShirts & Tops\b/, slug: 'tshirtencoton', item: 'cotton T-shirt', years: 5 },
];

/**
 * ADEME's default lifetime of every typical item that has one, by slug: an estimate made from an
 * ADEME item (factor id `items:<slug>`) takes the lifetime of that item, not of its category (a
 * wool jumper filed under Shirts & Tops is not a cotton T-shirt; shoes have a lifetime though no
 * category pattern names them).
 */
export const ITEM_LIFETIMES: ReadonlyMap<string, { item: string; years: number }> = new Map(
  Object.entries({
    bouilloire: { item: 'electric kettle', years: 6 },
    cafetieredosette: { item: 'pod coffee machine', years: 5 },
    cafetierefiltre: { item: 'filter coffee maker', years: 5 },
    cafetiereexpresso: { item: 'espresso machine', years: 5 },
    fourelectrique: { item: 'electric oven', years: 12 },
    lavevaisselle: { item: 'dishwasher', years: 10 },
    lavelinge: { item: 'washing machine (7 kg load)', years: 10 },
    refrigirateur: { item: 'refrigerator', years: 10 },
    climatiseur: { item: 'air conditioner', years: 6 },
    jeans: { item: 'jeans', years: 5 },
    polo: { item: 'polo shirt', years: 5 },
    tshirtencoton: { item: 'cotton T-shirt', years: 5 },
    tshirtenpolyester: { item: 'polyester T-shirt', years: 5 },
    sweatencoton: { item: 'cotton sweatshirt', years: 5 },
    chemiseencoton: { item: 'cotton shirt', years: 5 },
    chemiseenviscose: { item: 'viscose shirt', years: 5 },
    chaussuresencuir: { item: 'pair of leather shoes', years: 1 },
    chaussuresentissu: { item: 'pair of fabric shoes', years: 1 },
    chaussuresdesport: { item: 'pair of sports shoes', years: 1 },
    robeencoton: { item: 'cotton dress', years: 5 },
    robeenpolyester: { item: 'polyester dress', years: 5 },
    robeenviscose: { item: 'viscose dress', years: 5 },
    pullenlaine: { item: 'wool jumper', years: 5 },
    pullenacrylique: { item: 'acrylic jumper', years: 5 },
    pullencotonrecycle: { item: 'recycled cotton jumper', years: 5 },
    manteau: { item: 'coat', years: 5 },
    vesteimpermeable: { item: 'rain jacket', years: 5 },
    vestesimilicuir: { item: 'faux-leather jacket', years: 5 },
    smartphone: { item: 'smartphone', years: 2.5 },
    ordinateurfixeparticulier: { item: 'desktop computer without screen (home)', years: 6 },
    ordinateurfixeprofessionnel: { item: 'desktop computer without screen (office)', years: 6 },
    ecran: { item: 'computer monitor', years: 6 },
    tabletteclassique: { item: 'tablet', years: 3 },
    television: { item: 'television', years: 8 },
    ordinateurportable: { item: 'laptop', years: 5 },
    enceintebluetooth: { item: 'connected speaker', years: 5 },
    telephonebasique: { item: 'basic mobile phone', years: 2.5 },
    casquevr: { item: 'VR headset', years: 5 },
    box: { item: 'internet box', years: 5 },
  }),
);

/** The lifetime of the ADEME item an estimate was made from, if any. */
export function itemLifetime(factorIds: readonly string[]): Lifetime | null {
  for (const id of factorIds) {
    const slug = /^items:(.+)$/.exec(id)?.[1];
    const hit = slug ? ITEM_LIFETIMES.get(slug) : undefined;
    if (slug && hit) return { slug, item: hit.item, years: hit.years };
  }
  return null;
}

export function lifetimeFor(category: string | null): Lifetime | null {
  if (!category) return null;
  const hit = LIFETIMES.find((l) => l.pattern.test(category));
  return hit ? { slug: hit.slug, item: hit.item, years: hit.years } : null;
}
