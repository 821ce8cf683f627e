/**
 * The toy version of a thing: "Cozinha de brinquedo", "Cucina giocattolo", "Cocina de juguete",
 * "Cuisine jouet", "Spielzeug Werkzeugkoffer". A word for toys in general next to another product word says the product imitates that thing: the
 * thing's reading moves to its toy node, found by name under Toys as for-pets.ts finds pet nodes
 * ("Kitchen & Dining" -> "Toy Kitchens & Play Food", "Tools" -> "Toy Tools", "Cars" -> "Toy
 * Cars"). A reading with no toy node keeps its say ("Baú de brinquedos" is storage), and so does
 * a toy word after a for-cue ("Cesto para brinquedos": the toys are what it holds).
 */
import { FOR_ZONE_WEIGHT } from '../cues';
import { ANIMALS_AND_PET_SUPPLIES } from '../nodes';
import type { Taxonomy } from '../taxonomy';
import { tokenize } from '../text';
import { branchNameIndex, namedUpChain } from './named-nodes';

/** Toys & Games, and its Toys: the readings of "brinquedo", "giocattolo", "Spielzeug", "jouet", "toy". */
const TOYS_AND_GAMES = 1239;
const TOYS = 1253;
/** Words of the toy nodes' names that say nothing about what the toy imitates. */
const NOT_A_THING_WORD = new Set(
  ['toy', 'toys', 'play', 'and', 'accessories', 'sets', 'set', 'kits', 'gift', 'baskets', 'other'].flatMap((w) =>
    tokenize(w),
  ),
);

/** Thing word -> the toy nodes whose names hold it ("kitchen" -> Toy Kitchens & Play Food, Toy Kitchens). */
const toyNodesByWord = branchNameIndex(TOYS, NOT_A_THING_WORD, (name) => /^(?:Toy|Play) /.test(name));

/** The toy node of thing `id`: the shallowest toy node named after the first name up its chain that one names. */
export function toyCounterpart(taxonomy: Taxonomy, id: number): number | null {
  if (taxonomy.isAncestorOrSelf(TOYS, id) || taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, id)) return null;
  const found = namedUpChain(taxonomy, id, toyNodesByWord(taxonomy));
  return found.length ? found.reduce((a, c) => (taxonomy.depth(c) < taxonomy.depth(a) ? c : a)) : null;
}

/**
 * Whether a title hit is a word for toys in general, outside a for-clause: all its readings are
 * Toys & Games or its Toys ("brinquedo", "Spielzeug", "jouet", "toy"). A word of one kind of toy
 * is not ("Dolls", a CJK gift-box word read as a playset): next to a food it names a set, not a
 * toy food; nor are games and puzzles (a puzzle's kitchen is its picture).
 */
function isToyWord(hit: { zone: number; entries: { id: number }[] }): boolean {
  return (
    hit.zone > FOR_ZONE_WEIGHT &&
    hit.entries.length > 0 &&
    hit.entries.every((e) => e.id === TOYS_AND_GAMES || e.id === TOYS)
  );
}

/** The title evidence with each thing's reading moved to its toy node, when a toy word names the kind. */
export function toyOfRule<E extends { id: number }>(
  taxonomy: Taxonomy,
  hits: { zone: number; entries: { id: number }[] }[],
  evidence: E[],
): E[] {
  if (!hits.some(isToyWord)) return evidence;
  return evidence.map((e) => {
    const node = toyCounterpart(taxonomy, e.id);
    return node === null ? e : { ...e, id: node };
  });
}
