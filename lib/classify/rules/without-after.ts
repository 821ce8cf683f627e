/**
 * Hungarian puts "without" after its noun: "Nitril kesztyű púder nélküli" (powder-free nitrile
 * gloves), "Tőzeg nélküli virágföld" (peat-free potting soil), "Cukor mentes" (sugar-free). The
 * word before such a postposition names what the product is without, so it counts no more than a
 * word after a for-cue. The prepositional "without" of the other languages is a with-cue
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

/** The zones with the word before each postposed "without" lowered to `weight` at most. */
export function withoutAfterZones(tokens: readonly string[], zones: number[], weight: number): number[] {
  tokens.forEach((t, i) => {
    if (i > 0 && WITHOUT_AFTER.has(t)) zones[i - 1] = Math.min(zones[i - 1] ?? 1, weight);
  });
  return zones;
}
