/**
 * A mould or baking form named after what is baked in it: "Moule à cake", "Stampo per ciambella",
 * "Форма для кекса", "Molde para magdalenas", "Forma do chleba", "Cake mould", "Kek kalıbı". The
 * food word says which bake the mould is for; the mould word is the head, though the lexicon reads
 * it weakly or as something else (French "moule" is also a mussel, Italian "stampo" a print), so
 * the food word headed the title and the mould was read as food (issue #15, class 2). The mould
 * word and the food word together read as the bakeware for that bake: a cake's mould, a muffin's
 * or a pastry's pan, a bread's tin, a pie's dish, a chocolate's or sweet's mould, any other bake's
 * bakeware. The mould word must head the segment where the head comes first ("Moule à cake ...",
 * not "Savon en forme de fraise"), and come right after the food word where it comes last ("Cake
 * mould"). Words by language, normalised and stemmed as title tokens are (text.ts); data, tested.
 */
import type { Hit } from '../lexicon';
import { FOOD_BEVERAGES_TOBACCO } from '../nodes';
import type { Taxonomy } from '../taxonomy';
import { normalizeText, stemToken } from '../text';

/** Mould words, with the words between them and the food where the head comes first. */
const HEAD_FIRST: Record<string, { moulds: string[]; links: string[] }> = {
  fr: { moulds: ['moule', 'moules'], links: ['à', 'a', 'pour', 'de'] },
  it: { moulds: ['stampo', 'stampi', 'forma', 'formina', 'formine'], links: ['per', 'da'] },
  es: { moulds: ['molde', 'moldes'], links: ['para', 'de'] },
  pt: { moulds: ['forma', 'formas', 'molde', 'moldes'], links: ['para', 'de'] },
  pl: { moulds: ['forma', 'foremka', 'foremki', 'formy'], links: ['do', 'na'] },
  cs: { moulds: ['forma', 'formička', 'formičky'], links: ['na', 'pro'] },
  sk: { moulds: ['forma', 'formička'], links: ['na', 'pre'] },
  ru: { moulds: ['форма', 'формы', 'формочка', 'формочки'], links: ['для'] },
  uk: { moulds: ['форма', 'форми', 'формочка'], links: ['для'] },
  ro: { moulds: ['formă', 'forma', 'forme', 'matriță'], links: ['pentru', 'de'] },
  de: { moulds: ['form', 'backform'], links: ['für'] },
  nl: { moulds: ['vorm', 'bakvorm'], links: ['voor'] },
  sv: { moulds: ['form', 'bakform'], links: ['för', 'till'] },
  da: { moulds: ['form', 'bageform'], links: ['til'] },
  no: { moulds: ['form', 'bakeform'], links: ['til'] },
};

/** Mould words right after the food where the head comes last ("Cake mould", "Kek kalıbı"). */
const HEAD_LAST: Record<string, string[]> = {
  en: ['mould', 'moulds', 'mold', 'molds'],
  tr: ['kalıbı', 'kalıp', 'kalıpları'],
  hu: ['forma', 'sütőforma'],
  fi: ['vuoka', 'muotti'],
};

const stemAll = (words: string[]) => new Set(words.flatMap((w) => normalizeText(w).split(' ').map(stemToken)));
const FIRST = new Map(
  Object.entries(HEAD_FIRST).map(([lang, { moulds, links }]) => [
    lang,
    { moulds: stemAll(moulds), links: stemAll(links) },
  ]),
);
const LAST = new Map(Object.entries(HEAD_LAST).map(([lang, words]) => [lang, stemAll(words)]));

/**
 * Bakeware nodes (Google ids) by the bake's node; any other food's mould, and a bake the lexicon
 * reads only as bakery ("кекс", "magdalenas"), is bakeware (640), the ancestor of them all.
 */
const BAKEWARE_OF: [bake: number, bakeware: number][] = [
  [2194, 643], // Cakes & Dessert Bars: Cake Pans & Molds
  [6196, 643], // Coffee Cakes
  [1895, 644], // Muffins: Muffin & Pastry Pans
  [6195, 644], // Cupcakes
  [5750, 644], // Pastries & Scones
  [424, 642], // Breads & Buns: Bread Pans & Molds
  [5749, 645], // Pies & Tarts: Pie & Quiche Pans
  [2229, 641], // Cookies: Baking & Cookie Sheets
  [4748, 8006], // Candy & Chocolate: Kitchen Molds
];
const BAKEWARE = 640;

function bakewareOf(taxonomy: Taxonomy, food: number): number {
  for (const [bake, ware] of BAKEWARE_OF) if (taxonomy.isAncestorOrSelf(bake, food)) return ware;
  return BAKEWARE;
}

const isFood = (taxonomy: Taxonomy, h: Hit) =>
  h.entries.length > 0 && h.entries.every((e) => taxonomy.isAncestorOrSelf(FOOD_BEVERAGES_TOBACCO, e.id));

/** The strongest reading of a food hit. */
const foodNode = (h: Hit) => h.entries.reduce((a, e) => (e.w > a.w ? e : a)).id;

/**
 * The segment's hits with a mould word and the food it is for read as one bakeware hit, or the
 * hits unchanged. `tokens` are the segment's normalised, stemmed tokens.
 */
export function withMouldOfFood<H extends Hit>(
  taxonomy: Taxonomy,
  tokens: readonly string[],
  hits: H[],
  lang: string | null,
): H[] {
  if (lang === null) return hits;
  const first = FIRST.get(lang);
  let mould = -1;
  let food: H | undefined;
  if (first && first.moulds.has(tokens[0] ?? '') && first.links.has(tokens[1] ?? '')) {
    mould = 0;
    food = hits.find((h) => h.start === 2 && isFood(taxonomy, h));
  }
  const last = LAST.get(lang);
  if (!food && last) {
    mould = tokens.findIndex((t, i) => i > 0 && last.has(t));
    food = mould > 0 ? hits.find((h) => h.end === mould && isFood(taxonomy, h)) : undefined;
  }
  if (!food) return hits;
  const start = Math.min(mould, food.start);
  const end = Math.max(mould + 1, food.end);
  const merged = { ...food, start, end, entries: [{ id: bakewareOf(taxonomy, foodNode(food)), w: 1 }], curated: true };
  return [...hits.filter((h) => h.end <= start || h.start >= end), merged].sort((a, b) => a.start - b.start);
}
