/**
 * Hungarian puts "without" after its noun: "Nitril kesztyű púder nélküli" (powder-free nitrile
 * gloves), "Tőzeg nélküli virágföld" (peat-free potting soil), "Cukor mentes" (sugar-free). The
 * word read right before such a postposition names what the product is without, so it counts no
 * more than a word after a for-cue. The prepositional "without" of the other languages is a with-cue
 * (cues.ts WITH_WORDS). Words are normalised title tokens (no accents, lower case, stemmed as
 * text.ts stemToken does); data, tested.
 */
import { normalizeText, stemToken } from '../text';

/** "Without" words that follow their noun, by language. */
const WITHOUT_AFTER_WORDS: Record<string, string[]> = {
  hu: ['nélküli', 'nélkül', 'mentes'],
};
const WITHOUT_AFTER = new Set(
  Object.values(WITHOUT_AFTER_WORDS)
    .flat()
    .map((w) => stemToken(normalizeText(w))),
);

/**
 * The zones with each hit that ends right before a postposed "without" lowered to `weight` at most
 * (a phrase that holds the postposition, "Vezeték nélküli egér", a wireless mouse, keeps its zone).
 */
export function withoutAfterZones(
  tokens: readonly string[],
  hits: readonly { start: number; end: number }[],
  zones: number[],
  weight: number,
): number[] {
  for (const h of hits)
    if (WITHOUT_AFTER.has(tokens[h.end] ?? '')) zones[h.start] = Math.min(zones[h.start] ?? 1, weight);
  return zones;
}
