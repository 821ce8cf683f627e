/**
 * Case and number endings of the Slavic languages whose titles put a product noun in a case the
 * word lists do not hold (issue #15): the genitive plural after a set word ("Zestaw noży",
 * "Sada šroubováků", "Súprava hrncov", "Set lonaca", "Komplet izvijačev", "Комплект ножове"), the
 * instrumental and locative after a preposition ("z kapturem", "s pokrievkami"), the plurals of
 * the feminine nouns ("bundy", "majice") and the Bulgarian definite article ("тенджерата",
 * "обувките"). Each rule is [ending, replacement] on the normalised word (accents off: "ů" is "u",
 * "č" is "c"), most specific first; rules/inflection.ts tries them on a title word no table holds
 * in its own form, and takes the first form that a table does hold.
 *
 * - Polish: genitive plural "-ków" of "-ek" and "-ki" ("garnków" -> "garnek", "klocków" -> "klocki"), "-ek" of "-ka" ("kredek"),
 *   "-i"/"-y" of a plural in "-e" ("pędzli" -> "pędzle"); "-ami", "-ach" of "-a"; the plural "-e",
 *   "-y", "-i" of a noun ending in a consonant ("noże", "noży", "talerze").
 * - Czech: genitive plural "-ů" ("šroubováků", "hrnců" -> "hrnec", "nožů" -> "nože"), "-ek" of
 *   "-ka" ("pastelek"), "-ami", "-ách", "-ech"; plural "-y" of "-a" ("bundy") and of a consonant.
 * - Slovak: genitive plural "-ov" ("hrncov" -> "hrnce", "skrutkovačov"), "-ok"/"-iek" of "-ka"
 *   ("topánok", "stoličiek"); "-ami", "-ach", "-och"; plurals "-y", "-e" of "-a" and of a consonant.
 * - Croatian, Serbian (Latin) and Bosnian: genitive plural "-a" with the fleeting "a" ("lonaca" ->
 *   "lonac", "odvijača"), "-eva", "-ova", "-evi", "-ovi" of short masculines ("noževi"); "-ama",
 *   "-ima"; the plural "-e" of "-a" ("majice", "jakne") and "-i" of a consonant ("lonci" -> "lonac").
 * - Slovenian: genitive plural "-ev", "-ov" ("izvijačev", "loncev" -> "lonec") and the bare stem
 *   of "-a" ("brisač" -> "brisača"); "-ami", "-ah", "-ih"; plurals "-e", "-i" ("majice", "lonci").
 * - Bulgarian: the plural "-ове", "-еве" of short masculines ("ножове"), and the definite article
 *   ("-та", "-ът", "-ят", "-то", "-те": "тенджерата", "обувките"). The other endings are folded by
 *   the Cyrillic key (text.ts foldCyrillic) and the Russian rules, which follow.
 */
import { isSetWord } from './set-of';
import { stemToken } from '../text';

const HR: [string, string][] = [
  ['aca', 'ac'],
  ['aka', 'ak'],
  ['eva', ''],
  ['ova', ''],
  ['evi', ''],
  ['ovi', ''],
  ['ama', 'a'],
  ['ima', ''],
  ['ci', 'ac'],
  ['e', 'a'],
  ['u', 'a'],
  ['a', ''],
  ['i', ''],
  ['u', ''],
];

export const SLAVIC_INFLECTION: Record<string, [string, string][]> = {
  pl: [
    ['kow', 'ek'],
    ['kow', 'ki'],
    ['ek', 'ka'],
    ['ami', 'a'],
    ['ach', 'a'],
    ['i', 'e'],
    ['y', 'e'],
    ['e', ''],
    ['y', ''],
    ['i', ''],
  ],
  cs: [
    ['cu', 'ec'],
    ['ku', 'ek'],
    ['u', ''],
    ['u', 'e'],
    ['u', 'y'],
    ['ek', 'ka'],
    ['ami', 'a'],
    ['ami', ''],
    ['emi', 'e'],
    ['ach', 'a'],
    ['ach', ''],
    ['ech', ''],
    ['ich', 'e'],
    ['y', 'a'],
    ['y', ''],
    ['e', ''],
  ],
  sk: [
    ['cov', 'ce'],
    ['ov', ''],
    ['ov', 'y'],
    ['iek', 'ka'],
    ['iek', 'ky'],
    ['ok', 'ka'],
    ['ok', 'ky'],
    ['ami', 'a'],
    ['ami', ''],
    ['ach', 'a'],
    ['ach', ''],
    ['och', ''],
    ['y', 'a'],
    ['e', 'a'],
    ['y', ''],
    ['e', ''],
    ['i', ''],
  ],
  hr: HR,
  sr: HR,
  bs: HR,
  sl: [
    ['cev', 'ec'],
    ['ci', 'ec'],
    ['ev', ''],
    ['ov', ''],
    ['ami', 'a'],
    ['ah', 'a'],
    ['ih', ''],
    ['om', ''],
    ['e', 'a'],
    ['i', 'a'],
    ['i', ''],
    ['e', ''],
    ['a', ''],
    ['', 'a'],
  ],
  bg: [
    ['ове', ''],
    ['еве', ''],
    ['ата', 'а'],
    ['ята', 'я'],
    ['ите', 'и'],
    ['ете', 'е'],
    ['ето', 'е'],
    ['ът', ''],
    ['ят', ''],
  ],
};

/**
 * The one-vowel case and number endings a listed noun that ends in a consonant takes ("talíř"/
 * "talířů", "pościel"/"pościeli", "odvijač"/"odvijača", "stôl"/"stoly"): a title word of these
 * languages that is a curated word plus one of these vowels is that word (folding takes the vowel
 * off). The nominative plural anywhere in the title (PLURAL_VOWELS: "talerze", "odvijači"); the
 * other cases only after a set word or a preposition that governs them (CASE_VOWELS: "Sada
 * talířů", "Komplet pościeli", "Set odvijača"), where a brand or another language's word spelled
 * so does not stand ("Motorola" is no "motoröl", a Turkish "bisikleti" no Polish word). Only in a
 * title of the language: in others a word so spelled is another word ("panela" is no "panel").
 */
const PLURAL_VOWELS: Record<string, string> = {
  pl: 'ye',
  cs: 'ye',
  sk: 'yei',
  hr: 'i',
  sr: 'i',
  bs: 'i',
  sl: 'i',
};
const CASE_VOWELS: Record<string, string> = {
  pl: 'aeiuy',
  cs: 'aeiuy',
  sk: 'aeiuy',
  hr: 'aeiu',
  sr: 'aeiu',
  bs: 'aeiu',
  sl: 'aeiu',
};
/** Prepositions that govern a case other than the nominative, normalised. */
const HR_PREPOSITIONS = ['od', 'do', 'bez', 'iz', 'za', 's', 'sa', 'na', 'u', 'po', 'pod', 'kod'];
const PREPOSITIONS: Record<string, Set<string>> = {
  pl: new Set(['do', 'dla', 'od', 'bez', 'z', 'ze', 'na', 'w', 'we', 'po', 'pod', 'przy', 'u']),
  cs: new Set(['do', 'od', 'bez', 'z', 'ze', 's', 'se', 'na', 'v', 've', 'po', 'pro', 'pod', 'u']),
  sk: new Set(['do', 'od', 'bez', 'z', 'zo', 's', 'so', 'na', 'v', 'vo', 'po', 'pre', 'pod', 'u']),
  hr: new Set(HR_PREPOSITIONS),
  sr: new Set(HR_PREPOSITIONS),
  bs: new Set(HR_PREPOSITIONS),
  sl: new Set(['od', 'do', 'brez', 'iz', 'za', 's', 'z', 'na', 'v', 'po', 'pod', 'pri']),
};

/**
 * Whether a title word of `lang` is the curated word `fold` (ending in a consonant) with a case
 * vowel; `before`: the title word in front of it.
 */
export function isSlavicCaseForm(token: string, fold: string, lang: string | null, before = ''): boolean {
  const l = lang ?? '';
  const vowels =
    before && (isSetWord(stemToken(before)) || PREPOSITIONS[l]?.has(before)) ? CASE_VOWELS[l] : PLURAL_VOWELS[l];
  return (
    vowels !== undefined &&
    token.length === fold.length + 1 &&
    token.startsWith(fold) &&
    /[^aeiouy]$/.test(fold) &&
    vowels.includes(token.charAt(fold.length))
  );
}

/** Whether `lang` is one of the languages above, whose fleeting vowels inflectedCurated restores. */
export const hasSlavicCases = (lang: string | null): boolean => CASE_VOWELS[lang ?? ''] !== undefined;
