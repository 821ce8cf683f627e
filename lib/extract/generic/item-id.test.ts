import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { findTitleElement } from './dom';
import { itemIdFromAttributes, itemIdFromText, itemIdFromUrl } from './item-id';
import { indexPage } from './page-index';

function fromPage(body: string): string | null {
  const idx = indexPage(parseDocument(`<html><body>${body}</body></html>`));
  return itemIdFromText(idx, findTitleElement(idx));
}

describe('itemIdFromUrl', () => {
  it.each([
    ['https://www.ebay.co.uk/itm/144278067683', '144278067683'],
    ['https://www.ebay.com/itm/Apple-iPhone-13/1234567890?hash=x', '1234567890'],
    ['https://shop.example.com/Prod/12345/', '12345'],
    ['https://24h.pchome.com.tw/prod/DYAJ4T-A900ABCDE', 'DYAJ4T-A900ABCDE'],
    ['https://www.kleinanzeigen.example/s-anzeige/sofa/1234567890.html', '1234567890'],
    ['https://www.shop.example/catalog/product.php?pid=123456', '123456'],
    ['https://deal.example.co.kr/item?itemno=2048163577', '2048163577'],
    ['https://www.shop.example/goods/view?goodsNo=1000012345', '1000012345'],
    ['https://oscommerce.example/garden-chair-p-12345.html', '12345'],
    ['https://www.microcenter.com/product/698072/womier-keyboard', '698072'],
    ['https://www.amazon.com/Gorilla-Tape/dp/B00N150YS4', 'B00N150YS4'],
    ['https://www.etsy.com/es/listing/550571276/el-original', '550571276'],
    ['https://www.overstock.com/Home-Garden/Plates/29099468/product.html', '29099468'],
    // Round 4: marketplace patterns without ".html", a slug ending in the id, "/p<digits>".
    ['https://www.pazaryeri.example.com.tr/termosan/celik-termos-1-l-siyah-p-123456789', '123456789'],
    ['https://www.hepsi.example.com.tr/dyson-v12-p-HBCV00001ABCD', 'HBCV00001ABCD'],
    ['https://nhaxanh.example.vn/may-loc-khong-khi-airpure-300-p275839104.html', '275839104'],
    ['https://matjar.example.sa/ar/vacuum/p123456789', '123456789'],
    ['https://market.example.kz/shop/p/dyson-v12-detect-slim-seryi-108123456/', '108123456'],
    ['https://www.ozon.example.ru/product/utyug-polaris-pir-2888ak-1234567890/', '1234567890'],
    // Round 16 (the lead's blind set): Lazada and Daraz write the item, then the SKU variant.
    ['https://www.daraz.example.pk/products/m10-tws-earbuds-i123456789-s1234567890.html', '123456789'],
    ['https://shop.example/products/t-shirt-p-xl', null],
    ['https://shop.example/product/winter-jacket-2024/', null],
    // Slugs are not ids, even with a digit in them.
    ['https://tea.example.jp/products/sencha-100g', null],
    ['https://shop.example/products/merino-wool-beanie', null],
    ['https://shop.example/item/towel-2p.html', null],
    ['https://shop.example/blog/2024/05/post', null],
    // Round 23 (item id): Shopee's app links, the item after its shop; Cafe24's SEO URL; MakeShop.
    ['https://shopee.example.vn/product/345678901/22345678901?sp_atk=5f1c2a', '22345678901'],
    ['https://www.shop.example.co.kr/product/린넨-셔츠/1287/category/42/display/1/', '1287'],
    ['https://www.shop.example.co.kr/product/detail.html?product_no=1287&cate_no=42', '1287'],
    ['https://www.shop.example.jp/shopdetail/000000001234/ct45/page1/order/', '000000001234'],
    // EC-CUBE, 91APP, Prom, Empik, Shoper, Ecwid: each platform's product URL.
    ['https://www.shop.example.jp/products/detail/1234', '1234'],
    ['https://www.shop.example.tw/SalePage/Index/7654321', '7654321'],
    ['https://prom.example.ua/p1234567890-nabir-kastrul.html', '1234567890'],
    ['https://www.empik.example/harry-potter,p1234567,ksiazka-p', '1234567'],
    ['https://sklep.example.pl/pl/p/Kubek-ceramiczny-300-ml/1234', '1234'],
    ['https://shop.example/store/Cool-Mug-p123456789', '123456789'],
    ['https://www.shop.example.kr/shop/shopdetail.html?branduid=123456&xcode=001', '123456'],
    // A number, then a word closing the path that names the product page.
    ['https://www.shop.example.ru/catalog/123456789/detail.aspx', '123456789'],
    ['https://www.shop.example.in/tshirts/roadster/roadster-men-black-tshirt/1234567/buy', '1234567'],
    ['https://www.shop.example.cz/apple-iphone-15/123456/produkt', '123456'],
    ['https://shop.example/category/2024/product', null],
    // "/pdp/", "/cpd/" as product words; a five-digit id after the slug.
    ['https://www.shop.example.mx/tienda/pdp/smart-tv-samsung-55/1234567890', '1234567890'],
    ['https://www.shop.example.ro/telefon-apple-iphone-15/cpd/SMTIP15128BK/', 'SMTIP15128BK'],
    ['https://www.shop.example.ar/p/heladera-samsung/12345', '12345'],
    // A slug of words closing in six to eleven digits, never a barcode or a quantity.
    ['https://www.shop.example.ng/generic-mens-sneakers-123456789.html', '123456789'],
    ['https://shop.example/tv-55-2024-5901234567890.html', null],
    ['https://shop.example/kettle-1-7l-2200w-123456.html', null],
    ['https://shop.example/laptop-i7-16gb-2024.html', null],
    // Numbers that are not ids: a category id, a year, a size, a page number, tracking values.
    ['https://www.shop.example.fr/c/1234/perceuse-visseuse-18v-2024?page=2&utm_id=5512345&srsltid=AfmB0or8123', null],
    ['https://www.shop.example.se/p/ullfilt-gra-150x200-48213', null],
    ['https://www.shop.example.com.tr/espresso-kahve-makinesi-2024-model', null],
    ['https://www.shop.example.cz/sekacka-38-cm?utm_source=heureka&utm_id=55123', null],
    // A Shopify variant id is the platform's variant key, not the shop's item number.
    ['https://www.shop.example.no/products/ullgenser-marius?variant=43123456789012', null],
  ])('%s -> %s', (url, id) => {
    expect(itemIdFromUrl(new URL(url))).toBe(id);
  });

  it("takes a short number closing the slug only where the page's app state names it the product's id", () => {
    const url = new URL('https://www.shop.example.se/p/ullfilt-gra-150x200-48213');
    expect(itemIdFromUrl(url, '48213')).toBe('48213');
    expect(itemIdFromUrl(url, '312')).toBeNull();
    expect(itemIdFromUrl(url, null)).toBeNull();
    expect(itemIdFromUrl(new URL('https://www.shop.example/p/powerbank-20000'), 'pb-20000')).toBeNull();
    // A structured id elsewhere in the URL wins over the state's.
    expect(itemIdFromUrl(new URL('https://www.shop.example/p/slug-48213?pid=77001'), '48213')).toBe('77001');
  });
});

describe('itemIdFromText', () => {
  it.each([
    ['<p>Art.-Nr. 4711503</p>', '4711503'],
    ['<p class="code">Product code: 812/3457</p>', '812/3457'],
    ['<div>Kód: 0123/456</div>', '0123/456'],
    ['<div><span>Artikelnummer</span><span>AB-1234-X</span></div>', 'AB-1234-X'],
    [
      '<div><span class="l">Código</span><span class="s">: </span><span class="v">ZR-2291-NE</span></div>',
      'ZR-2291-NE',
    ],
    ['<div class="box__code">상품번호 : 2048163577</div>', '2048163577'],
    ['<div>商品編號：TH-500-GR</div>', 'TH-500-GR'],
    ['<div><span>Артикул: </span><span>VT-7009-BK</span></div>', 'VT-7009-BK'],
    ['<p>Réf. 48211.</p>', '48211'],
    ['<li>Κωδικός προϊόντος: 40-2217</li>', '40-2217'],
    ['<div class="product-sku">מק"ט: <span class="value">7290114</span></div>', '7290114'],
    ['<div class="sku">رمز المنتج: <span>VC-250-AR</span></div>', 'VC-250-AR'],
    ['<p>Kode Produk: RC-18D-ID</p>', 'RC-18D-ID'],
    ['<p>Mã sản phẩm: 1180022</p>', '1180022'],
    // Round 23 (item id): the Portuguese article number, after the maker's reference.
    ['<p>Ref. fabricante: BP-650-PT</p><p>Nº de artigo: 7123456</p>', '7123456'],
    ['<p>N.º de artigo: 0412/33</p>', '0412/33'],
    // Malay, Kazakh, Azerbaijani, Georgian, Albanian, Macedonian; Hebrew's other spellings of "מק"ט".
    ['<p>Kod Produk: KP-0412</p>', 'KP-0412'],
    ['<p>Тауар коды: 123456</p>', '123456'],
    ['<p>Məhsul kodu: MK-7781</p>', 'MK-7781'],
    ['<p>პროდუქტის კოდი: 50123</p>', '50123'],
    ['<p>Kodi i produktit: KP-88123</p>', 'KP-88123'],
    ["<p>מק''ט: 0412-33</p>", '0412-33'],
    ['<p>מקט: 041233</p>', '041233'],
    // Belarusian, Uzbek, Armenian, Mongolian; the shop's internal code; longer names of its number.
    ['<p>Код тавару: 00123</p>', '00123'],
    ['<p>Mahsulot kodi: MK-4410</p>', 'MK-4410'],
    ['<p>Ապրանքի կոդ: 88123</p>', '88123'],
    ['<p>Барааны код: 1002345</p>', '1002345'],
    ['<p>Código interno: 004512</p>', '004512'],
    ['<p>Kód zboží: KZ-123</p>', 'KZ-123'],
    ['<p>Numer produktu: 40-123</p>', '40-123'],
    ['<p>Mã hàng hóa: HH-0412</p>', 'HH-0412'],
    // A number in groups of three, as shown; an amount stays none.
    ['<p>Cikkszám: 123 456</p>', '123 456'],
    ['<p>Kód: 12 345 Ft</p>', null],
    // A catalogue retailer's number, as shown (not the URL's digits).
    ['<span class="product-catalogue-number">Cat. no. 123/4567</span>', '123/4567'],
  ])('%s -> %s', (html, id) => {
    expect(
      fromPage(`<main><h1>Akku-Schrauber 12V</h1><div class="info">${html}<button>Buy</button></div></main>`),
    ).toBe(id);
  });

  it('ignores labels in carousels and footers, and words without digits', () => {
    expect(
      fromPage(
        '<main><h1>Lamp</h1><p>Reference: see below</p><div class="related"><p>Art.-Nr. 999999</p></div></main>',
      ),
    ).toBeNull();
    expect(fromPage('<main><h1>Lamp</h1></main><footer><p>Item no. 123456</p></footer>')).toBeNull();
  });
});

describe('itemIdFromAttributes', () => {
  const around = (html: string) => {
    const idx = indexPage(parseDocument(`<html><body>${html}</body></html>`));
    return itemIdFromAttributes(findTitleElement(idx));
  };
  it("reads SFCC's data-pid (or data-sku) on the product box around the title", () => {
    expect(around('<div class="product-detail" data-pid="WJ2291NVY"><div><h1>Rain Jacket</h1></div></div>')).toBe(
      'WJ2291NVY',
    );
    expect(around('<div data-sku="AB-1234"><h1>Rain Jacket</h1></div>')).toBe('AB-1234');
  });
  it('ignores data-product-id (a database row number) and ids elsewhere on the page', () => {
    expect(around('<div data-product-id="48213"><h1>Rain Jacket</h1></div>')).toBeNull();
    expect(around('<div><h1>Rain Jacket</h1></div><div class="recs" data-pid="WJ1180BLK"></div>')).toBeNull();
  });
});
