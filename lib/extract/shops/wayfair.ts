/** Wayfair: product pages under /pdp/ with the SKU at the end of the path ("...-w005759888.html"). */
import type { ShopAdapter } from '../adapter';
import type { PageKind, Product } from '../types';

const HOSTS = ['wayfair.com', 'wayfair.co.uk', 'wayfair.de', 'wayfair.ca', 'wayfair.ie'];
const SKU_IN_PATH = /-([a-z]{1,4}\d{5,10})\.html$/i;

export const isWayfairProduct = (url: URL) => /\/pdp\//.test(url.pathname);
export const isWayfairListing = (url: URL) => /\/sb\d\/|\/keyword\.php|\/cat\//.test(url.pathname);

function product(_doc: Document, url: URL, generic: Product | null): Product | null {
  if (!generic) return null;
  const sku = SKU_IN_PATH.exec(url.pathname)?.[1]?.toUpperCase() ?? null;
  return { ...generic, sku: generic.sku ?? sku };
}

export const wayfair: ShopAdapter = {
  id: 'wayfair',
  matches: HOSTS.map((h) => `*://*.${h}/*`),
  detect(_doc: Document, url: URL): PageKind | null {
    if (isWayfairProduct(url)) return 'product';
    if (isWayfairListing(url)) return 'listing';
    return null;
  },
  product,
  productAnchor: (doc) => doc.querySelector('[data-test-id="PriceDisplay"], .SFPrice') ?? doc.querySelector('h1'),
};
