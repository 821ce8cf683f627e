/**
 * Round 24 (#10, extraction round 2): the classes of the blind-r23 development pages. Each has a
 * reconstructed page in tests/fixtures/reconstructed-r24 and a unit test here that fails without
 * its rule.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eachPageHasItsFields } from '../../tests/extract/folder-fields';
import { parseDocument } from './load';
import { extractPage } from './index';
import { productFromJsonLd, productImagesFromJsonLd, type Json } from './generic/jsonld';
import { itemIdFromUrl } from './generic/item-id';
import { stockSaid } from './generic/stock-count';
import { ITEM_ID_IN_TEXT, NOT_ITEM_PRICE } from './words';
import { parseMoney } from './money';
import { NATIVE_DIGIT, NATIVE_ZEROS, nativeDigitsAsAscii } from './native-digits';
import { MONEY_DIGIT } from './generic/price';

const page = (html: string, url = 'https://shop.example.com/x', head = '') =>
  extractPage(parseDocument(`<!doctype html><html><head>${head}</head><body>${html}</body></html>`), url).product;

describe('reconstructed round-24 pages: every expected field', () => {
  eachPageHasItsFields(join(__dirname, '../../tests/fixtures/reconstructed-r24'));
});

describe("a card's billing discount is a conditional price", () => {
  it('reads the Korean, Uzbek and Kazakh words as not the price every buyer pays', () => {
    for (const t of ['KB국민카드 10% 청구할인 시', '삼성카드 청구 할인', 'Uzum karta bilan', 'Kaspi картасымен'])
      expect(NOT_ITEM_PRICE.test(t), t).toBe(true);
  });
  it('keeps the sale price beside a card price after it', () => {
    const p = page(
      '<main><h1>전기포트 1.7L</h1><div class="p"><del>49,900원</del><strong><span>32,900</span><span>원</span></strong></div><div class="c">신한카드 7% 청구할인 시 <b>30,597원</b></div><button>구매하기</button></main>',
    );
    expect(p?.price).toBe(32900);
  });
});

describe('stock words of Hong Kong, Uzbek and Kazakh shops', () => {
  it('reads "有貨" as in stock and the Chinese "no goods" words as out of stock', () => {
    expect(stockSaid('網店存貨：有貨')).toBe('InStock');
    for (const t of ['網店存貨：沒有貨', '暫無存貨', '无货', '沒有庫存']) expect(stockSaid(t), t).toBe('OutOfStock');
  });
  it('reads Uzbek and Kazakh counts and words', () => {
    expect(stockSaid('Sotuvda 28 dona bor')).toBe('InStock');
    expect(stockSaid('Omborda 12 dona qoldi')).toBe('InStock');
    expect(stockSaid('3 dona qoldi')).toBe('InStock');
    expect(stockSaid("Sotuvda yo'q")).toBe('OutOfStock');
    expect(stockSaid('Mavjud emas')).toBe('OutOfStock');
    expect(stockSaid('Қоймада бар')).toBe('InStock');
    expect(stockSaid('Қоймада жоқ')).toBe('OutOfStock');
  });
});

describe("Magento's stock line beside the sku's box", () => {
  const magento = (stock: string) =>
    `<div class="product-info-main"><h1 class="page-title">Κούπα 350 ml</h1><div class="price-box"><span class="price">8,90 €</span></div><div class="product-info-stock-sku">${stock}<div class="product attribute sku"><strong class="type">Κωδικός</strong> <div class="value">KP-350</div></div></div></div>`;
  it("is the page's stock line, not a sold-out option of a picker", () => {
    expect(page(magento('<div class="stock unavailable"><span>Out of stock</span></div>'))?.availability).toBe(
      'OutOfStock',
    );
    expect(page(magento('<div class="stock available"><span>In stock</span></div>'))?.availability).toBe('InStock');
  });
  it('leaves a sold-out size marked unavailable to its variant', () => {
    const p = page(
      '<main><h1>Shirt</h1><div class="price">$20.00</div><div class="swatches"><span class="size unavailable">S sold out</span><span class="size">M</span><span class="size">L</span></div><button>Add to cart</button></main>',
    );
    expect(p?.availability).not.toBe('OutOfStock');
  });
});

describe("the sku of the offer the URL's variant selects", () => {
  const nodes: Json[] = [
    {
      '@type': 'Product',
      name: 'Uldplaid',
      offers: [
        {
          '@type': 'Offer',
          sku: 'A-130',
          price: '599',
          priceCurrency: 'DKK',
          url: 'https://s.example/products/u?variant=1',
        },
        {
          '@type': 'Offer',
          sku: 'A-150',
          price: '699',
          priceCurrency: 'DKK',
          url: 'https://s.example/products/u?variant=2',
        },
      ],
    },
  ];
  it("reads the selected offer's sku, and none where no offer is selected", () => {
    expect(productFromJsonLd(nodes, new URL('https://s.example/products/u?variant=2'))?.sku).toBe('A-150');
    expect(productFromJsonLd(nodes, new URL('https://s.example/products/u'))?.sku).toBeNull();
  });
});

describe('the item id in the URL', () => {
  const url = (p: string) => new URL(`https://shop.example.com${p}`);
  it("is the one number of the path that the product's declared images repeat", () => {
    const imgs = () => ['https://cdn.example.com/produkty/4471203/nordi-1.jpg'];
    expect(itemIdFromUrl(url('/lampy/4471203-lampa-biurkowa-led'), null, imgs)).toBe('4471203');
    expect(itemIdFromUrl(url('/lampy/4471203-lampa-biurkowa-led'))).toBeNull();
    expect(
      itemIdFromUrl(url('/s/31245678/Gaia-Olive-Oil-1lt.html'), null, () => [
        'https://i.example/031245/31245678/m.jpeg',
      ]),
    ).toBe('31245678');
    // Two numbers shared: which is the item's is unknown.
    expect(
      itemIdFromUrl(url('/c/123456/lampa-4471203'), null, () => ['https://i.example/123456/4471203.jpg']),
    ).toBeNull();
  });
  it('reads the declared images from JSON-LD (URLs and ImageObjects) and og:image', () => {
    expect(
      productImagesFromJsonLd([
        { '@type': 'Product', image: [{ '@type': 'ImageObject', url: 'https://a/1.jpg' }, 'https://a/2.jpg'] },
      ]),
    ).toEqual(['https://a/1.jpg', 'https://a/2.jpg']);
    const p = page(
      '<main><h1>Lampa Nordi</h1><div class="price">149,99 zł</div></main>',
      'https://shop.example.pl/lampy/4471203-lampa-nordi',
      '<meta property="og:image" content="https://cdn.example.pl/p/4471203/1.jpg"><script type="application/ld+json">{"@type":"Product","name":"Lampa Nordi","offers":{"@type":"Offer","price":"149.99","priceCurrency":"PLN"}}</script>',
    );
    expect(p?.sku).toBe('4471203');
  });
  it('is the number of a path of one word and a number', () => {
    expect(itemIdFromUrl(url('/bok/7001234/'))).toBe('7001234');
    expect(itemIdFromUrl(url('/basic/2013120612345/'))).toBe('2013120612345');
    expect(itemIdFromUrl(url('/bok/12345/'))).toBeNull();
    expect(itemIdFromUrl(url('/sv/bok/7001234/'))).toBeNull();
  });
});

describe("Hong Kong's item-number label", () => {
  it('reads "貨品編號"', () => {
    expect(ITEM_ID_IN_TEXT.exec('貨品編號：3021458')?.[1]).toBe('3021458');
  });
});

describe('prices in Indic and Thai digits', () => {
  it('knows the ten digits from each zero, in both regex literals, and nothing around them', () => {
    for (const z of NATIVE_ZEROS) {
      for (let d = 0; d <= 9; d++) {
        const c = String.fromCharCode(z + d);
        expect(NATIVE_DIGIT.test(c) && MONEY_DIGIT.test(c), c).toBe(true);
        expect(nativeDigitsAsAscii(c)).toBe(String(d));
      }
      expect(NATIVE_DIGIT.test(String.fromCharCode(z + 10)) || MONEY_DIGIT.test(String.fromCharCode(z + 10))).toBe(
        false,
      );
    }
  });
  it('reads Bengali, Devanagari and Thai digits as the ASCII ones', () => {
    expect(parseMoney('৳ ১,২৫০')).toEqual({ amount: 1250, currency: 'BDT' });
    expect(parseMoney('₹ १,२९९.५०')).toEqual({ amount: 1299.5, currency: 'INR' });
    expect(parseMoney('฿๑,๒๙๐')).toEqual({ amount: 1290, currency: 'THB' });
    expect(nativeDigitsAsAscii('১২৫০ টাকা')).toBe('1250 টাকা');
  });
  it('finds the price a page prints in Bengali digits, and its stock line', () => {
    const p = page(
      '<main><h1>জামদানি শাড়ি লাল</h1><div class="price">৳ ১,২৫০</div><div class="stock">স্টকে আছে</div><button>কার্টে যোগ করুন</button></main>',
      'https://shop.example.com.bd/p/x',
    );
    expect(p?.price).toBe(1250);
    expect(p?.currency).toBe('BDT');
    expect(p?.availability).toBe('InStock');
    expect(stockSaid('স্টকে নেই')).toBe('OutOfStock');
  });
});

describe('an item id after a label', () => {
  const sku = (line: string) =>
    page(`<main><h1>Fúrógép GSB 18V</h1><div class="price">39 990 Ft</div>${line}</main>`, 'https://shop.example.hu/x')
      ?.sku ?? null;
  it('is written as shown in two parts ("123 4567"), not a number and a unit', () => {
    expect(sku('<p>Cikkszám: 123 4567</p>')).toBe('123 4567');
    expect(sku('<p>Cikkszám: 1234 567</p>')).toBe('1234 567');
    expect(sku('<p><span>Art.-Nr.</span><span>123 4567</span></p>')).toBe('123 4567');
    expect(sku('<p>Art.-Nr.: 4711 1000 ml</p>')).toBe('4711');
  });
  it('is not the maker\'s number ("Gyártói cikkszám", "Manufacturer SKU"): that is the MPN', () => {
    const p = page(
      '<main><h1>Fúrógép GSB 18V</h1><div class="price">39 990 Ft</div><ul><li>Gyártói cikkszám: 06019H1108</li><li>Cikkszám: 123456</li></ul></main>',
      'https://shop.example.hu/x',
    );
    expect(p?.sku).toBe('123456');
    expect(p?.mpn).toBe('06019H1108');
    expect(sku('<p>Gyártói cikkszám: 06019H1108</p>')).toBeNull();
    expect(sku('<p>Manufacturer SKU: 06019H1108 | SKU: BO-7781</p>')).toBe('BO-7781');
    expect(
      page(
        '<main><h1>Fúrógép</h1><div class="price">39 990 Ft</div><table><tr><th>Gyártói cikkszám</th><td>06019H1108</td></tr></table></main>',
        'https://shop.example.hu/x',
      )?.mpn,
    ).toBe('06019H1108');
  });
});
