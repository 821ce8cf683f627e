import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { breadcrumbsFromJsonLd, jsonLdNodes, parseJsonLoose, productFromJsonLd } from './jsonld';

const url = new URL('https://shop.example/p/1');
const page = (...blocks: string[]) =>
  parseDocument(
    `<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`,
  );
const product = (...blocks: string[]) => productFromJsonLd(jsonLdNodes(page(...blocks)), url);

describe('JSON-LD', () => {
  it('reads a Product inside @graph with an Offer and priceSpecification list price', () => {
    const p = product(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', name: 'Shop' },
          {
            '@type': 'Product',
            name: 'Mug',
            brand: { '@type': 'Brand', name: 'Acme®' },
            gtin13: '4006381333931',
            sku: 'M-1',
            offers: {
              '@type': 'Offer',
              price: '12.50',
              priceCurrency: 'EUR',
              availability: 'https://schema.org/InStock',
              priceSpecification: [
                { '@type': 'UnitPriceSpecification', priceType: 'https://schema.org/ListPrice', price: 15 },
              ],
            },
            weight: { '@type': 'QuantitativeValue', value: 350, unitCode: 'GRM' },
          },
        ],
      }),
    );
    expect(p).toMatchObject({
      title: 'Mug',
      brand: 'Acme',
      price: 12.5,
      currency: 'EUR',
      listPrice: 15,
      availability: 'InStock',
      gtin: '4006381333931',
      sku: 'M-1',
      weightKg: 0.35,
    });
  });

  it('repairs trailing commas, comments and raw newlines', () => {
    const p = product(`{ "@type": "Product", // a comment
      "name": "Line one
line two", /* block */ "offers": { "@type": "Offer", "price": 9.99, "priceCurrency": "USD", }, }`);
    expect(p?.title).toBe('Line one line two');
    expect(p?.price).toBe(9.99);
  });

  it('gives no single price for an AggregateOffer range, one for a collapsed one', () => {
    expect(
      product(
        '{"@type":"Product","name":"A","offers":{"@type":"AggregateOffer","lowPrice":"43.90","highPrice":"60","priceCurrency":"EUR","offerCount":3}}',
      )?.price,
    ).toBeNull();
    expect(
      product(
        '{"@type":"Product","name":"A","offers":{"@type":"AggregateOffer","lowPrice":"20","highPrice":"20","priceCurrency":"EUR"}}',
      )?.price,
    ).toBe(20);
  });

  it('treats an offers array with one price as that price, with several as none', () => {
    expect(
      product(
        '{"@type":"Product","name":"A","offers":[{"price":"5","priceCurrency":"GBP"},{"price":"5","priceCurrency":"GBP"}]}',
      )?.price,
    ).toBe(5);
    expect(product('{"@type":"Product","name":"A","offers":[{"price":"5"},{"price":"7"}]}')?.price).toBeNull();
  });

  it('is in stock when any offer is', () => {
    const p = product(
      '{"@type":"Product","name":"A","offers":[{"price":"5","availability":"OutOfStock"},{"price":"5","availability":"InStock"}]}',
    );
    expect(p?.availability).toBe('InStock');
  });

  it('picks the ProductGroup variant the URL names', () => {
    const p = productFromJsonLd(
      jsonLdNodes(
        page(
          JSON.stringify({
            '@type': 'ProductGroup',
            name: 'Tee',
            brand: 'B',
            hasVariant: [
              { '@type': 'Product', sku: 'T-S', name: 'Tee S', offers: { price: 10, priceCurrency: 'EUR' } },
              { '@type': 'Product', sku: 'T-M', name: 'Tee M', offers: { price: 12, priceCurrency: 'EUR' } },
            ],
          }),
        ),
      ),
      new URL('https://shop.example/p/tee?variant=T-M'),
    );
    expect(p).toMatchObject({ title: 'Tee M', brand: 'B', price: 12, sku: 'T-M' });
  });

  it('finds the Product behind mainEntity and ignores related products', () => {
    const p = product(
      JSON.stringify({
        '@type': 'ItemPage',
        mainEntity: { '@type': 'Product', name: 'Main', isRelatedTo: { '@type': 'Product', name: 'Other' } },
      }),
    );
    expect(p?.title).toBe('Main');
  });

  it('rejects hostile prices and survives __proto__ keys', () => {
    for (const bad of ['"1e309"', '"NaN"', '"-5"', '"Infinity"', '1e400', '-3']) {
      const p = product(`{"@type":"Product","name":"X","offers":{"price":${bad},"priceCurrency":"USD"}}`);
      expect(p?.price ?? null).toBeNull();
    }
    const p = product('{"@type":"Product","name":"P","__proto__":{"polluted":1},"offers":{"price":"2"}}');
    expect(p?.price).toBe(2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads BreadcrumbList in position order', () => {
    const nodes = jsonLdNodes(
      page(
        '{"@type":"BreadcrumbList","itemListElement":[{"position":2,"name":"Mugs"},{"position":1,"item":{"name":"Kitchen"}}]}',
      ),
    );
    expect(breadcrumbsFromJsonLd(nodes)).toEqual(['Kitchen', 'Mugs']);
  });

  it('returns undefined for hopeless JSON', () => {
    expect(parseJsonLoose('{{{')).toBeUndefined();
  });
});

describe('JSON-LD on listing pages', () => {
  it('does not take an ItemList entry for the page product', async () => {
    const { extractPage } = await import('..');
    const doc = page(
      JSON.stringify({
        '@type': 'ItemList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, item: { '@type': 'Product', name: 'A', offers: { price: 5 } } },
          { '@type': 'ListItem', position: 2, item: { '@type': 'Product', name: 'B', offers: { price: 6 } } },
        ],
      }),
    );
    expect(productFromJsonLd(jsonLdNodes(doc), url)).toBeNull();
    expect(extractPage(doc, 'https://shop.example/c/mugs').kind).not.toBe('product');
  });
});

describe('JSON-LD shapes from other generators', () => {
  const j = (o: object) => JSON.stringify(o);
  const variant = (sku: string, price: string) => ({
    '@type': 'Product',
    name: `Tee ${sku}`,
    sku,
    offers: { '@type': 'Offer', price, priceCurrency: 'USD' },
  });

  it('resolves {"@id"} references to an Offer elsewhere in the @graph', () => {
    const p = product(
      j({
        '@graph': [
          { '@type': 'WebSite', name: 'Shop' },
          { '@type': 'Product', name: 'Lamp', offers: { '@id': '#offer' } },
          { '@type': 'Offer', '@id': '#offer', price: '12.50', priceCurrency: 'USD' },
        ],
      }),
    );
    expect(p).toMatchObject({ title: 'Lamp', price: 12.5, currency: 'USD' });
  });

  it('a ProductGroup without a chosen variant has a price only when every variant costs the same', () => {
    expect(
      product(j({ '@type': 'ProductGroup', name: 'Tee', hasVariant: [variant('S', '20.00'), variant('XL', '20.00')] })),
    ).toMatchObject({ price: 20, currency: 'USD' });
    expect(
      product(j({ '@type': 'ProductGroup', name: 'Tee', hasVariant: [variant('S', '20.00'), variant('XL', '24.00')] })),
    ).toMatchObject({ price: null, currency: 'USD' });
  });

  it('reads a gtin and the sku given on the single offer (the shop is the only seller)', () => {
    expect(
      product(
        j({
          '@type': 'Product',
          name: 'Lamp',
          offers: { price: '12.50', priceCurrency: 'USD', gtin13: '4006381333931', sku: 'L-1' },
        }),
      ),
    ).toMatchObject({ sku: 'L-1', gtin: '4006381333931' });
  });
});

describe('availability and condition vocabularies of catalogue feeds', () => {
  it('reads feed words and localised conditions', async () => {
    const { availabilityOf, conditionOf } = await import('./jsonld');
    expect(['available', 'available for order', 'in-stock', 'pre-order'].map(availabilityOf)).toEqual([
      'InStock',
      'InStock',
      'InStock',
      'InStock',
    ]);
    expect(['oos', 'sold out', 'unavailable'].map(availabilityOf)).toEqual(['OutOfStock', 'OutOfStock', 'OutOfStock']);
    expect(['Gebraucht', 'reconditionné', 'Neu', 'open box', 'pre-owned'].map(conditionOf)).toEqual([
      'used',
      'refurbished',
      'new',
      'used',
      'used',
    ]);
  });
});

describe('the shop item id from JSON-LD', () => {
  const ld = (o: object) => product(JSON.stringify(o));
  it('takes the sku of a single offer (Shopify writes it only there), not of one among several sellers', () => {
    const one = {
      '@type': 'Product',
      name: 'Mug',
      offers: [{ '@type': 'Offer', sku: 'RL-1', price: '18.00', priceCurrency: 'USD' }],
    };
    expect(ld(one)?.sku).toBe('RL-1');
    const many = {
      '@type': 'Product',
      name: 'Mug',
      offers: [
        { '@type': 'Offer', sku: 'S1-77', price: '18.00', priceCurrency: 'USD' },
        { '@type': 'Offer', sku: 'S2-91', price: '18.00', priceCurrency: 'USD' },
      ],
    };
    expect(ld(many)?.sku).toBeNull();
  });
  it('reads productID "sku:AB-1234" as "AB-1234", and never an ISBN there', () => {
    expect(ld({ '@type': 'Product', name: 'Mug', productID: 'sku:AB-1234' })?.sku).toBe('AB-1234');
    expect(ld({ '@type': 'Product', name: 'Book', productID: 'isbn:9783161484100' })?.sku).toBeNull();
  });
});
