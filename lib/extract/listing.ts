/**
 * Listing pages (search results, category pages, best-seller lists): every product tile.
 * Order: the shop adapter's tiles; else repeated microdata Products; else the repeated-structure
 * heuristic (filled in from a JSON-LD ItemList where it has the price); else the ItemList alone.
 */
import type { Item } from './types';
import { adapterFor } from './shops';
import { genericListing } from './listing-generic';
import { itemListFromJsonLd, productsFromMicrodata } from './listing-structured';

export type ListingResult = { items: Item[]; anchors: (Element | null)[] };

const MIN_TILES = 3;

/** Same product link, ignoring query and hash (trackers differ between the DOM and the JSON-LD). */
const linkKey = (href: string | null) => (href ? href.replace(/[?#].*$/, '').replace(/\/$/, '') : null);

export function extractListing(doc: Document, url: URL): ListingResult {
  const adapter = adapterFor(url);
  const fromAdapter = adapter?.listing?.(doc, url);
  if (fromAdapter && fromAdapter.items.length) return fromAdapter;

  const micro = productsFromMicrodata(doc, url);
  const dom = genericListing(doc, url);
  const jsonLd = itemListFromJsonLd(doc, url);

  if (micro.items.length >= MIN_TILES && micro.items.length >= (dom?.items.length ?? 0)) return micro;
  if (dom) {
    const byLink = new Map(jsonLd.map((it) => [linkKey(it.url), it]));
    for (const it of dom.items) {
      const s = byLink.get(linkKey(it.url));
      if (!s) continue;
      if (it.price === null && s.price !== null) [it.price, it.currency] = [s.price, s.currency];
      it.rating ??= s.rating;
    }
    return dom;
  }
  if (jsonLd.length >= MIN_TILES) return { items: jsonLd, anchors: jsonLd.map(() => null) };
  return { items: [], anchors: [] };
}
