/** Etsy: listing pages and search. The displayed price is in the visitor's currency. */
import type { ShopAdapter } from '../adapter';
import type { PageKind, Product } from '../types';
import { firstPrice, firstText, pageHints } from '../listing-tile';

export const isEtsyListing = (url: URL) => /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?listing\/\d+/.test(url.pathname);
export const isEtsySearch = (url: URL) =>
  /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:search|c|market)(?:\/|$)/.test(url.pathname);

/** Buy-box price, by page variant. og:price and JSON-LD hold the seller's currency instead. */
const PRICE = [
  // 2021-2022 buy box.
  '[data-buy-box-region="price"] p.wt-text-title-03',
  // 2023+ buy box.
  '[data-buy-box-region="price"] .wt-text-title-larger',
  '[data-selector="price-only"] p',
  '[data-buy-box-region="price"] p',
];

function product(doc: Document, url: URL, generic: Product | null): Product | null {
  if (!generic) return null;
  const money = firstPrice(doc, PRICE, pageHints(doc, url));
  if (!money) return generic;
  // A struck-out price in the same box is the list price; keep the generic one only if higher.
  return {
    ...generic,
    price: money.price,
    currency: money.currency,
    listPrice:
      generic.listPrice !== null && generic.listPrice > money.price && generic.currency === money.currency
        ? generic.listPrice
        : null,
  };
}

export const etsy: ShopAdapter = {
  id: 'etsy',
  matches: ['*://*.etsy.com/*'],
  detect(_doc: Document, url: URL): PageKind | null {
    if (isEtsyListing(url)) return 'product';
    if (isEtsySearch(url)) return 'listing';
    return null;
  },
  product,
  productAnchor: (doc) => firstText(doc, PRICE)?.el ?? doc.querySelector('h1'),
};
