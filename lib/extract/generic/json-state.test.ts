import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { keyValuePairsFromJson, keyValuePairsFromScripts, productFromJsonState } from './json-state';
import { extractGenericProduct } from './index';
import { indexPage } from './page-index';
import { materialsFromSpecs } from './specs';

describe('label/value pairs in embedded JSON state', () => {
  it('reads key/value and name/value objects, unescaping JSON and "%25"', () => {
    const text =
      '{"attributes":[{"__typename":"ProductAttributeKeyValue","key":"Material Oberstoff","value":"100%25 Baumwolle"},' +
      '{"name":"Pflege","id":7,"value":"W\\u00e4sche 30 \\u00b0C"},{"label":"Link","value":"https://x.example/a"}]}';
    expect(keyValuePairsFromJson(text)).toEqual([
      ['Material Oberstoff', '100% Baumwolle'],
      ['Pflege', 'Wäsche 30 °C'],
    ]);
  });

  it('is bounded: a limit on pairs and linear time on a huge adversarial blob', () => {
    const many = Array.from({ length: 500 }, (_, i) => `{"key":"k${i}","value":"v"}`).join(',');
    expect(keyValuePairsFromJson(many, 10)).toHaveLength(10);
    const evil = '{"key":"' + 'a\\"'.repeat(200_000) + '", "key":"x",'.repeat(50_000);
    const t = performance.now();
    keyValuePairsFromJson(evil);
    expect(performance.now() - t).toBeLessThan(1500);
  });

  it('scans JSON <script>s but not JSON-LD; a complete composition ignores a shareless construction label', () => {
    const doc = parseDocument(`<html><body>
      <script type="application/ld+json">{"key":"Material","value":"Polyester"}</script>
      <script type="application/json">{"x":[{"key":"Composition","value":"100%25 laine"},{"key":"Matière","value":"Tricot / maille"}]}</script>
    </body></html>`);
    const pairs = keyValuePairsFromScripts(doc);
    expect(pairs).toEqual([
      ['Composition', '100% laine'],
      ['Matière', 'Tricot / maille'],
    ]);
    expect(materialsFromSpecs(pairs)).toEqual([{ name: 'laine', share: 1 }]);
    expect(materialsFromSpecs([['Material Oberstoff', '100% Baumwolle']])).toEqual([{ name: 'Baumwolle', share: 1 }]);
  });
});

describe('the product in a Next.js page state', () => {
  const next = (state: unknown) => indexPage(page(state)).nextData;
  const page = (state: unknown) =>
    parseDocument(
      `<html><body><h1>x</h1><script id="__NEXT_DATA__" type="application/json">${JSON.stringify(state)}</script></body></html>`,
    );

  it('reads name, brand, price object, identifiers, stock and spec pairs under a product key', () => {
    const p = productFromJsonState(
      next({
        props: {
          pageProps: {
            product: {
              name: 'Mira lamp',
              brand: { name: 'Lumen' },
              sku: 'LM-1',
              ean: '8712345678906',
              price: { amount: 129, currency: 'EUR' },
              wasPrice: { centAmount: 15900, currency: 'EUR' },
              stock: { status: 'OUT_OF_STOCK' },
              specifications: [{ name: 'Material', value: 'Brass' }],
            },
          },
        },
      }),
    );
    expect(p).toMatchObject({
      title: 'Mira lamp',
      brand: 'Lumen',
      price: 129,
      currency: 'EUR',
      listPrice: 159,
      sku: 'LM-1',
      gtin: '8712345678906',
      availability: 'OutOfStock',
    });
    expect(p?.pairs).toEqual([['Material', 'Brass']]);
  });

  it('ignores lists of products, products without a price, broken JSON and huge state', () => {
    expect(
      productFromJsonState(
        next({
          props: {
            pageProps: {
              products: [
                { name: 'A', price: 5 },
                { name: 'B', price: 6 },
              ],
            },
          },
        }),
      ),
    ).toBeNull();
    expect(productFromJsonState(next({ props: { pageProps: { product: { name: 'A' } } } }))).toBeNull();
    expect(
      productFromJsonState(
        indexPage(parseDocument('<script id="__NEXT_DATA__" type="application/json">{"props":</script>')).nextData,
      ),
    ).toBeNull();
    expect(productFromJsonState(next({ props: { pageProps: { product: { name: 'A', price: -5 } } } }))).toBeNull();
  });

  it('makes an otherwise undeclared page a product page', () => {
    const doc = page({
      props: { pageProps: { product: { name: 'Mira lamp', price: { amount: 129, currency: 'EUR' } } } },
    });
    expect(extractGenericProduct(doc, new URL('https://lamps.example.nl/p/mira'))).toMatchObject({
      declared: true,
      product: { title: 'Mira lamp', price: 129, currency: 'EUR' },
    });
  });
});
