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

export function lifetimeFor(category: string | null): Lifetime | null {
  if (!category) return null;
  const hit = LIFETIMES.find((l) => l.pattern.test(category));
  return hit ? { slug: hit.slug, item: hit.item, years: hit.years } : null;
}
