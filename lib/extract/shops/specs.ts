/**
 * The shops without special needs, as data (see spec.ts). Adding such a shop: one entry here with
 * its detect test URLs in SPEC_DETECT_CASES below, its entry in the registry (index.ts), plus a saved
 * or reconstructed page with expected output.
 */
import type { PageKind } from '../types';
import type { ShopSpec } from './spec';
import { keyValuePairsFromScripts } from '../generic/json-state';
import { materialsFromSpecs } from '../generic/specs';

/** OTTO (otto.de): product pages under /p/, search under /suche/. The generic path reads them well. */
export const OTTO: ShopSpec = {
  id: 'otto',
  hosts: ['otto.de'],
  pages: [
    { kind: 'product', path: /^\/p\/[^/]+/ },
    { kind: 'listing', path: /^\/suche\// },
  ],
  anchor: ['.js_pdp_price, .pdp_price__price, [data-qa="price"]'],
};

/** Wayfair: product pages under /pdp/ with the SKU at the end of the path ("...-w005759888.html"). */
export const WAYFAIR: ShopSpec = {
  id: 'wayfair',
  hosts: ['wayfair.com', 'wayfair.co.uk', 'wayfair.de', 'wayfair.ca', 'wayfair.ie'],
  pages: [
    { kind: 'product', path: /\/pdp\// },
    { kind: 'listing', path: /\/sb\d\/|\/keyword\.php|\/cat\// },
  ],
  skuInPath: /-([a-z]{1,4}\d{5,10})\.html$/i,
  skuUpperCase: true,
  anchor: ['[data-test-id="PriceDisplay"], .SFPrice'],
};

/** H&M: product pages are /<locale>/productpage.<article>.html; the article number is the SKU. */
export const HM: ShopSpec = {
  id: 'hm',
  hosts: ['hm.com'],
  pages: [
    { kind: 'product', path: /\/productpage\.\d{7,10}\.html$/ },
    // Category pages: /<locale>/<path>/<name>.html (product pages matched first).
    { kind: 'listing', path: /^\/[a-z]{2}_[a-z]{2}\/(?:[^/]+\/)+[^/]+\.html$/ },
  ],
  skuInPath: /productpage\.(\d{7,10})\.html/,
  anchor: ['#product-price, .product-item-price, [data-testid="price"]'],
};

/** Zalando (all EU storefronts): product pages end in "-<sku>.html" ("ar322o0bc-c11.html"). */
export const ZALANDO: ShopSpec = {
  id: 'zalando',
  hosts: [
    'zalando.de',
    'zalando.fr',
    'zalando.co.uk',
    'zalando.it',
    'zalando.es',
    'zalando.nl',
    'zalando.be',
    'zalando.at',
    'zalando.ch',
    'zalando.pl',
    'zalando.se',
    'zalando.dk',
    'zalando.fi',
    'zalando.no',
    'zalando.cz',
    'zalando.ie',
  ],
  pages: [
    // Zalando SKUs: 9 characters, a dash, 3 characters ("AR322O0BC-C11").
    { kind: 'product', path: /-[a-z0-9]{9}-[a-z0-9]{3}\.html$/i },
    { kind: 'listing', path: /^\/(?:catalog\/|[a-z-]+\/$)/ },
  ],
  skuInPath: /-([a-z0-9]{9}-[a-z0-9]{3})\.html$/i,
  skuUpperCase: true,
  anchor: ['[data-testid="pdp-price-container"], .pdp-price'],
  hooks: {
    // The "Material & care" panel is rendered client-side from the GraphQL cache in a JSON <script>
    // ({"key":"Material Oberstoff","value":"100%25 Baumwolle"}): the saved HTML has no visible table.
    product: (doc, _url, p) =>
      p ? { ...p, materials: p.materials ?? materialsFromSpecs(keyValuePairsFromScripts(doc)) } : null,
  },
};

/**
 * Test URLs for each spec's `pages`, run by the registry meta-test. Beside the specs, but a
 * separate constant that no runtime code reads, so the bundles do not ship them.
 */
export const SPEC_DETECT_CASES: Record<string, [url: string, kind: PageKind | null][]> = {
  otto: [
    ['https://www.otto.de/p/s-oliver-strickpullover-pullover-langarm-S0T59063/', 'product'],
    ['https://www.otto.de/suche/pullover/', 'listing'],
    ['https://www.otto.de/', null],
  ],
  wayfair: [
    ['https://www.wayfair.com/furniture/pdp/wade-logan-penhook-2047-wide-armchair-w005759888.html', 'product'],
    ['https://www.wayfair.com/furniture/sb0/accent-chairs-c46179.html', 'listing'],
    ['https://www.wayfair.com/keyword.php?keyword=armchair', 'listing'],
    ['https://www.wayfair.com/v/account/order/history', null],
  ],
  hm: [
    ['https://www2.hm.com/fr_fr/productpage.1061531002.html', 'product'],
    ['https://www2.hm.com/de_de/damen/produkte/kleider.html', 'listing'],
    ['https://www2.hm.com/de_de/index.html', null],
  ],
  zalando: [
    ['https://www.zalando.de/armedangels-jaames-turntables-t-shirt-print-acid-black-ar322o0bc-c11.html', 'product'],
    ['https://www.zalando.fr/hessnatur-pantalon-classique-marine-h0721a01m-k11.html', 'product'],
    ['https://www.zalando.de/herrenbekleidung-shirts/', 'listing'],
    ['https://www.zalando.de/catalog/?q=tshirt', 'listing'],
    ['https://www.zalando.de/myaccount/orders', null],
  ],
};
