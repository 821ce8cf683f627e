import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { emptyProduct } from './product-base';
import { runProduct } from '../product-step';
import { indexPage } from '../generic/page-index';
import { adapterFromSpec, type ShopSpec, type ShownPrice } from './spec';

const SPEC: ShopSpec = {
  id: 'example',
  hosts: ['shop.example', 'shop.example.de'],
  pages: [
    { kind: 'product', path: /\/p\/[^/]+-([a-z0-9]{6})$/ },
    { kind: 'listing', path: /^\/search/ },
  ],
  skuInPath: /-([a-z0-9]{6})$/,
  skuUpperCase: true,
  anchor: ['.no-such-price', '.price'],
};

describe('adapterFromSpec', () => {
  const a = adapterFromSpec(SPEC);
  const doc = parseDocument('<html><body><h1>Mug</h1><span class="price">9 €</span></body></html>');

  it('matches the hosts and detects page kinds from the URL', () => {
    expect(a.matches).toEqual(['*://*.shop.example/*', '*://*.shop.example.de/*']);
    expect(a.detect!(doc, new URL('https://shop.example/p/mug-ab12cd'))).toBe('product');
    expect(a.detect!(doc, new URL('https://shop.example/search?q=mug'))).toBe('listing');
    expect(a.detect!(doc, new URL('https://shop.example/account'))).toBeNull();
  });

  it('takes the item id from the URL when the page declares none, as the shop writes it', () => {
    const url = new URL('https://shop.example/p/mug-ab12cd');
    expect(a.product!(doc, url, emptyProduct())?.sku).toBe('AB12CD');
    expect(a.product!(doc, url, { ...emptyProduct(), sku: 'DECLARED-1' })?.sku).toBe('DECLARED-1');
    expect(a.product!(doc, url, null)).toBeNull();
  });

  it('anchors the badge at the first anchor selector found, else leaves it to the generic anchor', () => {
    expect(a.productAnchor!(doc, new URL('https://shop.example/p/x'))?.className).toBe('price');
    const bare = parseDocument('<html><body><h1>Mug</h1></body></html>');
    expect(a.productAnchor!(bare, new URL('https://shop.example/p/x'))).toBeNull();
  });

  it("puts the badge at the shown price, not the title, when the shop's markup no longer has its anchor", () => {
    const url = new URL('https://shop.example/p/mug-ab12cd');
    const changed = parseDocument(
      `<html><head><script type="application/ld+json">{"@type":"Product","name":"Mug","offers":{"price":"9.50","priceCurrency":"EUR"}}</script></head>
      <body><h1>Mug</h1><p>Stoneware, 350 ml.</p><p class="product-price">9,50 €</p></body></html>`,
    );
    const got = runProduct(changed, url, a, indexPage(changed));
    expect(got.product?.price).toBe(9.5);
    expect(got.anchor?.className).toBe('product-price');
  });

  it('runs a code hook after the spec rules', () => {
    const hooked = adapterFromSpec({
      ...SPEC,
      hooks: { product: (_d, _u, p) => (p ? { ...p, brand: `hooked ${p.sku}` } : null) },
    });
    expect(hooked.product!(doc, new URL('https://shop.example/p/mug-ab12cd'), emptyProduct())?.brand).toBe(
      'hooked AB12CD',
    );
  });
});

describe('adapterFromSpec: shown price, title and list price', () => {
  const page = (body: string) => parseDocument(`<html lang="en-US"><body>${body}</body></html>`);
  const base = { ...emptyProduct(), title: 'Data title', price: 50, currency: 'USD', listPrice: 60 };

  it("lets the shown price win ('always') or only fill a missing one ('missing')", () => {
    const doc = page('<h1>Mug</h1><span class="price">$45.00</span>');
    const url = new URL('https://shop.example/p/mug-ab12cd');
    const always = adapterFromSpec({ ...SPEC, price: { selectors: ['.price'], use: 'always' } });
    const missing = adapterFromSpec({ ...SPEC, price: { selectors: ['.price'], use: 'missing' } });
    expect(always.product!(doc, url, base)?.price).toBe(45);
    expect(missing.product!(doc, url, base)?.price).toBe(50);
    expect(missing.product!(doc, url, { ...base, price: null })?.price).toBe(45);
  });

  it('drops a list price in another currency or below the shown price when the data is the seller’s', () => {
    const rule: ShownPrice = { selectors: ['.price'], use: 'always', dataInOtherCurrency: true };
    const a = adapterFromSpec({ ...SPEC, price: rule });
    const url = new URL('https://shop.example/p/mug-ab12cd');
    const eur = a.product!(page('<span class="price">29,71 €</span>'), url, base);
    expect([eur?.price, eur?.currency, eur?.listPrice]).toEqual([29.71, 'EUR', null]);
    const usd = a.product!(page('<span class="price">$45.00</span>'), url, base);
    expect([usd?.price, usd?.currency, usd?.listPrice]).toEqual([45, 'USD', 60]);
  });

  it('makes a product from the title element when the page data has none', () => {
    const a = adapterFromSpec({ ...SPEC, title: 'h1.name' });
    const url = new URL('https://shop.example/p/mug-ab12cd');
    expect(a.product!(page('<h1 class="name">Blue mug</h1>'), url, null)?.title).toBe('Blue mug');
    expect(a.product!(page('<h1 class="name">Blue mug</h1>'), url, base)?.title).toBe('Blue mug');
    expect(a.product!(page('<h1>Other</h1>'), url, null)).toBeNull();
  });

  it('takes the item id from whichever alternative of the URL pattern matched', () => {
    const a = adapterFromSpec({ ...SPEC, skuInPath: /\/sku\/(\d+)|\/(\d{7})\.p/, skuUpperCase: false });
    const doc = page('');
    expect(a.product!(doc, new URL('https://shop.example/x/sku/42'), emptyProduct())?.sku).toBe('42');
    expect(a.product!(doc, new URL('https://shop.example/x/1234567.p'), emptyProduct())?.sku).toBe('1234567');
  });
});
