/**
 * Arabic and Hebrew write the article and the short prepositions and conjunctions as part of the
 * next word: Arabic "ال" (the), "و" (and), "ب" (with), "ل" (for), "ف", "ك" and their clusters
 * ("الحذاء", the shoe; "للأطفال", for the children; "والحقيبة"); Hebrew "ה" (the), "ו" (and),
 * "ב" (in), "ל" (for, to), "מ" (from), "ש" (that), "כ" (as) and theirs ("החולצה", "לילדים",
 * "ובבית"). The word lists hold the bare word ("حذاء", "חולצה"), so a title word is also read
 * without such a prefix. The same letters begin many words as part of their stem ("بنطلون",
 * trousers; "מחבת", a pan; "לוח", a board): a prefix is taken off only when the word as written is
 * in no table and the word left is (lexicon.ts), and at least MIN_REST letters are left.
 *
 * "For" on a word says what the product is for, as the for-cue written apart does ("شاحن للابتوب",
 * a charger for a laptop; "תיק למחשב נייד", a laptop bag): the lexicon puts that preposition back
 * as a word of its own before the word (CLITIC_FOR), which cues.ts lists as a for-cue.
 */

const ARABIC_LETTER = /^[\u0620-\u064a]/;
const HEBREW_LETTER = /^[\u05d0-\u05ea]/;
/** Arabic or Hebrew letters: a title word that may carry such a prefix. */
export const SEMITIC_WORD = /^[\u0620-\u064a\u05d0-\u05ea]/;
/** Shortest word left after a prefix: Arabic and Hebrew nouns have a root of three letters. */
const MIN_REST = 3;
/** The for-prepositions a prefix is rewritten as, a word of their own (cues.ts). */
export const CLITIC_FOR = { ar: 'ل', he: 'ל' } as const;
/**
 * Arabic prefixes, the article's clusters first: "لل" is "ل" before the article, whose alef it
 * drops ("للأطفال"). Normalised (text.ts): "أ" is "ا". `for`: the prefix holds "ل", for.
 */
const ARABIC_PREFIXES: { prefix: string; for: boolean }[] = [
  { prefix: 'ولل', for: true },
  { prefix: 'وال', for: false },
  { prefix: 'فال', for: false },
  { prefix: 'بال', for: false },
  { prefix: 'كال', for: false },
  { prefix: 'لل', for: true },
  { prefix: 'ال', for: false },
  { prefix: 'ول', for: true },
  { prefix: 'و', for: false },
  { prefix: 'ف', for: false },
  { prefix: 'ب', for: false },
  { prefix: 'ل', for: true },
  { prefix: 'ك', for: false },
];
/**
 * Hebrew prefix letters ("משה וכלב"), up to three together: "ו" only first, the article "ה" only
 * last ("וה", "שה", "מה"; "ב", "ל", "כ" take the article's place: "בבית", in the house).
 */
const HEBREW_PREFIX_LETTERS = new Set(['מ', 'ש', 'ה', 'ו', 'כ', 'ל', 'ב']);
const MAX_HEBREW_PREFIX = 3;

/** A word without a prefix it may carry, and the for-preposition the prefix holds, if any. */
export interface CliticSplit {
  rest: string;
  forCue?: string;
}

/**
 * The ways a normalised Arabic or Hebrew word may split into prefixes and a word: the article's
 * clusters first in Arabic, the shortest prefix first in Hebrew.
 */
export function cliticSplits(word: string): CliticSplit[] {
  if (ARABIC_LETTER.test(word)) {
    return ARABIC_PREFIXES.filter(
      ({ prefix }) => word.startsWith(prefix) && word.length - prefix.length >= MIN_REST,
    ).map((p) => ({ rest: word.slice(p.prefix.length), ...(p.for ? { forCue: CLITIC_FOR.ar } : {}) }));
  }
  if (!HEBREW_LETTER.test(word)) return [];
  const out: CliticSplit[] = [];
  let isFor = false;
  for (let n = 1; n <= MAX_HEBREW_PREFIX && word.length - n >= MIN_REST; n++) {
    const letter = word[n - 1];
    if (!HEBREW_PREFIX_LETTERS.has(letter) || (letter === 'ו' && n > 1)) break;
    isFor ||= letter === 'ל';
    out.push({ rest: word.slice(n), ...(isFor ? { forCue: CLITIC_FOR.he } : {}) });
    // The article ends a cluster: after "ה" comes the word.
    if (letter === 'ה') break;
  }
  return out;
}

/** The words a normalised Arabic or Hebrew word may be without its prefixes (cliticSplits). */
export function cliticForms(word: string): string[] {
  return cliticSplits(word).map((s) => s.rest);
}
