/**
 * Romance verb-noun compounds: "porte-clés", "porta chiavi", "saca rolhas", "abre latas", "tire-
 * bouchon". The product is named after what the verb does to the noun (a key holder, a cork
 * puller), not the noun: "clés" says what the holder holds. Written closed up ("portachiavi",
 * "abrelatas") the compound is one word the lexicon reads or not; written apart or hyphenated (the
 * hyphen splits words) the noun is read on its own, and the verb may be read as a noun of its
 * own ("porte", "porta": a door). When the lexicon does not read the pair as one phrase:
 * - the verb's own reading is dropped;
 * - the noun's reading, when it has an accessory node ("porta tablet", "porte-vélo": a holder of
 *   the device), becomes that node and the head ("Parapioggia per passeggino", for-target.ts);
 * - otherwise what follows the verb counts as what the product is for (the for-zone weight).
 * Only in a title of the verb's language: "tire" and "range" are English words.
 */
import type { Taxonomy } from '../taxonomy';
import { accessoryEntries } from './for-target';

/** The verb parts of verb-noun compounds, by language, as written (normalised: no accents, lower case). */
const VERBS: Record<string, string[]> = {
  it: ['porta', 'apri', 'scola', 'taglia', 'spremi', 'trita', 'schiaccia', 'cava', 'asciuga', 'pela', 'copri', 'salva'],
  es: ['porta', 'abre', 'saca', 'corta', 'guarda', 'limpia', 'cubre', 'quita', 'exprime', 'pela'],
  pt: ['porta', 'abre', 'saca', 'corta', 'guarda', 'tira', 'cata', 'quebra', 'espreme', 'descasca'],
  fr: ['porte', 'ouvre', 'tire', 'coupe', 'presse', 'casse', 'essuie', 'range', 'cache', 'protege', 'garde', 'pare'],
};
const VERB_SETS = new Map(Object.entries(VERBS).map(([lang, words]) => [lang, new Set(words)]));

/** Of-words and articles: after one, the verb word is a noun ("Porta de madeira", "Porte d'entrée"). */
const NOT_AN_OBJECT = new Set([
  'de',
  'di',
  'da',
  'do',
  'du',
  'des',
  'del',
  'della',
  'd',
  'a',
  'in',
  'en',
  'em',
  'e',
  'et',
  'y',
]);

interface HitLike {
  start: number;
  end: number;
  entries: { id: number; w: number }[];
}

/** Index of the first verb of a verb-noun compound in the raw tokens whose noun starts a hit, or -1. */
export function verbNounAt(raw: string[], hits: { start: number; end: number }[], lang: string | null): number {
  const verbs = VERB_SETS.get(lang ?? '');
  if (!verbs) return -1;
  for (let i = 0; i + 1 < raw.length; i++) {
    if (!verbs.has(raw[i] ?? '') || NOT_AN_OBJECT.has(raw[i + 1] ?? '')) continue;
    // Read as one phrase ("porta chiavi", "saca rolhas"): the lexicon knows the compound.
    if (hits.some((h) => h.start <= i && h.end > i + 1)) continue;
    if (hits.some((h) => h.start === i + 1)) return i;
  }
  return -1;
}

/** A segment's hits and zones with the rule applied (see the module comment). */
export function readVerbNoun<H extends HitLike>(
  taxonomy: Taxonomy,
  raw: string[],
  hits: H[],
  zones: number[],
  lang: string | null,
  forZone: number,
): { hits: H[]; zones: number[] } {
  const verb = verbNounAt(raw, hits, lang);
  if (verb < 0) return { hits, zones };
  const noun = hits.find((h) => h.start === verb + 1)!;
  const holder = accessoryEntries(taxonomy, noun.entries);
  const kept = hits
    .filter((h) => !(h.start === verb && h.end === verb + 1))
    .map((h) => (h === noun && holder ? { ...h, entries: holder } : h));
  return {
    hits: kept,
    zones: zones.map((z, i) => (i <= verb ? z : i === verb + 1 && holder ? z : Math.min(z, forZone))),
  };
}
