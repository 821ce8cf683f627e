/**
 * Round 23a (#10): availability on shops never seen. Each class has a reconstructed page in
 * tests/fixtures/reconstructed-r23a and a unit test here that fails without its rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, parseDocument } from './load';
import { extractPage } from './index';
import { availabilityOf } from './generic/jsonld';
import { stockSaid } from './generic/stock-count';
import { NOTIFY_ME_TEXT, OUT_OF_STOCK_TEXT } from './words';

const body = (html: string, head = '') =>
  parseDocument(`<!doctype html><html><head>${head}</head><body>${html}</body></html>`);
const availability = (html: string, head = '') =>
  extractPage(body(html, head), 'https://shop.example.com/p/1').product?.availability ?? null;

describe('sold out only as text in the Baltic languages and Slovenian', () => {
  it('reads the words as out of stock, and their in-stock words as in stock', () => {
    for (const t of ['Izpārdots', 'Išparduota', 'Läbi müüdud', 'Razprodano', 'Ni na zalogi', 'Nav noliktavā'])
      expect(stockSaid(t), t).toBe('OutOfStock');
    for (const t of ['Ir noliktavā', 'Yra sandėlyje', 'On laos', 'Na zalogi']) expect(stockSaid(t), t).toBe('InStock');
  });
  it('reads an unclassed sold-out word under the heading', () => {
    expect(availability('<main><h1>Keramikas krūze 350 ml</h1><div>7,49 €</div><p><b>Izpārdots</b></p></main>')).toBe(
      'OutOfStock',
    );
  });
});

describe('in store only, not orderable on the page', () => {
  it('reads JSON-LD InStoreOnly as out of stock (pre-order and backorder stay in stock)', () => {
    expect(availabilityOf('https://schema.org/InStoreOnly')).toBe('OutOfStock');
    expect(availabilityOf('https://schema.org/PreOrder')).toBe('InStock');
    expect(availabilityOf('http://schema.org/BackOrder')).toBe('InStock');
    expect(availabilityOf('OutOfStock')).toBe('OutOfStock');
    expect(availabilityOf('http://schema.org/SoldOut')).toBe('OutOfStock');
  });
  it('reads the visible in-store-only words as out of stock, before "available online"', () => {
    for (const t of ['Nur im Markt erhältlich', 'Not available online', 'Solo disponible en tienda'])
      expect(OUT_OF_STOCK_TEXT.test(t), t).toBe(true);
    expect(stockSaid('Not available online')).toBe('OutOfStock');
    expect(stockSaid('Available online')).toBe('InStock');
  });
});

describe('schema.org values the two-valued availability reads by meaning', () => {
  it('reads MadeToOrder as in stock (orderable now) and Reserved as out of stock', () => {
    expect(availabilityOf('https://schema.org/MadeToOrder')).toBe('InStock');
    expect(availabilityOf('https://schema.org/Reserved')).toBe('OutOfStock');
  });
});

describe('the microdata availability prop written as text', () => {
  const page = (text: string) =>
    `<div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Mesa de roble</h1><div itemprop="offers" itemscope itemtype="http://schema.org/Offer"><span itemprop="price" content="120">120 €</span><meta itemprop="priceCurrency" content="EUR"><span itemprop="availability">${text}</span></div></div>`;
  it('reads the bare word "available" and its negation, as a stock line does', () => {
    expect(availability(page('Disponible'))).toBe('InStock');
    expect(availability(page('No disponible'))).toBe('OutOfStock');
    expect(availability(page('Auf Lager'))).toBe('InStock');
  });
});

describe("a stock class of the product's own box", () => {
  const woo = (state: string) =>
    `<div id="product-12" class="product type-product post-12 status-publish ${state} product-type-simple"><div class="summary"><h1 class="product_title">Mesa roble</h1><p class="price"><span class="amount">120 €</span></p></div></div>`;
  it("reads WooCommerce's outofstock and instock classes of the product's div", () => {
    expect(availability(woo('outofstock'))).toBe('OutOfStock');
    expect(availability(woo('instock'))).toBe('InStock');
  });
  it("leaves a related product's box unread (only the title's ancestors speak)", () => {
    expect(
      availability(
        '<div class="p"><h1>Mesa roble</h1><span>120 €</span></div><ul class="grid"><li class="product outofstock"><a href="/a">Silla</a></li></ul>',
      ),
    ).toBeNull();
  });
});

describe('a notify-me control in place of, or beside, the buy button', () => {
  it('knows arrival requests, not price alerts', () => {
    for (const t of [
      'Avísame cuando esté disponible',
      'Сообщить о поступлении',
      'Notify me when available',
      '재입고 알림',
    ])
      expect(NOTIFY_ME_TEXT.test(t), t).toBe(true);
    for (const t of ['Notify me of price drops', 'Сообщить о снижении цены', 'Add to cart'])
      expect(NOTIFY_ME_TEXT.test(t), t).toBe(false);
  });
  it('reads a notify-me button in place of the buy button as out of stock', () => {
    expect(
      availability(
        '<div class="info"><h1>Termo de acero 1 L</h1><span>$499</span><form><button type="button" class="btn">Avísame cuando esté disponible</button></form></div>',
      ),
    ).toBe('OutOfStock');
  });
  it('reads it beside a disabled buy button and the quantity buttons', () => {
    expect(
      availability(
        '<div class="p"><h1>Чайник 800 мл</h1><span class="price">1 290 ₽</span><form><button type="button">−</button><input name="q" value="1"><button type="button">+</button><button type="submit" disabled>В корзину</button><button type="button">Сообщить о поступлении</button></form></div>',
      ),
    ).toBe('OutOfStock');
  });
  it('leaves it unread beside an enabled buy button', () => {
    expect(
      availability(
        '<div class="p"><h1>Чайник 800 мл</h1><span class="price">1 290 ₽</span><form><button type="submit">В корзину</button><button type="button">Сообщить о поступлении</button></form></div>',
      ),
    ).not.toBe('OutOfStock');
  });
});

describe('related products known by their heading only', () => {
  it('do not speak for the page with their sold-out badges', () => {
    const html = (heading: string) =>
      `<div class="wrap"><div class="info"><h1>Nồi cơm điện 1.8L</h1><span>890.000₫</span><p>Còn hàng</p></div><div class="list-productRelated"><h2>${heading}</h2><div class="pro-loop"><a href="/a">Ấm siêu tốc</a><span class="stock-status">Hết hàng</span></div></div></div>`;
    expect(availability(html('Sản phẩm liên quan'))).toBe('InStock');
  });
  it('do not speak for the page in the stock-word scan either', () => {
    expect(
      availability(
        '<div class="wrap"><div class="info"><h1>Wool socks</h1><span>€14.90</span></div><div class="extra"><h2>Related products</h2><div><a href="/a">Scarf</a><span>Sold out</span></div></div></div>',
      ),
    ).toBeNull();
  });
});

describe('the reconstructed pages of round 23a', () => {
  const root = join(__dirname, '../../tests/fixtures/reconstructed-r23a');
  const urls = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8')) as Record<string, string>;
  /** Left: the product says nothing of its stock but an enabled buy button, which alone says nothing. */
  const left = new Set(['related-sold-out-vn/product-vn.html']);
  it.each(Object.entries(urls).filter(([file]) => !left.has(file)))('%s', (file, url) => {
    const expected = JSON.parse(readFileSync(join(root, file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
      product: { availability: string };
    };
    const got = extractFile(join(root, file), url).output.product;
    expect(got?.availability ?? null).toBe(expected.product.availability);
  });
});
