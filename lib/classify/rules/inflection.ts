/**
 * Other forms of a title word, for the inflection classes that one folded key cannot join
 * (foldToken takes one final vowel off, which joins "pentola"/"pentole" but not these):
 *
 * - Russian case endings with a consonant: genitive plural "-ов", "-ев" ("Набор носков" ->
 *   "носки"), dative, instrumental and prepositional "-ам", "-ами", "-ах", "-ом", "-ем",
 *   adjectives "-ых", "-ого", "-ому", "-ым";
 * - Polish genitive plural "-ów" ("Zestaw garnków" -> "garnki"), "-ami", "-ach", "-om", "-em";
 * - Italian plurals of "-co"/"-ca", "-go"/"-ga" that take an h ("giacche" -> "giacca",
 *   "tacchi" -> "tacco"), and of "-io" ("orologi" -> "orologio");
 * - Portuguese "-ão"/"-ões"/"-ães" ("decoração"/"decorações"), "-m"/"-ns" ("bagagem"/"bagagens"),
 *   "-l"/"-is" ("móvel"/"móveis", "lençol"/"lençóis", "animal"/"animais");
 * - Spanish "-z"/"-ces" ("lápiz"/"lápices");
 * - French "-al"/"-aux" ("journal"/"journaux") and the "-x" plural of "-eau", "-eu", "-ou"
 *   ("couteau"/"couteaux", "jeu"/"jeux", "bijou"/"bijoux");
 * - Turkish "-lar"/"-ler" and the possessive "-(s)ı/i/u/ü" that a compound's head takes
 *   ("vidaları", "kapı kolu", "kapı menteşesi"), one way: the word lists hold the bare noun;
 * - Danish "-er", "-erne", "-en", "-et" ("skruer", "hængslerne", "stigen").
 *
 * A title word and a taxonomy name can stand in either form, so each rule goes both ways where
 * the language has both forms. The endings are matched on the normalised word (accents off: "ções"
 * is "coes"), and a rewritten word is then folded as usual; the classifier takes an other form
 * only when the word's own key is in no table and the other form's is (lexicon.ts).
 */

/** [ending, replacement] on a normalised word, by language. */
const INFLECTION_RULES: Record<string, [string, string][]> = {
  ru: [
    ['ами', ''],
    ['ями', ''],
    ['ого', ''],
    ['его', ''],
    ['ому', ''],
    ['ему', ''],
    ['ыми', ''],
    ['ими', ''],
    ['ов', ''],
    ['ев', ''],
    ['ам', ''],
    ['ям', ''],
    ['ах', ''],
    ['ях', ''],
    ['ом', ''],
    ['ем', ''],
    ['ых', ''],
    ['их', ''],
    ['ым', ''],
    ['им', ''],
  ],
  pl: [
    ['ami', ''],
    ['ach', ''],
    ['ow', ''],
    ['om', ''],
    ['em', ''],
  ],
  it: [
    ['chi', 'co'],
    ['che', 'ca'],
    ['ghi', 'go'],
    ['ghe', 'ga'],
    ['co', 'chi'],
    ['ca', 'che'],
    ['go', 'ghi'],
    ['ga', 'ghe'],
    ['i', 'io'],
    ['io', 'i'],
  ],
  pt: [
    ['oes', 'ao'],
    ['aes', 'ao'],
    ['ao', 'oes'],
    ['ns', 'm'],
    ['m', 'ns'],
    ['ais', 'al'],
    ['eis', 'el'],
    ['ois', 'ol'],
    ['uis', 'ul'],
    ['al', 'ais'],
    ['el', 'eis'],
    ['ol', 'ois'],
    ['ul', 'uis'],
  ],
  es: [
    ['ces', 'z'],
    ['z', 'ces'],
  ],
  // Turkish plural and the possessive ending of a noun compound's head ("vidaları", "kapı kolu",
  // "menteşesi" -> "vida", "kol", "menteşe"), with the vowel harmony's forms.
  tr: [
    ['lari', ''],
    ['leri', ''],
    ['lar', ''],
    ['ler', ''],
    ['si', ''],
    ['su', ''],
    ['i', ''],
    ['u', ''],
  ],
  // Danish plural and definite endings ("skruer", "hængslerne" -> "skrue", "hængsl").
  da: [
    ['erne', 'e'],
    ['erne', ''],
    ['er', 'e'],
    ['er', ''],
    ['en', ''],
    ['et', ''],
  ],
  fr: [
    ['aux', 'al'],
    ['al', 'aux'],
    ['eaux', 'eau'],
    ['eux', 'eu'],
    ['oux', 'ou'],
    ['eau', 'eaux'],
    ['eu', 'eux'],
    ['ou', 'oux'],
  ],
};

/** Shortest word the rules rewrite, and the shortest stem they leave. */
const MIN_WORD = 4;
const MIN_STEM = 3;
const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The other forms of a normalised title word in its language (Cyrillic words by their script
 * whatever the page says), longest ending first; none for English or an unknown Latin language.
 */
export function otherForms(word: string, lang: string | null): string[] {
  if (word.length < MIN_WORD || /\d/.test(word)) return [];
  const rules = CYRILLIC.test(word) ? INFLECTION_RULES.ru : lang && lang !== 'ru' ? INFLECTION_RULES[lang] : undefined;
  if (!rules) return [];
  const out: string[] = [];
  for (const [ending, to] of rules) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    const form = word.slice(0, word.length - ending.length) + to;
    if (form !== word && !out.includes(form)) out.push(form);
  }
  return out;
}
