/**
 * Round 18 (#10): the classes last round's held-back pages still missed, one rule each, with the
 * reconstructed pages in tests/fixtures/reconstructed-r18. Each test fails without its rule.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachPageHasItsFields } from '../../../tests/extract/folder-fields';
import { extractPage } from '..';
import { parseDocument } from '../load';
import { parseMoney } from '../money';
import { productFromFacts } from '../facts';
import { collectProductFacts } from '../facts-page';
import { indexPage } from './page-index';
import { productFromJsonState, stateTextOf } from './json-state';
import { availabilityFromSpecCount, stockCountOf, stockSaid } from './stock-count';
import {
  BRAND_BY,
  IN_STOCK_MORE,
  REWARD_AMOUNT,
  STOCK_COUNT_AFTER,
  STOCK_COUNT_LABEL,
  STOCK_COUNT_UNIT,
  STOCK_LEFT_LEAD,
  type WordList,
} from '../words';

const page = (body: string, url: string, lang: string, head = '') =>
  extractPage(parseDocument(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`), url).product;

describe('round-18 word lists', () => {
  it('are lowercase, without duplicates inside a language', () => {
    const lists: WordList[] = [
      IN_STOCK_MORE,
      STOCK_COUNT_LABEL,
      STOCK_LEFT_LEAD,
      STOCK_COUNT_UNIT,
      STOCK_COUNT_AFTER,
      REWARD_AMOUNT,
      BRAND_BY,
    ];
    for (const list of lists)
      for (const [lang, words] of Object.entries(list)) {
        expect(new Set(words).size, lang).toBe(words.length);
        for (const w of words) expect(w, lang).toBe(w.toLowerCase());
      }
  });
});

describe('availability from a stock line shown as text', () => {
  const body = (line: string) =>
    `<div class="wrap"><div class="info"><h1>Blender Philips HR2221 700W</h1><div class="p"><span>129,00 €</span></div>` +
    `<div class="x">${line}</div><button>Kaufen</button></div></div>`;
  it.each([
    ['id', '<span>Stok: 120</span>', 'InStock'],
    ['id', '<span>Stok:</span> <span>0</span>', 'OutOfStock'],
    ['zh', '<span>库存 35 件</span>', 'InStock'],
    ['zh', '<span>庫存 0 件</span>', 'OutOfStock'],
    ['zh', '<span>仅剩3件</span>', 'InStock'],
    ['ja', '<span>残りわずか</span>', 'InStock'],
    ['ja', '<span>在庫数：3</span>', 'InStock'],
    ['ja', '<span>残り2点</span>', 'InStock'],
    ['ko', '<span>재고 12개</span>', 'InStock'],
    ['ko', '<span>재고 0개</span>', 'OutOfStock'],
    ['de', '<span>Noch 3 Stück</span>', 'InStock'],
    ['de', '<span>Sofort verfügbar</span>', 'InStock'],
    ['de', '<span>Lagerbestand: 5</span>', 'InStock'],
    ['de', '<span>Lagerbestand: 0</span>', 'OutOfStock'],
    ['en', '<span>Only 7 left</span>', 'InStock'],
    ['en', '<span>0 in stock</span>', 'OutOfStock'],
    ['es', '<span>Últimas 2 unidades</span>', 'InStock'],
    ['es', '<span>12 disponibles</span>', 'InStock'],
    ['ru', '<span>Осталось 3 шт.</span>', 'InStock'],
    ['pl', '<span>Zostało 2 szt.</span>', 'InStock'],
  ])('%s %s -> %s', (lang, line, want) => {
    expect(page(body(line), 'https://shop.example/p/123', lang)?.availability).toBe(want);
  });

  it.each([
    'Noch 3 Tage',
    'Verfügbar in 3-5 Tagen',
    'Stock code 12345',
    'Only 2 days left',
    '3 Stück',
    'Lieferzeit: 2-3 Werktage',
    'Stock: 12 €',
    'stock 5901234123457',
    'セール残り3日',
    'Disponibilità: 5 giorni lavorativi',
    'Dostępność: 24h',
    'Dostupnost: 3 dny',
  ])('"%s" states no stock count', (t) => {
    expect(stockCountOf(t)).toBeNull();
    expect(stockSaid(t)).toBeNull();
  });

  it('reads grouped counts, and out-of-stock words before a count', () => {
    expect(stockCountOf('Lagerbestand: 1.250')).toBe(1250);
    expect(stockSaid('Stok Habis')).toBe('OutOfStock');
    expect(stockSaid('Stock disponible: 0')).toBe('OutOfStock');
  });

  it("reads the product's stock line, not a related product's", () => {
    const related =
      '<section class="related-products"><div class="pi"><a href="/p/2">Blender Miyako</a><div>Rp 289.000</div><div>Stok: 0</div></div></section>';
    const b = `<main><div class="dp"><h1>Blender Philips HR2221 700W</h1><div>Rp 1.299.000</div></div>${related}</main>`;
    expect(page(b, 'https://shop.example/p/1', 'id')?.availability).toBeNull();
    const own = b.replace('<div>Rp 1.299.000</div>', '<div>Rp 1.299.000</div><div>Stok: 120</div>');
    expect(page(own, 'https://shop.example/p/1', 'id')?.availability).toBe('InStock');
  });

  it('reads a spec row counting the stock', () => {
    expect(availabilityFromSpecCount([['Lagerbestand', '5']])).toBe('InStock');
    expect(availabilityFromSpecCount([['재고', '0개']])).toBe('OutOfStock');
    expect(availabilityFromSpecCount([['Gewicht', '5']])).toBeNull();
    const b =
      '<div><h1>Akku-Bohrschrauber GSR 12V-15</h1><span>129,00 €</span>' +
      '<table><tr><th>Lagerbestand</th><td>5</td></tr></table></div>';
    expect(page(b, 'https://shop.example/p/1', 'de')?.availability).toBe('InStock');
  });
});

describe('points, rewards and cashback beside the price', () => {
  it.each([
    ['en', 'https://shop.example.com/p/1', '<span>Bonus points: 120</span> <span>$129.00</span>', 129],
    ['en', 'https://shop.example.com/p/1', '<div>Earn $6.45 back in rewards</div><div>$129.00</div>', 129],
    [
      'en',
      'https://shop.example.com/p/1',
      '<div><span>Earn</span> <span>$6.45</span> <span>cashback</span></div><div>$129.00</div>',
      129,
    ],
    [
      'ja',
      'https://shop.example.jp/i/1',
      '<div><span>3,980円</span><span>ポイント還元</span></div><div><span>39,800円</span></div>',
      39800,
    ],
    [
      'ko',
      'https://shop.example.kr/p/1',
      '<div><span>적립금</span> <span>399원</span></div><div><strong>39,900원</strong></div>',
      39900,
    ],
    [
      'ru',
      'https://shop.example.ru/p/1',
      '<div><span>120 ₽</span> <span>кешбэк</span></div><div><span>2 490 ₽</span></div>',
      2490,
    ],
  ])('%s: %s', (lang, url, box, want) => {
    expect(
      page(`<div class="wrap"><h1>Cordless drill GSR 12V-15 Professional</h1>${box}</div>`, url, lang)?.price,
    ).toBe(want);
  });

  it('keeps a price whose note is not a reward', () => {
    const b =
      '<div class="wrap"><h1>Cordless drill GSR 12V-15</h1><div><span>$129.00</span> <span>free returns</span></div></div>';
    expect(page(b, 'https://shop.example.com/p/1', 'en')?.price).toBe(129);
  });
});

describe('fees and unit prices in a price-classed box beside the price', () => {
  const box = (first: string, price: string) =>
    `<div class="wrap"><h1>Bosch Akku-Bohrschrauber GSR 12V-15</h1><div class="buybox"><div class="price">${first}</div>` +
    `<div class="price">${price}</div></div><button>Add to cart</button></div>`;
  it('reads no amount added on top ("+ $9.99 shipping", "+299 points")', () => {
    expect(
      page(box('<span>+ $9.99</span> <span>shipping</span>', '$129.00'), 'https://shop.example.com/p/1', 'en')?.price,
    ).toBe(129);
    expect(
      page(box('<span>+299</span> <span>积分</span>', '¥299.00'), 'https://shop.example.cn/p/1', 'zh')?.price,
    ).toBe(299);
  });
  it('reads no unit price whose unit is in the next element', () => {
    expect(
      page(box('<span>4,99 €</span> <span>/ 1 kg</span>', '9,98 €'), 'https://shop.example.de/p/1', 'de')?.price,
    ).toBe(9.98);
  });
});

describe('North and West African currency words', () => {
  it.each([
    ['249,00 DH', 249, 'MAD'],
    ['99 Dhs', 99, 'MAD'],
    ['249,00 درهم', 249, 'MAD'],
    ['45,000 DT', 45, 'TND'],
    ['45,500 TND', 45.5, 'TND'],
    ['2 500 DA', 2500, 'DZD'],
    ['2500 دج', 2500, 'DZD'],
    ['GH₵ 250.00', 250, 'GHS'],
    ['TSh 25,000', 25000, 'TZS'],
    ['15 000 FCFA', 15000, 'XOF'],
  ])('%s -> %s %s', (text, amount, currency) => {
    expect(parseMoney(text, { host: 'shop.example.com' })).toEqual({ amount, currency });
  });

  it('reads a dirham price beside its struck price, the Emirates by the host', () => {
    const b =
      '<div class="product"><h1>Sac à main en cuir véritable</h1><div class="price"><del>399,00 DH</del> <span>249,00 DH</span></div></div>';
    expect(page(b, 'https://maison-atlas.example.com/products/sac', 'fr')).toMatchObject({
      price: 249,
      currency: 'MAD',
      listPrice: 399,
    });
    expect(page(b, 'https://shop.example.ae/products/sac', 'ar')?.currency).toBe('AED');
  });
});

describe('a product in an app state assigned by an inline script', () => {
  const state = (script: string) => `<script>${script}</script>`;
  it('reads window.__INITIAL_STATE__ with the store currency as an object', () => {
    const s = state(
      'window.__INITIAL_STATE__ = {"store":{"currency":{"code":"MAD"}},"product":{"name":"Sac à main","price":249,"compare_at_price":399,"sku":"SAC-01","inventory":12}};',
    );
    const p = page('<div id="app"></div>', 'https://shop.example.com/products/sac', 'fr', s);
    expect(p).toMatchObject({ title: 'Sac à main', price: 249, currency: 'MAD', listPrice: 399, sku: 'SAC-01' });
    expect(p?.availability).toBe('InStock');
  });

  it("reads a product variable, Shopline's money, a sale price and a JSON.parse string", () => {
    const shopline = state(
      'var productData = {"title":"陶瓷馬克杯","price":{"cents":45000,"currency_iso":"TWD","dollars":450.0},"sku":"MUG-1","quantity":0};',
    );
    expect(page('<div></div>', 'https://shop.example.com/products/mug', 'zh', shopline)).toMatchObject({
      price: 450,
      currency: 'TWD',
      sku: 'MUG-1',
      availability: 'OutOfStock',
    });
    const salla = state(
      'window.product = {"name":"عطر","price":{"amount":199,"currency":"SAR"},"sale_price":{"amount":149,"currency":"SAR"},"sku":"OUD-50"};',
    );
    expect(page('<div></div>', 'https://shop.example.com/p1', 'ar', salla)).toMatchObject({
      price: 149,
      listPrice: 199,
      currency: 'SAR',
    });
    const parsed = state(
      'window.__PRELOADED_STATE__ = JSON.parse("{\\"product\\":{\\"name\\":\\"Kaffee\\",\\"price\\":65,\\"currency\\":\\"EUR\\",\\"sku\\":\\"K-1\\"}}");',
    );
    expect(page('<div></div>', 'https://shop.example.com/p', 'de', parsed)).toMatchObject({ price: 65, sku: 'K-1' });
    const single = state(`var product = JSON.parse('{"name":"L\\'arbre","price":12,"currency":"EUR"}');`);
    expect(page('<div></div>', 'https://shop.example.com/p', 'fr', single)).toMatchObject({
      title: "L'arbre",
      price: 12,
    });
  });

  it("walks Nuxt's data array", () => {
    const nuxt = state(
      'window.__NUXT__={"data":[{"product":{"name":"Gartenschere","price":"24.90","currency":"EUR","sku":"GS-1","availability":"IN_STOCK"}}]};',
    );
    expect(page('<div id="__nuxt"></div>', 'https://shop.example.de/p/1', 'de', nuxt)).toMatchObject({
      price: 24.9,
      sku: 'GS-1',
      availability: 'InStock',
    });
  });

  it("reads Nuxt 3's __NUXT_DATA__ payload, after an empty state assigned before it", () => {
    const payload = JSON.stringify([
      ['ShallowReactive', 1],
      { data: 2 },
      ['ShallowReactive', 3],
      { 'product-42': 4 },
      { product: 5 },
      { name: 6, price: 7, currency: 8, sku: 9 },
      'Wanderschuh Trail Mid',
      129.95,
      'EUR',
      'TR-42',
    ]);
    const head =
      '<script>window.__NUXT__={};</script>' +
      `<script type="application/json" id="__NUXT_DATA__" data-ssr="true">${payload}</script>`;
    expect(page('<div id="__nuxt"></div>', 'https://shop.example.de/p/trail', 'de', head)).toMatchObject({
      title: 'Wanderschuh Trail Mid',
      price: 129.95,
      currency: 'EUR',
      sku: 'TR-42',
    });
  });

  it('reads no list of products, no JavaScript literal, no unrelated variable', () => {
    const idx = (html: string) => indexPage(parseDocument(`<html><head>${html}</head><body></body></html>`));
    // A list of products (longer than page data) is no product.
    const list = state(
      'window.__INITIAL_STATE__ = {"items":[{"product":{"name":"A","price":1}},{"product":{"name":"B","price":2}},{"product":{"name":"C","price":3}},{"product":{"name":"D","price":4}}]};',
    );
    expect(productFromJsonState(stateTextOf(idx(list)))).toBeNull();
    // Bare keys: not JSON.
    expect(stateTextOf(idx(state('var product = {name: "A", price: 1};')))).toBeNull();
    expect(stateTextOf(idx(state('var config = {"name":"A","price":1};')))).toBeNull();
    // A script with a src is not read; nor a typed one.
    expect(stateTextOf(idx('<script src="/a.js">var product = {"name":"A","price":1};</script>'))).toBeNull();
  });

  it('gives the product facts the same state', () => {
    const html =
      '<html><head><script>var product = {"name":"Polera","price":14990,"currency":"CLP","sku":"POL-1","stock":3};</script></head><body><div></div></body></html>';
    const url = 'https://shop.example.cl/polera';
    const read = collectProductFacts(parseDocument(html), url, null);
    expect(read.kind).toBe('facts');
    if (read.kind !== 'facts') return;
    const answer = productFromFacts(read.facts);
    expect(answer.kind === 'product' ? answer.product.price : null).toBe(14990);
    expect(extractPage(parseDocument(html), url).product?.sku).toBe('POL-1');
  });
});

describe('brand as a link near the title, model and condition rows', () => {
  const body = (line: string) =>
    `<div class="pd"><h1>Akku-Bohrschrauber GSR 12V-15 Professional</h1>${line}<span>129,00 €</span></div>`;
  it.each([
    ['de', 'Marke: <a href="/marken/bosch">Bosch</a>', 'Bosch'],
    ['en', '<div>by <a href="/brand/anker">Anker</a></div>', 'Anker'],
    ['en', '<span>By</span> <a href="/brand/anker">Anker</a>', 'Anker'],
    ['zh', '<div>品牌：<a href="/brand/midea">美的</a></div>', '美的'],
    ['fr', '<div>Marque : <a href="/marque/bosch">Bosch</a></div>', 'Bosch'],
    ['es', '<div>Marca: <a href="/marca/bosch">Bosch</a></div>', 'Bosch'],
    ['ja', '<div>メーカー：<a href="/maker/panasonic">パナソニック</a></div>', 'パナソニック'],
  ])('%s %s -> %s', (lang, line, want) => {
    expect(page(body(line), 'https://shop.example/p/12345', lang)?.brand).toBe(want);
  });

  it.each([
    ['Sold by <a href="/seller/9">Werkzeugprofi GmbH</a>'],
    ['<p>Mehr Informationen finden Sie <a href="/info">hier</a></p>'],
    ['<section class="related-products"><div>Marke: <a href="/marken/makita">Makita</a></div></section>'],
  ])('reads no brand from %s', (line) => {
    expect(page(body(line), 'https://shop.example/p/12345', 'de')?.brand).toBeNull();
  });

  it.each([
    ['<a class="prod-brand-name" href="/np/search?q=x">스타벅스</a>', '스타벅스'],
    ['<div class="producertag h6 producer text-muted">Lanadore</div>', 'Lanadore'],
    ['<div class="product__vendor">Marke: Gartenwelt</div>', 'Gartenwelt'],
    ['<a href="/nl/nl/b/brabantia/13001/" data-role="BRAND">Brabantia</a>', 'Brabantia'],
  ])('reads the brand box %s', (line, want) => {
    expect(page(body(line), 'https://shop.example/p/12345', 'de')?.brand).toBe(want);
  });

  it('reads no logo or related brand as the brand box', () => {
    const logo = `<header><a class="navbar-brand" href="/">Heimtextil Nord</a></header>`;
    expect(page(logo + body(''), 'https://shop.example/p/12345', 'de')?.brand).toBeNull();
    const related = '<section class="related-products"><span class="brand">Makita</span></section>';
    expect(page(body(related), 'https://shop.example/p/12345', 'de')?.brand).toBeNull();
  });

  it('reads "Modelo" as the model number and "Condición del ítem" as the condition', () => {
    const table = (rows: string) =>
      `<div><h1>Licuadora Oster Xpert Series 1.5 L</h1><span>$ 189.900</span><table>${rows}</table></div>`;
    const p = page(
      table(
        '<tr><th>Marca</th><td>Oster</td></tr><tr><th>Modelo</th><td>BLSTPYG1211</td></tr><tr><th>Condición del ítem</th><td>Usado</td></tr>',
      ),
      'https://articulo.mercadolibre.com.co/MCO-1123456789-licuadora-_JM',
      'es',
    );
    expect(p).toMatchObject({ brand: 'Oster', mpn: 'BLSTPYG1211', condition: 'used' });
    expect(
      page(table('<tr><th>Condição</th><td>Novo</td></tr>'), 'https://shop.example.com.br/p/1', 'pt')?.condition,
    ).toBeNull();
    expect(
      page(table('<tr><th>Condición</th><td>Nuevo</td></tr>'), 'https://shop.example.com.ar/p/1', 'es')?.condition,
    ).toBe('new');
  });
});

describe('the condition on a line beside the title', () => {
  const ml = (line: string) =>
    `<div class="ui-pdp-header">${line}<h1 class="ui-pdp-title">Licuadora Oster Xpert Series 1.5 L</h1></div><span>$ 189.900</span>`;
  it.each([
    ['<span class="ui-pdp-subtitle">Nuevo | +500 vendidos</span>', 'new'],
    ['<span class="ui-pdp-subtitle">Usado | 5 vendidos</span>', 'used'],
    ['<span>Reacondicionado</span>', 'refurbished'],
    ['<span>Nuevos ingresos en licuadoras y batidoras</span>', null],
    ['<span>Más vendido | Oster</span>', null],
  ])('%s -> %s', (line, want) => {
    expect(page(ml(line), 'https://articulo.mercadolibre.com.co/MCO-1123456789-x-_JM', 'es')?.condition).toBe(want);
  });
});

describe('the round-18 reconstructed pages', () => {
  eachPageHasItsFields(join(__dirname, '../../../tests/fixtures/reconstructed-r18'));
});
