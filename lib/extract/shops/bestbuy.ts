/** Best Buy (US, Canada): search and category grids, product pages. */
import type { ShopAdapter } from '../adapter';
import type { Item, PageKind, Product } from '../types';
import {
  absoluteUrl,
  cleanTitle,
  firstMatchingAll,
  firstPrice,
  firstText,
  hasAdLabel,
  pageHints,
  quantityFromTitle,
  readRating,
} from '../listing-tile';

export const isBestBuySearch = (url: URL) =>
  /\/site\/searchpage\.jsp|\/site\/[^/]+\/[^/]+\/pcmcat\d+|\/site\/[^/]+\/[^/]+\/abcat\d+|^\/search\//.test(
    url.pathname,
  );
export const isBestBuyProduct = (url: URL) =>
  /\/site\/[^/]+\/\d{7}\.p|\/product\/[^/]+\/[A-Z0-9]+(?:\/sku\/\d+)?/.test(url.pathname);

const TILES = [
  // 2025+ grid.
  '.product-list-item',
  // 2019-2024 list.
  'li.sku-item',
];
const TITLE = ['h3.product-title', '.sku-title', 'h4', 'h3'];
// The customer price; "Was $..." and "More options from $..." come later in the tile.
const PRICE = [
  '[data-testid="customer-price"] span',
  '.priceView-customer-price span',
  '.pricing [elementtiming="price_et"]',
  '.pricing .sr-only',
  '.pricing span',
];

function listing(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null {
  const tiles = firstMatchingAll(doc, TILES);
  if (!tiles.length) return null;
  const hints = pageHints(doc, url);
  const items: Item[] = [];
  const anchors: Element[] = [];
  let organic = 0;
  for (const tile of tiles) {
    const titleEl = firstText(tile, TITLE);
    const title = cleanTitle(titleEl?.el.getAttribute('title') || titleEl?.text);
    if (!title) continue; // skeleton tile while the grid loads
    const money = firstPrice(tile, PRICE, hints);
    const href =
      titleEl?.el.closest('a')?.getAttribute('href') ??
      tile
        .querySelector('a.product-list-item-link, .sku-title a, a[href*="/sku/"], a[href*=".p?"]')
        ?.getAttribute('href');
    const sponsored = !!tile.querySelector('.sponsored, [data-testid="sponsored"]') || hasAdLabel(tile);
    if (!sponsored) organic++;
    items.push({
      title,
      price: money?.price ?? null,
      currency: money?.currency ?? null,
      url: absoluteUrl(href, url),
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
  const money = firstPrice(
    doc,
    ['[data-testid="customer-price"] span', '.priceView-customer-price span', '.priceView-hero-price span'],
    pageHints(doc, url),
  );
  const sku = /\/sku\/(\d+)|\/(\d{7})\.p/.exec(url.pathname);
  return {
    ...generic,
    price: money?.price ?? generic.price,
    currency: money?.currency ?? generic.currency,
    sku: generic.sku ?? sku?.[1] ?? sku?.[2] ?? null,
  };
}

export const bestbuy: ShopAdapter = {
  id: 'bestbuy',
  matches: ['*://*.bestbuy.com/*', '*://*.bestbuy.ca/*'],
  detect(_doc: Document, url: URL): PageKind | null {
    if (isBestBuySearch(url)) return 'listing';
    if (isBestBuyProduct(url)) return 'product';
    return null;
  },
  product,
  listing,
  productAnchor: (doc) =>
    doc.querySelector('[data-testid="customer-price"], .priceView-customer-price') ?? doc.querySelector('h1'),
};
