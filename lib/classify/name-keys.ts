/**
 * The lexicon keys of the taxonomy's English names, derived on worker start from the names
 * the model ships anyway (its packed tree) instead of shipping them a second time as a table: the
 * table took about 20 kB of the model's 300 kB gzipped budget (#15).
 *
 * Speed: a worker start runs this cold. A call per name (`namePhrases` and `phraseKey`) took
 * 20-60 ms, so the keys come from a few regular expressions over the whole text at once (native
 * code), each written to match rarely or without backtracking: an expression that tried every word
 * start and backtracked over the word ("\b[a-z]*(ch|sh)es\b") alone took 4-7 ms.
 * They give `phraseKey(name)` for a name of one phrase in plain ASCII ("Bird Cages" -> "bird cage"),
 * and the phrases `namePhrases` reads in the commonest names it splits ("&", ",", "and"): "Coats &
 * Jackets", "Bird Cages & Stands", "Hunting & Tactical Pants". Deriving those too took another
 * 11 kB off the gzipped model and no measurable load time. The model build checks the result row
 * by row against `namePhrases` and `phraseKey` (scripts/classify/compile-lexicon.ts) and ships the
 * keys of a name read otherwise, or outside ASCII, in the compiled table as before.
 */

import { NAME_LINE_END } from './taxonomy';

/**
 * What `namePhrases` splits a name at, with a space on either side: a line's phrases become
 * '|'-separated keys. " and " stands for `\band\b`, which costs a millisecond more on a cold
 * start: a name the two read apart ("Hook-and-Loop") is shipped (see nameKeyText).
 */
const SPLIT = / ?[,&] ?| and /g;
/** Letters `normalizeText` reads outside its ASCII fast path: such a line is not read. */
const WIDE = /[\u0080-\uffff]/g;
/** Runs of what is neither a letter, a digit nor a key's or line's end, with the spaces around them. */
const NOT_WORD = / *[^a-z0-9\n\t| ][^a-z0-9\n\t|]* *| {2,}/g;
const SPACE_AT_LINE_END = / \n ?|\n /g;
/**
 * stemToken's English plural rules, anchored on the ending (no word is scanned twice), on words
 * longer than three letters: "accessories", "dresses"/"boxes", "cages" (not "glass", "bus", "iris").
 */
const PLURAL_IES = /([a-z][a-z])ies\b/g;
/**
 * "-es" after ch, sh, ss, x, z, else "-s" (one pass: both end a word, and what "-es" leaves ends in
 * no "s" that "-s" would take: "glass", not "glas").
 */
const PLURAL_ES_OR_S = /([cs]h|ss|[a-z][xz])es\b|([a-z][a-z][a-hj-rtv-z])s\b/g;
/** An empty phrase ("Odds, & Ends", ", Ends" first): its line is marked with a tab, not read. */
const EMPTY_PHRASE = /\|(?=[|\n])|(?<=\n\d)\|/g;
/**
 * Names of two phrases of which one is a single word, which namePhrases reads with the other's
 * words: "Bird Cages & Stands" -> "bird cage|bird stand" (the modifiers of the first), "Hunting &
 * Tactical Pants" -> "hunting pant|tactical pant" (the head of the last). Phrases of one word each
 * are their keys as they stand ("Coats & Jackets" -> "coat|jacket").
 */
const SHARED_MODIFIERS = /\n(\d)((?:[a-z0-9]+ )+)([a-z0-9]+)\|([a-z0-9]+)(?=\n)/g;
const SHARED_HEAD = /\n(\d)([a-z0-9]+)\|([a-z0-9]+)((?: [a-z0-9]+)+)(?=\n)/g;

/**
 * One line per row of the packed names (lines ended by NAME_LINE_END, as the model ships them, or by
 * '\n'): the row's depth digit, then its keys, '|'-separated: the
 * phraseKey of each of namePhrases' phrases of the name, for a plain name and for a name of
 * phrases of one word or of two phrases of which one is a single word. A line holding a tab (a name
 * outside ASCII, or with an empty phrase) is not read. Names of other phrases are read by the same
 * rules, not always as namePhrases reads them ("Power Tool & Equipment Manuals"): the model build
 * compares every line and skips and ships the names it reads otherwise (nameSkip).
 */
export function nameKeyText(names: string): string {
  // Between newlines, so that every line starts after one and ends before one: a pattern that
  // starts with a literal '\n' is found by a fast scan, where '^' with the m flag tries every place.
  return `\n${names.replaceAll(NAME_LINE_END, '\n')}\n`
    .replace(WIDE, '\t')
    .replace(SPLIT, '|')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .replace(SPACE_AT_LINE_END, '\n')
    .replace(PLURAL_IES, '$1y')
    .replace(PLURAL_ES_OR_S, '$1$2')
    .replace(EMPTY_PHRASE, '\t')
    .replace(SHARED_MODIFIERS, '\n$1$2$3|$2$4')
    .replace(SHARED_HEAD, '\n$1$2$4|$3$4')
    .slice(1, -1);
}
