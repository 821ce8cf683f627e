/** Small hand-written pages for behaviours the saved pages don't isolate. */

/** A shop URL the content script runs on, with no product: no badge, no error. */
export const NO_PRODUCT_URL = 'https://www.otto.de/service/kontakt/';
export const NO_PRODUCT_HTML = `<!doctype html><html lang="de"><head><title>Kontakt | OTTO</title></head>
<body><h1>Kontakt</h1><p>Wir helfen gern.</p><a href="/">Zur Startseite</a></body></html>`;

/** A product page with no sub-resources at all: any request seen while on it came from the extension. */
export const MINIMAL_PRODUCT_URL = 'https://www.zalando.de/embodied-test-wool-socks.html';
export const MINIMAL_PRODUCT_HTML = `<!doctype html><html lang="de"><head><title>Wool socks | Zalando</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Merino wool socks, 2 pairs","brand":{"@type":"Brand","name":"Falke"},
"offers":{"@type":"Offer","price":"24.95","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script></head>
<body><h1>Merino wool socks, 2 pairs</h1><p class="price">24,95 €</p></body></html>`;

/** What a single-page shop swaps in when the user navigates to another product without a reload. */
export const SPA_NEXT_URL = 'https://www.zalando.de/embodied-test-kettle.html';
export const SPA_NEXT_PRODUCT = {
  title: 'Stainless steel electric kettle 1.7 l',
  jsonLd: JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: 'Stainless steel electric kettle 1.7 l',
    brand: { '@type': 'Brand', name: 'Russell Hobbs' },
    offers: { '@type': 'Offer', price: '39.99', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
  }),
};

/**
 * A single-page shop's navigation from a page without a product (NO_PRODUCT_URL) to a product:
 * the always-on detector must look again on the new URL (entrypoints/detector.ts).
 */
export function spaIntoProduct(url: string, product: typeof SPA_NEXT_PRODUCT): void {
  const ld = document.createElement('script');
  ld.type = 'application/ld+json';
  ld.textContent = product.jsonLd;
  document.head.append(ld);
  document.querySelector('h1')!.textContent = product.title;
  history.pushState({}, '', url);
}
export const SPA_FROM_NO_PRODUCT_URL = 'https://www.otto.de/p/embodied-test-kettle/';

/** A right-to-left shop page whose product sits at the right edge: the panel must open leftwards, inside. */
export const RTL_PRODUCT_URL = 'https://www.zalando.de/embodied-test-rtl-scarf.html';
export const RTL_PRODUCT_HTML = `<!doctype html><html lang="ar" dir="rtl"><head><title>وشاح | Zalando</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Wool scarf","brand":{"@type":"Brand","name":"Falke"},
"offers":{"@type":"Offer","price":"39.95","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script></head>
<body style="margin:0"><h1>Wool scarf</h1><p class="price">39,95 €</p></body></html>`;

/** A product the estimator prices by mass (tier C), so a corrected weight changes the figure. */
export const MASS_PRODUCT_URL = 'https://www.otto.de/p/embodied-test-dumbbell/?variationId=7';
export const MASS_PRODUCT_HTML = `<!doctype html><html lang="en"><head><title>Dumbbell | OTTO</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Cast iron dumbbell",
"offers":{"@type":"Offer","price":"30.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script></head>
<body><h1>Cast iron dumbbell</h1><p class="price">30,00 €</p></body></html>`;

/** A product page on a shop that is not in the registry: Embodied runs there only when the user allows it. */
export const UNKNOWN_SHOP_PRODUCT_URL = 'https://kettles.example.org/p/stovetop-kettle';
export const UNKNOWN_SHOP_PRODUCT_HTML = MINIMAL_PRODUCT_HTML.replace('| Zalando', '| Kettles Example');

/**
 * A single-page shop's navigation from a declared product page (MINIMAL_PRODUCT_URL, which gets the
 * on-demand product bundle) to a listing: the product bundle hands over to the full script, which
 * badges the tiles (entrypoints/content/product-page.ts).
 */
export const SPA_LISTING_URL = 'https://www.zalando.de/herren-socken/';
export function spaIntoListing(url: string): void {
  document.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
  document.title = 'Socken | Zalando';
  const tiles = ['Merino socks grey', 'Cotton socks black', 'Wool socks blue', 'Bamboo socks white'].map(
    (t, i) =>
      `<article class="product-tile"><a href="/embodied-test-socks-${i}.html"><h3>${t}</h3></a><span class="price">${12 + i},95 €</span></article>`,
  );
  document.body.innerHTML = `<h1>Socken</h1><div class="grid">${tiles.join('')}</div>`;
  history.pushState({}, '', url);
}
