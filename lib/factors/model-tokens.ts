/**
 * Model tokens for matching a shop title to a published product footprint: the words that
 * identify a model ("latitude", "5420", "p2422he", "m1"), without generic words, units or
 * marketing. Shared by the pack build and the tier A matcher so both sides tokenise alike.
 */
import { normalizeText } from './normalize';

const GENERIC = new Set(
  `the and with for of in on a an by new inch in cm display monitor laptop notebook computer pc desktop tablet phone smartphone
  mobile cpu gpu core processor ram memory storage ssd hdd gb tb mb ghz hz cell wifi wi fi lte 5g 4g bluetooth black white silver
  grey gray gold blue red green rose space colour color edition series model version gen generation screen touch
  touchscreen hd fhd uhd qhd 4k full led lcd ips oled without stand stands usb c type intel amd nvidia windows home
  chip quad dual six eight core cores threads thread`
    .split(/\s+/)
    .filter(Boolean),
);

/** A screen diagonal written with its unit: "50\"", "50-inch", "13 in", "27 Zoll". */
const SIZE_WITH_UNIT = /(\d+(?:[.,]\d+)?)\s*(?:"|''|”|″|-?\s?inch(?:es)?\b|-?\s?in\b|\s?zoll\b)/gi;
/**
 * Generations written four ways name one model: "(2nd generation)", "2nd Gen", "Gen 2",
 * "Generation 2" all become the bare number, as in "Surface Laptop 2" or "iPad Air 5".
 */
const ORDINAL_GENERATION = /\b(\d{1,2})(?:st|nd|rd|th)\s*[-.]?\s*gen(?:eration)?\b\.?/gi;
const GENERATION_NUMBER = /\bgen(?:eration)?\s*[-.]?\s*(\d{1,2})\b/gi;

export function modelTokens(name: string): string[] {
  // A number standing alone that repeats the stated diagonal ("Surface Hub 2S 50 50-inch display")
  // is the size again, not a model number: a shop title may write the size only once, with its
  // unit. One joined to a model ("IdeaPad S145-14 14\"") stays.
  const sizes = new Set([...name.matchAll(SIZE_WITH_UNIT)].map((m) => String(Number(m[1].replace(',', '.')))));
  // Sizes and clock speeds ("15.6\"", "13-inch", "2.6GHz") are not model numbers: drop them first.
  const cleaned = name
    // A maker's part number in brackets ("Galaxy Tab S7 (SM-T875)") is a second name for the
    // model that shop titles rarely repeat: the model name before it identifies the product.
    .replace(/\(\s*[A-Za-z]{1,4}-[A-Za-z0-9]*\d[A-Za-z0-9-]*\s*\)/g, ' ')
    .replace(ORDINAL_GENERATION, ' $1 ')
    .replace(GENERATION_NUMBER, ' $1 ')
    .replace(
      /\d+(?:[.,]\d+)?\s*(?:"|''|”|″|-?\s?inch(?:es)?\b|-?\s?in\b|\s?zoll\b|\s?cm\b|\s?mm\b|\s?ghz\b|\s?mhz\b|\s?w\b|\s?mp\b)/gi,
      ' ',
    )
    .replace(/\d+[.,]\d+/g, ' ')
    .replace(/(?<=^|\s)\d+(?=\s|$)/g, (n) => (sizes.has(n) ? ' ' : n));
  // A capital letter standing alone names a model ("Surface Pro X", "Xbox Series S", "Galaxy Z
  // Fold3"): without it "Surface Pro X" would match any "Surface Pro 9".
  const letters = new Set([...name.matchAll(/(?<=^|[\s(])([A-Z])(?=$|[\s),])/g)].map((m) => m[1].toLowerCase()));
  const tokens = normalizeText(cleaned)
    .split(' ')
    // other single letters are noise; single digits are model numbers ("Surface Pro 7", "IdeaPad 5")
    .filter((t) => (t.length >= 2 || /^\d$/.test(t) || letters.has(t)) && !GENERIC.has(t))
    // capacities ("512gb") and bare sizes are matched separately, years too
    .filter((t) => !/^\d+(gb|tb|mb|ghz|mhz|hz|w|mm|cm|in)$/.test(t) && !/^(19|20)\d\d$/.test(t));
  return [...new Set(tokens)].sort();
}

/**
 * Storage capacity in GB from text like "SSD 512GB", "1TB", "256 GB". RAM ("16GB RAM", "8 GB
 * DDR4") is skipped, and of several capacities the largest is storage (it outsizes RAM).
 */
export function parseStorageGb(text: string): number | null {
  let best: number | null = null;
  for (const m of text.matchAll(
    /(\d+(?:[.,]\d+)?)\s*(tb|gb)\b(?!\s*\/?\s*s\b)(\s*(?:of\s+)?(?:lp)?(?:ram|memory|ddr\d?|unified|arbeitsspeicher|m[ée]moire|vram))?/gi,
  )) {
    if (m[3]) continue;
    const n = Number(m[1].replace(',', '.')) * (m[2].toLowerCase() === 'tb' ? 1024 : 1);
    // Below 32 GB a bare capacity is more likely RAM than storage on current devices.
    if (n >= 32 && (best === null || n > best)) best = n;
  }
  return best;
}
