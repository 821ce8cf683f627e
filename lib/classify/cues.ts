/**
 * Words that change how much a title hit counts. They are language cues, not product data, so
 * they live here as word lists by language: "Hülle für iPhone 13" is a case, the iPhone is only
 * what it fits; "verre à bière" is a glass, the beer only says which.
 */
import { CJK_FOR_MARKERS } from './segment';
import { FUNCTION_WORDS_BY_LANG } from './rules/function-words';
import { CLITIC_FOR, CLITIC_WITH } from './rules/clitic-prefix';
import { normalizeText, stemToken } from './text';

/** After one of these, the words name what the product fits or serves, not what it is. */
const FOR_WORDS: Record<string, string[]> = {
  en: ['for', 'compatible', 'fits', 'fit'],
  // "zum Smartphone", "über App", "per App": what the product connects to or is run from.
  de: ['für', 'fuer', 'kompatibel', 'passend', 'zum', 'zur', 'über', 'per'],
  fr: ['pour', 'compatible'],
  es: ['para', 'compatible'],
  it: ['per', 'compatibile'],
  nl: ['voor', 'geschikt'],
  // Polish "na" is "for" in product names: "Torba na laptopa", "Etui na telefon", "Stojak na rowery".
  pl: ['do', 'dla', 'na'],
  pt: ['para'],
  sv: ['för', 'till'],
  da: ['til', 'kompatibel'],
  // Czech "pro" (for) is left out: in titles it is far more often a model name ("iPhone 15 Pro").
  ru: ['для'],
  // Ukrainian, Greek, Romanian, Norwegian: "Чохол для телефону", "Θήκη για κινητό", "Husă pentru telefon".
  uk: ['для'],
  el: ['για'],
  ro: ['pentru', 'compatibil'],
  no: ['til', 'for'],
  // Slovak "pre", "na" ("Krmivo pre psov", "Taška na notebook"); Croatian, Slovenian, Bulgarian "za".
  sk: ['pre', 'na'],
  hr: ['za'],
  sl: ['za'],
  bg: ['за'],
  // Lithuanian "skirtas" (meant for; the noun after it is in the dative: "Dėklas, skirtas telefonui")
  // and Vietnamese "cho" (for: "Thức ăn cho chó", dog food). With "vi" here, the other languages'
  // cues stop counting in a Vietnamese title: its "đồ" (goods: "đồ chơi", "đồ lót") folds to "do",
  // the Polish "for", which made the rest of the title what the product is for.
  lt: ['skirtas', 'skirta', 'skirti'],
  // Latvian "priekš" (for) and "paredzēts" (meant for): "Vāciņš priekš iPhone 13".
  lv: ['priekš', 'paredzēts', 'paredzēta', 'paredzēti'],
  vi: ['cho'],
  // Indonesian and Malay "untuk" ("Casing untuk iPhone 13", "Makanan untuk kucing"), Hebrew "עבור"
  // (for; the prefix "ל" is glued to its noun), Arabic "لـ" written apart before a Latin name
  // ("كفر لـ ايفون 13") and "متوافق" (compatible); and "ל", "ل" as the lexicon writes apart the
  // for-prefix of a word ("לאייפון", "للابتوب": rules/clitic-prefix.ts).
  id: ['untuk'],
  ms: ['untuk'],
  he: ['עבור', CLITIC_FOR.he],
  ar: ['لـ', 'متوافق', CLITIC_FOR.ar],
  // Thai "สำหรับ" (for: "เคสสำหรับ iPhone 15", "อาหารสำหรับแมว"), a word of its own once the title is segmented.
  th: ['สำหรับ'],
};

/**
 * After one of these, the words list features or bundled extras; so do the smaller languages'
 * "without" ("Sesalnik brez vrečke", "Putekļu sūcējs bez maisiņa", "Pembersih vakum tanpa beg",
 * "שואב אבק ללא שקית", "مكنسة بدون كيس"): what the product does without is no product of the title.
 */
const WITH_WORDS: Record<string, string[]> = {
  en: ['with', 'incl', 'including', 'includes', 'w'],
  de: ['mit', 'inkl', 'inklusive'],
  fr: ['avec'],
  es: ['con'],
  it: ['con'],
  nl: ['met'],
  pl: ['z'],
  pt: ['com'],
  sv: ['med'],
  da: ['med', 'inkl'],
  cs: ['s'],
  ru: ['с'],
  uk: ['з', 'із', 'зі'],
  el: ['με', 'χωρίς'],
  ro: ['cu'],
  no: ['med', 'uten'],
  sk: ['s', 'so', 'bez'],
  hr: ['s', 'sa'],
  sl: ['s', 'z', 'brez'],
  bg: ['с', 'със', 'без'],
  lt: ['su'],
  // Latvian "ar", Estonian "koos" ("Jaka ar kapuci", "Pott koos kaanega").
  lv: ['ar', 'bez'],
  et: ['koos', 'ilma'],
  id: ['dengan', 'tanpa'],
  ms: ['dengan', 'tanpa'],
  he: ['עם', 'ללא', 'בלי'],
  // "ب" as the lexicon writes apart the with-prefix of a word ("بزيت": rules/clitic-prefix.ts).
  ar: ['مع', 'بدون', CLITIC_WITH.ar],
};

/**
 * Romance "of"/"to": the head noun comes first and what follows qualifies it ("couteau à beurre",
 * "pantalon de sport", "bicchiere da birra", "copo de cerveja").
 */
const OF_WORDS: Record<string, string[]> = {
  fr: ['de', 'du', 'des', 'a', 'au', 'aux'],
  es: ['de', 'del'],
  it: ['di', 'da', 'del', 'della', 'dei', 'al', 'alla', 'allo', 'ai', 'alle', 'agli'],
  pt: ['de', 'do', 'da', 'dos', 'das'],
};

const toSet = (lists: Record<string, string[]>) =>
  new Set(
    Object.values(lists)
      .flat()
      // As titles are: a Thai word's vowel "ำ" stays whole (text.ts), "ł" is "l".
      .map((w) => stemToken(normalizeText(w))),
  );

export const FOR_CUES = toSet(FOR_WORDS);
/**
 * Languages whose function words the lists above know. In a title of one of them only its own
 * cue words count (and the English for- and with-words, which shops of every language write):
 * "Cook Do Sweet and Sour Sauce" is an English title, and its "Do" is a brand, not the Polish
 * "for" nor the Portuguese "of the". Other titles (Korean, Japanese, Chinese, unknown) keep every
 * language's cues: their Latin words come from anywhere.
 */
const SCOPED_LANGS = new Set([...Object.keys(FOR_WORDS), ...Object.keys(WITH_WORDS)]);

/** The cue set of a title's language: its own words (plus English ones), or every language's. */
function scopedCues(lists: Record<string, string[]>, withEnglish: boolean): (lang: string | null) => Set<string> {
  const all = toSet(lists);
  const byLang = new Map<string, Set<string>>();
  return (lang) => {
    if (lang === null || !SCOPED_LANGS.has(lang)) return all;
    let set = byLang.get(lang);
    if (!set) {
      set = toSet({ [lang]: lists[lang] ?? [], ...(withEnglish ? { en: lists.en ?? [] } : {}) });
      byLang.set(lang, set);
    }
    return set;
  };
}
/** For-, with- and of-cues of a title's language (see SCOPED_LANGS). */
export const forCuesIn = scopedCues(FOR_WORDS, true);
export const withCuesIn = scopedCues(WITH_WORDS, true);
export const ofCuesIn = scopedCues(OF_WORDS, false);
/** The for-cues of one language, normalised and stemmed ("для", "para", "dla"). */
export const forCuesOf = (lang: string): Set<string> => toSet({ [lang]: FOR_WORDS[lang] ?? [] });
export const OF_CUES = toSet(OF_WORDS);
/**
 * Markers that make the words BEFORE them say what the product is for: the CJK ones
 * ("iPhone用ケース") and Turkish "için" (for) and "uyumlu" (compatible), postpositions
 * ("iPhone 13 için kılıf").
 */
export const FOR_BEFORE_CUES = new Set([...CJK_FOR_MARKERS, 'icin', 'uyumlu']);

/** Weight of a hit found after a for-cue, and after a with-cue (before any for-cue). */
export const FOR_ZONE_WEIGHT = 0.2;
export const WITH_ZONE_WEIGHT = 0.45;
/** After an "of": a qualifier of the head before it, not nothing ("Pantalon de sport"). */
export const OF_ZONE_WEIGHT = 0.5;

/**
 * Function words tell a title's language when the page does not ("If Angels Fall", "Hülle für
 * ..."): with it, a translated word from another language that happens to be spelled like a title
 * word (German "Falle" folds to "fall") counts for less. The words are rules/function-words.ts's,
 * normalised as titles are; words shared by several languages count for each, and only a single
 * clear winner is a guess.
 */
const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS_BY_LANG)) {
  for (const w of words) {
    const key = normalizeText(w);
    const langs = WORD_LANGS.get(key) ?? [];
    if (!langs.includes(lang)) WORD_LANGS.set(key, [...langs, lang]);
  }
}

/** The language a title's function words point to, or null when none or several tie. Tokens normalised, unstemmed. */
export function guessLanguage(tokens: string[]): string | null {
  const votes = new Map<string, number>();
  for (const t of tokens) for (const lang of WORD_LANGS.get(t) ?? []) votes.set(lang, (votes.get(lang) ?? 0) + 1);
  let best: string | null = null;
  let top = 0;
  let tie = false;
  for (const [lang, n] of votes) {
    if (n > top) [best, top, tie] = [lang, n, false];
    else if (n === top) tie = true;
  }
  return tie ? null : best;
}
