/**
 * Listing pages (search results, category pages, best-seller lists): every product tile.
 * Order: the shop adapter's tiles; else repeated microdata Products; else the repeated-structure
 * heuristic (filled in from a JSON-LD ItemList where it has the price); else the ItemList alone.
 */
import type { Item } from './types';
import { adapterFor } from './shops';
import { genericListing } from './listing-generic';
import { itemListFromJsonLd, productsFromMicrodata } from './listing-structured';

export { planListing } from './entry-listing';

export type ListingResult = { items: Item[]; anchors: (Element | null)[] };

const MIN_TILES = 3;

/** Same product link, ignoring query and hash (trackers differ between the DOM and the JSON-LD). */
const linkKey = (href: string | null) => (href ? href.replace(/[?#].*$/, '').replace(/\/$/, '') : null);

/** For ItemList entries: the element around the page's first link to the entry's URL, else null. */
function linkAnchors(doc: Document, url: URL, items: Item[]): (Element | null)[] {
  const byKey = new Map<string, Element>();
  for (const a of Array.from(doc.querySelectorAll('a[href]')).slice(0, 5000)) {
    let key: string | null;
    try {
      key = linkKey(new URL(a.getAttribute('href')!, url).href);
    } catch {
      continue;
    }
    if (key && !byKey.has(key)) byKey.set(key, a.parentElement ?? a);
  }
  return items.map((it) => byKey.get(linkKey(it.url) ?? '') ?? null);
}

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
  if (jsonLd.length >= MIN_TILES) return { items: jsonLd, anchors: linkAnchors(doc, url, jsonLd) };
  return { items: [], anchors: [] };
}
