import { describe, expect, it } from 'vitest';
import { extractPage } from '..';
import { parseDocument } from '../load';
import { extractGenericProduct } from '.';

const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const generic = (html: string, url = 'https://shop.example/p/1') =>
  extractGenericProduct(parseDocument(html), new URL(url));

describe('generic cascade precedence', () => {
  it('prefers the buy-box price the user sees over structured data in another currency', () => {
    const r = generic(
      `<html lang="es"><head>${ld({ '@type': 'Product', name: 'Felpudo', offers: { '@type': 'AggregateOffer', lowPrice: '43.90', highPrice: '43.90', priceCurrency: 'USD' } })}</head>
      <body><h1>Felpudo</h1><div data-buy-box class="buy-box"><p>53,11 €</p></div></body></html>`,
      'https://www.etsy.com/es/listing/1',
    );
    expect(r.product).toMatchObject({ title: 'Felpudo', price: 53.11, currency: 'EUR' });
  });

  it('keeps the structured price when the only visible amount is loosely placed and disagrees', () => {
    const r =
      generic(`<html><head>${ld({ '@type': 'Product', name: 'Lamp', offers: { price: '150.00', priceCurrency: 'USD' } })}</head>
      <body><div><div><div><div><div><div><div><div><h1>Lamp</h1></div></div></div></div></div></div></div></div>
      <div><div><div><span class="price">$9.99</span></div></div></div></body></html>`);
    expect(r.product?.price).toBe(150);
  });

  it('falls back to product meta, then says null rather than guessing', () => {
    const meta = generic(
      '<html><head><meta property="og:type" content="product"><meta property="product:price:amount" content="329.99"><meta property="product:price:currency" content="USD"></head><body><h1>Sink</h1></body></html>',
    );
    expect(meta.product).toMatchObject({ title: 'Sink', price: 329.99, currency: 'USD' });
    const none = generic(
      `<html><head>${ld({ '@type': 'Product', name: 'Tully Sconce', offers: { price: {}, priceCurrency: 'USD' } })}</head><body><h1>Tully Sconce</h1><span class="price">[%=price%]</span></body></html>`,
    );
    expect(none.product).toMatchObject({ title: 'Tully Sconce', price: null });
  });

  it('reads identifiers, breadcrumbs and canonical URL', () => {
    const r =
      generic(`<html><head><link rel="canonical" href="/p/mug-1">${ld({ '@type': 'Product', name: 'Mug', gtin13: '4006381333931', mpn: 'M1', sku: 'S1' })}
      ${ld({
        '@type': 'BreadcrumbList',
        itemListElement: [
          { position: 1, name: 'Home' },
          { position: 2, name: 'Kitchen' },
          { position: 3, name: 'Mug' },
        ],
      })}</head><body><h1>Mug</h1></body></html>`);
    expect(r.product).toMatchObject({
      gtin: '4006381333931',
      mpn: 'M1',
      sku: 'S1',
      category: ['Kitchen'],
      url: 'https://shop.example/p/mug-1',
    });
  });
});

describe('page kind', () => {
  it('is "other" for pages without a product and never throws on bad input', () => {
    expect(
      extractPage(
        parseDocument('<html><body><h1>How to pick a lamp</h1><p>Prices vary.</p></body></html>'),
        'https://blog.example/lamps',
      ).kind,
    ).toBe('other');
    expect(extractPage(parseDocument('<html><body></body></html>'), 'not a url')).toEqual({
      kind: 'other',
      product: null,
      items: [],
    });
  });

  it('is "product" for a declared product and for a heading with a buy-box price', () => {
    expect(
      extractPage(
        parseDocument(`<html><head>${ld({ '@type': 'Product', name: 'X' })}</head><body></body></html>`),
        'https://shop.example/x',
      ).kind,
    ).toBe('product');
    const undeclared = extractPage(
      parseDocument(
        '<html><body><div class="product-info"><h1>Kettle</h1><div class="buy-box"><span class="price">24,90 €</span><button>In den Warenkorb</button></div></div></body></html>',
      ),
      'https://shop.example.de/kettle',
    );
    expect(undeclared.kind).toBe('product');
    expect(undeclared.product).toMatchObject({ title: 'Kettle', price: 24.9, currency: 'EUR' });
  });
});

describe('undeclared pages that are not products', () => {
  const page = (url: string, body: string, head = '') =>
    extractPage(parseDocument(`<html><head>${head}</head><body>${body}</body></html>`), url);

  it('a cart page with line prices under "Your cart" is not a product', () => {
    const body = `<main><h1>Your cart</h1><table><tr><td><a href="/p/a">Beanie</a></td><td><span class="price">$32.00</span></td></tr></table><p>Subtotal $32.00</p></main>`;
    expect(page('https://shop.example/cart', body).kind).not.toBe('product');
    expect(page('https://shop.example/view', body).kind).not.toBe('product');
  });

  it('a blog post mentioning prices is not a product, declared or not', () => {
    const body = `<article><h1>Ten gifts under $50</h1><div><p>Four mugs, each 350 ml. Now $24.99.</p><p>Bright, light and only $34.95.</p></div></article>`;
    expect(page('https://shop.example/blog/gifts', body).kind).toBe('other');
    expect(page('https://shop.example/blog/gifts', body, '<meta property="og:type" content="article">').kind).toBe(
      'other',
    );
  });
});

describe('placeholder prices', () => {
  it('a structured price of 0 is unknown, not free', () => {
    const r = generic(
      `<html><head>${ld({ '@type': 'Product', name: 'Lamp', offers: { price: '0.00', priceCurrency: 'EUR' } })}</head><body><h1>Lamp</h1></body></html>`,
    );
    expect(r.product).toMatchObject({ price: null, currency: 'EUR' });
  });
});

describe('og:type article on shop pages', () => {
  it('an undeclared product page tagged og:type article by an SEO plugin is still a product when it has an add-to-cart form', () => {
    const html = (
      extra: string,
    ) => `<html><head><meta property="og:type" content="article"></head><body><div class="product"><div class="summary"><h1 class="product_title">Espresso Nr. 5</h1>
      <p class="price"><span class="woocommerce-Price-amount">14,90 €</span></p>${extra}</div></div></body></html>`;
    expect(
      extractPage(
        parseDocument(
          html('<form class="cart"><button class="single_add_to_cart_button">In den Warenkorb</button></form>'),
        ),
        'https://roesterei.example.de/produkt/espresso-5/',
      ).kind,
    ).toBe('product');
    expect(extractPage(parseDocument(html('')), 'https://roesterei.example.de/produkt/espresso-5/').kind).toBe('other');
  });
});
