/**
 * Jewellery whose title names a precious metal (gold, silver, platinum, palladium; plated or solid)
 * has no per-kg factor in the open sources here: DESNZ 2024 material use stops at construction
 * metals, cans and scrap metal, and neither AGRIBALYSE nor ADEME Impact CO2 has a precious metal.
 * Mining and refining gold and silver emit orders of magnitude more per kg than steel, so the
 * jewellery sector's default (DESNZ scrap metal, 3.46 kg CO2e/kg) times a page's mass would be a
 * made-up number (before: an 18k gold chain of 10 g was 0.045 kg CO2e). Tier C gives no figure:
 * with a price on the page the spend tier answers (the price carries the metal), else the estimate
 * is an honest unknown. A colour ("gold-tone", "goldfarben", "couleur or") is not the metal, and
 * watches (a "rose gold" case colour on a smartwatch) are left to their own rules.
 */
import { PRECIOUS_METAL_RE, PRECIOUS_TONE_RE } from './words';

const JEWELLERY = /^Apparel & Accessories > Jewelry(?: >|$)/;
const WATCHES = /^Apparel & Accessories > Jewelry > Watch/;

/** The title names a precious metal as what the piece is (a colour phrase taken out first). */
export function namesPreciousMetal(title: string): boolean {
  return PRECIOUS_METAL_RE.test(title.replace(PRECIOUS_TONE_RE, ' '));
}

/** A piece of jewellery (not a watch) in a precious metal: no per-kg factor applies. */
export function preciousJewellery(title: string, categoryPath: string | undefined): boolean {
  return !!categoryPath && JEWELLERY.test(categoryPath) && !WATCHES.test(categoryPath) && namesPreciousMetal(title);
}
