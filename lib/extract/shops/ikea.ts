/**
 * IKEA (one domain, /<country>/<lang>/ paths): product pages /p/<slug>-<8-digit number>/,
 * categories /cat/, search /search/. Category tiles carry their data as attributes.
 */
import type { ShopAdapter } from '../adapter';
import type { Item, PageKind, Product } from '../types';
import { parseAmount } from '../money';
import { absoluteUrl, cleanTitle, firstPrice, pageHints, quantityFromTitle, readRating, textOf } from '../listing-tile';

export const isIkeaProduct = (url: URL) => /^\/[a-z]{2}\/[a-z]{2}\/p\/[^/]*\d{8}\/?$/.test(url.pathname);
export const isIkeaListing = (url: URL) => /^\/[a-z]{2}\/[a-z]{2}\/(?:cat|search)\//.test(url.pathname);

/** Category/search tiles (2021+): `data-product-name`, `data-price`, `data-currency` on the card. */
const TILE = '.plp-mastercard[data-product-number], [data-testid="plp-product-card"][data-product-number]';

function listing(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null {
  const tiles = Array.from(doc.querySelectorAll(TILE));
  if (!tiles.length) return null;
  const items: Item[] = [];
  const anchors: Element[] = [];
  tiles.forEach((tile) => {
    const name = tile.getAttribute('data-product-name');
    // "KALLAX" alone says little: IKEA prints the type ("Shelf unit, white, 77x147 cm") below it.
    const description = textOf(
      tile.querySelector('.plp-price-module__description, [class*="product-description"]'),
      200,
    );
    const title = cleanTitle([name, description].filter(Boolean).join(' '));
    if (!title) return;
    const currency = tile.getAttribute('data-currency');
    const price = parseAmount(tile.getAttribute('data-price'), currency);
    items.push({
      title,
      price,
      currency: price === null ? null : currency,
      url: absoluteUrl(tile.querySelector('a[href*="/p/"]')?.getAttribute('href'), url),
      quantity: quantityFromTitle(title),
      position: items.length + 1,
      rating: readRating(tile),
      sponsored: false,
    });
    anchors.push(tile);
  });
  return items.length ? { items, anchors } : null;
}

/** Product page price, split over spans ("$", "79", ".99"): read as one run. */
const PRICE = ['.pip-temp-price__nowrap', '.pip-price__nowrap', '.pip-temp-price', '.pip-price'];

function product(doc: Document, url: URL, generic: Product | null): Product | null {
  if (!generic) return null;
  const number = /(\d{8})\/?$/.exec(url.pathname)?.[1] ?? null;
  const shown = generic.price === null ? firstPrice(doc, PRICE, pageHints(doc, url)) : null;
  return {
    ...generic,
    sku: generic.sku ?? number,
    price: shown?.price ?? generic.price,
    currency: shown?.currency ?? generic.currency,
  };
}

export const ikea: ShopAdapter = {
  id: 'ikea',
  matches: ['*://*.ikea.com/*'],
  detect(_doc: Document, url: URL): PageKind | null {
    if (isIkeaProduct(url)) return 'product';
    if (isIkeaListing(url)) return 'listing';
    return null;
  },
  product,
  listing,
  productAnchor: (doc) => doc.querySelector('.pip-temp-price, .pip-price') ?? doc.querySelector('h1'),
};
