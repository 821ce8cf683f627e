/**
 * The multilingual part of the classifier lexicon, built from two open taxonomies:
 * - Google's own translations of its Product Taxonomy (2015-02-19; zh-CN 2012-01-13), same ids as
 *   the 2021 English edition. The 168 nodes added since have no translation: titles in other
 *   languages reach them through English words or their translated parent.
 * - Shopify's Standard Product Taxonomy (2024-07) in 14 languages, finer than Google's, mapped onto
 *   Google ids by the crosswalk (shopify-crosswalk.ts).
 * Every node name becomes phrases (split at commas, "&", "/", the language's "and"), normalised
 * and stemmed at build time so the worker only fills a map. A phrase that several nodes share
 * votes for their common ancestor when that is specific enough (level 2 or deeper), else for at
 * most three of them; commoner than that it says nothing and is dropped. Phrases the English
 * names or the curated synonyms already hold are left to them. A name too long to be a phrase
 * ("Сумки для подгузников", "Abbigliamento da caccia") still gives its head noun (headWords)
 * where no name gives that word on its own and all its names agree on one reading.
 */
import { readFileSync } from 'node:fs';
import type { LocalizedPhrases } from '../../lib/classify/model';
import { Taxonomy, type TaxonomyRow } from '../../lib/classify/taxonomy';
import { CJK_CHAR, foldedKey, foldToken, normalizeText, phraseKey, stemToken, tokenize } from '../../lib/classify/text';
import { namePhrases } from '../../lib/classify/lexicon';
import { readCsvRecords } from '../lib/csv';
import { readShopify, shopifyToGoogle } from './shopify-crosswalk';
import { foodAliasWords, foodWords } from './food-names';
import { forCuesOf } from '../../lib/classify/cues';
import { ANIMALS_AND_PET_SUPPLIES, HEALTH_AND_BEAUTY } from '../../lib/classify/nodes';

const DIR = 'data/raw/taxonomy';

/** Google's translated taxonomy files, by the language code the classifier uses. */
export const GOOGLE_LOCALES: Record<string, string> = {
  de: 'google_product_taxonomy_2015-02-19.de-DE.txt',
  fr: 'google_product_taxonomy_2015-02-19.fr-FR.txt',
  es: 'google_product_taxonomy_2015-02-19.es-ES.txt',
  it: 'google_product_taxonomy_2015-02-19.it-IT.txt',
  nl: 'google_product_taxonomy_2015-02-19.nl-NL.txt',
  pl: 'google_product_taxonomy_2015-02-19.pl-PL.txt',
  pt: 'google_product_taxonomy_2015-02-19.pt-BR.txt',
  sv: 'google_product_taxonomy_2015-02-19.sv-SE.txt',
  da: 'google_product_taxonomy_2015-02-19.da-DK.txt',
  cs: 'google_product_taxonomy_2015-02-19.cs-CZ.txt',
  ru: 'google_product_taxonomy_2015-02-19.ru-RU.txt',
  ja: 'google_product_taxonomy_2015-02-19.ja-JP.txt',
  ko: 'google_product_taxonomy_2015-02-19.ko-KR.txt',
  zh: 'google_product_taxonomy_2012-01-13.zh-CN.txt',
};

/** Shopify's translated category files (English is the main file). */
export const SHOPIFY_LOCALES: Record<string, string[]> = {
  de: ['shopify_categories_de.csv'],
  es: ['shopify_categories_es.csv'],
  fr: ['shopify_categories_fr.csv'],
  it: ['shopify_categories_it.csv'],
  ja: ['shopify_categories_ja.csv'],
  ko: ['shopify_categories_ko.csv'],
  nl: ['shopify_categories_nl.csv'],
  pl: ['shopify_categories_pl.csv'],
  pt: ['shopify_categories_pt-BR.csv', 'shopify_categories_pt-PT.csv'],
  zh: ['shopify_categories_zh-CN.csv'],
};

/** "and" in each language: taxonomy names list siblings with it ("Hosen und Shorts"). */
const CONJUNCTIONS: Record<string, string[]> = {
  en: ['and'],
  de: ['und'],
  fr: ['et'],
  es: ['y', 'e'],
  it: ['e', 'ed'],
  nl: ['en'],
  pl: ['i', 'oraz'],
  pt: ['e'],
  sv: ['och'],
  da: ['og'],
  cs: ['a'],
  fi: ['ja'],
  ru: ['и'],
  ja: ['と'],
  ko: ['및'],
  zh: ['和', '与'],
};
const SEPARATORS = /\s*(?:[,&/、・;]|\s-\s)\s*/;
/** Longest phrase kept (in tokens): longer taxonomy names are never written out in a title. */
const MAX_TOKENS = 2;
/**
 * Longest phrase kept, in characters. Longer ones are mostly compounds ("Gymnastikschaumgrube",
 * "体操用フォームピット") that the runtime reads by their head (the ending), or long names no
 * title spells out; leaving them out keeps the lexicon within its size budget. Round 18 lowered it
 * from 11 to 10 to make room for the languages without a translated taxonomy (everyday-regions-2):
 * 305.7 -> 293.9 kB gzipped with German kept at 11, 0.2 points of a blind title set lost.
 */
const MAX_LATIN_CHARS = 10;
/** German keeps 11: its titles join a part to its device ("Türdichtung", "Waschmaschine"). */
const MAX_CHARS_BY_LANG: Record<string, number> = { de: 11 };
/** Languages added after the others' figures were tuned (#15): see buildLocalized. */
const LATE_LANGS = ['da'];
const MAX_CJK_CHARS = 3;
/** A phrase shared by more nodes than this, with no specific common ancestor, says nothing. */
const MAX_READINGS = 3;
/** The group of phrases found in more than one language. */
export const SHARED = '*';

/** The phrases one localised node name stands for. */
const splitters = new Map<string, { cjk: RegExp; spaced: RegExp } | null>();
function splitterOf(lang: string): { cjk: RegExp; spaced: RegExp } | null {
  if (!splitters.has(lang)) {
    const conj = CONJUNCTIONS[lang] ?? [];
    // CJK conjunctions stand between words without spaces.
    splitters.set(
      lang,
      conj.length
        ? { cjk: new RegExp(`(?:${conj.join('|')})`), spaced: new RegExp(`\\s(?:${conj.join('|')})\\s`, 'i') }
        : null,
    );
  }
  return splitters.get(lang)!;
}

export function localPhrases(name: string, lang: string): string[] {
  const split = splitterOf(lang);
  const cleaned = name.replace(/\([^)]*\)/g, ' ');
  const parts = cleaned
    .split(SEPARATORS)
    .flatMap((p) => (split ? p.split(CJK_CHAR.test(p) ? split.cjk : split.spaced) : [p]));
  const out = new Set<string>();
  const linkers = qualifierLinkers(lang);
  let qualified = false;
  for (const p of parts) {
    const key = foldedKey(p.replace(/^-/, ''));
    if (!key) continue;
    const tokens = key.split(' ');
    // After a part with a qualifier ("Pás para batatas fritas e pipocas", "Сумки для ноутбуков и
    // планшетов"), a bare word continues the qualifier: popcorn scoops, tablet bags.
    const continues = qualified && tokens.length === 1;
    if (
      normalizeText(p)
        .split(' ')
        .some((w, i) => i > 0 && linkers.has(w))
    )
      qualified = true;
    if (continues) continue;
    // A compound cut short before "and" ("Røg- og kuliltealarmer", "Rauch- und Gasmelder") is
    // the first half of a word ("Røgalarmer"), not a product: "røg" alone is smoke.
    if (/\p{L}-$/u.test(p.trim())) continue;
    if (tokens.length > MAX_TOKENS) continue;
    if (tokens.length === 1 && !CJK_CHAR.test(key) && key.length < 3) continue;
    if (CJK_CHAR.test(key) && key.replace(/\s/g, '').length < 2) continue;
    if (key.length > (CJK_CHAR.test(key) ? MAX_CJK_CHARS : (MAX_CHARS_BY_LANG[lang] ?? MAX_LATIN_CHARS))) continue;
    out.add(key);
  }
  return [...out];
}

/** Prepositions that open the qualifier of a translated node name ("Сумки для подгузников"). */
const NAME_LINKERS: Record<string, string[]> = {
  ru: ['для', 'из', 'с', 'со', 'от', 'на', 'в', 'во', 'по', 'к', 'под', 'без'],
  pl: ['do', 'dla', 'z', 'ze', 'na', 'od', 'w', 'we', 'po', 'pod', 'bez'],
  cs: ['pro', 'na', 'do', 'z', 'ze', 's', 'se', 'k', 'v', 've', 'od', 'pod', 'bez'],
  it: [
    'da',
    'di',
    'per',
    'con',
    'a',
    'in',
    'del',
    'della',
    'dei',
    'degli',
    'delle',
    'al',
    'alla',
    'sul',
    'su',
    'senza',
  ],
  pt: ['de', 'do', 'da', 'dos', 'das', 'para', 'com', 'em', 'a', 'ao', 'no', 'na', 'sem'],
  es: ['de', 'del', 'para', 'con', 'en', 'a', 'al', 'sin'],
  fr: ['de', 'du', 'des', 'd', 'pour', 'avec', 'en', 'a', 'au', 'aux', 'sur', 'sans'],
};
/**
 * Adjective endings (accents stripped, "й" read as "и") of the languages whose adjectives may stand
 * before the head noun: "Сетевые медиаплееры", "Akvarijní osvětlení", "Laboratoryjne płyty". The
 * head is the first word without one, or the last word when it is a noun in -ние, -тие or -ní
 * ("оборудование", "osvětlení"); a name of adjectives only gives none. Romance names put the head first ("Giacche da motociclista").
 */
const ADJECTIVE: Record<string, RegExp> = {
  ru: /(?:ыи|ии|ои|ая|яя|ое|ее|ые|ие|ых|их|ую|юю|ого|его|ьи|ья|ье)$/,
  cs: /(?:ni|ny|na|ne|ovy|ova|ove|sky|ska|ske|ci)$/,
  pl: /(?:ow|sk|ck|czn|yjn|aln|ywn|ln|rn|kk|zyw)(?:y|a|e|ych|i|ie)$/,
};
/** The words that open a name's qualifier in a language: its linkers and its for-words. */
const qualifierSets = new Map<string, Set<string>>();
function qualifierLinkers(lang: string): Set<string> {
  let set = qualifierSets.get(lang);
  if (!set) {
    set = new Set([...(NAME_LINKERS[lang] ?? []).map((w) => normalizeText(w)), ...forCuesOf(lang)]);
    qualifierSets.set(lang, set);
  }
  return set;
}
const ALL_LINKERS = new Set(Object.values(NAME_LINKERS).flatMap((ws) => ws.map((w) => normalizeText(w))));
const linkerSets = new Map(
  Object.entries(NAME_LINKERS).map(([l, ws]) => [l, new Set(ws.map((w) => normalizeText(w)))]),
);

/**
 * The head noun of each part of a translated name that says more than it ("Сумки для
 * подгузников" -> "сумк", "Сетевые медиаплееры" -> "медиаплеер", "Abbigliamento da caccia" ->
 * "abbigliament"), folded: titles name the thing without the taxonomy's qualifier, and most
 * translated names are too long to be a phrase of their own. Used only for words that no name
 * gives on its own (buildLocalized). `modifiers` receives the other words before the qualifier.
 */
export function headWords(name: string, lang: string, modifiers: string[] = []): string[] {
  const linkers = linkerSets.get(lang);
  if (!linkers) return [];
  const split = splitterOf(lang);
  const out = new Set<string>();
  for (const p of name.replace(/\([^)]*\)/g, ' ').split(SEPARATORS)) {
    for (const part of split ? p.split(split.spaced) : [p]) {
      const words = normalizeText(part).split(' ').filter(Boolean);
      const at = words.findIndex((w, i) => i > 0 && linkers.has(w));
      const before = at > 0 ? words.slice(0, at) : words;
      if (before.length === words.length && words.length < 2) continue;
      const adjective = ADJECTIVE[lang];
      const head = before.find((w, i) => !adjective || i === before.length - 1 || !adjective.test(w)) ?? '';
      // The words next to the head before the qualifier ("Plainas manuais", "Lampy ścienne").
      for (const w of before) if (w !== head) modifiers.push(foldToken(w));
      // A name that opens with a preposition ("Para gatos") or of adjectives only has no head noun.
      if (ALL_LINKERS.has(head) || (adjective && adjective.test(head) && !/(?:ние|тие|ni)$/.test(head))) continue;
      const key = foldToken(head);
      if (key.length >= MIN_HEAD_WORD && key.length <= MAX_HEAD_CHARS && !/\d/.test(key)) out.add(key);
    }
  }
  return [...out];
}
const MIN_HEAD_WORD = 4;
const MAX_HEAD_CHARS = 13;

/**
 * "Товары для собак", "Suprimentos para cães", "Zabawki dla psów": a pet node's translated name
 * says which animal after its for-cue. That cue and the word after it ("для собак", "para caes")
 * become a phrase of the node, so a title's "Шампунь для собак" knows it is for a dog (the pet
 * rule, lib/classify/rules/for-pets.ts, then finds the dog's kind of shampoo). English names put
 * the animal first ("Dog Supplies") and need no such phrase.
 */
const PET_DEPTH = 3;
const MIN_ANIMAL = 3;
const ARTICLES = new Set(['die', 'den', 'der', 'das', 'les', 'los', 'las', 'gli', 'the', 'het', 'een', 'del']);
export function forPetPhrases(name: string, lang: string): string[] {
  const cues = forCuesOf(lang);
  const tokens = foldedKey(name.replace(/\([^)]*\)/g, ' ')).split(' ');
  const out: string[] = [];
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    // Articles ("für die", "per la", "para os") are no animals.
    if (cues.has(t) && next && next.length >= MIN_ANIMAL && !ARTICLES.has(next) && !cues.has(next))
      out.push(`${t} ${next}`);
  });
  return out;
}

/**
 * "Kosmetyki do demakijażu" under "Kosmetyki", "Средства для снятия макияжа" under "Средства для
 * ухода за кожей": a node whose head noun repeats an ancestor's is told apart by what it is for.
 * Its for-cue and the word after it ("do demakijazu", "для снятия") become a phrase of the node,
 * so a title whose own head the lexicon lacks ("Mleczko do demakijażu") still says what it is.
 */
export function purposePhrases(path: string[], lang: string): string[] {
  const last = path[path.length - 1];
  if (path.length < 2 || !last) return [];
  const own = headWords(last, lang);
  // A one-word name ("Kosmetyki") is its own head.
  const headsOf = (n: string) => {
    const words = normalizeText(n).split(' ').filter(Boolean);
    return words.length === 1 ? [foldToken(words[0]!)] : headWords(n, lang);
  };
  const above = new Set(path.slice(0, -1).flatMap(headsOf));
  return own.some((h) => above.has(h)) ? forPetPhrases(last, lang) : [];
}

function readGooglePaths(file: string, known: Set<number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const line of readFileSync(`${DIR}/${file}`, 'utf8').split(/\r?\n/).slice(1)) {
    const m = /^(\d+) - (.+)$/.exec(line);
    if (!m) continue;
    const id = Number(m[1]);
    // The 2012 Chinese file has ids that the 2021 tree dropped: only shared ids carry over.
    if (known.has(id)) out.set(id, m[2].split(' > '));
  }
  return out;
}

/** key -> Google ids, per language, before ambiguity is resolved. */
type Raw = Map<string, Map<string, Set<number>>>;

/**
 * Deepest node a translated phrase votes for. The English names and curated synonyms keep the
 * full depth; level 3 (e.g. "Clothing > Pants", "Kitchen & Dining > Tableware") is what the
 * translations must reach to count, and cutting there lets more phrases merge or fall to their
 * head, which keeps the shipped lexicon within its 300 kB budget.
 */
const MAX_DEPTH = 3;
function add(raw: Raw, lang: string, key: string, id: number): void {
  const byKey = raw.get(lang) ?? new Map<string, Set<number>>();
  raw.set(lang, byKey);
  const ids = byKey.get(key) ?? new Set<number>();
  ids.add(id);
  byKey.set(key, ids);
}

/** Shortest head the runtime compound reader looks up: Latin letters, and CJK characters. */
export const MIN_HEAD_LATIN = 4;
export const MIN_HEAD_CJK = 2;
/** Shortest modifier in front of a head ("Tafel|messer", "ビール|グラス"). */
export const MIN_MODIFIER_LATIN = 3;
export const MIN_MODIFIER_CJK = 1;

/**
 * The compound's head already gives the same reading ("Tafelmesser" -> "messer",
 * "スクールバックパック" -> "バックパック"): the runtime finds it by its ending, so the whole word
 * need not ship.
 */
function headSays(key: string, ids: number[], resolved: Map<string, number[]>): boolean {
  if (key.includes(' ')) return false;
  const cjk = CJK_CHAR.test(key);
  const minHead = cjk ? MIN_HEAD_CJK : MIN_HEAD_LATIN;
  const minMod = cjk ? MIN_MODIFIER_CJK : MIN_MODIFIER_LATIN;
  for (let k = minMod; key.length - k >= minHead; k++) {
    const head = resolved.get(key.slice(k));
    if (head) return head.join(',') === ids.join(',');
  }
  return false;
}

/** Languages whose noun phrases put the head noun first ("Máquina de solda", "Chaussures homme"). */
const HEAD_FIRST = new Set(['fr', 'es', 'it', 'pt', 'ro']);

/**
 * A two-word phrase whose head word alone reads the same ("bomber jacket" -> "jacket", "zimowa
 * kurtka" -> "kurtka", "chaussures homme" -> "chaussures"): the runtime finds the head word, so
 * the phrase need not ship.
 */
export function headWordSays(key: string, ids: number[], resolved: Map<string, number[]>, langs: string[]): boolean {
  const words = key.split(' ');
  if (words.length !== 2) return false;
  const heads = langs.every((l) => HEAD_FIRST.has(l))
    ? [words[0]]
    : langs.some((l) => HEAD_FIRST.has(l))
      ? []
      : [words[1]];
  return heads.some((h) => resolved.get(h)?.join(',') === ids.join(','));
}

/** Resolves a phrase's readings: their common ancestor at level 2+, else up to three, else none. */
export function resolveReadings(ids: number[], taxonomy: Taxonomy): number[] {
  const uniq = [...new Set(ids)].sort((a, b) => a - b);
  if (uniq.length <= 1) return uniq;
  let common = taxonomy.ancestors(uniq[0]);
  for (const id of uniq.slice(1)) common = common.slice(0, taxonomy.commonDepth(common[common.length - 1] ?? 0, id));
  if (common.length >= 2) return [common[common.length - 1]];
  // Readings below one another: the deeper ones only refine.
  const tops = uniq.filter((id) => !uniq.some((o) => o !== id && taxonomy.isAncestorOrSelf(o, id)));
  if (tops.length <= MAX_READINGS) return tops;
  // A generic head noun ("Ferramentas", "Narzędzia") names one department and, in other
  // branches, that department's kinds ("Kitchen Tools", "Camping Tools"): the department is the
  // word's own reading when it is the one shallowest reading and has readings below it.
  const shallowest = Math.min(...tops.map((id) => taxonomy.depth(id)));
  const top = tops.filter((id) => taxonomy.depth(id) === shallowest);
  return top.length === 1 &&
    shallowest >= 2 &&
    uniq.some((id) => id !== top[0] && taxonomy.isAncestorOrSelf(top[0], id))
    ? top
    : [];
}

/** Distinct product clusters a word must appear in before it counts as an ordinary title word. */
const NOISE_CLUSTERS = 3;

/**
 * Words that labelled shop titles use for something else than their product: a colour
 * ("graphite" is German "Graphit", a pencil lead), a spec ("RAM", "flex"), a series name
 * ("Kombination"). Word -> the classes of the titles it appears in, for words seen in at least
 * NOISE_CLUSTERS products; a translated phrase whose reading is unrelated to all of those classes
 * is left out.
 */
export function titleWordClasses(titles: { title: string; gold: number; cluster: string }[]): Map<string, Set<number>> {
  const clusters = new Map<string, Set<string>>();
  const classes = new Map<string, Set<number>>();
  for (const t of titles) {
    for (const w of new Set(foldedKey(t.title).split(' ').filter(Boolean))) {
      clusters.set(w, (clusters.get(w) ?? new Set()).add(t.cluster));
      classes.set(w, (classes.get(w) ?? new Set()).add(t.gold));
    }
  }
  for (const [w, c] of clusters) if (c.size < NOISE_CLUSTERS) classes.delete(w);
  return classes;
}

/**
 * A single word that a name gives as one item of a list ("Мультитулы и ножи", "Hosen und
 * Shorts"), not as the whole name: the list's context (camping tools) narrows it, so it is read
 * like a head word when no name gives it whole.
 */
function isListed(key: string, name: string): boolean {
  return !key.includes(' ') && !CJK_CHAR.test(key) && key !== foldedKey(name.replace(/\([^)]*\)/g, ' '));
}

/** Share of a word's aligned names whose English names agree on one head noun. */
const ALIGNED_SHARE = 0.6;
/** Fewest aligned names for that agreement to say anything. */
const MIN_ALIGNED = 2;

/** The head noun of an English taxonomy name, stemmed: "Kitchen Knives" -> "knive", "Gloves & Mittens" -> "glove". */
function englishHead(name: string): string {
  const first = normalizeText(name.split(/\s*(?:,|&|\/|\band\b)\s*/)[0] ?? '').split(' ');
  return stemToken(first[first.length - 1] ?? '');
}

/**
 * The reading of a translated word that the taxonomy's own names spread over several branches
 * ("rękawice": work, garden, boxing and winter gloves; "нож": kitchen, hunting and utility
 * knives), read through the English names of the same nodes: when most of them name one English
 * head noun ("glove", "knive"), the word means that noun, and takes the English word's reading
 * (the English names and curated words: "glove" -> Gloves & Mittens) where that reading is one
 * of the word's own branches. An English reading in none of them is another sense of the English
 * word ("hose": tights, "pump": a shoe), not this word's, and gives nothing.
 */
export function alignedReading(
  ids: number[],
  taxonomy: Taxonomy,
  englishNames: Map<number, string>,
  englishReadings: Map<string, number[]>,
): number | null {
  const uniq = [...new Set(ids)];
  if (uniq.length < MIN_ALIGNED) return null;
  const counts = new Map<string, number>();
  for (const id of uniq) {
    const head = englishHead(englishNames.get(id) ?? '');
    if (head) counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  const [head, n] = [...counts].reduce((a, b) => (b[1] > a[1] || (b[1] === a[1] && b[0] < a[0]) ? b : a), ['', 0]);
  if (n < ALIGNED_SHARE * uniq.length) return null;
  const own = (englishReadings.get(head) ?? []).filter((r) => uniq.some((id) => taxonomy.commonDepth(r, id) >= 2));
  return own.length === 1 ? own[0] : null;
}

export function buildLocalized(
  rows: TaxonomyRow[],
  englishKeys: Set<string>,
  titleWords: Map<string, Set<number>> = new Map(),
  englishReadings: Map<string, number[]> = new Map(),
): LocalizedPhrases {
  const taxonomy = new Taxonomy(rows);
  const known = new Set(rows.map((r) => r[0]));
  const raw: Raw = new Map();
  // Only the animals' own nodes ("Dog Supplies", "Bird Supplies"): their products are found by name.
  const isPet = (id: number) =>
    taxonomy.has(id) &&
    taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, id) &&
    taxonomy.depth(id) === PET_DEPTH &&
    / Supplies$/.test(taxonomy.nameOf(id) ?? '');
  // Personal care is named by its use ("do demakijażu", "для снятия макияжа", "per il viso").
  const byPurpose = (id: number) =>
    taxonomy.has(id) && taxonomy.isAncestorOrSelf(HEALTH_AND_BEAUTY, id) && !taxonomy.isAccessory(id);
  const heads: Raw = new Map();
  const listed: Raw = new Map();
  // How often each word of a language is a name's head, and how often a modifier next to one.
  const asHead = new Map<string, number>();
  const asOther = new Map<string, number>();
  const count = (name: string, lang: string) => {
    const modifiers: string[] = [];
    const found = headWords(name, lang, modifiers);
    for (const w of found) asHead.set(`${lang} ${w}`, (asHead.get(`${lang} ${w}`) ?? 0) + 1);
    for (const w of modifiers) asOther.set(`${lang} ${w}`, (asOther.get(`${lang} ${w}`) ?? 0) + 1);
    return found;
  };
  for (const [lang, file] of Object.entries(GOOGLE_LOCALES)) {
    for (const [id, path] of readGooglePaths(file, known)) {
      const name = path[path.length - 1]!;
      for (const key of localPhrases(name, lang)) add(isListed(key, name) ? listed : raw, lang, key, id);
      if (isPet(id)) for (const key of forPetPhrases(name, lang)) add(raw, lang, key, id);
      else if (byPurpose(id)) for (const key of purposePhrases(path, lang)) add(raw, lang, key, id);
      for (const key of count(name, lang)) add(heads, lang, key, id);
    }
  }
  const shopify = readShopify();
  const crosswalk = shopifyToGoogle(shopify, rows);
  const google = (id: string) => crosswalk.get(id)?.google ?? 0;
  // Shopify's English names give single words only ("poncho", "camisole", "excavator"): their
  // two-word phrases (11.7 kB gzipped) changed no figure of the PriceRunner, hand-labelled or
  // saved-page sets, and the head words of the translated names need the room.
  for (const r of shopify) {
    if (!google(r.id)) continue;
    for (const phrase of namePhrases(r.name)) {
      const key = phraseKey(phrase);
      if (key && !key.includes(' ')) add(raw, 'en', key, google(r.id));
    }
  }
  for (const [lang, files] of Object.entries(SHOPIFY_LOCALES)) {
    for (const file of files) {
      for (const r of readCsvRecords(`${DIR}/${file}`)) {
        const id = google(r.id);
        if (id) for (const key of localPhrases(r.name, lang)) add(isListed(key, r.name) ? listed : raw, lang, key, id);
        if (id && isPet(id)) for (const key of forPetPhrases(r.name, lang)) add(raw, lang, key, id);
        else if (id && byPurpose(id))
          for (const key of purposePhrases((r.full_name ?? '').split(' > '), lang)) add(raw, lang, key, id);
        if (id) for (const key of count(r.name, lang)) add(heads, lang, key, id);
      }
    }
  }
  // Food names (AGRIBALYSE): words that travel between languages, so shared by all of them. A
  // food's own name ("Coppa", "Speck") is a name giving the word on its own: the head nouns of
  // longer names ("Coppe mestruali", "Coppe per l'olio") do not add their readings to it.
  for (const [word, id] of foodWords()) add(raw, SHARED, foldedKey(word), id);
  // The estimator's food words, in their own language ("tonno", "burro"): names giving the word.
  for (const [lang, word, id] of foodAliasWords()) add(raw, lang, foldedKey(word), id);
  // Head words count only where no name gives the word on its own.
  // A listed word that some name gives as a whole keeps its listed readings with it; one that only
  // lists give ("Мультитулы и ножи": a camping multitool's knife) is a head word of its names.
  const whole = new Set([...raw.values()].flatMap((byKey) => [...byKey.keys()]));
  const listedOnly = new Set<string>();
  for (const [lang, byKey] of listed)
    for (const [key, ids] of byKey) {
      for (const id of ids) add(raw, lang, key, id);
      if (!whole.has(key)) listedOnly.add(key);
    }
  // The nodes whose names have each word as their head, in any language.
  const headIds = new Map<string, number[]>();
  for (const byKey of heads.values())
    for (const [key, ids] of byKey) headIds.set(key, [...(headIds.get(key) ?? []), ...ids]);
  const own = new Set([...raw.values()].flatMap((byKey) => [...byKey.keys()]));
  const headOnly = new Set<string>();
  for (const [lang, byKey] of heads)
    for (const [key, ids] of byKey)
      // A word that more names use as a modifier ("Teares manuais", "Plainas manuais", "Lampy
      // ścienne") is an adjective or a qualifier there, not the product.
      if (!own.has(key) && (asHead.get(`${lang} ${key}`) ?? 0) >= (asOther.get(`${lang} ${key}`) ?? 0)) {
        headOnly.add(key);
        for (const id of ids) add(raw, lang, key, id);
      }
  // A language added after the others were tuned (LATE_LANGS) adds words, and changes no reading
  // of a word another language already gives (Danish "pate", "sauce" stay French and German).
  for (const late of LATE_LANGS) {
    const byKey = raw.get(late);
    if (!byKey) continue;
    for (const key of [...byKey.keys()])
      if ([...raw].some(([lang, other]) => lang !== late && other.has(key))) byKey.delete(key);
  }
  // Readings of one phrase across every language, then one line per (language, readings).
  const all = new Map<string, number[]>();
  for (const byKey of raw.values()) {
    for (const [key, ids] of byKey) {
      const list = all.get(key) ?? [];
      list.push(...ids);
      all.set(key, list);
    }
  }
  const resolved = new Map<string, number[]>();
  const cut = (id: number) => taxonomy.ancestors(id)[Math.min(MAX_DEPTH, taxonomy.depth(id)) - 1];
  // English words of the taxonomy names, with the nodes they name: a translated word spelled
  // like one of them after folding ("Falle" -> "fall", "Jacke" -> "jack") reads as that English
  // word in an English title, so it must agree with it.
  const englishWords = new Map<string, Set<number>>();
  const addEnglish = (name: string, id: number) => {
    for (const w of tokenize(name)) englishWords.set(w, (englishWords.get(w) ?? new Set()).add(id));
  };
  for (const [id, , name] of rows) addEnglish(name, id);
  for (const r of shopify) if (google(r.id)) addEnglish(r.name, google(r.id));
  const related = (ids: number[], seen: Set<number> | undefined) =>
    !seen || ids.some((id) => [...seen].some((c) => taxonomy.commonDepth(id, c) >= 2));
  const isNoise = (key: string, ids: number[]) =>
    !related(ids, titleWords.get(key)) ||
    (!raw.get('en')?.has(key) && !key.includes(' ') && !related(ids, englishWords.get(key)));
  const englishNames = new Map(rows.map((r) => [r[0], r[2]]));
  for (const [key, ids] of all) {
    if (englishKeys.has(key)) continue;
    let readings = resolveReadings(ids.map(cut), taxonomy);
    // A word of no reading, or a head word of several ("torb": lens bags, tool bags...), says too
    // little on its own; the English names of its nodes may say which noun it is.
    if (!readings.length || (headOnly.has(key) && readings.length > 1)) {
      const aligned = key.includes(' ') ? null : alignedReading(ids, taxonomy, englishNames, englishReadings);
      if (aligned === null) continue;
      readings = [cut(aligned)];
    } else if (listedOnly.has(key)) {
      // Only lists give it ("Мультитулы и ножи"): the nodes that have it as their head say which
      // noun it is, where their English names agree.
      const aligned = alignedReading([...ids, ...(headIds.get(key) ?? [])], taxonomy, englishNames, englishReadings);
      if (aligned !== null) readings = [cut(aligned)];
    }
    if (!isNoise(key, readings)) resolved.set(key, readings);
  }
  // A phrase several languages share ("sofa", "jeans", "laptop") is stored once, under "*".
  const langsOf = new Map<string, string[]>();
  for (const [lang, byKey] of raw)
    for (const key of byKey.keys()) langsOf.set(key, [...(langsOf.get(key) ?? []), lang]);
  const group = (key: string) => ((langsOf.get(key)?.length ?? 0) > 1 ? SHARED : langsOf.get(key)![0]);
  const byLang = new Map<string, Set<string>>();
  for (const key of langsOf.keys()) {
    const ids = resolved.get(key);
    if (!ids?.length || headSays(key, ids, resolved) || headWordSays(key, ids, resolved, langsOf.get(key) ?? []))
      continue;
    const g = group(key);
    byLang.set(g, (byLang.get(g) ?? new Set()).add(key));
  }
  const langs = [...byLang.keys()].sort();
  const phrases = langs.map((lang) => {
    const byIds = new Map<string, string[]>();
    for (const key of byLang.get(lang)!) {
      const k = resolved.get(key)!.join(',');
      byIds.set(k, [...(byIds.get(k) ?? []), key]);
    }
    return [...byIds.entries()]
      .map(([ids, keys]) => `${ids}\t${keys.sort().join('|')}`)
      .sort()
      .join('\n');
  });
  return { langs, phrases };
}
