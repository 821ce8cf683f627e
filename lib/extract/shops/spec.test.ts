import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { emptyProduct } from './product-base';
import { adapterFromSpec, type ShopSpec } from './spec';

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

  it('anchors the badge at the first price selector found, else the h1', () => {
    expect(a.productAnchor!(doc, new URL('https://shop.example/p/x'))?.className).toBe('price');
    const bare = parseDocument('<html><body><h1>Mug</h1></body></html>');
    expect(a.productAnchor!(bare, new URL('https://shop.example/p/x'))?.tagName).toBe('H1');
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
