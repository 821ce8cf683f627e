/**
 * Walmart (US, Canada). Product pages /ip/<slug>/<id> publish JSON-LD (read by the generic path);
 * the visible price and the search tiles need care: prices are drawn as "$12" + superscript "98",
 * so only the screen-reader text ("current price $12.98") reads right.
 */
import type { ShopAdapter } from '../adapter';
import type { Item, PageKind, Product } from '../types';
import {
  absoluteUrl,
  cleanTitle,
  firstPrice,
  firstText,
  hasAdLabel,
  pageHints,
  priceFromText,
  quantityFromTitle,
  readRating,
  textOf,
} from '../listing-tile';

export const isWalmartProduct = (url: URL) => /^\/ip\//.test(url.pathname);
export const isWalmartSearch = (url: URL) => /^\/(?:search|browse|cp|shop)(?:\/|$)/.test(url.pathname);

/** Product page price, by variant: the itemprop price (2022+), then the hero price (2020-21). */
const PRICE = [
  '[data-testid="price-wrap"] [itemprop="price"]',
  'span[itemprop="price"]',
  '.prod-PriceHero .price-characteristic',
];
/** Search tiles (2022+): one [data-item-id] per result; the title span and the price block. */
const TILE = '[data-item-id]';
const TILE_TITLE = ['[data-automation-id="product-title"]', 'a[link-identifier] span', 'h3'];
/** "current price $12.98" / "current price Now $12.98, Was $15.00" (screen-reader copy). */
const CURRENT_PRICE = /current price\s*(?:now\s*)?(\D{0,6}\d[\d.,]*)/i;

function listing(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null {
  const tiles = Array.from(doc.querySelectorAll(TILE)).filter((t) => !t.parentElement?.closest(TILE));
  if (!tiles.length) return null;
  const hints = pageHints(doc, url);
  const items: Item[] = [];
  const anchors: Element[] = [];
  let organic = 0;
  for (const tile of tiles) {
    const title = cleanTitle(firstText(tile, TILE_TITLE)?.text);
    if (!title) continue; // skeleton tile
    const priceBlock = textOf(tile.querySelector('[data-automation-id="product-price"]'), 200);
    const current = CURRENT_PRICE.exec(priceBlock)?.[1] ?? '';
    const money = priceFromText(current, hints);
    const href = tile.querySelector('a[link-identifier], a[href*="/ip/"]')?.getAttribute('href');
    const sponsored = hasAdLabel(tile);
    if (!sponsored) organic++;
    items.push({
      title,
      price: money?.price ?? null,
      currency: money?.currency ?? null,
      url: absoluteUrl(href, url)?.replace(/\?.*$/, '') ?? null,
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
  if (!generic) return null;
  const shown = firstPrice(doc, PRICE, pageHints(doc, url));
  if (!shown) return generic;
  return { ...generic, price: shown.price, currency: shown.currency ?? generic.currency };
}

export const walmart: ShopAdapter = {
  id: 'walmart',
  matches: ['*://*.walmart.com/*', '*://*.walmart.ca/*'],
  detect(_doc: Document, url: URL): PageKind | null {
    if (isWalmartProduct(url)) return 'product';
    if (isWalmartSearch(url)) return 'listing';
    return null;
  },
  product,
  listing,
  productAnchor: (doc) => doc.querySelector('[data-testid="price-wrap"]') ?? doc.querySelector('h1'),
};
