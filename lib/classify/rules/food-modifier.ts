/**
 * A food word right before a product word of another branch says what the product is for or
 * looks like, in a language that puts the head last ("Banana hanger", "Honey dipper", "Lemon
 * tree"), or right after it where the head comes first ("Cesto frutta", a fruit basket): the product
 * word is the head even when it is a taxonomy name's word, read weaker (0.5) than the curated food
 * word (1), which would otherwise head the title and push the product word off. The food word
 * heads nothing and counts as a word off the head does (score.ts). So does a table word that says
 * where the product stands (rules/table-modifier.ts).
 */
import type { Taxonomy } from '../taxonomy';
import type { LexEntry } from '../lexicon';
import { FOOD_BEVERAGES_TOBACCO } from '../nodes';
import { isTableModifier, type Placed } from './table-modifier';

/** Weakest reading of the neighbour that makes it the head: a taxonomy name's single word. */
const PRODUCT_WORD_WEIGHT = 0.5;
/** A hit in the main clause (its zone). */
const MAIN_ZONE = 0.9;

const isFood = (taxonomy: Taxonomy, entries: LexEntry[]) =>
  entries.length > 0 && entries.every((e) => taxonomy.isAncestorOrSelf(FOOD_BEVERAGES_TOBACCO, e.id));

/**
 * Whether hit `i`, read as food only, modifies the product word next to it on the head's side
 * (`chosen`: each hit's readings).
 */
export function isFoodModifier(
  taxonomy: Taxonomy,
  hits: Placed[],
  chosen: LexEntry[][],
  i: number,
  headFirst: boolean,
): boolean {
  const h = hits[i];
  // A table word modifies its product word alike ("Lámpara de mesa", "Masa saati": rules/table-modifier.ts).
  if (isTableModifier(hits, chosen, i, headFirst)) return true;
  if (!isFood(taxonomy, chosen[i])) return false;
  return hits.some(
    (o, j) =>
      j !== i &&
      (headFirst ? o.end === h.start : o.start === h.end) &&
      o.zone >= MAIN_ZONE &&
      !isFood(taxonomy, chosen[j]) &&
      chosen[j].some((e) => e.w >= PRODUCT_WORD_WEIGHT && taxonomy.depth(e.id) >= 2),
  );
}
