/**
 * A Hebrew noun that another word qualifies takes its construct form, which the word lists do not
 * hold unless they list the phrase: a feminine "-ה" becomes "-ת" ("קערה", a bowl; "קערת הגשה", a
 * serving bowl), a plural "-ים" (and the dual "-יים") drops its "ם" ("נעליים", shoes; "נעלי ספורט",
 * sport shoes). A title word is also tried in the absolute form, and a plural in the singular the
 * lists hold ("קולבים" -> "קולב", "מגבות" -> "מגבה"); the lexicon takes it only when
 * the word as written is in no table and the absolute form is (lexicon.ts otherForm), so a noun
 * whose own last letter is "ת" or "י" ("מחבת", a pan; "כלי") keeps its reading.
 */

const HEBREW_WORD = /^[\u05d0-\u05ea]+$/;
/** Shortest construct form rewritten: a root of three letters and the ending. */
const MIN_CONSTRUCT = 3;

/** The absolute forms a normalised Hebrew word may be the construct form of. */
export function absoluteForms(word: string): string[] {
  if (word.length < MIN_CONSTRUCT || !HEBREW_WORD.test(word)) return [];
  if (word.endsWith('י')) return [`${word}ם`, `${word}ים`];
  // A plural the lists hold in the singular: "-ים" ("קולבים", hangers), "-ות" of "-ה" ("מגבות").
  if (word.length - 2 >= MIN_CONSTRUCT && word.endsWith('ים')) return [word.slice(0, -2)];
  if (word.length - 2 >= MIN_CONSTRUCT && word.endsWith('ות')) return [`${word.slice(0, -2)}ה`, word.slice(0, -2)];
  if (word.endsWith('ת')) return [`${word.slice(0, -1)}ה`];
  return [];
}
