/**
 * A growing medium whose title names peat is not compost. DESNZ's compost factors (compost derived
 * from garden waste, or from food and garden waste) describe composted organic waste; peat is dug
 * from bogs and, once dug, releases the carbon the bog held, which none of the open sources here
 * (DESNZ 2024 material use, AGRIBALYSE 3.1.1, ADEME Impact CO2) gives per kg. Tier C therefore
 * gives no compost-per-kg figure for it: a price on the page goes to the spend tier, else the
 * estimate is an honest unknown (before: "Peat compost, 60 l" was 27 kg x 0.112 = 3 kg CO2e,
 * stated as if it were garden-waste compost). "Peat-free" compost stays compost.
 */
import { PEAT_FREE_RE, PEAT_RE } from './words';

/** The DESNZ compost materials (data/raw/material_factors_per_kg_desnz2024.csv keys). */
const COMPOST_FACTOR = /^materials:compost_/;

/** The title names peat as what the product is made of (a "peat-free" phrase taken out first). */
export function namesPeat(title: string): boolean {
  return PEAT_RE.test(title.replace(PEAT_FREE_RE, ' '));
}

/** The per-kg factor chosen is a compost one and the title says the medium is peat: no such factor applies. */
export function peatIsNotCompost(title: string, factorIds: readonly string[]): boolean {
  return factorIds.some((id) => COMPOST_FACTOR.test(id)) && namesPeat(title);
}
