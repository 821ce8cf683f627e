/**
 * "20 sq. ft. per Case", "6 per pack", "€ 4,50 per stuk": the word after "per" names the unit the
 * price or the quantity is given in, a case, a pack, a piece, not the product: "Vinyl Plank Flooring, Oak, 20 sq. ft. per Case" read "Case" as a phone case.
 * In Italian and Catalan "per" means "for", and the for-cue already reads what follows as what
 * the product is for; the rule applies only where the word is no for-cue of the title's language.
 * (German "pro" is left out: in English titles it is a model name, "Pro Case".)
 */

/** Words that put the unit of sale after them. Data, tested. */
const UNIT_CUES = new Set(['per']);

interface HitLike {
  start: number;
  end: number;
}

/** The hits that are not a unit of sale: not right after a unit cue that is no for-cue here. */
export function withoutUnitOfSale<H extends HitLike>(
  tokens: readonly string[],
  hits: H[],
  forCues: ReadonlySet<string>,
): H[] {
  return hits.filter((h) => {
    const before = tokens[h.start - 1] ?? '';
    return !(UNIT_CUES.has(before) && !forCues.has(before) && h.end - h.start === 1);
  });
}
