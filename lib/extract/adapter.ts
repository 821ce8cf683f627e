import type { Item, Order, PageKind, Product } from './types';
import type { TilePlan } from './listing-plan';

/**
 * One shop = one adapter: pure functions of (document, url). The registry of adapters is the only
 * list of shops and also feeds the manifest's content-script match patterns.
 * Generic extraction always runs first; an adapter refines or replaces what it gets wrong.
 */
export interface ShopAdapter {
  /** Stable id, e.g. 'amazon'. */
  id: string;
  /** Match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
  matches: string[];
  /** What kind of page this is, or null to let the generic detection decide. */
  detect?(doc: Document, url: URL): PageKind | null;
  /** Fix up the product found by the generic cascade (which may be null). */
  product?(doc: Document, url: URL, generic: Product | null): Product | null;
  listing?(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null;
  /**
   * The same listing as a plan (tiles found, each read on demand): the content script reads only
   * the tiles near the viewport. `listing` must equal `listingFromPlan` of it (listing-plan.ts).
   */
  listingPlan?(doc: Document, url: URL): TilePlan | null;
  order?(doc: Document, url: URL): { orders: Order[]; items: Item[]; anchors: (Element | null)[] } | null;
  /** The element the product badge should sit next to. */
  productAnchor?(doc: Document, url: URL): Element | null;
}
