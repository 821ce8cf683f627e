/**
 * An unknown head before an "of": "Chiffonnade de coppa", "Tranches de jambon", "Filetti di
 * tonno". Head-first languages name the product before "de"/"di"/"do", and what follows the "of"
 * qualifies it ("Housse de couette" is a cover, not a duvet), so the of-cue lowers the words after
 * it (cues.ts OF_ZONE_WEIGHT). When no word before the first "of" is read by the lexicon, there is
 * no known head for them to qualify: the head is a cut, a form or a pack the lexicon lacks, and
 * the words after the "of" are the best guess at what is sold, so they keep their full weight.
 */
import { OF_CUES } from '../cues';

/** True when the segment has an of-cue after its first word and no hit starts before it. */
export function unknownHead(tokens: string[], hits: { start: number }[]): boolean {
  const of = tokens.findIndex((t, i) => i > 0 && OF_CUES.has(t));
  return of > 0 && hits.length > 0 && hits.every((h) => h.start > of);
}
