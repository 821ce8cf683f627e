/**
 * Round 17, second wave (#10): the classes the first wave left open (its report; pages in
 * tests/fixtures/reconstructed-r17b and reconstructed-r17c), one test per rule. Each fails without
 * its rule.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '..';
import { parseDocument } from '../load';
import { findTitleElement } from './dom';
import { indexPage } from './page-index';
import { findVisiblePrice } from './price';
import { itemIdFromText, itemIdFromUrl } from './item-id';
import { CONDITIONAL_PRICE_TEXT } from '../words';

function visible(body: string, host: string, lang: string) {
  const idx = indexPage(parseDocument(`<html lang="${lang}"><body>${body}</body></html>`));
  return findVisiblePrice(idx, findTitleElement(idx), { host });
}

const page = (body: string, url: string, lang: string) =>
  extractPage(parseDocument(`<html lang="${lang}"><body>${body}</body></html>`), url);

function idOf(body: string, shopNames: string[]): string | null {
  const idx = indexPage(parseDocument(`<html><body>${body}</body></html>`));
  return itemIdFromText(idx, findTitleElement(idx), shopNames);
}

describe('an item-number label naming the shop', () => {
  it.each([
    ['<span>Kod x-kom: 1234567</span> <span>Kod producenta: 90NR0H10-M00060</span>', ['x-kom'], '1234567'],
    ['<div>Artikelnummer Galaxus: 23456789</div>', ['galaxus', 'Galaxus'], '23456789'],
    ['<span class="product-id">Código Falabella: 881234568</span>', ['falabella'], '881234568'],
    // og:site_name with a space, the value in its own element.
    ['<dl><dt>Kod Media Expert:</dt><dd>1183456</dd></dl>', ['mediaexpert', 'Media Expert'], '1183456'],
  ])('%s -> %s', (line, names, id) => {
    const body = `<div><div><h1>Router ASUS RT-AX58U</h1>${line}<div>1 299,00 zł</div></div></div>`;
    expect(idOf(body, names)).toBe(id);
  });

  it('reads the shop name from the host or og:site_name in a whole extraction', () => {
    const body =
      '<div><h1>Samsung Galaxy Tab S9 FE</h1><p>Artikelnummer Cyberport: 2E12-345</p><div>569,00 €</div></div>';
    const head = '<meta property="og:site_name" content="Cyberport">';
    const doc = parseDocument(`<html lang="de"><head>${head}</head><body>${body}</body></html>`);
    expect(extractPage(doc, 'https://www.shop.example/?DEEP=2E12-345').product?.sku).toBe('2E12-345');
    const plain = parseDocument(`<html lang="de"><body>${body}</body></html>`);
    expect(extractPage(plain, 'https://www.cyberport.de/?DEEP=2E12-345').product?.sku).toBe('2E12-345');
  });

  it('drops only a shop name, and only before a colon', () => {
    const body = (line: string) => `<div><div><h1>Router ASUS RT-AX58U</h1><span>${line}</span></div></div>`;
    // Another word between the label and the colon is no label of the shop's number.
    expect(idOf(body('Kod rabatowy: ABC123'), ['x-kom'])).toBeNull();
    // A shop name after the value is no part of a label.
    expect(idOf(body('Kod 5000 x-kom: 12'), ['x-kom'])).toBe('5000');
    expect(idOf(body('Kod x-kom: 1234567'), [])).toBeNull();
  });
});

describe('the item id in the URL', () => {
  it.each([
    // Cdiscount: "f-<category>-<product id>", the id a brand prefix and an EAN.
    ['https://www.cdiscount.com/informatique/pc/asus-vivobook-15/f-1070992-asu4711387123456.html', 'asu4711387123456'],
    ['https://www.cdiscount.com/maison/x/f-1176111-mp12345678.html', 'mp12345678'],
    // An id opening the last segment after "/p/" and categories (Bukalapak, x-kom).
    ['https://www.bukalapak.com/p/rumah-tangga/peralatan-dapur/3kqv9wz-jual-panci-presto-8-liter', '3kqv9wz'],
    ['https://www.x-kom.pl/p/1234567-router-asus-rt-ax58u-1800mb-s-a-b-g-n-ax.html', '1234567'],
    // Coupang: the product in the path, not the option (?itemId) nor the seller's offer (?vendorItemId).
    ['https://www.coupang.com/vp/products/6123456789?itemId=14123456789&vendorItemId=81234567890', '6123456789'],
    // Mercado Libre: the item as its own fields write it ("MLM2012345678"), not the URL's "MLM-".
    ['https://articulo.mercadolibre.com.mx/MLM-2012345678-licuadora-oster-_JM', 'MLM2012345678'],
    // Without a product id in the path, ?itemId is the item.
    ['https://shop.example/goods/view?itemId=1234567', '1234567'],
  ])('%s -> %s', (u, id) => {
    expect(itemIdFromUrl(new URL(u))).toBe(id);
  });

  it.each([
    // Few digits: a model in a slug ("bt500"), not a Cdiscount product id.
    'https://www.electroplus.example.fr/casque-audio-bt-500/f-1060101-bt500.html',
    // A quantity or a model opening a slug.
    'https://shop.example/p/1000w-stand-mixer-silver',
    'https://shop.example/p/rtx4090-gaming-card-24gb',
    // No product word before it.
    'https://shop.example/blog/3kqv9wz-jual-panci-presto',
  ])('%s has none', (u) => {
    expect(itemIdFromUrl(new URL(u))).toBeNull();
  });
});

describe('a price named by a wallet or pay-later brand', () => {
  it.each([
    [
      '<div><h1>Пылесос Dreame V12 Pro</h1></div><div><div><span class="a">12 340 ₽</span> <span>с Яндекс Пэй</span></div><div><span class="b">12 990 ₽</span> <s>15 990 ₽</s></div></div>',
      'market.yandex.ru',
      'ru',
      12990,
    ],
    [
      '<div><h1>Электрический чайник Xiaomi</h1></div><div><div><span class="a">8 490 ₽ с Яндекс Пэй</span></div><div><span class="b">8 990 ₽</span></div></div>',
      'market.yandex.ru',
      'ru',
      8990,
    ],
    [
      '<div><h1>Licuadora Oster Xpert</h1></div><div><div><span class="a">$ 1,234</span> <span>con Mercado Pago</span></div><div><span class="b">$ 1,299</span></div></div>',
      'articulo.mercadolibre.com.mx',
      'es-MX',
      1299,
    ],
    [
      '<div><h1>Samsung Galaxy Tab S9 FE</h1></div><div><div><span class="a">549,00 €</span> <span>mit PayPal</span></div><div><span class="b">569,00 €</span></div></div>',
      'www.shop.de',
      'de',
      569,
    ],
    [
      '<div><h1>Dyson V8 Absolute</h1></div><div><div><span class="a">£279.00</span> <span>with Klarna</span></div><div><span class="b">£299.00</span></div></div>',
      'www.shop.co.uk',
      'en-GB',
      299,
    ],
  ])('%#', (body, host, lang, price) => {
    expect(visible(body, host, lang)?.price).toBe(price);
  });

  it('keeps a Pix price, the cash price any buyer in Brazil can pay, out of the conditions', () => {
    expect(CONDITIONAL_PRICE_TEXT.test('R$ 314,91 no Pix')).toBe(false);
    expect(CONDITIONAL_PRICE_TEXT.test('à vista no PIX')).toBe(false);
  });
});

describe('spec rows naming the brand, the model and the condition in more languages', () => {
  const specs = (rows: [string, string][], lang: string) => {
    const body =
      '<div><h1>Ekspres ciśnieniowy ECAM 22.110.B</h1><div class="price">1 299,00 zł</div><button>Dodaj do koszyka</button></div>' +
      `<table>${rows.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;
    return page(body, 'https://shop.example/p/ekspres', lang).product;
  };
  it.each([
    [
      'pl',
      [
        ['Marka', 'DeLonghi'],
        ['Stan', 'Nowy'],
      ],
      { brand: 'DeLonghi', condition: 'new' },
    ],
    [
      'ru',
      [
        ['Производитель', 'Bosch'],
        ['Модель', 'BGS05A220'],
        ['Состояние', 'Новый'],
      ],
      { brand: 'Bosch', mpn: 'BGS05A220', condition: 'new' },
    ],
    [
      'uk',
      [
        ['Бренд', 'Tefal'],
        ['Модель', 'KO8501'],
      ],
      { brand: 'Tefal', mpn: 'KO8501' },
    ],
    [
      'ko',
      [
        ['브랜드', '포근한침구'],
        ['모델명', 'PG-Q100'],
        ['상품상태', '새상품'],
      ],
      { brand: '포근한침구', mpn: 'PG-Q100', condition: 'new' },
    ],
    [
      'zh-TW',
      [
        ['品牌名稱', '象印'],
        ['型號', 'NP-ZAF10'],
        ['商品狀態', '二手'],
      ],
      { brand: '象印', mpn: 'NP-ZAF10', condition: 'used' },
    ],
    [
      'cs',
      [
        ['Značka', 'GlasKraft'],
        ['Stav', 'Použité'],
      ],
      { brand: 'GlasKraft', condition: 'used' },
    ],
  ] as [string, [string, string][], Record<string, string>][])('%s', (lang, rows, want) => {
    expect(specs(rows, lang)).toMatchObject(want);
  });

  it('reads each header/value pair of a row holding two or three, and no pair from a row of four values', () => {
    const body = (rows: string) =>
      `<div><h1>국산 면 100% 사계절 차렵이불 퀸</h1><div class="price">29,900원</div><button>구매하기</button></div><table>${rows}</table>`;
    const grid = page(
      body(
        '<tr><th>상품번호</th><td>8912345670</td><th>상품상태</th><td>새상품</td></tr>' +
          '<tr><th>제조사</th><td>포근한침구 협력업체</td><th>브랜드</th><td>포근한침구</td></tr>' +
          '<tr><th>원산지</th><td>국산</td><th>모델명</th><td>PG-Q100</td><th>색상</th><td>화이트</td></tr>',
      ),
      'https://smartstore.shop.example/main/products/8912345670',
      'ko',
    ).product;
    expect(grid).toMatchObject({ brand: '포근한침구', mpn: 'PG-Q100', condition: 'new' });
    const data = page(
      body('<tr><td>Brand</td><td>Acme</td><td>Model</td><td>X1</td></tr>'),
      'https://shop.example/p/x',
      'en',
    ).product;
    expect(data?.brand ?? null).toBeNull();
  });
});
