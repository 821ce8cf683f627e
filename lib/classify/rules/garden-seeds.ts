/**
 * "Tomato seeds", "Graines de tomate", "Semi di pomodoro", "Fröer tomat", "토마토 씨앗": seeds of
 * a vegetable, a fruit or a herb are garden seeds (Home & Garden > Plants > Seeds), not the food the
 * plant bears, nor the seeds people eat. A seed word (by language; in the languages that close
 * compounds up, a word ending in one: "Tomatensamen", "Tomatenzaden") with a word read as fresh
 * produce or food in general is the seeds, and the produce word only says of which plant; such a
 * compound read as a plant's seeds is the seeds without another word ("Tomatenzaden"). Seeds
 * sold by weight ("Pumpkin seeds 500 g", "Semillas de chía 250 g") are food, and a seed word whose
 * plant is read as nuts and seeds ("Chia seeds") is left as the lexicon reads it. Words are
 * normalised title tokens (no accents, lower case, stemmed as text.ts stemToken does); data, tested.
 * Japanese "種" alone is also the counter of kinds ("スパイス セット 10種"), so only "種子" and "タネ".
 */
import { FOOD_BEVERAGES_TOBACCO } from '../nodes';
import type { Taxonomy } from '../taxonomy';
import { normalizeText, stemToken } from '../text';

/** "Home & Garden > Plants > Seeds". */
const GARDEN_SEEDS = 2802;
/** "Food, Beverages & Tobacco > Food Items > Nuts & Seeds": the seeds people eat. */
const NUTS_AND_SEEDS = 433;
/** "Home & Garden > Plants". */
const PLANTS = 985;

/** Seed words by language. */
const SEED_WORDS: Record<string, string[]> = {
  en: ['seed', 'seeds'],
  de: ['samen', 'saatgut'],
  fr: ['graine', 'graines', 'semence', 'semences'],
  es: ['semilla', 'semillas'],
  it: ['semi', 'sementi'],
  nl: ['zaden', 'zaad', 'zaadjes'],
  pl: ['nasiona', 'nasion'],
  pt: ['semente', 'sementes'],
  sv: ['frö', 'frön', 'fröer'],
  da: ['frø'],
  no: ['frø'],
  fi: ['siemen', 'siemenet'],
  cs: ['semena', 'semínka'],
  sk: ['semená', 'semienka'],
  ru: ['семена'],
  uk: ['насіння'],
  el: ['σπόροι', 'σπόρους'],
  ro: ['semințe'],
  hu: ['vetőmag'],
  tr: ['tohum', 'tohumu', 'tohumları'],
  ja: ['種子', 'タネ'],
  zh: ['种子', '種子'],
  ko: ['씨앗', '종자'],
};
const key = (w: string) => stemToken(normalizeText(w));
const SEEDS = new Set(Object.values(SEED_WORDS).flat().map(key));
/** Endings of closed compounds ("Tomatensamen", "Tomatenzaden", "Tomatfröer"): five letters or more. */
const SEED_ENDINGS = ['samen', 'zaden', 'froer', 'fron'].map(key);
/** An amount by weight ("500g", "250 g"): the seeds are sold as food. */
const FIGURE_UNIT = /^\d+(?:[.,]\d+)?(?:g|gr|kg|lb|lbs|oz)$/;
const UNIT = /^(?:g|gr|kg|lb|lbs|oz)$/;
const FIGURE = /^\d+(?:[.,]\d+)?$/;
const byWeight = (tokens: readonly string[]) =>
  tokens.some((t, i) => FIGURE_UNIT.test(t) || (UNIT.test(t) && FIGURE.test(tokens[i - 1] ?? '')));

interface HitLike {
  start: number;
  end: number;
  entries: { id: number; w: number }[];
  curated: boolean;
}

const isSeedWord = (t: string) => SEEDS.has(t) || SEED_ENDINGS.some((e) => t.length > e.length + 2 && t.endsWith(e));

/**
 * The hits with a seed word read as garden seeds and the produce words it names dropped, when the
 * title names produce and no weight; otherwise the hits as they are.
 */
export function gardenSeedHits<H extends HitLike>(
  taxonomy: Taxonomy,
  tokens: readonly string[],
  hits: H[],
  make: (start: number, end: number, id: number) => H,
): H[] {
  const at = tokens.findIndex(isSeedWord);
  if (at < 0 || byWeight(tokens)) return hits;
  const covers = (h: H) => h.start <= at && at < h.end;
  const food = (h: H) =>
    h.entries.length > 0 &&
    h.entries.every((e) => taxonomy.isAncestorOrSelf(FOOD_BEVERAGES_TOBACCO, e.id)) &&
    !h.entries.some((e) => taxonomy.isAncestorOrSelf(NUTS_AND_SEEDS, e.id));
  const produce = hits.filter((h) => !covers(h) && food(h));
  const seedHit = hits.find(covers);
  // "Tomatensamen": a compound names its plant itself; read as a plant's seeds or as food, it is the seeds.
  const compound =
    !SEEDS.has(tokens[at] ?? '') && seedHit?.entries.some((e) => taxonomy.isAncestorOrSelf(PLANTS, e.id)) === true;
  if (!produce.length && !compound) return hits;
  const kept = hits.filter((h) => !covers(h) && !produce.includes(h));
  return [...kept, make(seedHit?.start ?? at, seedHit?.end ?? at + 1, GARDEN_SEEDS)].sort((a, b) => a.start - b.start);
}
