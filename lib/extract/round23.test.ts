/**
 * Round 23 (#10): failure classes of blind-r22's pages (a development set since this round) and the
 * classes left from round 22, each with a reconstructed page of another shop in
 * tests/fixtures/reconstructed-r23; each rule's test fails without it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachPageHasItsFields } from '../../tests/extract/folder-fields';
import { parseDocument } from './load';
import { extractPage } from './index';
import { underOtherProductsHeading } from './generic/other-products';
import { itemIdFromUrl } from './generic/item-id';
import { identifiersFromSpecs } from './generic/specs';
import { declaresPlainSku, shownOverDeclared } from './generic/shown-sku';
import type { Json } from './generic/jsonld';
import { CONDITIONAL_PRICE_TEXT, NOT_ITEM_PRICE, OTHER_PRODUCTS_HEADING_TEXT } from './words';

const body = (html: string) => parseDocument(`<!doctype html><html><head></head><body>${html}</body></html>`);
const product = (html: string, url = 'https://shop.example.com/p/1') => extractPage(body(html), url).product;

describe("a loyalty or payment card's price, a price after every benefit", () => {
  it('reads the card and benefit words as a condition', () => {
    for (const t of [
      'Sa Moja Idea karticom: 209,99 RSD',
      'Cijena s karticom 2,49 €',
      'Törzsvásárlói kártyával: 999 Ft',
      'Cena s kartou 24,90 Kč',
      'Kaina su kortele 1,99 €',
      'S-Etukortilla 2,95 €',
      '최대 혜택가 9,310원',
      '나의 혜택가 17,910원',
      '쿠폰가 18,900원',
    ])
      expect(CONDITIONAL_PRICE_TEXT.test(t), t).toBe(true);
    for (const t of ['Akcija 219,99 RSD', '특가 10,900원', 'Kártya nélkül 1 099 Ft', 'Cena 24,90 Kč'])
      expect(CONDITIONAL_PRICE_TEXT.test(t), t).toBe(false);
    expect(NOT_ITEM_PRICE.test('Sa Moja Idea karticom: 209,99 RSD')).toBe(true);
  });
  it('passes over a card price in a price-classed box nearer the heading', () => {
    const p = product(
      '<main><h1>Plazma keks 300 g</h1><div class="price__card">Sa Moja Idea karticom: <b>209,99 RSD</b></div>' +
        '<div class="box"><div class="prices"><span class="price__regular">259,99 RSD</span> <span class="price__action">219,99 RSD</span></div></div></main>',
    );
    expect(p?.price).toBe(219.99);
  });
  it("takes the deal's price split over a box of four children, not the benefit or card price", () => {
    const p = product(
      '<div class="deal"><h1>[특가] 감귤 5kg</h1><div class="price-box"><div class="origin"><del>19,900원</del></div>' +
        '<div class="sale"><strong class="rate">45%</strong> <span class="txt">특가</span> <strong class="num">10,900</strong><span class="won">원</span></div>' +
        '<div class="card-sale">카드할인가 <b>9,810원</b></div><div class="max-benefit">최대 혜택가 <b>9,310원</b></div></div>' +
        '<button>구매하기</button></div>',
      'https://deal.example.co.kr/deal/623456789',
    );
    expect([p?.price, p?.currency, p?.sku]).toEqual([10900, 'KRW', '623456789']);
  });
});

describe('a block of other products known by its heading', () => {
  it('reads the headings in many languages', () => {
    for (const t of [
      'Related products',
      'You may also like',
      'Productos relacionados',
      'Produtos relacionados',
      'Похожие товары',
      'С этим товаром покупают',
      'Slični proizvodi',
      'Hasonló termékek',
      '이 상품과 함께 본 특가',
      '猜你喜欢',
    ])
      expect(OTHER_PRODUCTS_HEADING_TEXT.test(t), t).toBe(true);
    for (const t of ['Product details', 'Описание', 'Relacionamento com o cliente', 'Similarity'])
      expect(OTHER_PRODUCTS_HEADING_TEXT.test(t), t).toBe(false);
  });
  it('is under such a heading, as a heading tag or a heading-classed box, and not above the product', () => {
    const doc = body(
      '<main><div class="pdp"><h1>Дрель 650 Вт</h1><span class="p0">4 990 ₽</span></div>' +
        '<div class="more"><h3>Похожие товары</h3><div class="row"><div class="item"><span class="p1">6 290 ₽</span></div></div></div>' +
        '<div class="more2"><div class="section-title">You may also like</div><ul><li><span class="p2">$5</span></li></ul></div>' +
        '<div class="more3"><p>Related products</p><ul><li><span class="p3">$6</span></li></ul></div></main>',
    );
    const under = underOtherProductsHeading(doc.querySelector('h1'));
    expect(under(doc.querySelector('.p0')!)).toBe(false);
    expect(under(doc.querySelector('.p1')!)).toBe(true);
    expect(under(doc.querySelector('.p2')!)).toBe(true);
    // A paragraph is no heading: its words alone do not make a block of other products.
    expect(under(doc.querySelector('.p3')!)).toBe(false);
  });
  it("never takes such a block's price for the page's, whatever the block's class", () => {
    const p = product(
      '<div class="col"><h1>Taladro percutor 650 W</h1><p class="importe">24,95 €</p>' +
        '<div class="bloque-extra"><h2>Productos relacionados</h2><div class="fila"><div class="item"><span class="price">7,50 €</span></div></div></div></div>',
    );
    expect(p?.price).toBe(24.95);
  });
});

describe('item ids', () => {
  it("reads a deal page's id in the URL", () => {
    expect(itemIdFromUrl(new URL('https://front.wemakeprice.example.com/deal/623456789'))).toBe('623456789');
    expect(itemIdFromUrl(new URL('https://shop.example.com/deals/summer-sale'))).toBeNull();
  });
  it('takes the shop\'s "Код товара" over the article ("Артикул") wherever both stand', () => {
    const spec = identifiersFromSpecs([
      ['Артикул', '915000'],
      ['Код товара', '248731'],
    ]);
    expect([spec.sku, spec.skuYields]).toEqual(['248731', false]);
    const alone = identifiersFromSpecs([['Артикул', '915000']]);
    expect([alone.sku, alone.skuYields]).toEqual(['915000', true]);
    const page = (rows: string) =>
      product(`<div class="detail"><h1>Дрель ударная 650 Вт</h1>${rows}<div class="price">4 990 ₽</div></div>`)?.sku;
    expect(page('<div>Артикул: KR-3315</div><div>Код товара: 1043377</div>')).toBe('1043377');
    expect(page('<div>Код товара: 1043377</div><dl><dt>Артикул</dt><dd>KR-3315</dd></dl>')).toBe('1043377');
    expect(page('<div>Артикул: KR-3315</div>')).toBe('KR-3315');
  });
  it("takes the number a VTEX page labels over the platform's internal sku", () => {
    const nodes: Json[] = [
      { '@type': 'Product', name: 'Martelo', sku: '118', gtin: '7891234567895', offers: { price: '49.9' } },
    ];
    const vtex = new URL('https://loja.example.com.br/martelo-de-unha-27-mm/p');
    const other = new URL('https://loja.example.com.br/produto/martelo-de-unha-27-mm');
    expect(shownOverDeclared('118', nodes, () => 'MTL-27-UN', vtex)).toBe('MTL-27-UN');
    expect(shownOverDeclared('118', nodes, () => '20234567', vtex)).toBe('20234567');
    // The declared barcode shown is no item id; elsewhere the declared sku stands.
    expect(shownOverDeclared('118', nodes, () => '7891234567895', vtex)).toBe('118');
    expect(shownOverDeclared('118', nodes, () => 'MTL-27-UN', other)).toBe('118');
    expect(declaresPlainSku(nodes, vtex)).toBe(false);
    expect(declaresPlainSku(nodes, other)).toBe(true);
  });
});

describe('stock', () => {
  it("reads an AggregateOffer's stock from its offers when it states only its price", () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org/',
      '@type': 'Product',
      name: 'Martelo de Unha 27 mm',
      sku: '118',
      offers: {
        '@type': 'AggregateOffer',
        lowPrice: 49.9,
        highPrice: 49.9,
        priceCurrency: 'BRL',
        offerCount: 1,
        offers: [{ '@type': 'Offer', price: 49.9, priceCurrency: 'BRL', availability: 'http://schema.org/InStock' }],
      },
    });
    const p = extractPage(
      parseDocument(
        `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><h1>Martelo de Unha 27 mm</h1></body></html>`,
      ),
      'https://loja.example.com.br/martelo/p',
    ).product;
    expect([p?.price, p?.availability]).toEqual([49.9, 'InStock']);
  });
});

describe('the reconstructed pages of round 23', () => {
  eachPageHasItsFields(join(__dirname, '../../tests/fixtures/reconstructed-r23'));
});
