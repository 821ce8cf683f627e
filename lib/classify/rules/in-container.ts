/**
 * "X in Y": "Olive tree in pot", "Olivenbaum im Topf", "Olivo in vaso", "Oliveira em vaso", "Sac
 * en cuir", "Tuna in olive oil". What follows the "in" is what the product comes in or is made of
 * (a pot, a gift box, leather, oil), not the product: it counts as little as a feature after
 * "with". Not when the "in" is part of a phrase the lexicon reads ("all in one printer"), follows
 * a figure ("2 in 1") or an English verb it belongs to ("built-in", "slip-in"), stands between one
 * word twice ("door-in-door"), or starts the
 * segment or follows no word the lexicon reads ("In-ear headphones", "door-in-door fridge freezer":
 * nothing before it names the product).
 */

/** The word for "in" (and its article contractions) by language, normalised (no accents, lower case). */
const IN_WORDS: Record<string, string[]> = {
  en: ['in'],
  de: ['in', 'im'],
  nl: ['in'],
  it: ['in'],
  fr: ['en'],
  es: ['en'],
  pt: ['em', 'no', 'na'],
  sv: ['i'],
  pl: ['w', 'we'],
  cs: ['v', 've'],
};
/** In a title of another or unknown language, only the "in" several languages share. */
const SHARED_IN = new Set(['in']);
const IN_SETS = new Map(Object.entries(IN_WORDS).map(([lang, words]) => [lang, new Set(words)]));
/** English words an "in" belongs to ("built-in oven", "slip-in shoes", "all-in-one"). */
const PARTICLE_VERBS = new Set([
  'all',
  'built',
  'plug',
  'slip',
  'walk',
  'pull',
  'drop',
  'check',
  'log',
  'sign',
  'tuck',
  'roll',
  'stand',
  'fill',
  'clip',
  'screw',
  'snap',
  'push',
  'lay',
  'drive',
  'break',
]);
const FIGURE = /^\d/;

/** Index of the segment's container "in", or -1. */
export function containerInAt(tokens: string[], hits: { start: number; end: number }[], lang: string | null): number {
  const words = IN_SETS.get(lang ?? '') ?? SHARED_IN;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!words.has(t)) continue;
    const before = tokens[i - 1] ?? '';
    // "Door-in-door", "bag-in-bag": a feature's or a design's name.
    if (FIGURE.test(before) || PARTICLE_VERBS.has(before) || tokens[i + 1] === before) continue;
    if (hits.some((h) => h.start <= i && h.end > i)) continue;
    // The product must be named before it ("Door-in-door fridge freezer": a feature's name).
    return hits.some((h) => h.end <= i) ? i : -1;
  }
  return -1;
}

/** The zones with what follows a container "in" lowered to `weight`. */
export function containerZones(
  tokens: string[],
  hits: { start: number; end: number }[],
  zones: number[],
  lang: string | null,
  weight: number,
): number[] {
  const at = containerInAt(tokens, hits, lang);
  return at < 0 ? zones : zones.map((z, i) => (i > at ? Math.min(z, weight) : z));
}
