/**
 * Round 22 (#10): failure classes of blind-r21's pages (a development set since this round), each
 * with a reconstructed page of another shop in tests/fixtures/reconstructed-r22; each rule's test
 * fails without it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachPageHasItsFields } from '../../tests/extract/folder-fields';
import { parseDocument } from './load';
import { extractPage } from './index';
import { indexPage } from './generic/page-index';
import { isStruck } from './generic/struck';
import { otherOptionsPrice } from './generic/variant-option';
import { itemIdFromUrl } from './generic/item-id';
import { CONDITIONAL_PRICE_TEXT, FREE_SHIPPING_NOTE, ITEM_ID_IN_TEXT, NOT_ITEM_PRICE } from './words';

const body = (html: string) => parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
const product = (html: string, url = 'https://shop.example.com/p/1') => extractPage(body(html), url).product;

describe('the nearest class decides whether an amount is struck', () => {
  it('keeps the discounted price inside a box whose class says discount', () => {
    const doc = body(
      '<div class="info_discount"><span class="label">OFERTA</span> <span class="price_discount_gde">$7.499,00</span></div>' +
        '<div class="discount-box"><span class="discount-price">$2.490</span></div><div class="old-box"><span class="x">$1</span></div>',
    );
    const idx = indexPage(doc);
    expect(isStruck(doc.querySelector('.price_discount_gde')!, idx)).toBe(false);
    expect(isStruck(doc.querySelector('.discount-price')!, idx)).toBe(false);
    expect(isStruck(doc.querySelector('.x')!, idx)).toBe(true);
  });
  it('still strikes a struck tag, a former-price class nearer than the discounted one, and one outside a price-final box', () => {
    const doc = body(
      '<div class="price-discount"><span class="old-price">$9</span><del class="discount-price">$8</del></div><div class="old-price"><span class="price-container price-final_price"><span class="y">$7</span></span></div>',
    );
    const idx = indexPage(doc);
    expect(isStruck(doc.querySelector('.old-price')!, idx)).toBe(true);
    expect(isStruck(doc.querySelector('del')!, idx)).toBe(true);
    // Magento wraps the old price in a "price-final_price" container too: no discounted-price word.
    expect(isStruck(doc.querySelector('.y')!, idx)).toBe(true);
  });
});

describe("another option's price", () => {
  const doc = body(
    '<div class="variant-options"><button class="option is-selected">128 GB <span class="p1">$949</span></button>' +
      '<button class="option">256 GB <span class="p2">$1,149</span></button></div>' +
      '<ul class="sizes"><li>S <span class="p3">$5</span></li><li>M <span class="p4">$6</span></li></ul>',
  );
  const idx = indexPage(doc);
  it('is not the page price when another option is the chosen one', () => {
    expect(otherOptionsPrice(doc.querySelector('.p2')!, idx.hintsOf)).toBe(true);
    expect(otherOptionsPrice(doc.querySelector('.p1')!, idx.hintsOf)).toBe(false);
  });
  it('says nothing where no option is marked chosen', () => {
    expect(otherOptionsPrice(doc.querySelector('.p3')!, idx.hintsOf)).toBe(false);
  });
});

describe('price words', () => {
  it('reads a VIP tier price as conditional', () => {
    for (const t of ['超级VIP价 ¥84 开通超级VIP', 'VIP價 NT$899', 'Precio VIP 39,90 €', 'VIP price $12'])
      expect(CONDITIONAL_PRICE_TEXT.test(t), t).toBe(true);
    expect(CONDITIONAL_PRICE_TEXT.test('VIP Lounge Tasche 39,90 €')).toBe(false);
  });
  it('drops a free-shipping note after the amount, not a threshold', () => {
    const strip = (t: string) => t.replace(FREE_SHIPPING_NOTE, '$1');
    expect(NOT_ITEM_PRICE.test(strip('3,240円(税込) 送料無料'))).toBe(false);
    expect(NOT_ITEM_PRICE.test(strip('NT$990 免運費'))).toBe(false);
    expect(NOT_ITEM_PRICE.test(strip('29,99 € · versandkostenfrei'))).toBe(false);
    expect(NOT_ITEM_PRICE.test(strip('3,980円以上送料無料'))).toBe(true);
    expect(NOT_ITEM_PRICE.test(strip('Free shipping over $75'))).toBe(true);
  });
});

describe('item ids', () => {
  it("reads the shop's number after a barcode segment, and after an owner's number", () => {
    expect(itemIdFromUrl(new URL('https://b.example.es/libro-el-problema-final/9788420476421/15123456'))).toBe(
      '15123456',
    );
    expect(itemIdFromUrl(new URL('https://s.example.cn/item-20417-88230145.html'))).toBe('88230145');
    expect(itemIdFromUrl(new URL('https://s.example.cn/news-2024-12345678.html'))).toBeNull();
  });
  it('takes a bare 货号 for no item-id label, 商品货号 still for one', () => {
    expect(ITEM_ID_IN_TEXT.exec('货号：YS-T2301')).toBeNull();
    expect(ITEM_ID_IN_TEXT.exec('商品货号：YS-T2301')?.[1]).toBe('YS-T2301');
  });
});

describe('a stock element saying only "available"', () => {
  const page = (stock: string) =>
    product(
      `<main><h1>L'Étranger</h1><div class="prix"><span class="price">8,30 €</span></div>` +
        `<div class="disponibilite"><span class="stock-label">${stock}</span> · expédié sous 48 h</div></main>`,
    );
  it('reads the bare word as in stock, its negation as out', () => {
    expect(page('Disponible')?.availability).toBe('InStock');
    expect(page('Indisponible')?.availability).toBe('OutOfStock');
  });
});

describe("round 21's classes left (blind-r20's pages)", () => {
  it('reads a bare amount with its currency mark in the sibling element', () => {
    const p = product(
      '<main><h1>투명 수납함 대형 2입</h1><div class="pd-price"><strong class="price">5,000</strong><span class="won">원</span></div>' +
        '<dl><dt>배송비</dt><dd>3,000원</dd></dl></main><div class="goods"><span class="price">1,000원</span></div>',
      'https://mall.example.kr/pd/1034567',
    );
    expect(p?.price).toBe(5000);
    expect(p?.currency).toBe('KRW');
  });
  it('passes over a club or member tier price by its box class', () => {
    const p = product(
      '<main><h1>Shampoo Argan 250 ml</h1><div class="marketclub-price">Marketclub members: <b>$22.00</b></div>' +
        '<div class="prices"><div class="info"><span class="price">$24.00</span></div></div></main>',
    );
    expect(p?.price).toBe(24);
  });
  it('reads the number after a bare "#" opening a line by the title', () => {
    const sku = (line: string) =>
      product(
        `<main><h1>Beam Wiper Blade 22 in</h1><p class="code">${line}</p><span class="price">$24.99</span></main>`,
      )?.sku;
    expect(sku('#0128764 · Model #: 22-BM')).toBe('0128764');
    expect(sku('#1 Best Seller')).toBeNull();
    expect(sku('#42')).toBeNull();
  });
});

describe("round 21's price classes left, from the platforms' markup", () => {
  it('passes over a basket-only price', () => {
    for (const t of ['Sepette 899,99 TL', 'im Warenkorb 79,99 €', '$26.98 in bag', 'R$ 89,90 no carrinho'])
      expect(NOT_ITEM_PRICE.test(t), t).toBe(true);
    const p = product(
      '<main><h1>Laufschuh Leicht</h1><div class="cart-price">im Warenkorb 79,99 €</div>' +
        '<div class="box"><div class="product-price"><span class="price">99,99 €</span></div></div></main>',
    );
    expect(p?.price).toBe(99.99);
  });
  it('reads "De R$ X por R$ Y" as list price X and price Y, in one text', () => {
    const p = product(
      '<main><h1>Tênis de Corrida Leve</h1><div class="product-price">De R$ 299,90 por R$ 199,90</div></main>',
    );
    expect([p?.price, p?.listPrice]).toEqual([199.9, 299.9]);
    // A "now" word between a lower first amount and a higher one says nothing of a former price.
    const q = product('<main><h1>Kit Camping</h1><div class="product-price">R$ 99,90 por R$ 199,90</div></main>');
    expect(q?.price).not.toBe(199.9);
  });
  it('reads the kind of a data-<kind>-price attribute', () => {
    const p = product(
      '<main><h1>Licuadora 600W</h1><ol class="ul-prices"><li data-cmr-price="24.990" class="prices-0"><span>$ 24.990</span></li>' +
        '<li data-internet-price="29.990" class="prices-1"><span>$ 29.990</span></li>' +
        '<li data-normal-price="39.990" class="prices-2"><span>$ 39.990</span></li></ol></main>',
      'https://www.tienda.example.cl/product/881234567',
    );
    expect([p?.price, p?.listPrice]).toEqual([29990, 39990]);
  });
});

describe('the reconstructed pages of round 22', () => {
  eachPageHasItsFields(join(__dirname, '../../tests/fixtures/reconstructed-r22'));
});
