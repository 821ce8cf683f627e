/**
 * Text normalisation shared by the model builder and the runtime classifier: both sides must
 * turn "Strickpullover", "T-Shirts", "Ordinateurs portables", "Куртки" and "ビールグラス" into the
 * same tokens.
 */
import { foldTraditional } from './hanzi-fold';
import { segmentWords, UNSPACED_RUN } from './unspaced';

/** Han, kana and Hangul: scripts written without spaces between words (Korean glues particles on). */
// Code-point ranges rather than \p{Script=...}: several times faster on the title hot path.
export const CJK_CHAR = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;
const CJK_RUN = /([\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+)/g;
/**
 * Not a letter, a digit or a combining mark: the vowel signs of Thai, Lao, Khmer, Myanmar and the
 * Indic scripts are combining marks inside the word ("น้ำมัน", "कुर्ता"), so taking them for gaps
 * cut every such word into letters. Latin accents are off before (NFKD), Arabic and Hebrew vowel
 * points too (OPTIONAL_POINTS).
 */
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;
/**
 * The vowel points and cantillation of Hebrew and the harakat and dagger alef of Arabic:
 * written or left out at will ("كِتَاب", "كتاب"; "חוּלצה", "חולצה"), so they are dropped. The hamza
 * of "أ", "ؤ", "ئ" is not among them once NFC has put it back on its letter.
 */
const OPTIONAL_POINTS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670]/g;
/**
 * Letters that Unicode decomposition leaves whole (ł, ø, æ, œ, đ, ı): folded by hand like ß, or a
 * Polish "Krzesło" keeps a letter outside a-z and misses the inflection folding that "Krzesla"
 * gets (foldToken folds only plain Latin words), and a Danish "Skål" and "Skøl" differ in kind.
 */
const UNDECOMPOSED = /[łøæœđı]/g;
const UNDECOMPOSED_TO: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };
/**
 * Arabic letters that titles write one way or the other: the alef with or without its hamza or
 * madda ("أحذية", "احذية"), the closing "ة" as "ه" ("مقلاة", "مقلاه"), the final "ى" as "ي".
 */
const ARABIC_VARIANT = /[أإآىة]/g;
const ARABIC_VARIANT_TO: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ى: 'ي', ة: 'ه' };

/**
 * Lower-case, strip accents (ü -> u, é -> e, й -> и), ß -> ss, fold full-width forms, keep letter
 * and digit runs of every script, set CJK runs apart from Latin words ("iPhone用ケース" ->
 * "iphone 用ケース") and fold their traditional Chinese characters to simplified ones ("藍牙" ->
 * "蓝牙", hanzi-fold.ts).
 */
export function normalizeText(s: string): string {
  // Unicode decomposition is the slow part: skip it for plain ASCII (most taxonomy names).
  if (/^[\x00-\x7f]*$/.test(s)) {
    return s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  }
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(OPTIONAL_POINTS, '')
    .replace(ARABIC_VARIANT, (c) => ARABIC_VARIANT_TO[c] ?? c)
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(UNDECOMPOSED, (c) => UNDECOMPOSED_TO[c] ?? c)
    .replace(CJK_RUN, (run: string) => ` ${foldTraditional(run)} `)
    .replace(UNSPACED_RUN, (run: string) => ` ${segmentWords(run)} `)
    .replace(NOT_WORD, ' ')
    .trim();
}

/** Vowels (and the soft and short signs) that end inflected nouns in the Slavic languages. */
const CYRILLIC_CHAR = /[\u0400-\u04ff]/;
const CYRILLIC_ENDING = /[аяыиоеьйую]{1,2}$/;
/** Final vowels of inflected nouns; "y" is the Polish plural ("Rowery", "Telewizory", "Laptopy"). */
const LATIN_VOWEL_END = /[aeiouy]$/;
/**
 * The fleeting vowel of Polish and Russian nouns: it is there in the singular a title uses and
 * gone in the plural a category name uses ("kubek"/"Kubki", "widelec"/"Widelce",
 * "носок"/"Носки", "платок"/"Платки"), so the folded key drops it.
 */
const LATIN_FLEETING_VOWEL = /e([kc])$/;
const CYRILLIC_FLEETING_VOWEL = /[оеё]([кц])$/;

/**
 * English plural folding ("dresses" -> "dress", "accessories" -> "accessory"), the key of the
 * English names and curated words and of title tokens looked up there. Tokens with digits are
 * model numbers and stay as they are.
 */
export function stemToken(t: string): string {
  if (t.length <= 3 || /\d/.test(t) || CJK_CHAR.test(t)) return t;
  if (CYRILLIC_CHAR.test(t)) return foldCyrillic(t);
  if (t.endsWith('ies') && t.length > 4) return t.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes)$/.test(t)) return t.slice(0, -2);
  if (t.endsWith('s') && !/(ss|us|is)$/.test(t)) return t.slice(0, -1);
  return t;
}

/**
 * The inflection folder of the translated phrases only: after the plural, one final vowel or
 * "-en" off a longer word, which folds the commonest singular/plural pairs of the other languages
 * onto one key ("Jacke"/"Jacken", "pantalone"/"pantaloni"; "куртка"/"куртки"). Applied to English
 * words it merged words apart ("Wooden" -> "wood", "Motorola" -> "motorol", "Style" -> "styl"), so
 * English names and curated words keep stemToken and only the translated phrases use this.
 */
export function foldToken(t: string): string {
  if (t.length <= 3 || /\d/.test(t) || CJK_CHAR.test(t)) return t;
  const s = stemToken(t);
  if (s.length >= 5 && /^[a-z]+$/.test(s)) {
    if (s.length >= 6 && s.endsWith('en')) return s.slice(0, -2);
    if (LATIN_VOWEL_END.test(s)) return s.slice(0, -1);
    return s.replace(LATIN_FLEETING_VOWEL, '$1');
  }
  return s;
}

/**
 * A Cyrillic word without its case ending: the key of every Russian word, whether a title's, a
 * curated word's or a translated name's ("сумка", "сумки", "сумку", "сумок" -> "сумк"). Russian
 * nouns and adjectives take a case ending on every use, so a word matched only as listed misses
 * most titles ("Сумки женские", "Набор кружек"); Cyrillic keys never meet English ones, so the
 * folding cannot merge an English word with a foreign one.
 */
function foldCyrillic(s: string): string {
  // Nouns inflect from four letters on ("печь"/"печи", "ножи"/"нож"); the stem keeps three.
  if (s.length >= 4 && CYRILLIC_ENDING.test(s)) {
    const stem = s.replace(CYRILLIC_ENDING, '');
    return stem.length >= 3 ? stem : s;
  }
  if (s.length >= 5) return s.replace(CYRILLIC_FLEETING_VOWEL, '$1');
  return s;
}

/** The key of a translated phrase: its folded tokens joined by one space. */
export function foldedKey(s: string): string {
  const norm = normalizeText(s);
  return norm ? norm.split(' ').map(foldToken).join(' ') : '';
}

/** Normalised, stemmed tokens of a string. */
export function tokenize(s: string): string[] {
  const norm = normalizeText(s);
  return norm ? norm.split(' ').map(stemToken) : [];
}

/** The lexicon key of a phrase: its stemmed tokens joined by one space. */
export function phraseKey(s: string): string {
  return tokenize(s).join(' ');
}
