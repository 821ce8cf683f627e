/**
 * A listing as a plan: where its tiles are (found once, cheaply) and how to read one tile. The
 * whole-page extraction reads every tile through the plan (`listingFromPlan`), the content script
 * reads only the tiles near the viewport, slice by slice, through the same `read`: a tile read
 * alone is the item the whole-page pass gives for it, bar `position` (which counts the organic
 * tiles before it).
 */
import type { Item } from './types';

/** One tile's item; `position` is only the rank printed on the tile ("#3"), else null. */
export type TileItem = Item;

export interface TilePlan {
  /** The tile roots, in document order, nested matches already dropped. */
  tiles: Element[];
  /** One tile as an item, or null for a placeholder (skeleton, lazy tile without a title yet). */
  read(tile: Element): TileItem | null;
  /** The tiles among elements added to the page later (infinite scroll): the elements or inside them. */
  tilesIn(added: readonly Element[]): Element[];
}

/**
 * Every tile read, ranked in page order: a sponsored tile has no position, an organic one its
 * printed rank, else its count among the organic tiles so far. Null when no tile reads as an item.
 */
export function listingFromPlan(plan: TilePlan): { items: Item[]; anchors: (Element | null)[] } | null {
  const items: Item[] = [];
  const anchors: Element[] = [];
  let organic = 0;
  for (const tile of plan.tiles) {
    const item = plan.read(tile);
    if (!item) continue;
    if (!item.sponsored) organic++;
    items.push({ ...item, position: item.sponsored ? null : (item.position ?? organic) });
    anchors.push(tile);
  }
  return items.length ? { items, anchors } : null;
}

/**
 * Tiles known by a CSS selector: on the page, and among elements added later (the elements that
 * match and the matches inside them). With `nestedIn`, a match inside an element matching it is
 * no tile of its own (a result inside a result widget is read from its outer root).
 */
export function tilesBySelector(
  selector: string,
  nestedIn: string | null = selector,
): { onPage(doc: ParentNode): Element[]; tilesIn: TilePlan['tilesIn'] } {
  const outer = (t: Element) => !nestedIn || !t.parentElement?.closest(nestedIn);
  return {
    onPage: (doc) => Array.from(doc.querySelectorAll(selector)).filter(outer),
    tilesIn: (added) =>
      Array.from(
        new Set(added.flatMap((el) => [...(el.matches(selector) ? [el] : []), ...el.querySelectorAll(selector)])),
      ).filter(outer),
  };
}

/**
 * The plan of a shop's result cards: the cards are the matches of the first of `selectors` (page
 * layouts, newest first) that matches on the page, those that `keep` accepts; `read` gives a card's
 * item without its position (listingFromPlan counts the organic cards), null for a placeholder.
 * With `nestedIn`, as for tilesBySelector; by default cards may nest.
 */
export function cardsPlan(
  doc: Document,
  selectors: readonly string[],
  read: (card: Element) => Omit<Item, 'position'> | null,
  opts: { nestedIn?: string | null; keep?: (card: Element) => boolean } = {},
): TilePlan | null {
  const selector = selectors.find((sel) => doc.querySelector(sel));
  if (!selector) return null;
  const found = tilesBySelector(selector, opts.nestedIn ?? null);
  const keep = opts.keep;
  return {
    tiles: keep ? found.onPage(doc).filter(keep) : found.onPage(doc),
    read(card) {
      const item = read(card);
      if (!item) return null;
      // The whole-page listing's key order (its items are compared and stored as JSON).
      const { title, price, currency, url, quantity, rating, sponsored, ...rest } = item;
      return { title, price, currency, url, quantity, position: null, rating, sponsored, ...rest };
    },
    tilesIn: keep ? (added) => found.tilesIn(added).filter(keep) : found.tilesIn,
  };
}
