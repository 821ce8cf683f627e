/**
 * Word edges for regexes built from word lists, one definition for every words module (no imports:
 * the always-on detector's words-buy.ts takes it too).
 *
 * Not `\b`: JavaScript's `\b` knows only ASCII letters, so a word ending in "ü", "é", "ł", "ş" or a
 * Cyrillic letter never ends before a space ("zurück zur Übersicht"), and a word runs on into one
 * ("order" in "Orderé"). These edges take the letters of the Latin, Greek and Cyrillic blocks as
 * letters, and need neither the `u` flag nor `\p{L}` (with the `i` flag a `\p{L}` regex costs the
 * browser tens of milliseconds to compile on a loaded machine, on every page load). On ASCII
 * neighbours they are `\b` exactly (digits and "_" count as word characters, as for `\b`). The
 * `u` regexes of wordsSource (words.ts) use `\p{L}\p{N}` edges instead, which also know the other
 * scripts.
 */

/** Letters of the Latin, Greek and Cyrillic blocks, as code-point ranges (a unit may touch a digit: "850g2"). */
const LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb5, 0xb5],
  [0xba, 0xba],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x2af],
  [0x370, 0x3ff],
  [0x400, 0x52f],
];
/** The same letters, as class contents (word-edges.test.ts checks that both say the same). */
const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02AF\u0370-\u03FF\u0400-\u052F`;
/** Those letters, digits and "_", as class contents. */
export const WORD_CHAR = `0-9${LETTER}_`;

/** Where a word starts: no word character before (`\b` before a word, for every letter above). */
export const WORD_START = `(?<![${WORD_CHAR}])`;
/** Where a word ends: no word character after (`\b` after a word, for every letter above). */
export const WORD_END = `(?![${WORD_CHAR}])`;
/** Where a unit ends: no letter after. */
export const NO_LETTER_AFTER = `(?![${LETTER}])`;

/** Whether a UTF-16 code unit is a word character of WORD_CHAR (letters above, digits, "_"), without a regex. */
export function isWordChar(c: number): boolean {
  if ((c >= 0x30 && c <= 0x39) || c === 0x5f) return true;
  for (const [a, b] of LETTER_RANGES) if (c >= a && c <= b) return true;
  return false;
}
