/** OTTO (otto.de): product pages under /p/, search under /suche/. The generic path reads them well. */
import type { ShopAdapter } from '../adapter';
import type { PageKind } from '../types';

export const isOttoProduct = (url: URL) => /^\/p\/[^/]+/.test(url.pathname);
export const isOttoSearch = (url: URL) => /^\/suche\//.test(url.pathname);

export const otto: ShopAdapter = {
  id: 'otto',
  matches: ['*://*.otto.de/*'],
  detect(_doc: Document, url: URL): PageKind | null {
    if (isOttoProduct(url)) return 'product';
    if (isOttoSearch(url)) return 'listing';
    return null;
  },
  productAnchor: (doc) => doc.querySelector('.js_pdp_price, .pdp_price__price, [data-qa="price"]') ?? doc.querySelector('h1'),
};
