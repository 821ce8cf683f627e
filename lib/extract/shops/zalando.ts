/** Zalando (all EU storefronts): product pages end in "-<sku>.html" ("ar322o0bc-c11.html"). */
import type { ShopAdapter } from '../adapter';
import type { PageKind, Product } from '../types';
import { keyValuePairsFromScripts } from '../generic/json-state';
import { materialsFromSpecs } from '../generic/specs';

const HOSTS = ['zalando.de', 'zalando.fr', 'zalando.co.uk', 'zalando.it', 'zalando.es', 'zalando.nl', 'zalando.be', 'zalando.at', 'zalando.ch', 'zalando.pl', 'zalando.se', 'zalando.dk', 'zalando.fi', 'zalando.no', 'zalando.cz', 'zalando.ie'];

/** Zalando SKUs: 9 characters, a dash, 3 characters ("AR322O0BC-C11"). */
const SKU_IN_PATH = /-([a-z0-9]{9}-[a-z0-9]{3})\.html$/i;

export const isZalandoProduct = (url: URL) => SKU_IN_PATH.test(url.pathname);
export const isZalandoCatalog = (url: URL) => /^\/(?:catalog\/|[a-z-]+\/$)/.test(url.pathname) && !isZalandoProduct(url);

function product(doc: Document, url: URL, generic: Product | null): Product | null {
  if (!generic) return null;
  const sku = SKU_IN_PATH.exec(url.pathname)?.[1]?.toUpperCase() ?? null;
  // The "Material & care" panel is rendered client-side from the GraphQL cache in a JSON <script>
  // ({"key":"Material Oberstoff","value":"100%25 Baumwolle"}): the saved HTML has no visible table.
  const materials = generic.materials ?? materialsFromSpecs(keyValuePairsFromScripts(doc));
  return { ...generic, sku: generic.sku ?? sku, materials };
}

export const zalando: ShopAdapter = {
  id: 'zalando',
  matches: HOSTS.map((h) => `*://*.${h}/*`),
  detect(_doc: Document, url: URL): PageKind | null {
    if (isZalandoProduct(url)) return 'product';
    if (isZalandoCatalog(url)) return 'listing';
    return null;
  },
  product,
  productAnchor: (doc) => doc.querySelector('[data-testid="pdp-price-container"], .pdp-price') ?? doc.querySelector('h1'),
};
