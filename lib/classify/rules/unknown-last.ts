/**
 * English noun phrases end in their head: in "Allbirds Tree Breezers", "Wool Runners" or "Cloud
 * Pillowslides" the last word names the product (a maker's line of shoes) and the word before it
 * only says which one. When a segment of an English title ends in a plural the lexicon does not
 * read, right after the one word of the segment it reads (from a taxonomy name or a translation),
 * that word is a modifier of an unknown product: its reading ("Tree": Plants > Trees) is dropped,
 * and the title gets no category rather than a wrong one. With other words read ("Olive Tree
 * Seedlings") they and the modifier say more together, and the rule stays out. Curated words and phrases are product words whatever
 * follows ("Dog Treats Greenies"), and so are hits followed by a measure ("Socks 6 Pairs").
 */
import { hasAudienceWord } from './apparel-audience';

/** A plural the lexicon may not read that is no product: measures and counts. */
const MEASURE_PLURALS = new Set([
  'pairs',
  'pieces',
  'pcs',
  'lbs',
  'inches',
  'watts',
  'volts',
  'years',
  'months',
  'days',
  'hours',
  'sheets',
  'count',
  'packs',
]);
/** An unread plural long enough to be a noun ("breezers", "runners"), letters only. */
const PLURAL_WORD = /^[a-z]{4,}s$/;

interface HitLike {
  start: number;
  end: number;
  curated: boolean;
}

/** The segment's hits, or none when its one hit is a single-word modifier of an unread plural last word. */
export function withoutModifierOfUnknownLast<H extends HitLike>(raw: string[], hits: H[], lang: string | null): H[] {
  if (lang !== 'en' || raw.length < 2) return hits;
  const last = raw.length - 1;
  const word = raw[last] ?? '';
  if (!PLURAL_WORD.test(word) || MEASURE_PLURALS.has(word) || hasAudienceWord(word)) return hits;
  const only = hits.length === 1 ? hits[0] : undefined;
  return only && only.end === last && only.end - only.start === 1 && !only.curated ? [] : hits;
}
