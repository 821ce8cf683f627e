/** H&M: product pages are /<locale>/productpage.<article>.html; the article number is the SKU. */
import type { ShopAdapter } from '../adapter';
import type { PageKind, Product } from '../types';

const HOSTS = ['hm.com'];

export const isHmProduct = (url: URL) => /\/productpage\.\d{7,10}\.html$/.test(url.pathname);
export const isHmCategory = (url: URL) => /^\/[a-z]{2}_[a-z]{2}\/(?:[^/]+\/)+[^/]+\.html$/.test(url.pathname) && !isHmProduct(url);

function product(_doc: Document, url: URL, generic: Product | null): Product | null {
  if (!generic) return null;
  const article = /productpage\.(\d{7,10})\.html/.exec(url.pathname)?.[1] ?? null;
  return { ...generic, sku: generic.sku ?? article };
}

export const hm: ShopAdapter = {
  id: 'hm',
  matches: HOSTS.map((h) => `*://*.${h}/*`),
  detect(_doc: Document, url: URL): PageKind | null {
    if (isHmProduct(url)) return 'product';
    if (isHmCategory(url)) return 'listing';
    return null;
  },
  product,
  productAnchor: (doc) => doc.querySelector('#product-price, .product-item-price, [data-testid="price"]') ?? doc.querySelector('h1'),
};
