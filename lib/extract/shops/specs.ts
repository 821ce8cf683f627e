/**
 * The shops without special needs, as data (see spec.ts and spec-tiles.ts). Adding such a shop: one
 * entry here with its detect test URLs in SPEC_DETECT_CASES below, its name in the registry
 * (index.ts), plus a saved or reconstructed page with expected output.
 */
import type { PageKind } from '../types';
import type { ShopSpec } from './spec';
import { keyValuePairsFromScripts } from '../generic/json-state';
import { materialsFromSpecs } from '../generic/specs';
import { ikeaListing } from './ikea';
import { withFields } from './product-base';
import { WALMART_PRICE_LABEL } from '../words-facts';

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
      p ? withFields(p, { materials: p.materials ?? materialsFromSpecs(keyValuePairsFromScripts(doc)) }) : null,
  },
};

/** Walmart (US, Canada): product pages /ip/<slug>/<id>. Prices are drawn as "$12" + superscript "98". */
export const WALMART: ShopSpec = {
  id: 'walmart',
  hosts: ['walmart.com', 'walmart.ca'],
  pages: [
    { kind: 'product', path: /^\/ip\// },
    { kind: 'listing', path: /^\/(?:search|browse|cp|shop)(?:\/|$)/ },
  ],
  // The itemprop price (2022+), then the hero price (2020-21).
  price: {
    selectors: [
      '[data-testid="price-wrap"] [itemprop="price"]',
      'span[itemprop="price"]',
      '.prod-PriceHero .price-characteristic',
    ],
    use: 'always',
  },
  anchor: ['[data-testid="price-wrap"]'],
  tiles: {
    // Search tiles (2022+): one [data-item-id] per result.
    cards: ['[data-item-id]'],
    outermost: true,
    title: ['[data-automation-id="product-title"]', 'a[link-identifier] span', 'h3'],
    // Only the screen-reader copy reads right: "current price Now $12.98, Was $15.00".
    price: { block: '[data-automation-id="product-price"]', label: WALMART_PRICE_LABEL },
    link: { selector: 'a[link-identifier], a[href*="/ip/"]' },
    linkCut: /\?.*$/,
  },
};

/** Target (target.com): product pages /p/<slug>/-/A-<tcin>, search /s?searchTerm=, categories /c/. */
export const TARGET: ShopSpec = {
  id: 'target',
  hosts: ['target.com'],
  pages: [
    { kind: 'product', path: /^\/p\/.*\/A-\d{6,10}/ },
    { kind: 'listing', path: /^\/(?:s|c)(?:\/|$)/ },
  ],
  skuInPath: /\/A-(\d{6,10})/,
  title: 'h1[data-test="product-title"]',
  price: { selectors: ['[data-test="product-price"]'], use: 'always' },
  anchor: ['[data-test="product-price"]'],
  // Product cards (2021+), marked with data-test attributes Target keeps stable for its own tests.
  tiles: {
    cards: ['[data-test="@web/site-top-of-funnel/ProductCardWrapper"]'],
    title: ['a[data-test="product-title"]', '[data-test="product-title"]'],
    price: { selectors: ['[data-test="current-price"]'] },
    link: { fromTitle: true, selector: 'a[href*="/p/"]' },
    linkCut: /[?#].*$/,
    sponsored: '[data-test="sponsoredText"]',
  },
};

/** Best Buy (US, Canada): search and category grids, product pages. */
export const BESTBUY: ShopSpec = {
  id: 'bestbuy',
  hosts: ['bestbuy.com', 'bestbuy.ca'],
  pages: [
    {
      kind: 'listing',
      path: /\/site\/searchpage\.jsp|\/site\/[^/]+\/[^/]+\/pcmcat\d+|\/site\/[^/]+\/[^/]+\/abcat\d+|^\/search\//,
    },
    { kind: 'product', path: /\/site\/[^/]+\/\d{7}\.p|\/product\/[^/]+\/[A-Z0-9]+(?:\/sku\/\d+)?/ },
  ],
  skuInPath: /\/sku\/(\d+)|\/(\d{7})\.p/,
  price: {
    selectors: ['[data-testid="customer-price"] span', '.priceView-customer-price span', '.priceView-hero-price span'],
    use: 'always',
  },
  anchor: ['[data-testid="customer-price"], .priceView-customer-price'],
  tiles: {
    // 2025+ grid, then the 2019-2024 list.
    cards: ['.product-list-item', 'li.sku-item'],
    title: ['h3.product-title', '.sku-title', 'h4', 'h3'],
    titleAttribute: true,
    // The customer price; "Was $..." and "More options from $..." come later in the tile.
    price: {
      selectors: [
        '[data-testid="customer-price"] span',
        '.priceView-customer-price span',
        '.pricing [elementtiming="price_et"]',
        '.pricing .sr-only',
        '.pricing span',
      ],
    },
    link: {
      fromTitle: true,
      selector: 'a.product-list-item-link, .sku-title a, a[href*="/sku/"], a[href*=".p?"]',
    },
    sponsored: '.sponsored, [data-testid="sponsored"]',
  },
};

/** Etsy buy-box price, by page variant (2021-22 box, 2023+ box, then older ones). */
const ETSY_PRICE = [
  '[data-buy-box-region="price"] p.wt-text-title-03',
  '[data-buy-box-region="price"] .wt-text-title-larger',
  '[data-selector="price-only"] p',
  '[data-buy-box-region="price"] p',
];

/** Etsy: listing pages and search. The displayed price is in the visitor's currency. */
export const ETSY: ShopSpec = {
  id: 'etsy',
  hosts: ['etsy.com'],
  pages: [
    { kind: 'product', path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?listing\/\d+/ },
    { kind: 'listing', path: /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:search|c|market)(?:\/|$)/ },
  ],
  // og:price and JSON-LD hold the seller's currency; a struck-out price in the box is the list price.
  price: { selectors: ETSY_PRICE, use: 'always', dataInOtherCurrency: true },
  anchor: ETSY_PRICE,
  anchorHasText: true,
};

/** IKEA (one domain, /<country>/<lang>/ paths): product pages /p/<slug>-<8 digits>/, /cat/, /search/. */
export const IKEA: ShopSpec = {
  id: 'ikea',
  hosts: ['ikea.com'],
  pages: [
    { kind: 'product', path: /^\/[a-z]{2}\/[a-z]{2}\/p\/[^/]*\d{8}\/?$/ },
    { kind: 'listing', path: /^\/[a-z]{2}\/[a-z]{2}\/(?:cat|search)\// },
  ],
  skuInPath: /(\d{8})\/?$/,
  // Split over spans ("$", "79", ".99"); read only when the page's data has no price.
  price: {
    selectors: ['.pip-temp-price__nowrap', '.pip-price__nowrap', '.pip-temp-price', '.pip-price'],
    use: 'missing',
  },
  anchor: ['.pip-temp-price, .pip-price'],
  hooks: { listing: ikeaListing },
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
  walmart: [
    ['https://www.walmart.com/ip/Bounty-Paper-Towels/10315352', 'product'],
    ['https://www.walmart.com/search?q=paper+towels', 'listing'],
    ['https://www.walmart.com/browse/household-essentials/paper-towels/1115193_1025739', 'listing'],
    ['https://www.walmart.com/account/wmpurchasehistory', null],
  ],
  target: [
    ['https://www.target.com/p/stanley-40oz-quencher/-/A-87654321', 'product'],
    ['https://www.target.com/s?searchTerm=water+bottle', 'listing'],
    ['https://www.target.com/c/water-bottles-kitchen-dining/-/N-4y9zy', 'listing'],
    ['https://www.target.com/cart', null],
  ],
  bestbuy: [
    ['https://www.bestbuy.com/site/anker-power-bank/6644753.p?skuId=6644753', 'product'],
    ['https://www.bestbuy.com/product/samsung-magnetic-wireless-battery-pack-gray/JJGRF3RK8W/sku/6669029', 'product'],
    ['https://www.bestbuy.com/site/searchpage.jsp?st=portable+charger', 'listing'],
    [
      'https://www.bestbuy.com/site/cell-phone-accessories/portable-chargers/pcmcat1490990012.c?id=pcmcat1490990012',
      'listing',
    ],
    ['https://www.bestbuy.com/cart', null],
  ],
  etsy: [
    ['https://www.etsy.com/es/listing/550571276/el-original-he-y-hay-calabaza', 'product'],
    ['https://www.etsy.com/listing/550571276/doormat', 'product'],
    ['https://www.etsy.com/search?q=doormat', 'listing'],
    ['https://www.etsy.com/c/home-and-living', 'listing'],
    ['https://www.etsy.com/shop/OliveCreativeCompany', null],
  ],
  ikea: [
    ['https://www.ikea.com/us/en/p/kallax-shelf-unit-white-80275887/', 'product'],
    ['https://www.ikea.com/de/de/cat/buecherregale-10382/', 'listing'],
    ['https://www.ikea.com/de/de/search/?q=regal', 'listing'],
    ['https://www.ikea.com/de/de/rooms/', null],
  ],
};
