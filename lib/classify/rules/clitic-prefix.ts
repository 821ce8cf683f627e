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
 * as a word of its own before the word (CLITIC_FOR), which cues.ts lists as a for-cue; so is the
 * Arabic "with" (CLITIC_WITH).
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
 * Arabic "ب" (with, by) likewise, a with-cue: "صابون بزيت الزيتون" is soap with olive oil. Hebrew
 * "ב" (in) is left alone: it names a colour or a design more than a part ("בצבע שחור").
 */
export const CLITIC_WITH = { ar: 'ب' } as const;
/**
 * Arabic prefixes, the article's clusters first: "لل" is "ل" before the article, whose alef it
 * drops ("للأطفال"). Normalised (text.ts): "أ" is "ا". `for`: the prefix holds "ل", for.
 */
const ARABIC_PREFIXES: { prefix: string; cue?: string }[] = [
  { prefix: 'ولل', cue: CLITIC_FOR.ar },
  { prefix: 'وال' },
  { prefix: 'فال' },
  { prefix: 'بال', cue: CLITIC_WITH.ar },
  { prefix: 'كال' },
  { prefix: 'لل', cue: CLITIC_FOR.ar },
  { prefix: 'ال' },
  { prefix: 'ول', cue: CLITIC_FOR.ar },
  { prefix: 'و' },
  { prefix: 'ف' },
  { prefix: 'ب', cue: CLITIC_WITH.ar },
  { prefix: 'ل', cue: CLITIC_FOR.ar },
  { prefix: 'ك' },
];
/**
 * Hebrew prefix letters ("משה וכלב"), up to three together: "ו" only first, the article "ה" only
 * last ("וה", "שה", "מה"; "ב", "ל", "כ" take the article's place: "בבית", in the house).
 */
const HEBREW_PREFIX_LETTERS = new Set(['מ', 'ש', 'ה', 'ו', 'כ', 'ל', 'ב']);
const MAX_HEBREW_PREFIX = 3;

/** A word without a prefix it may carry, and the for- or with-preposition the prefix holds, if any. */
export interface CliticSplit {
  rest: string;
  cue?: string;
}

/**
 * The ways a normalised Arabic or Hebrew word may split into prefixes and a word: the article's
 * clusters first in Arabic, the shortest prefix first in Hebrew.
 */
export function cliticSplits(word: string): CliticSplit[] {
  if (ARABIC_LETTER.test(word)) {
    return ARABIC_PREFIXES.filter(
      ({ prefix }) => word.startsWith(prefix) && word.length - prefix.length >= MIN_REST,
    ).map(({ prefix, cue }) => ({ rest: word.slice(prefix.length), ...(cue ? { cue } : {}) }));
  }
  if (!HEBREW_LETTER.test(word)) return [];
  const out: CliticSplit[] = [];
  let isFor = false;
  for (let n = 1; n <= MAX_HEBREW_PREFIX && word.length - n >= MIN_REST; n++) {
    const letter = word[n - 1];
    if (!HEBREW_PREFIX_LETTERS.has(letter) || (letter === 'ו' && n > 1)) break;
    isFor ||= letter === 'ל';
    const rest = word.slice(n);
    const cue = isFor ? { cue: CLITIC_FOR.he } : {};
    out.push({ rest, ...cue });
    // A word's own first "ו" is written double after a prefix ("הווילון": "ה" + "וילון").
    if (rest.startsWith('וו') && rest.length > MIN_REST) out.push({ rest: rest.slice(1), ...cue });
    // The article ends a cluster: after "ה" comes the word.
    if (letter === 'ה') break;
  }
  return out;
}

/** The words a normalised Arabic or Hebrew word may be without its prefixes (cliticSplits). */
export function cliticForms(word: string): string[] {
  return cliticSplits(word).map((s) => s.rest);
}
