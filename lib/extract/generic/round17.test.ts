/**
 * Round 17 (#10): the failure classes left by round 16 (note16, "Still wrong on my set") and those
 * a blind set of pages of unseen platforms showed (tests/fixtures/reconstructed-r17), one test per
 * rule. Each fails without its rule.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '..';
import { parseDocument } from '../load';
import { parseMoney } from '../money';
import { findTitleElement } from './dom';
import { indexPage } from './page-index';
import { findVisiblePrice, priceText } from './price';
import { itemIdFromText, itemIdFromUrl } from './item-id';
import { isStruck } from './struck';
import { availabilityFromWords } from './buy-button';
import { ELSEWHERE_REGION } from '../words-class';

function visible(body: string, host = 'shop.example', lang = 'en') {
  const idx = indexPage(parseDocument(`<html lang="${lang}"><body>${body}</body></html>`));
  return findVisiblePrice(idx, findTitleElement(idx), { host });
}

const page = (body: string, url: string, head = '', lang = 'en') =>
  extractPage(parseDocument(`<html lang="${lang}"><head>${head}</head><body>${body}</body></html>`), url);

function idOf(body: string): string | null {
  const idx = indexPage(parseDocument(`<html><body>${body}</body></html>`));
  return itemIdFromText(idx, findTitleElement(idx));
}

describe('the title element', () => {
  it('takes a div classed "sku-name" or "goods_name" when the page has no h1 (JD-style pages)', () => {
    const body =
      '<div class="sku-name">清风 抽纸 原木纯品 3层120抽*24包 整箱</div>' +
      '<div class="summary-price"><span class="p-price"><span>￥</span><span class="price">59.00</span></span></div>' +
      '<ul><li>商品编号：100012345678</li></ul><a class="btn-special1">加入购物车</a>';
    const r = page(body, 'https://item.shop.example/100012345678.html', '', 'zh-CN');
    expect(r.product?.title).toBe('清风 抽纸 原木纯品 3层120抽*24包 整箱');
    expect(r.product?.price).toBe(59);
    expect(r.product?.sku).toBe('100012345678');
    const idx = indexPage(
      parseDocument('<html><body><h2 class="goods_name">Stainless tumbler 500 ml</h2></body></html>'),
    );
    expect(findTitleElement(idx)?.textContent).toBe('Stainless tumbler 500 ml');
  });

  it("takes the element spelling the <title>'s name when no heading or class names the title (hashed-class apps)", () => {
    const doc = parseDocument(
      '<html><head><title>【現貨】北歐風陶瓷馬克杯 350ml 咖啡杯 | 蝦皮購物</title></head><body><div class="top"><a href="/">蝦皮購物</a></div><div class="k-mj2F"><div class="WBVL_7"><span>【現貨】北歐風陶瓷馬克杯 350ml 咖啡杯</span></div><div class="jRlVo0"><div class="ZA5sW5">$450</div><div class="IZPeQz">$349</div></div></div></body></html>',
    );
    expect(findTitleElement(indexPage(doc))?.textContent).toBe('【現貨】北歐風陶瓷馬克杯 350ml 咖啡杯');
    // A <title> too short to be a product's name, or not spelt on the page, finds nothing.
    const short = parseDocument('<html><head><title>Shop | Home</title></head><body><div>Shop</div></body></html>');
    expect(findTitleElement(indexPage(short))).toBeNull();
  });

  it('reads an h1 classed or wrapped as a "masthead" as the title when it is a long name outside the header', () => {
    const idx = indexPage(
      parseDocument(
        '<html><body><div class="catalog-masthead"><h1 class="catalog-masthead__title">Робот-пылесос Xiaomi Mi Robot Vacuum-Mop 2 Lite MJSTL</h1></div></body></html>',
      ),
    );
    expect(findTitleElement(idx)?.textContent).toContain('Xiaomi');
  });

  it('still reads a short masthead h1, or one in the page header, as the logo', () => {
    const short = indexPage(
      parseDocument('<html><body><div class="masthead"><h1>Kettle Shop</h1></div></body></html>'),
    );
    expect(findTitleElement(short)).toBeNull();
    const header = indexPage(
      parseDocument(
        '<html><body><header><div class="masthead"><h1>The Very Best Kettle and Teapot Shop of Leeds</h1></div></header></body></html>',
      ),
    );
    expect(findTitleElement(header)).toBeNull();
  });
});

describe('the item id on the page', () => {
  it('reads a label printed after a title that sits straight under <body>', () => {
    expect(idOf('<h1>JBL Flip 6 černý</h1><span class="code">Kód: JBL0123c</span><p>1 290 Kč</p>')).toBe('JBL0123c');
    expect(idOf('<h1>Kettle Inspire 1.7L</h1><div><span>Cat. no. 123/4567</span></div>')).toBe('123/4567');
  });

  it('reads the elements after a small title box that sits straight under <body>', () => {
    expect(
      idOf(
        '<div id="maintitle"><p>Panasonic</p><h1>NA-LX129CL ドラム式洗濯乾燥機</h1></div><div class="sub"><span>商品番号：100000001008</span></div>',
      ),
    ).toBe('100000001008');
    // Not past a few elements, nor from a page whose title box is deep in its layout.
    const far = '<p>x</p>'.repeat(8);
    expect(idOf(`<h1>JBL Flip 6 černý</h1>${far}<span>Kód: JBL0123c</span>`)).toBeNull();
  });

  it('never takes an amount after a label-like word ("Prix de référence 329€99" is no item 329)', () => {
    expect(
      idOf('<div><h1>Aspirateur balai</h1><p class="fpStriked">Prix de référence <del>329€99</del></p></div>'),
    ).toBeNull();
    expect(idOf('<div><h1>Aspirateur balai</h1><p>Référence 1234 €</p></div>')).toBeNull();
    // An id followed by another label stays an id.
    expect(idOf('<div><h1>Drill kit</h1><p>Item # 5ZX12 EAN 4006381333931</p></div>')).toBe('5ZX12');
  });

  it('reads "PLU:" as a label of the shop\'s number', () => {
    expect(idOf('<div><h1>Televisor 50 pulgadas</h1><ul><li><b>PLU:</b> 3012345</li></ul></div>')).toBe('3012345');
  });
});

describe('availability', () => {
  it('reads a stock word after a small title box that sits straight under <body> (Yodobashi-style)', () => {
    const idx = indexPage(
      parseDocument(
        '<html lang="ja"><body><div id="products_maintitle"><p>パナソニック</p><h1>NA-LX129CL ドラム式洗濯乾燥機</h1></div><div class="pdtPriceArea"><span>￥39,800</span></div><div class="salesInfo"><span class="green">在庫あり</span> 翌日お届け</div></body></html>',
      ),
    );
    expect(availabilityFromWords(idx, findTitleElement(idx))).toBe('InStock');
  });
});

describe('the item id in the URL', () => {
  it.each([
    ['https://www.noon.com/uae-en/powercore-essential-20000mah/N53312345A/p/', 'N53312345A'],
    ['https://www.jumbo.com/producten/jumbo-halfvolle-melk-1l-123456PAK', '123456PAK'],
    ['https://shopee.tw/mug-350ml-i.12345678.23456789012', '23456789012'],
    ['https://tw.buy.yahoo.com/gdsale/gdsale.asp?gdid=12345678', '12345678'],
    ['https://shop.example/goods/view?goodsId=1234567', '1234567'],
  ])('%s -> %s', (u, id) => {
    expect(itemIdFromUrl(new URL(u))).toBe(id);
  });

  it.each([
    'https://shop.example/products/benq-zowie-xl2411k',
    'https://shop.example/c/kettles/p/',
    'https://shop.example/list?categoryId=123456',
    'https://shop.example/products/mug?variantId=44556677',
  ])('%s has none', (u) => {
    expect(itemIdFromUrl(new URL(u))).toBeNull();
  });
});

describe('the price', () => {
  it('reads cents set with the sign in a <sup> after the integer ("149<sup>€99</sup>" is 149.99)', () => {
    const doc = parseDocument('<div class="price">149<sup>€99</sup></div>');
    expect(parseMoney(priceText(doc.querySelector('div')!)!)?.amount).toBe(149.99);
  });

  it('drops a footnote mark after the amount ("299,–<sup>*</sup>")', () => {
    const doc = parseDocument('<div><span>299,</span><span>–</span><sup>*</sup></div>');
    expect(priceText(doc.querySelector('div')!)).toBe('299,–');
  });

  it('reads a price class with a "--reco" modifier as a kind of price, not as a recommendations box', () => {
    expect(ELSEWHERE_REGION.test('f-pricebox-price f-pricebox-price--reco')).toBe(false);
    // Still a region: recommendations, and a price inside one.
    expect(ELSEWHERE_REGION.test('product-reco')).toBe(true);
    expect(ELSEWHERE_REGION.test('reco-strip price')).toBe(true);
  });

  it('skips a price for card holders or members, named in a note after it or in its label', () => {
    const ozon = visible(
      '<div><h1>Набор кастрюль Tefal Ingenio Emotion</h1></div><div><div><span class="a1">4 990 ₽</span><span>c Ozon Картой</span></div><div><span class="a2">5 490 ₽</span> <span>без Ozon Карты</span></div></div>',
      'www.ozon.ru',
      'ru',
    );
    expect(ozon?.price).toBe(5490);
    const fnac = visible(
      '<div><h1>Apple AirPods 4</h1><div class="buy"><div class="amount">149,99 €</div><div>Adhérents <span>-5% soit 142,49 €</span></div></div></div>',
      'www.fnac.com',
      'fr',
    );
    expect(fnac?.price).toBe(149.99);
  });

  it('takes the declared price when the page shows it near the title beside another amount', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Apple AirPods 4","offers":{"@type":"Offer","price":"149.99","priceCurrency":"EUR"}}</script>';
    const body =
      '<div class="product"><h1>Apple AirPods 4</h1><div class="buy-box"><span class="price">149,99 €</span> <span class="price price--club">139,99 €</span> <span>pour les membres Club</span></div><button>Ajouter au panier</button></div>';
    expect(page(body, 'https://www.shop.example/a17123456/airpods', ld, 'fr').product?.price).toBe(149.99);
    // A declared price the page does not show (stale) still gives way to the shown one.
    const stale = ld.replace('149.99', '159.99');
    expect(page(body, 'https://www.shop.example/a17123456/airpods', stale, 'fr').product?.price).toBe(139.99);
  });

  it('reads a price marked only by a test id naming a price ("data-test=branded-price-whole-value")', () => {
    const v = visible(
      '<div class="sc-1"><h1 class="sc-2">SONY WH-1000XM5 Kopfhörer</h1></div><div class="sc-3"><div class="sc-4"><span class="sc-9">UVP</span> <span class="sc-5" style="text-decoration:line-through">419,00 €</span></div><div class="sc-6" data-test="mms-price"><span class="sc-7" data-test="branded-price-whole-value">299,</span><span class="sc-8" data-test="branded-price-decimal-value">–</span><sup>*</sup></div></div>',
      'www.mediamarkt.de',
      'de',
    );
    expect(v?.price).toBe(299);
  });

  it('does not read a price as struck because a box around it and a struck MRP says "discount"', () => {
    const doc = parseDocument(
      '<p class="pdp-discount-container"><span class="pdp-price"><strong>₹649</strong></span><span class="pdp-mrp">MRP <s>₹1299</s></span></p>',
    );
    const idx = indexPage(doc);
    expect(isStruck(doc.querySelector('strong')!, idx)).toBe(false);
    expect(isStruck(doc.querySelector('s')!, idx)).toBe(true);
    // A discount-classed box of its own is still a former price.
    const alone = parseDocument('<p class="price-discount-old"><span>₹1299</span></p>');
    expect(isStruck(alone.querySelector('span')!, indexPage(alone))).toBe(true);
  });
});
