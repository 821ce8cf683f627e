/**
 * Which of a title's known words may carry the naive Bayes vote. The vote was trained on
 * PriceRunner's electronics titles, where "the", a maker's name and a volume in millilitres are
 * common too: "Stanley / Термокружка The Quencher 450 мл" knew only "the" and "450" and voted
 * Televisions. A vote needs a known plain word that names something: not the title's first word
 * (the maker, in most titles: "Bosch", "Samsung"), not a function word of any language, not a
 * number or a model code's letter prefix. And a word the vote cannot read, in any script
 * ("Термокружка", "قهوة"), counts in the title's words, so a title the vote mostly cannot read
 * is not its to decide.
 */
import { normalizeText } from '../text';
import { FUNCTION_WORDS_BY_LANG } from './function-words';

/**
 * Function words of the shops' languages (rules/function-words.ts, the list cues.ts guesses a
 * title's language from), normalised as title tokens are: a listed "för" or "für" is the "for" and
 * "fur" a title's tokens hold.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  Object.values(FUNCTION_WORDS_BY_LANG)
    .flat()
    .map((w) => normalizeText(w)),
);

/** A token with a letter of any script and no digit: a word, not a number or a code. */
const WORD = /^[^\d]*\p{L}[^\d]*$/u;

export const isWord = (token: string): boolean => WORD.test(token);

/**
 * Whether a known token can name the product: a plain word, not the maker's first-word slot, not
 * a function word. `index` is the token's place in the title's tokens.
 */
export function namesProduct(token: string, index: number, plain: RegExp): boolean {
  return index > 0 && plain.test(token) && !FUNCTION_WORDS.has(token);
}
