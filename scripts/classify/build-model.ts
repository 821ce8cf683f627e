/** Assembles the classifier model from the raw taxonomy, the curated tables and training titles. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { BayesModel, ClassifierModel } from '../../lib/classify/model';
import { packTree, Taxonomy, type TaxonomyRow } from '../../lib/classify/taxonomy';
import { normalizeText, phraseKey, stemToken } from '../../lib/classify/text';
import { BRAND_WORDS, COMPOUND_HEADS, DERIVED_STOP, SYNONYMS as CURATED } from './synonyms';
import { CONSUMABLE_SYNONYMS } from './consumables';
import { CEREMONY_SYNONYMS } from './ceremony';
import { HOBBY_SYNONYMS } from './hobbies';
import { JAPANESE_SYNONYMS } from './japanese';
import { EVERYDAY_SYNONYMS } from './everyday';
import { EVERYDAY_REGIONS } from './everyday-regions';
import { EVERYDAY_MORE } from './everyday-more';
import { EVERYDAY_REGIONS_2 } from './everyday-regions-2';
import { EVERYDAY_REGIONS_3 } from './everyday-regions-3';
import { EVERYDAY_REGIONS_4 } from './everyday-regions-4';
import { EVERYDAY_REGIONS_5 } from './everyday-regions-5';
import { EVERYDAY_REGIONS_6 } from './everyday-regions-6';
import { EVERYDAY_PAGES } from './everyday-pages';
import { EVERYDAY_REGIONS_7 } from './everyday-regions-7';
import { EVERYDAY_REGIONS_8 } from './everyday-regions-8';
import { EVERYDAY_REGIONS_9 } from './everyday-regions-9';
import { EVERYDAY_REGIONS_10 } from './everyday-regions-10';
import { EVERYDAY_REGIONS_11 } from './everyday-regions-11';
import { EVERYDAY_R23 } from './everyday-r23';
import { EVERYDAY_HWHOME } from './everyday-hwhome';
import { EVERYDAY_R24 } from './everyday-r24';
import { VEHBEAUTY_R24 } from './vehbeauty-r24';
import { EVERYDAY_CJK } from './everyday-cjk';
import { EVERYDAY_JA } from './everyday-ja';
import { TOPLEVEL_WORDS } from './toplevels';
import { EVERYDAY_SLAVIC } from './everyday-slavic';
import { EVERYDAY_SLAVIC_2 } from './everyday-slavic-2';
import { EVERYDAY_ENGLISH } from './everyday-english';

/**
 * Curated phrases: the synonyms, the consumables by language, the Japanese product words and the
 * English of shops outside the US.
 */
const SYNONYMS = [
  ...CURATED,
  ...CONSUMABLE_SYNONYMS,
  ...CEREMONY_SYNONYMS,
  ...HOBBY_SYNONYMS,
  ...JAPANESE_SYNONYMS,
  ...EVERYDAY_ENGLISH,
];

const phraseOf = (raw: string) => phraseKey(raw.split('~')[0]);

/**
 * The everyday words of other languages (everyday.ts), without those spelled like a phrase the
 * English names or the other curated lists hold already ("jeans", "puzzle", "shampoo"): those keep
 * the reading and weight English titles were tuned with.
 */
function everydaySynonyms(rows: TaxonomyRow[]): [string, string][] {
  const known = new Set([
    ...rows.flatMap((r) => namePhrases(r[2]).map(phraseKey)),
    ...SYNONYMS.flatMap(([, list]) => list.split(',').map(phraseOf)),
  ]);
  return [
    ...EVERYDAY_SYNONYMS,
    ...EVERYDAY_REGIONS,
    ...EVERYDAY_MORE,
    ...EVERYDAY_REGIONS_2,
    ...EVERYDAY_CJK,
    ...EVERYDAY_JA,
    ...TOPLEVEL_WORDS,
    ...EVERYDAY_REGIONS_3,
    ...EVERYDAY_REGIONS_4,
    ...EVERYDAY_SLAVIC,
    ...EVERYDAY_SLAVIC_2,
    ...EVERYDAY_REGIONS_5,
    ...EVERYDAY_REGIONS_6,
    ...EVERYDAY_PAGES,
    ...EVERYDAY_REGIONS_7,
    ...EVERYDAY_REGIONS_8,
    ...EVERYDAY_REGIONS_9,
    ...EVERYDAY_REGIONS_10,
    ...EVERYDAY_R23,
    ...EVERYDAY_HWHOME,
    ...EVERYDAY_R24,
    ...EVERYDAY_REGIONS_11,
    ...VEHBEAUTY_R24,
  ].map(([path, list]) => [
    path,
    list
      .split(',')
      .filter((raw) => !known.has(phraseOf(raw)))
      .join(','),
  ]);
}
import { buildLocalized, titleWordClasses } from './localized';
import { readShopify, shopifyToGoogle } from './shopify-crosswalk';
import { CJK_PLAIN_WORDS } from './cjk-plain-words';
import type { LabelledTitle } from './pricerunner';
import { namePhrases } from '../../lib/classify/lexicon';
import { compileLexicon } from './compile-lexicon';
import { departmentWords } from './department-words';
import { brandNouns } from './brand-nouns';

/** Where the built model is written (shipped with the extension). */
export const CLASSIFIER_JSON = 'public/factors/classifier.json';
export const TAXONOMY_TXT = 'data/raw/google_product_taxonomy_2021-09-21.en-US.txt';

/** Parses "id - A > B > C" lines into rows with parent ids. */
export function readTaxonomy(path = TAXONOMY_TXT): { version: string; rows: TaxonomyRow[] } {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const version = /Version:\s*(\S+)/.exec(lines[0] ?? '')?.[1];
  if (!version) throw new Error(`${path}: missing version header`);
  const byPath = new Map<string, number>();
  const rows: TaxonomyRow[] = [];
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const m = /^(\d+) - (.+)$/.exec(line);
    if (!m) throw new Error(`${path}: bad line ${JSON.stringify(line)}`);
    const id = Number(m[1]);
    const parts = m[2].split(' > ');
    const parentPath = parts.slice(0, -1).join(' > ');
    const parentId = parts.length > 1 ? byPath.get(parentPath) : 0;
    if (parentId === undefined) throw new Error(`${path}: parent of ${m[2]} not listed before it`);
    byPath.set(m[2], id);
    rows.push([id, parentId, parts[parts.length - 1]]);
  }
  return { version, rows };
}

/** Readings of a curated word and of the English word its stem collides with must share this many levels. */
const COLLISION_DEPTH = 3;

/**
 * Folding collisions: the lexicon keys words by their English stem, which takes a final "s" off a
 * word of any language. A curated word of another language whose stem is an English word of
 * another product ("frys", Swedish freezer -> "fry": "Stir-fry" is no freezer; the English
 * "fry" is in "Popcorn & French Fry Scoops") keeps its whole spelling as its key: a title word
 * reads as it only when spelled so (lexicon.ts curatedWord). A word that is the stem's regular
 * English plural ("slippers", "recipes"; not "frys", whose English plural is "fries") is English
 * and keeps the stem.
 */
export function stemCollides(
  phrase: string,
  key: string,
  id: number,
  english: Map<string, number[]>,
  taxonomy: Taxonomy,
): boolean {
  const word = normalizeText(phrase);
  if (word === key || word.includes(' ') || english.has(word) || word === englishPlural(key)) return false;
  const other = english.get(key);
  return !!other && !other.some((e) => taxonomy.commonDepth(e, id) >= COLLISION_DEPTH);
}

/** The regular English plural of a noun ("fry" -> "fries", "box" -> "boxes", "slipper" -> "slippers"). */
export function englishPlural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Each word of the English taxonomy names as written (not stemmed), with the nodes that name it. */
function englishWordsOf(rows: TaxonomyRow[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (name: string, id: number) => {
    for (const w of normalizeText(name).split(' ')) if (w) out.set(w, [...(out.get(w) ?? []), id]);
  };
  for (const [id, , name] of rows) add(name, id);
  // Shopify's English names, by the Google node each maps to (shopify-crosswalk.ts).
  const shopify = readShopify();
  const crosswalk = shopifyToGoogle(shopify, rows);
  for (const r of shopify) {
    const id = crosswalk.get(r.id)?.google;
    if (id) add(r.name, id);
  }
  return out;
}

function curatedSynonyms(rows: TaxonomyRow[]): [string, number, number][] {
  const synonyms = [...SYNONYMS, ...everydaySynonyms(rows)];
  const english = englishWordsOf(rows);
  const taxonomy = new Taxonomy(rows);
  const pathToId = new Map<string, number>();
  const names = new Map(rows.map((r) => [r[0], r]));
  for (const [id] of rows) {
    const parts: string[] = [];
    for (let cur: number = id; cur; cur = names.get(cur)![1]) parts.unshift(names.get(cur)![2]);
    pathToId.set(parts.join(' > '), id);
  }
  const best = new Map<string, number>();
  const missing = synonyms.map(([p]) => p).filter((p) => !pathToId.has(p));
  if (missing.length) throw new Error(`synonyms: no taxonomy node for:\n  ${missing.join('\n  ')}`);
  for (const [path, list] of synonyms) {
    const id = pathToId.get(path)!;
    for (const raw of list.split(',')) {
      const [phrase, weight] = raw.split('~');
      const stem = phraseKey(phrase);
      if (!stem) continue;
      const key = stemCollides(phrase, stem, id, english, taxonomy) ? normalizeText(phrase) : stem;
      if (process.env.DEBUG_COLLISIONS && key !== stem) console.log(`collision ${phrase} -> ${stem} (${path})`);
      const w = weight === undefined ? 1 : Number(weight);
      if (!(w > 0 && w <= 1)) throw new Error(`synonyms: bad weight in "${raw}"`);
      const k = `${key}\t${id}`;
      best.set(k, Math.max(best.get(k) ?? 0, w));
    }
  }
  return [...best.entries()]
    .map(([k, w]): [string, number, number] => {
      const [key, id] = k.split('\t');
      return [key, Number(id), w];
    })
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}

/**
 * The nodes each English single word reads as: the taxonomy's English names and the curated words
 * of full weight (a word's plain sense, not a hint), for reading translated words through the
 * English names of their nodes (localized.ts alignedReading).
 */
function englishReadings(rows: TaxonomyRow[], synonyms: [string, number, number][]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const add = (key: string, id: number) => {
    if (key && !key.includes(' ')) out.set(key, [...new Set([...(out.get(key) ?? []), id])]);
  };
  for (const [id, , name] of rows) for (const p of namePhrases(name)) add(phraseKey(p), id);
  for (const [key, id, w] of synonyms) if (w === 1) add(key, id);
  return out;
}

const sortedKeys = (words: string[]) => [...new Set(words.map(phraseKey).filter(Boolean))].sort();

/**
 * The model's fields in the order they ship in (#15: the size budget): gzip finds a repeat only
 * within the last 32 kB it read, so the lexicon's references (base-36 numbers) go right before the
 * nodes, whose ids are base-36 numbers too, the node names (English) right before the lexicon's
 * first tables (the English phrases of those names), and the CJK parts right after its last tables
 * (Chinese, Japanese, Korean). The worker reads the fields by name, in any order: the same model
 * ships 0.7 kB smaller gzipped than in the order the build assembles it.
 */
const SHIPPING_ORDER = ['taxonomyVersion', 'lexiconRefs', 'nodes', 'lexicon', 'cjkParts'] as const;

/** `body` with the fields of SHIPPING_ORDER first, in that order, then the others as they come. */
export function inShippingOrder<T extends object>(body: T): T {
  const out: Record<string, unknown> = {};
  const fields = body as Record<string, unknown>;
  for (const key of SHIPPING_ORDER) if (key in fields) out[key] = fields[key];
  for (const [key, value] of Object.entries(fields)) if (!(key in out)) out[key] = value;
  return out as T;
}

/**
 * `titles`: the labelled training titles (PriceRunner); their ordinary words (colours, specs,
 * series names) keep translated taxonomy words out of the lexicon where they mean something else.
 */
export function buildClassifierModel(bayes: BayesModel | null, titles: LabelledTitle[] = []): ClassifierModel {
  const { version: taxonomyVersion, rows } = readTaxonomy();
  const synonyms = curatedSynonyms(rows);
  const englishKeys = new Set([
    ...rows.flatMap((r) => namePhrases(r[2]).map(phraseKey)),
    ...synonyms.map((s) => s[0]),
    ...sortedKeys(DERIVED_STOP),
  ]);
  const nodes = packTree(Taxonomy.toTree(rows));
  // The lexicon refers to nodes by their position in the shipped tree, which the worker reads
  // (Taxonomy.fromPacked): the raw file lists a few nodes out of that order (Cookware Sets).
  const taxonomy = Taxonomy.fromPacked(nodes);
  const lexicon = compileLexicon(
    {
      synonyms,
      compoundHeads: [...new Set(COMPOUND_HEADS.map((w) => stemToken(normalizeText(w))))].sort(),
      derivedStop: sortedKeys(DERIVED_STOP),
      brandWords: sortedKeys(BRAND_WORDS),
      brandNouns: brandNouns(BRAND_WORDS),
      localized: buildLocalized(rows, englishKeys, titleWordClasses(titles), englishReadings(rows, synonyms)),
      cjkPlainWords: CJK_PLAIN_WORDS,
    },
    taxonomy,
  );
  const body: Omit<ClassifierModel, 'version'> = inShippingOrder({
    taxonomyVersion,
    nodes,
    ...lexicon,
    bayes,
    departmentWords: departmentWords(),
    sources: [
      `Google Product Taxonomy ${taxonomyVersion} (Google Merchant Center)`,
      'Curated multilingual synonyms: this project (scripts/classify/synonyms.ts)',
      'Google Product Taxonomy 2015-02-19 in cs, de, es, fr, it, ja, ko, nl, pl, pt-BR, ru, sv and 2012-01-13 in zh-CN (Google Merchant Center)',
      'Shopify Standard Product Taxonomy 2024-07 (MIT, Copyright (c) Shopify; repackaged by Fábio Ferreira, MIT), crosswalk to Google ids: scripts/classify/shopify-crosswalk.ts',
      "Food names: AGRIBALYSE 3.1.1 (ADEME & INRAE, 2023, Licence Ouverte / Etalab 2.0), first words of the French names by CIQUAL subgroup, and the estimator's food aliases (data/food-aliases.csv) by the subgroup of their AGRIBALYSE row: scripts/classify/food-names.ts",
      ...(bayes ? [bayes.source] : []),
    ],
  });
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { version, ...body };
}
