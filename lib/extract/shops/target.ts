/** Target (target.com): product pages /p/<slug>/-/A-<tcin>, search /s?searchTerm=, categories /c/. */
import type { ShopAdapter } from '../adapter';
import type { Item, PageKind, Product } from '../types';
import {
  absoluteUrl,
  cleanTitle,
  firstPrice,
  firstText,
  hasAdLabel,
  pageHints,
  quantityFromTitle,
  readRating,
  textOf,
} from '../listing-tile';
import { emptyProduct } from './product-base';

export const isTargetProduct = (url: URL) => /^\/p\/.*\/A-\d{6,10}/.test(url.pathname);
export const isTargetListing = (url: URL) => /^\/(?:s|c)(?:\/|$)/.test(url.pathname);

/** Product cards (2021+), marked with data-test attributes Target keeps stable for its own tests. */
const TILE = '[data-test="@web/site-top-of-funnel/ProductCardWrapper"]';
const TILE_TITLE = ['a[data-test="product-title"]', '[data-test="product-title"]'];
const TILE_PRICE = ['[data-test="current-price"]'];

function listing(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null {
  const tiles = Array.from(doc.querySelectorAll(TILE));
  if (!tiles.length) return null;
  const hints = pageHints(doc, url);
  const items: Item[] = [];
  const anchors: Element[] = [];
  let organic = 0;
  for (const tile of tiles) {
    const titleEl = firstText(tile, TILE_TITLE);
    const title = cleanTitle(titleEl?.text);
    if (!title) continue; // lazy placeholder card
    // "$12.99 - $24.99" (variants) gives no single price.
    const money = firstPrice(tile, TILE_PRICE, hints);
    const href = (titleEl?.el.closest('a') ?? tile.querySelector('a[href*="/p/"]'))?.getAttribute('href');
    const sponsored = !!tile.querySelector('[data-test="sponsoredText"]') || hasAdLabel(tile);
    if (!sponsored) organic++;
    items.push({
      title,
      price: money?.price ?? null,
      currency: money?.currency ?? null,
      url: absoluteUrl(href, url)?.replace(/[?#].*$/, '') ?? null,
      quantity: quantityFromTitle(title),
      position: sponsored ? null : organic,
      rating: readRating(tile),
      sponsored,
    });
    anchors.push(tile);
  }
  return items.length ? { items, anchors } : null;
}

function product(doc: Document, url: URL, generic: Product | null): Product | null {
  const hints = pageHints(doc, url);
  const shown = firstPrice(doc, ['[data-test="product-price"]'], hints);
  const title = cleanTitle(textOf(doc.querySelector('h1[data-test="product-title"]')));
  const tcin = /\/A-(\d{6,10})/.exec(url.pathname)?.[1] ?? null;
  if (!generic && !title) return null;
  const base = generic ?? emptyProduct();
  return {
    ...base,
    title: title ?? base.title,
    price: shown?.price ?? base.price,
    currency: shown?.currency ?? base.currency,
    sku: base.sku ?? tcin,
  };
}

export const target: ShopAdapter = {
  id: 'target',
  matches: ['*://*.target.com/*'],
  detect(_doc: Document, url: URL): PageKind | null {
    if (isTargetProduct(url)) return 'product';
    if (isTargetListing(url)) return 'listing';
    return null;
  },
  product,
  listing,
  productAnchor: (doc) => doc.querySelector('[data-test="product-price"]') ?? doc.querySelector('h1'),
};
