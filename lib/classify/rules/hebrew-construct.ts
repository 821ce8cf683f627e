/**
 * A Hebrew noun that another word qualifies takes its construct form, which the word lists do not
 * hold unless they list the phrase: a feminine "-ה" becomes "-ת" ("קערה", a bowl; "קערת הגשה", a
 * serving bowl), a plural "-ים" (and the dual "-יים") drops its "ם" ("נעליים", shoes; "נעלי ספורט",
 * sport shoes). A title word is also tried in the absolute form; the lexicon takes it only when
 * the word as written is in no table and the absolute form is (lexicon.ts otherForm), so a noun
 * whose own last letter is "ת" or "י" ("מחבת", a pan; "כלי") keeps its reading.
 */

const HEBREW_WORD = /^[\u05d0-\u05ea]+$/;
/** Shortest construct form rewritten: a root of three letters and the ending. */
const MIN_CONSTRUCT = 3;

/** The absolute forms a normalised Hebrew word may be the construct form of. */
export function absoluteForms(word: string): string[] {
  if (word.length < MIN_CONSTRUCT || !HEBREW_WORD.test(word)) return [];
  if (word.endsWith('ת')) return [`${word.slice(0, -1)}ה`];
  if (word.endsWith('י')) return [`${word}ם`, `${word}ים`];
  return [];
}
