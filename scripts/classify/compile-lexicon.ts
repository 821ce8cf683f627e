/**
 * Compiles the classifier's phrase lexicon at build time, so the worker does no text work on
 * start: the English phrases of the taxonomy names, the curated synonyms and the translated
 * phrases become tables of lines "<key>|<key>|..." and their node references, already normalised, stemmed,
 * folded, filtered and de-duplicated. The runtime (lib/classify/lexicon.ts) only splits the lines
 * into one map.
 */
import type { CompiledLexicon, LexiconSection, LocalizedPhrases } from '../../lib/classify/model';
import {
  namePhrases,
  READING_CURATED,
  READING_DERIVED,
  READING_LOCAL,
  type ReadingKind,
} from '../../lib/classify/lexicon';
import type { Taxonomy } from '../../lib/classify/taxonomy';
import { CJK_CHAR, foldToken, phraseKey } from '../../lib/classify/text';
import { nameKeyText } from '../../lib/classify/name-keys';
import { TABLE_LINE_END } from '../../lib/classify/key-index';
import { FOR_CUES } from '../../lib/classify/cues';
import { SHARED } from './localized';
import { toyCounterpart } from '../../lib/classify/rules/toy-of';

export interface LexiconSources {
  /** Curated phrases, already keyed with phraseKey: [key, node id, weight]. */
  synonyms: [string, number, number][];
  /** Keys of the compound heads ("pullover", "leuchte"). */
  compoundHeads: string[];
  /** Phrases derived from taxonomy names that are too generic to count on their own. */
  derivedStop: string[];
  brandWords: string[];
  brandNouns?: [string, string[]][];
  localized: LocalizedPhrases;
  /** CJK words that name no product but stay whole when a run is cut (cjk-plain-words.ts: colours). */
  cjkPlainWords?: string[];
}

type Entry = { id: number; w: number };
/** A compiled table: its lines of keys and, line for line, their node references (model.ts). */
type Table = { kind: ReadingKind; lang: string; keys: string; refs: string };

export function compileLexicon(src: LexiconSources, taxonomy: Taxonomy): CompiledLexicon {
  const index = new Map(taxonomy.ids.map((id, i) => [id, i]));
  const taken = new Set<string>();
  // 1. Curated phrases, with their own weights.
  const curated = new Map<string, Entry[]>();
  for (const [key, id, w] of src.synonyms) {
    if (!taxonomy.has(id)) continue;
    curated.set(key, [...(curated.get(key) ?? []), { id, w }]);
    taken.add(key);
  }
  // 2. English phrases of the taxonomy names, unless curated or too generic.
  const stop = new Set(src.derivedStop);
  const derived = new Map<string, Entry[]>();
  for (const id of taxonomy.ids) {
    for (const phrase of namePhrases(taxonomy.nameOf(id) ?? '')) {
      const key = phraseKey(phrase);
      if (!key || stop.has(key) || curated.has(key)) continue;
      const entries = derived.get(key) ?? [];
      if (!entries.some((e) => e.id === id)) entries.push({ id, w: 1 });
      derived.set(key, entries);
      taken.add(key);
    }
  }
  const { shipped, nameSkip } = namesReadOnLoad(derived, curated, stop, taxonomy);
  // Curated single words of full weight by their folded key, when all that fold alike read alike.
  const curatedFold = new Map<string, string>();
  for (const [key, entries] of curated) {
    if (key.includes(' ')) continue;
    const f = foldToken(key);
    const sig = entries.every((e) => e.w === 1) ? entries.map((e) => e.id).join(',') : '';
    if (!sig) continue;
    const had = curatedFold.get(f);
    curatedFold.set(f, had === undefined || had === sig ? sig : '#');
  }
  const plain = new Set((src.cjkPlainWords ?? []).map(phraseKey));
  // 3. Translated phrases (already folded by the localized build), by language.
  const local = new Map<string, Map<string, Entry[]>>();
  const cjkWords = new Set<string>();
  const loc = src.localized;
  loc.langs.forEach((lang, li) => {
    const byKey = local.get(lang) ?? new Map<string, Entry[]>();
    local.set(lang, byKey);
    for (const line of (loc.phrases[li] ?? '').split('\n')) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const ids = line
        .slice(0, tab)
        .split(',')
        .map(Number)
        .filter((id) => taxonomy.has(id));
      if (!ids.length) continue;
      for (const key of line.slice(tab + 1).split('|')) {
        // A colour is no product, whatever a translated name made of it ("화이트" from a white sauce).
        if (taken.has(key) || plain.has(key)) continue;
        // The folded form of a curated word with the same readings: a title word that folds to it
        // reads as the curated word already (lexicon.ts inflectedCurated), at the curated weight.
        if (curatedFold.get(key) === ids.join(',')) continue;
        taken.add(key);
        byKey.set(
          key,
          ids.map((id) => ({ id, w: 1 })),
        );
        if (!key.includes(' ') && CJK_CHAR.test(key)) cjkWords.add(key);
      }
    }
  });
  // A translated phrase of several words that reads as one of its own words does ("usb kabel" as
  // "kabel") says nothing that word does not: the word is found in every title the phrase is.
  for (const byKey of local.values()) dropPhrasesReadAsTheirWord(byKey);
  // So does a curated phrase whose other words no table reads ("usb cable", "bluza z kapturem").
  const read = (w: string) => curated.has(w) || derived.has(w) || [...local.values()].some((byKey) => byKey.has(w));
  dropCuratedPhrasesReadAsTheirWord(curated, read);
  // The other translated phrases pay least for their bytes (#15): they stay out (and `taken`).
  for (const byKey of local.values()) dropTranslatedPhrases(byKey);
  // So do the words one language's names spread over several branches (#15).
  for (const [lang, byKey] of local) if (lang !== SHARED) dropScatteredWords(byKey, taxonomy);
  // CJK runs are cut into the table's single words and the parts of curated CJK phrases.
  const cjkParts = new Set<string>();
  for (const key of curated.keys()) {
    if (!CJK_CHAR.test(key)) continue;
    for (const part of key.split(' ')) {
      cjkWords.add(part);
      if (!taken.has(part)) cjkParts.add(part);
    }
  }
  for (const word of src.cjkPlainWords ?? []) {
    const key = phraseKey(word);
    if (!CJK_CHAR.test(key) || key.includes(' ') || taken.has(key)) continue;
    cjkWords.add(key);
    cjkParts.add(key);
  }
  // 4. Curated compound heads by their folded key ("jacke" -> "jack"), for titles in other languages.
  const foldedHeads: [string, string][] = [];
  const seenFolded = new Set<string>();
  for (const head of src.compoundHeads) {
    const folded = foldToken(head);
    if (!curated.has(head) || folded === head || curated.has(folded) || seenFolded.has(folded)) continue;
    seenFolded.add(folded);
    foldedHeads.push([folded, head]);
  }
  const section = (kind: ReadingKind, lang: string, byKey: Map<string, Entry[]>): Table => ({
    kind,
    lang,
    ...encodeSection(byKey, index),
  });
  const tables: [name: string, section: Table][] = [
    ...[...byScript(curated)].map(([script, byKey]): [string, Table] => [
      `${READING_CURATED}:${script}`,
      section(READING_CURATED, '', byKey),
    ]),
    [READING_DERIVED, section(READING_DERIVED, '', shipped)],
    ...[...local.entries()]
      .filter(([, byKey]) => byKey.size)
      .map(([lang, byKey]): [string, Table] => [`${READING_LOCAL}:${lang}`, section(READING_LOCAL, lang, byKey)]),
  ];
  const ordered = tables.sort((a, b) => tableRank(a[0]) - tableRank(b[0])).map(([, table]) => table);
  return {
    lexiconRefs: ordered.map((t) => t.refs),
    lexicon: ordered.map((t): LexiconSection => [t.kind, t.lang, t.keys]),
    // A head is read only as a curated word (lexicon.ts compoundHit): one no curated key holds
    // ("flasche", keyed "flasch") reads as nothing, listed or not.
    compoundHeads: src.compoundHeads.filter((head) => curated.has(head)),
    foldedHeads: foldedHeads.sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    brandWords: src.brandWords,
    ...(src.brandNouns ? { brandNouns: src.brandNouns } : {}),
    cjkParts: [...cjkParts].sort(),
    maxCjk: Math.max(1, ...[...cjkWords].map((w) => w.length)),
    nameSkip,
  };
}

/**
 * The order the tables ship in, by script and language family: gzip finds a repeat only within
 * the last 32 kB it read, so tables that share spellings go side by side (the Romance languages'
 * stems, the Germanic, the West Slavic; Chinese next to Japanese, whose kanji it shares). The
 * curated table mixes scripts, so it ships as one table per script, each next to the tables of
 * its script (byScript). The worker reads the tables in any order: no key is in two tables
 * (`taken`). Against one curated table, then the derived one, then the languages alphabetically,
 * this saves 8.3 kB of the gzipped model (#15). A language not listed goes with the Latin tables.
 */
const TABLE_ORDER = [
  READING_DERIVED,
  'l:en',
  'l:fr',
  'l:it',
  'l:es',
  'l:pt',
  'l:*',
  'l:nl',
  'l:de',
  'l:sv',
  'l:da',
  'l:pl',
  'l:cs',
  'c:latin',
  'c:cyrillic',
  'l:ru',
  'l:zh',
  'l:ja',
  'c:cjk',
  'l:ko',
];
const UNLISTED_RANK = TABLE_ORDER.indexOf('c:latin') - 0.5;

function tableRank(name: string): number {
  const rank = TABLE_ORDER.indexOf(name);
  return rank < 0 ? UNLISTED_RANK : rank;
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** A table's keys by script: Latin (and the few Greek, Hebrew, Arabic words), Cyrillic, CJK. */
function byScript(byKey: Map<string, Entry[]>): Map<string, Map<string, Entry[]>> {
  const out = new Map<string, Map<string, Entry[]>>();
  for (const [key, entries] of byKey) {
    const script = CJK_CHAR.test(key) ? 'cjk' : CYRILLIC.test(key) ? 'cyrillic' : 'latin';
    const table = out.get(script) ?? new Map<string, Entry[]>();
    table.set(key, entries);
    out.set(script, table);
  }
  return out;
}

/** The names as the model packs them (PackedTree.names): a depth digit, then the name, per node. */
export function packedNames(taxonomy: Taxonomy): string {
  return taxonomy.ids.map((id) => `${taxonomy.depth(id)}${taxonomy.nameOf(id) ?? ''}`).join('\n');
}

/**
 * Which name keys the worker derives on load (lib/classify/name-keys.ts) and which the "d" table
 * still ships: a key a name gives its own node alone is derived; the keys of a name outside ASCII
 * or of phrases the load does not read, and a key several nodes share, are shipped, and a name
 * with a key that is too generic puts its node in `nameSkip` (its other keys shipped). The
 * derivation is checked row by row against `namePhrases` and `phraseKey`, which the shipped table
 * was built with: a plain name derived otherwise fails the build, a name of several phrases
 * derived otherwise is skipped and shipped.
 */
function namesReadOnLoad(
  derived: Map<string, Entry[]>,
  curated: Map<string, Entry[]>,
  stop: Set<string>,
  taxonomy: Taxonomy,
): { shipped: Map<string, Entry[]>; nameSkip: number[] } {
  const shipped = new Map(derived);
  const nameSkip: number[] = [];
  const onLoad = nameKeyText(packedNames(taxonomy)).split('\n');
  if (onLoad.length !== taxonomy.ids.length) throw new Error('name keys: one line per node expected');
  taxonomy.ids.forEach((id, pos) => {
    const line = onLoad[pos];
    if (line.includes('\t')) return;
    const keys = line.slice(1).split('|');
    const exact = namePhrases(taxonomy.nameOf(id) ?? '').map(phraseKey);
    if (keys.length !== new Set(exact).size || keys.some((k) => !exact.includes(k))) {
      if (keys.length === 1 && exact.length === 1)
        throw new Error(`name keys: "${taxonomy.nameOf(id)}" derives "${line.slice(1)}", not "${exact.join('|')}"`);
      nameSkip.push(pos);
      return;
    }
    const read = keys.filter((key) => !curated.has(key));
    if (read.some((key) => stop.has(key))) {
      nameSkip.push(pos);
      return;
    }
    for (const key of read) {
      const entries = derived.get(key);
      if (entries?.length === 1 && entries[0].id === id && entries[0].w === 1) shipped.delete(key);
    }
  });
  return { shipped, nameSkip };
}

/** Removes the phrases of several words whose readings are those of one of their words, in the same table. */
function dropPhrasesReadAsTheirWord(byKey: Map<string, { id: number }[]>): void {
  const sig = (entries: { id: number }[]) => entries.map((e) => e.id).join(',');
  for (const [key, entries] of byKey) {
    if (!key.includes(' ')) continue;
    const own = sig(entries);
    if (key.split(' ').some((w) => byKey.has(w) && sig(byKey.get(w)!) === own)) byKey.delete(key);
  }
}

/**
 * Removes the translated phrases of several words, but for a purpose ("do ust", "для снятия":
 * for the lips, for removing), from the shipped model (#15: its size budget). The others are
 * windows of two words cut from a translated name ("machine laver", "de combat"), most often a
 * word and its modifier, whose words the title is read by one by one instead: measured on the dev
 * and blind titles and pages, they pay least for their bytes (about 1,900 keys, 9 kB gzipped).
 * A purpose phrase names the sense of the word before it (rules/for-target.ts, cues.ts): a lip
 * balm is a cosmetic, a make-up removing milk no milk.
 */
function dropTranslatedPhrases(byKey: Map<string, unknown>): void {
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    if (words.length > 1 && !FOR_CUES.has(words[0])) byKey.delete(key);
  }
}

/**
 * Removes the translated words of one language whose readings are scattered (#15: the size
 * budget). The build gives a word several readings only where the names that hold it share no
 * branch two levels deep (localized.ts, MAX_READINGS): "peintur" in arts and in hardware,
 * "cornich" in window treatments and in shelving. Alone in a title such a word splits its weight
 * over departments and gives no node; beside other words it mostly repeats the branch they read.
 * Measured on the dev titles and pages, about 1,400 keys and 8.6 kB of the gzipped model answer
 * alike without them. Kept (keptScattered): a word the names of several languages share (table
 * "*"), and the words whose readings say something the rules read.
 */
function dropScatteredWords(byKey: Map<string, Entry[]>, taxonomy: Taxonomy): void {
  for (const [key, entries] of byKey) {
    const ids = entries.map((e) => e.id);
    if (ids.length > 1 && !keptScattered(ids, taxonomy)) byKey.delete(key);
  }
}

/** Deepest reading that names a kind of product broadly enough to stand for the word: a department or its kinds ("Furniture", "Film & Television"). */
const KIND_DEPTH = 2;

/**
 * Whether a word of several readings stays: its readings share a department (all hardware
 * brackets: "halterung"), one of them is a department or a kind in one ("moveis": Furniture, a
 * department crumb's word), or one is a thing and another its toy ("camio": a truck and a
 * remote-control truck; rules/toy-of.ts reads "de brinquedo" by the thing's reading).
 */
export function keptScattered(ids: number[], taxonomy: Taxonomy): boolean {
  if (ids.every((id) => taxonomy.commonDepth(id, ids[0]) >= 1)) return true;
  if (ids.some((id) => taxonomy.depth(id) <= KIND_DEPTH)) return true;
  return ids.some((id) => {
    const toy = toyCounterpart(taxonomy, id);
    return toy !== null && ids.some((other) => taxonomy.commonDepth(other, toy) >= KIND_DEPTH);
  });
}

/**
 * Removes the curated phrases of several words whose first word reads exactly (nodes and
 * weights) as the phrase does, when no table reads any of their other words: the head noun is
 * found in every title the phrase is, and nothing after it could have been read instead
 * ("bluza z kapturem" as "bluza", "kawa mielona" as "kawa"). A phrase whose head comes last ("smart
 * tv") stays: a title word before the head is read as a modifier or a brand (title.ts), so the
 * phrase reads otherwise than its last word. CJK phrases stay: runs are cut into their parts.
 */
function dropCuratedPhrasesReadAsTheirWord(curated: Map<string, Entry[]>, read: (w: string) => boolean): void {
  const sig = (entries: Entry[]) => entries.map((e) => `${e.id}~${e.w}`).join(',');
  for (const [key, entries] of curated) {
    if (!key.includes(' ') || CJK_CHAR.test(key)) continue;
    const [head, ...rest] = key.split(' ');
    const own = curated.get(head);
    if (own && sig(own) === sig(entries) && rest.every((w) => w !== head && !read(w))) curated.delete(key);
  }
}

/**
 * A weight as the model writes it after "~": in tenths when it is a whole number of tenths ("6" for
 * 0.6), else as the number with its decimal point ("0.65"); lexicon.ts refWeight reads both.
 */
export function weightText(w: number): string {
  const tenths = Math.round(w * 10);
  return Math.abs(w * 10 - tenths) < 1e-9 ? String(tenths) : String(w);
}

/**
 * One section's lines: keys with the same readings share a line "<key>|<key>|...", and the same
 * line of `refs` says what they read as, "<ref>,<ref>,...". Lines go by their first node's
 * position in the taxonomy, and each reference is a base-36 difference of node positions (the
 * first from the previous line's first, the others from the line's first), with "~weight" when the
 * weight is not the section's default. Small numbers that repeat keep the shipped model inside
 * its size budget.
 */
function encodeSection(byKey: Map<string, Entry[]>, index: Map<number, number>): { keys: string; refs: string } {
  const byReading = new Map<string, { first: number; refs: string; keys: string[] }>();
  for (const [key, entries] of byKey) {
    const pos = entries.map((e) => index.get(e.id)!);
    const sig = entries.map((e, i) => `${pos[i]}~${e.w}`).join(',');
    const rec = byReading.get(sig) ?? {
      first: pos[0],
      refs: entries
        .map((e, i) => (i === 0 ? '' : (pos[i] - pos[0]).toString(36)) + (e.w === 1 ? '' : `~${weightText(e.w)}`))
        .join(','),
      keys: [],
    };
    rec.keys.push(key);
    byReading.set(sig, rec);
  }
  const lines = [...byReading.values()].sort(
    (a, b) => a.first - b.first || (a.refs < b.refs ? -1 : a.refs > b.refs ? 1 : 0),
  );
  let prev = 0;
  const refs = lines.map((line) => {
    const delta = (line.first - prev).toString(36);
    prev = line.first;
    return `${delta}${line.refs}`;
  });
  const keys = lines.map((line) => line.keys.sort().join('|')).join(TABLE_LINE_END);
  const stray = [...byKey.keys()].find((key) => key.includes(TABLE_LINE_END) || key.includes('|') || !key);
  if (stray !== undefined)
    throw new Error(`lexicon: a key may not be empty or hold '|' or '${TABLE_LINE_END}': "${stray}"`);
  return { keys, refs: refs.join(TABLE_LINE_END) };
}
