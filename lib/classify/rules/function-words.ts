/**
 * Function words of the shops' languages (articles, prepositions, conjunctions), by language: the
 * one list behind two readers. cues.ts guesses a title's language from them when the page does
 * not say ("Hülle für ...", "If Angels Fall"); rules/bayes-words.ts keeps them from counting as
 * product words in the naive Bayes vote ("the", "för"). Words shared by several languages are
 * listed under each. Written as shops spell them; readers normalise them as titles are
 * (normalizeText: "für" -> "fur", "för" -> "for").
 */
export const FUNCTION_WORDS_BY_LANG: Readonly<Record<string, readonly string[]>> = {
  // "a" is also a Romance preposition ("à"): listed under each, it tells no language alone.
  en: ['the', 'a', 'an', 'and', 'or', 'for', 'with', 'of', 'if', 'from', 'your', 'by', 'to', 'in', 'on', 'at', 'new'],
  de: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'und',
    'oder',
    'für',
    'fuer',
    'mit',
    'aus',
    'von',
    'zu',
    'zum',
    'zur',
  ].concat(['im', 'in', 'am', 'ein', 'eine', 'einen', 'neu']),
  fr: ['le', 'la', 'les', 'un', 'une', 'a', 'et', 'ou', 'pour', 'avec', 'des', 'du', 'de', 'en', 'au', 'aux'],
  es: ['el', 'los', 'las', 'a', 'y', 'o', 'para', 'por', 'con', 'del', 'de', 'al'],
  it: ['il', 'lo', 'gli', 'a', 'e', 'per', 'con', 'di', 'da', 'della', 'dei', 'nel'],
  nl: ['het', 'een', 'en', 'voor', 'met', 'van', 'op'],
  pt: ['o', 'os', 'as', 'a', 'e', 'um', 'uma', 'para', 'com', 'do', 'da', 'dos', 'das', 'em'],
  sv: ['och', 'för', 'med', 'till', 'av'],
  // Danish and Norwegian ("og", "til"): "med" and "av" are left to Swedish, so a Swedish title's
  // "med" still tells its language alone. Left out as words of titles in other languages too:
  // Portuguese "no", "na" ("No Frost"), Danish "af" ("AF-S", autofocus).
  da: ['og', 'til'],
  // Turkish "ve" (and), "için" (for), "ile" (with).
  tr: ['ve', 'için', 'ile'],
  pl: ['i', 'do', 'dla', 'z', 'na'],
  // Estonian "ja", "ning" (and), "koos" (with), "jaoks" (for); Latvian "ar" (with), "vai" (or),
  // "priekš" (for). Latvian "un" (and) is left to French.
  et: ['ja', 'ning', 'koos', 'jaoks'],
  lv: ['ar', 'vai', 'priekš'],
};
