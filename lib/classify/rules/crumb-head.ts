/**
 * A crumb is a noun phrase too, and its head decides: "Nogi do stołów" (table legs), "Hüllen für
 * Smartphones", "Accesorios para bicicletas" are shelves of things for tables, phones and bikes,
 * not of tables, phones and bikes. As in a title (title.ts zonesOf, rules/for-target.ts), the words
 * after a for-cue of the page's language only say what the goods fit; where the lexicon does not
 * know the head before the cue, the first reading after it moves to that thing's accessory node
 * ("Table Accessories") and heads the crumb.
 */
import { FOR_ZONE_WEIGHT, forCuesOf } from '../cues';
import type { Taxonomy } from '../taxonomy';
import { readForTarget } from './for-target';

/**
 * The crumb's hits, each with its zone weight times `weight` (a for-clause's words count
 * FOR_ZONE_WEIGHT of it). Only the page language's for-words are cues ("do", "na", "per" are
 * other words elsewhere); with no language nothing is lowered.
 */
export function crumbHeadHits<H extends { start: number; end: number; entries: { id: number; w: number }[] }>(
  taxonomy: Taxonomy,
  tokens: string[],
  hits: H[],
  lang: string | null,
  weight: number,
): (H & { zone: number })[] {
  const cues = lang === null ? null : forCuesOf(lang);
  const cue = cues ? tokens.findIndex((t, i) => i > 0 && cues.has(t)) : -1;
  if (cue < 0) return hits.map((h) => ({ ...h, zone: weight }));
  const zones = tokens.map((_, i) => (i < cue ? 1 : FOR_ZONE_WEIGHT));
  const read = readForTarget(taxonomy, tokens, hits, zones, lang);
  return read.hits.map((h) => ({ ...h, zone: weight * (read.zones[h.start] ?? 1) }));
}
