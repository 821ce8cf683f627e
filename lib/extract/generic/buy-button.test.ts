import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { extractGenericProduct } from '.';

const availability = (body: string, lang = 'en') =>
  extractGenericProduct(
    parseDocument(`<!doctype html><html lang="${lang}"><head><title>x</title></head><body>${body}</body></html>`),
    new URL('https://shop.example/p/1'),
  ).product?.availability ?? null;

/** Dawn's price block: the sold-out badge is always in the markup, shown by CSS only when sold out. */
const dawn = (button: string) => `<main><h1>Waxed Canvas Tote</h1>
  <div class="price price--on-sale"><span class="price-item price-item--sale">$64.00 USD</span>
  <span class="badge price__badge-sold-out">Sold out</span></div>
  <form action="/cart/add">${button}</form></main>`;

describe('availability from the buy button and stock words', () => {
  it('an enabled buy button overrules a sold-out badge template', () => {
    expect(availability(dawn('<button type="submit" name="add">Add to cart</button>'))).toBe('InStock');
  });

  it('a disabled button or one that is not a buy button leaves the sold-out word standing', () => {
    expect(availability(dawn('<button type="submit" name="add" disabled>Add to cart</button>'))).toBe('OutOfStock');
    expect(availability(dawn('<button type="button">Notify me</button>'))).toBe('OutOfStock');
  });

  it('a buy button in a related-products strip does not speak for the product', () => {
    const page = `<main><h1>Tote</h1><p class="price">$64.00</p><span class="badge sold-out">Sold out</span></main>
      <section class="related-products"><div class="card"><p>Wallet $29.00</p><button>Add to cart</button></div></section>`;
    expect(availability(page)).toBe('OutOfStock');
  });

  it('reads a stock word near the title when no class names the stock line', () => {
    const page = (stock: string) => `<div class="card-main"><h1>Утюг паровой Polaris</h1>
      <div class="pay"><div class="current">3 490 руб.</div><div class="qty-desc">${stock}</div>
      <a class="btn">Купить</a></div></div>`;
    expect(availability(page('В наличии'), 'ru')).toBe('InStock');
    expect(availability(page('Нет в наличии'), 'ru')).toBe('OutOfStock');
  });

  it('a buy button alone says nothing: many pages show one whatever the stock', () => {
    expect(availability('<main><h1>Tote</h1><p class="price">$64.00</p><button>Add to cart</button></main>')).toBe(
      null,
    );
  });
});

describe('discounted-price class names', () => {
  it('"price-discount" is the price after the discount, not a struck one', () => {
    const page = `<main><h1>Álló ventilátor 45 cm</h1><div class="artdet__price">
      <div class="base">Eredeti ár: <del>32 990 Ft</del></div>
      <div class="artdet__price-discount"><span class="price-discount-value">24 990 Ft</span></div></div>
      <button>Kosárba</button></main>`;
    const p = extractGenericProduct(
      parseDocument(`<!doctype html><html lang="hu"><body>${page}</body></html>`),
      new URL('https://bolt.example.hu/ventilator'),
    ).product;
    expect([p?.price, p?.listPrice, p?.currency]).toEqual([24990, 32990, 'HUF']);
  });
});

describe('list-price labels in their own element', () => {
  const product = (body: string, lang: string, url: string) =>
    extractGenericProduct(
      parseDocument(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`),
      new URL(url),
    ).product;

  it('a label child before the amount child makes a list price ("Běžná cena")', () => {
    const p = product(
      `<main><h1>Horské kolo Trail 29</h1><div class="wrap">
      <span class="price-standard"><span>Běžná cena</span> <span class="v">14 990 Kč</span></span>
      <strong class="price-final"><span class="h">12 490 Kč</span></strong></div><button>Do košíku</button></main>`,
      'cs',
      'https://kola.example.cz/trail-29',
    );
    expect([p?.price, p?.listPrice]).toEqual([12490, 14990]);
  });
  // The Omnibus label with a number in it and Bitrix's catalog-section strip are tested by the
  // reconstructed pages poland/product-omnibus-pl and russia/product-bitrix-ru (they fail without).
});

describe('a sold-out control in place of the buy button', () => {
  const page = (control: string) => `<div class="detail"><h1>Teekanne Gusseisen 0,8 l</h1>
    <div class="row"><span>39,90 €</span></div>${control}</div>`;
  it.each([
    ['<button type="button" disabled>Ausverkauft</button>', 'de'],
    ['<input type="button" value="Vergriffen" disabled>', 'de'],
    ['<a class="btn">SOLD OUT</a>', 'en'],
    ['<img src="/img/btn_soldout.gif" alt="品切れ">', 'ja'],
    ['<p class="buy"><span class="btn_soldout"><a href="#none">품절</a></span></p>', 'ko'],
    ['<button class="btn">已售罄</button>', 'zh'],
  ])('%s (%s)', (control, lang) => {
    expect(availability(page(control), lang)).toBe('OutOfStock');
  });
  it('not a sold-out size among others, nor beside an enabled buy button, nor before the title', () => {
    const sizes = '<div class="sizes"><button>S</button><button disabled>M - sold out</button><button>L</button></div>';
    expect(availability(page(sizes))).toBeNull();
    expect(availability(page('<div class="color-swatch"><img src="/red.jpg" alt="Red - sold out"></div>'))).toBeNull();
    expect(availability(page('<a class="btn">Sold out</a><button>Add to cart</button>'))).toBeNull();
    expect(availability(`<a href="/sale">Sold out</a>${page('')}`)).toBeNull();
  });
});
