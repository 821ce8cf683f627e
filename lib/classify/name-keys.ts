/**
 * The lexicon keys of the taxonomy's plain English names, derived on worker start from the names
 * the model ships anyway (its packed tree) instead of shipping them a second time as a table: the
 * table took about 20 kB of the model's 300 kB gzipped budget (#15).
 *
 * Speed: a worker start runs this cold. A call per name (`namePhrases` and `phraseKey`) took
 * 20-60 ms, so the keys come from a few regular expressions over the whole text at once (native
 * code), each written to match rarely or without backtracking: an expression that tried every word
 * start and backtracked over the word ("\b[a-z]*(ch|sh)es\b") alone took 4-7 ms.
 * They give `phraseKey(name)` for a name of one phrase in plain ASCII ("Bird Cages" -> "bird cage");
 * a name `namePhrases` splits ("&", ",", "and") or one outside ASCII holds a tab, is not read, and
 * the model ships its keys in the compiled table as before. The model build checks the result row
 * by row against `namePhrases` and `phraseKey` (scripts/classify/compile-lexicon.ts).
 */

/** What `namePhrases` splits a name at, and letters `normalizeText` reads outside its ASCII fast path. */
const SPLIT_OR_WIDE = /[,&\u0080-\uffff]|\band\b/g;
/** Runs of what is neither a letter, a digit nor a line's end, with the spaces around them. */
const NOT_WORD = / *[^a-z0-9\n\t ][^a-z0-9\n\t]* *| {2,}/g;
const SPACE_AT_LINE_END = / \n ?|\n | $/g;
/**
 * stemToken's English plural rules, anchored on the ending (no word is scanned twice), on words
 * longer than three letters: "accessories", "dresses"/"boxes", "cages" (not "glass", "bus", "iris").
 */
const PLURAL_IES = /([a-z][a-z])ies\b/g;
const PLURAL_ES = /([cs]h|ss|[a-z][xz])es\b/g;
const PLURAL_S = /([a-z][a-z][a-hj-rtv-z])s\b/g;

/**
 * One line per row of the packed names: the row's depth digit, then its key; a line holding a tab
 * is a name that is not one plain phrase, and is not read.
 */
export function nameKeyText(names: string): string {
  return names
    .replace(SPLIT_OR_WIDE, '\t')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .replace(SPACE_AT_LINE_END, '\n')
    .replace(PLURAL_IES, '$1y')
    .replace(PLURAL_ES, '$1')
    .replace(PLURAL_S, '$1');
}
