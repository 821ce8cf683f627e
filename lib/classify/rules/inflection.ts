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
 * - Turkish plural "-lar"/"-ler" and the possessive that a noun takes after another
 *   ("çanta"/"çantalar"/"çantası"/"çantaları", "makinesi"/"makineleri"), with the k/ğ, p/b
 *   consonant change before a vowel ("bıçak"/"bıçağı", "kitap"/"kitabı");
 * - Hungarian plural "-k", "-ok", "-ek", "-ak" ("cipő"/"cipők", "könyv"/"könyvek", "táska"/"táskák")
 *   and the possessive "-ja"/"-je";
 * - Finnish plural "-t" ("tuoli"/"tuolit"), and with the consonant gradation that shortens a
 *   double k, p or t before it ("sukka"/"sukat", "lamppu"/"lamput", "kenkä"/"kengät");
 * - Norwegian and Danish plurals and definite forms "-er", "-ene", "-erne", "-en", "-et"
 *   ("sykler", "syklene", "skoene", "lampen");
 * - Greek plurals and genitives: "-ες" of "-α", "-η", "-ας" ("τσάντα"/"τσάντες"), "-ια" of "-ι"
 *   ("παπούτσι"/"παπούτσια"), "-α" of "-ο" ("βιβλίο"/"βιβλία"), "-οι", "-ου", "-ους" of "-ος",
 *   "-ματα" of "-μα" ("φόρεμα"/"φορέματα"), the genitive plural "-ων" ("Σετ πιάτων"); not the
 *   feminine genitive singular "-ας", "-ης": it names what the head is for ("Βάση τηλεόρασης",
 *   a TV stand), seldom the head;
 * - Romanian definite articles: "-ul", "-ului", "-le", "-lor", "-ii", "-ia", "-urile" ("pantoful",
 *   "fustele", "cearșafurile", "rochia" -> "rochie"); the bare plural "-uri" is left out (it made
 *   one word of a vehicle title another product), so the lists keep those plurals.
 * - Lithuanian plurals and genitive plurals: "-iai" of "-is", "-ys" ("puodeliai" -> "puodelis"),
 *   "-ių" of "-is", "-ė" ("puodelių", "kojinių" -> "kojinė"), "-ų" of "-as", "-a" ("žaislų" ->
 *   "žaislas", "knygų" -> "knyga"), and back ("-is" to "-iai" for a noun the lists hold in the
 *   plural). "-as"/"-ai", "-ė"/"-ės" and "-a"/"-os" already fold onto one key.
 *
 * Finnish, Hungarian, Norwegian, Danish, Estonian and Latvian also close compounds up, head last
 * ("kahvin|keitin", "villa|sukat", "kávé|főző", "barne|sykkel", "söögi|laud", "ēdam|galds"): in their titles a word no table holds is also tried by its endings, longest first
 * (compoundHeads), so the compound reads as its head.
 *
 * A title word and a taxonomy name can stand in either form, so each rule goes both ways where
 * the language has both forms. The endings are matched on the normalised word (accents off: "ções"
 * is "coes"), and a rewritten word is then folded as usual; the classifier takes an other form
 * only when the word's own key is in no table and the other form's is (lexicon.ts).
 */

import { cliticForms } from './clitic-prefix';
import { absoluteForms } from './hebrew-construct';
import { SLAVIC_INFLECTION } from './slavic-inflection';

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
  tr: [
    ['lari', ''],
    ['leri', ''],
    ['lari', 'si'],
    ['leri', 'si'],
    ['lar', ''],
    ['ler', ''],
    ['si', ''],
    ['su', ''],
    ['gi', 'k'],
    ['gu', 'k'],
    ['bi', 'p'],
    ['i', ''],
    ['u', ''],
  ],
  hu: [
    ['ok', ''],
    ['ek', ''],
    ['ak', ''],
    ['ja', ''],
    ['je', ''],
    ['k', ''],
  ],
  fi: [
    ['t', ''],
    ['gat', 'ka'],
    ['at', 'ka'],
    ['at', 'pa'],
    ['at', 'ta'],
    ['ut', 'ku'],
    ['ut', 'pu'],
    ['ut', 'tu'],
    ['it', 'ki'],
    ['it', 'pi'],
    ['it', 'ti'],
  ],
  no: [
    ['ene', ''],
    ['er', ''],
    ['en', ''],
    ['et', ''],
  ],
  // Danish ("skruer", "hængslerne" -> "skrue", "hængsl"; "skoene" -> "sko").
  da: [
    ['erne', 'e'],
    ['erne', ''],
    ['ene', ''],
    ['er', 'e'],
    ['er', ''],
    ['en', ''],
    ['et', ''],
    ['e', ''],
  ],
  el: [
    ['ματων', 'μα'],
    ['ματα', 'μα'],
    ['ιων', 'ι'],
    ['ους', 'ος'],
    ['ες', 'α'],
    ['ες', 'η'],
    ['ες', 'ας'],
    ['ια', 'ι'],
    ['ια', 'ιο'],
    ['οι', 'ος'],
    ['ου', 'ος'],
    ['ου', 'ο'],
    ['α', 'ο'],
    ['α', 'ες'],
    ['η', 'ες'],
    ['ι', 'ια'],
    ['ο', 'α'],
    ['ος', 'οι'],
    ['ων', 'ο'],
    ['ων', 'α'],
    ['ων', 'η'],
    ['ων', 'ος'],
  ],
  // Romanian definite articles ("pantoful", "rochia", "fustele", "cearșafurile", "pantofii",
  // "rochiilor"), diacritics off (ș and ş both fold to s).
  ro: [
    ['urilor', ''],
    ['urile', ''],
    ['ului', ''],
    ['lor', ''],
    ['ul', ''],
    ['le', ''],
    ['ii', 'i'],
    ['ia', 'ie'],
  ],
  lt: [
    ['iai', 'is'],
    ['iai', 'ys'],
    ['iu', 'is'],
    ['iu', 'e'],
    ['u', 'as'],
    ['u', 'a'],
    ['is', 'iai'],
    ['ys', 'iai'],
  ],
  // Latvian "-is" nouns' plural "-i"/"-ji" and genitive plural "-u"/"-ju" ("skapji", "nažu" ->
  // "skapis", "nazis"), and back; the genitive plural "-u" of "-a" and "-e" nouns ("somu", "zeķu"
  // -> "soma", "zeķes": "Sieviešu zeķu komplekts"); the other Latvian endings fold onto one key already.
  lv: [
    ['ji', 'is'],
    ['ju', 'is'],
    ['i', 'is'],
    ['u', 'is'],
    ['u', 'a'],
    ['u', 'es'],
    ['is', 'i'],
  ],
  // Estonian plural "-d" ("kruusid", "vaibad" -> "kruusi", "vaiba", which fold onto "kruus", "vaip" no
  // better than they do: the lists keep the plurals, this reads the rest), and the genitive plural
  // "-te", "-de" that names the goods of a set or a pack ("kruvikeerajate komplekt" -> "kruvikeeraja",
  // "raamatute" -> "raamatu").
  et: [
    ['te', ''],
    ['de', ''],
    ['d', ''],
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

/** Each language's rules: the Slavic case endings (rules/slavic-inflection.ts), then this module's. */
const LATIN_RULES = new Map(
  [...new Set([...Object.keys(INFLECTION_RULES), ...Object.keys(SLAVIC_INFLECTION)])].map((lang) => [
    lang,
    [...(SLAVIC_INFLECTION[lang] ?? []), ...(INFLECTION_RULES[lang] ?? [])],
  ]),
);
/** A Bulgarian word's rules: the article and plural endings, then the Russian case endings. */
const BULGARIAN = [...(SLAVIC_INFLECTION.bg ?? []), ...INFLECTION_RULES.ru];

/**
 * Endings a Lithuanian or Latvian listed phrase's word is also looked for by, besides the rules
 * above, when a title names the phrase in another case (phraseForms): the Lithuanian genitive
 * singular "-os" of "-a" ("dantų pastos" -> "dantų pasta", toothpaste; a word alone folds the two
 * onto one key, a phrase's words are keyed as written).
 */
const PHRASE_RULES: Record<string, [string, string][]> = {
  lt: [['os', 'a']],
  lv: [],
};

/** Shortest word the rules rewrite, and the shortest stem they leave. */
const MIN_WORD = 4;
const MIN_STEM = 3;
const CYRILLIC = /[\u0400-\u04ff]/;
/** Languages that close compounds up whose compounds no other rule reads (de, nl, sv: lexicon.ts). */
const COMPOUND_LANGS = new Set(['fi', 'hu', 'no', 'nb', 'da', 'et', 'lv']);
/** Shortest compound head these languages' compounds are read by, and the shortest part before it. */
const MIN_HEAD = 5;
const MIN_MODIFIER = 3;
/**
 * Heads shorter than MIN_HEAD that these languages' compounds end in often enough to read them
 * by ("vinter|sko", "koke|bok", "strikke|lue", "kaffe|krus", "hunde|seng", "spise|bord",
 * "kahvi|muki", "villa|pipo", "nahka|vyö", "sport|cipő"), normalised. Left out: heads that end
 * other products' words ("ost", cheese, ends "kompost"; Danish "kop", cup, "teleskop") and
 * Hungarian case endings' look-alikes ("sál", scarf, is the instrumental "-sal").
 */
const NORWEGIAN_SHORT_HEADS = ['sko', 'bok', 'lue', 'kopp', 'krus', 'seng', 'pute', 'dyne', 'bord'];
const SHORT_HEADS: Record<string, string[]> = {
  no: NORWEGIAN_SHORT_HEADS,
  nb: NORWEGIAN_SHORT_HEADS,
  da: ['sko', 'bog', 'krus', 'seng', 'pude', 'dyne', 'bord'],
  fi: ['muki', 'pipo', 'hame', 'kyna', 'vyo'],
  hu: ['cipo'],
  // Estonian table, pillow, jacket, bag, tyre, flour, hat, juice ("söögi|laud", "talve|jope", "talve|rehv",
  // "apelsini|mahl").
  et: ['laud', 'padi', 'jope', 'kott', 'rehv', 'jahu', 'muts', 'mahl'],
  // Latvian jacket, table, bag ("virs|jaka", "rakstām|galds", "mugur|soma").
  lv: ['jaka', 'soma'],
};

/**
 * The other forms of a normalised title word in its language (Cyrillic, Arabic and Hebrew words
 * by their script whatever the page says), longest ending first; none for English or an unknown Latin language.
 * In a Finnish, Hungarian, Norwegian, Danish, Estonian or Latvian title, the word's and those forms' compound heads
 * follow.
 */
export function otherForms(word: string, lang: string | null): string[] {
  if (word.length < MIN_WORD || /\d/.test(word)) return [];
  // Arabic and Hebrew words by their script (semiticForms).
  const semitic = semiticForms(word);
  if (semitic.length) return semitic;
  const rules = CYRILLIC.test(word)
    ? lang === 'bg'
      ? BULGARIAN
      : INFLECTION_RULES.ru
    : lang && lang !== 'ru'
      ? LATIN_RULES.get(lang === 'nb' ? 'no' : lang)
      : undefined;
  if (!rules?.length) return [];
  const out = inflectedForms(word, rules);
  if (lang && COMPOUND_LANGS.has(lang))
    for (const whole of [word, ...out])
      for (const head of compoundHeads(whole, SHORT_HEADS[lang] ?? [])) if (!out.includes(head)) out.push(head);
  return out;
}

/** Whether a title of `lang` looks its listed phrases up in their words' other forms too (phraseForms). */
export const hasPhraseForms = (lang: string | null): lang is string => lang !== null && lang in PHRASE_RULES;

/**
 * The other forms of a normalised word of a Lithuanian or Latvian title that a listed phrase may
 * hold it in ("pastos" -> "pasta", "peilių" -> "peilis"): its inflected forms by the language's
 * rules and PHRASE_RULES, no compound heads; none in another language's title.
 */
export function phraseForms(word: string, lang: string | null): string[] {
  if (!hasPhraseForms(lang) || word.length < MIN_WORD || /\d/.test(word)) return [];
  return inflectedForms(word, [...(LATIN_RULES.get(lang) ?? []), ...PHRASE_RULES[lang]]);
}

/**
 * An Arabic or Hebrew word without the article and prepositions written on (rules/clitic-prefix.ts),
 * then a Hebrew construct form's absolute one, of the word and of each (rules/hebrew-construct.ts).
 */
function semiticForms(word: string): string[] {
  const out = cliticForms(word);
  for (const form of [word, ...out]) for (const abs of absoluteForms(form)) if (!out.includes(abs)) out.push(abs);
  return out;
}

/** The word rewritten by each rule whose ending it has, leaving a stem of MIN_STEM letters. */
function inflectedForms(word: string, rules: [string, string][]): string[] {
  const out: string[] = [];
  for (const [ending, to] of rules) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    const form = word.slice(0, word.length - ending.length) + to;
    if (form !== word && !out.includes(form)) out.push(form);
  }
  return out;
}

/**
 * A closed compound's possible heads, longest first: "kahvinkeitin" -> "hvinkeitin", ..., "keitin";
 * then the language's short heads it ends in ("vintersko" -> "sko").
 */
function compoundHeads(word: string, shortHeads: string[]): string[] {
  const out: string[] = [];
  for (let k = MIN_MODIFIER; word.length - k >= MIN_HEAD; k++) out.push(word.slice(k));
  for (const head of shortHeads) if (word.length - head.length >= MIN_MODIFIER && word.endsWith(head)) out.push(head);
  return out;
}
