/**
 * "A table lamp is a lamp, not a table": "Lámpara de mesa", "Ventoinha de mesa", "Calendario da
 * tavolo", "Lampe de table", "Masa saati", "테이블 거울". The word for a table says where the product
 * stands. Where a noun phrase's head comes first, a table word after an of-word ("de", "da") is
 * such a modifier whenever any word precedes it, read or not: the head is that word, known or
 * unknown ("Lume da tavolo" is a light the lexicon does not know, so no category rather than a
 * table). Where the head comes last, a table word right before another product word is one
 * ("Masa saati": a table clock). A table word alone, or heading the phrase ("Mesa de centro",
 * "Table basse", "Tisch mit Stühlen"), is the table.
 */
import { OF_ZONE_WEIGHT } from '../cues';
import type { LexEntry } from '../lexicon';

/** "Furniture > Tables": the plain table word of every language, not a kind of table. */
const TABLES = 6392;
/** Weakest reading of the word after a head-last table word that makes it the head: a translated single word. */
const PRODUCT_WORD_WEIGHT = 0.4;

/** A hit's place in its segment and its zone weight (title.ts). */
export interface Placed {
  start: number;
  end: number;
  zone: number;
}

const isTableWord = (entries: LexEntry[]) => entries.length > 0 && entries.every((e) => e.id === TABLES);

/** Whether hit `i`, read as the plain table word only, says where the product stands (`chosen`: each hit's readings). */
export function isTableModifier(hits: Placed[], chosen: LexEntry[][], i: number, headFirst: boolean): boolean {
  const h = hits[i];
  if (!h || !isTableWord(chosen[i] ?? [])) return false;
  // "X de mesa": lowered by its of-word (title.ts zones), after at least one word.
  if (headFirst) return h.start > 1 && h.zone <= OF_ZONE_WEIGHT && h.zone > OF_ZONE_WEIGHT / 2;
  return hits.some(
    (o, j) =>
      j !== i &&
      o.start === h.end &&
      o.zone >= h.zone &&
      !isTableWord(chosen[j] ?? []) &&
      (chosen[j] ?? []).some((e) => e.w >= PRODUCT_WORD_WEIGHT),
  );
}
