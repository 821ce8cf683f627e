/**
 * Round 19 (#10): availability per variant, remaining-quantity and low-stock lines in every script,
 * pre-order and backorder lines, the shop's item id behind labels in the languages still missing,
 * and guards for the price classes (percentages and savings are no price; Arabic, Indian,
 * Vietnamese, Indonesian and Thai notations). The reconstructed pages are in
 * tests/fixtures/reconstructed-r19; each rule's test fails without it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '.';
import { parseDocument } from './load';
import { eachPageHasItsFields } from '../../tests/extract/folder-fields';
import { stockSaid } from './generic/stock-count';
import { productFromJsonState } from './generic/json-state';
import { indexPage } from './generic/page-index';
import { availabilityFromWords } from './generic/buy-button';
import { ITEM_ID_LABEL_MORE, LOW_STOCK, NEARLY_SOLD_OUT, ORDERABLE, type WordList } from './words';

const page = (body: string, lang: string, url = 'https://shop.example/p/123') =>
  extractPage(parseDocument(`<html lang="${lang}"><head><title>x</title></head><body>${body}</body></html>`), url)
    .product;

describe('round-19 word lists', () => {
  it('are lowercase, without duplicates inside a language', () => {
    const lists: WordList[] = [LOW_STOCK, NEARLY_SOLD_OUT, ORDERABLE, ITEM_ID_LABEL_MORE];
    for (const list of lists)
      for (const [lang, words] of Object.entries(list)) {
        expect(new Set(words).size, lang).toBe(words.length);
        for (const w of words) expect(w, lang).toBe(w.toLowerCase());
      }
  });

  it.each(Object.entries(LOW_STOCK).flatMap(([l, ws]) => ws.map((w) => [l, w])))('low stock (%s) "%s"', (_l, w) => {
    expect(stockSaid(w)).toBe('InStock');
  });
  it.each(Object.entries(NEARLY_SOLD_OUT).flatMap(([l, ws]) => ws.map((w) => [l, w])))(
    'nearly sold out (%s) "%s" is in stock, though it holds a sold-out word',
    (_l, w) => {
      expect(stockSaid(w)).toBe('InStock');
    },
  );
  it.each(Object.entries(ORDERABLE).flatMap(([l, ws]) => ws.map((w) => [l, w])))('orderable (%s) "%s"', (_l, w) => {
    expect(stockSaid(w)).toBe('InStock');
  });
});

/** A product block with a price, a stock line and a buy button; no structured data. */
const stockPage = (line: string) =>
  `<div class="wrap"><div class="info"><h1>Blender HR2221 700W</h1><div class="p"><span>129,00 €</span></div>` +
  `<div class="x">${line}</div><button>Kaufen</button></div></div>`;

describe('remaining-quantity and low-stock lines in every script', () => {
  it.each([
    ['en', 'Only 3 left'],
    ['de', 'Nur noch 2 auf Lager'],
    ['fr', 'Plus que 2 !'],
    ['ja', '残り3点'],
    ['zh', '仅剩2件'],
    ['zh', '库存紧张'],
    ['zh-TW', '庫存緊張'],
    ['ko', '남은수량 5개'],
    ['ko', '재고 3개'],
    ['ko', '품절임박'],
    ['pl', 'Ostatnie sztuki'],
    ['cs', 'Poslední kusy'],
    ['ru', 'Осталось 2 шт.'],
    ['ru', 'Осталось мало'],
    ['el', 'Τελευταία τεμάχια'],
    ['el', 'Μόνο 2 τεμάχια'],
    ['ro', 'Ultimele bucăți'],
    ['ar', 'بقي ٣ قطع فقط'],
    ['ar', 'الكمية المتبقية: ۲'],
    ['vi', 'Chỉ còn 2 sản phẩm'],
    ['vi', 'Sắp hết hàng'],
    ['id', 'Sisa 3'],
    ['th', 'เหลือเพียง 2 ชิ้น'],
    ['hi', 'केवल 2 बचे हैं'],
    ['tr', 'Sadece 2 adet kaldı'],
    ['de', 'Fast ausverkauft'],
  ])('%s "%s" -> InStock', (lang, line) => {
    expect(page(stockPage(`<span>${line}</span>`), lang)?.availability).toBe('InStock');
  });

  it.each([
    ['en', '0 left'],
    ['ko', '남은수량 0'],
    ['ar', 'الكمية المتبقية: ٠'],
    ['hi', 'स्टॉक में नहीं'],
  ])('%s "%s" -> OutOfStock', (lang, line) => {
    expect(page(stockPage(`<span>${line}</span>`), lang)?.availability).toBe('OutOfStock');
  });

  it.each([
    ['de', 'Noch 3 Tage'],
    ['fr', 'Plus que 2 jours'],
    ['vi', 'Chỉ còn 2 ngày'],
    ['id', 'Sisa 3 hari'],
    ['tr', 'Sadece 2 gün'],
    ['de', 'Liefertermin: 12.08.2026'],
  ])('%s "%s" says nothing about stock', (lang, line) => {
    expect(page(stockPage(`<span>${line}</span>`), lang)?.availability).toBe(null);
  });
});

describe('pre-order, backorder and made-to-order lines: in stock (the buyer can order it now)', () => {
  it.each([
    ['en', 'Available on backorder'],
    ['en', 'Pre-order'],
    ['pl', 'Na zamówienie'],
    ['ro', 'Disponibil la comandă'],
    ['fr', 'Disponible sur commande'],
    ['de', 'Vorbestellbar'],
    ['ru', 'Под заказ'],
    ['ja', '予約受付中'],
  ])('%s "%s" -> InStock', (lang, line) => {
    expect(page(stockPage(`<span>${line}</span>`), lang)?.availability).toBe('InStock');
  });
  it.each(['PRE_ORDER', 'BACKORDER', 'backorderable', 'presale'])(
    'an app state\'s stock status "%s" reads the same',
    (v) => {
      const state = { props: { pageProps: { product: { name: 'Lamp', price: 10, currency: 'EUR', stockStatus: v } } } };
      expect(productFromJsonState(JSON.stringify(state))?.availability).toBe('InStock');
    },
  );
  it('structured PreOrder and BackOrder read the same', () => {
    for (const v of ['https://schema.org/PreOrder', 'https://schema.org/BackOrder']) {
      const ld = `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'Product',
        name: 'Blender',
        offers: { '@type': 'Offer', price: '129.00', priceCurrency: 'EUR', availability: v },
      })}</script>`;
      expect(page(`${ld}<h1>Blender</h1>`, 'en')?.availability, v).toBe('InStock');
    }
  });
});

/** A product block with a variant picker, a price and an enabled buy button; no other stock line. */
const pickerPage = (picker: string) =>
  `<main><div class="product"><h1>Merino Crew Tee</h1><div class="price"><span>$48.00</span></div>` +
  `${picker}<button type="submit" name="add">Add to cart</button></div></main>`;

describe('availability per variant: one sold-out size never makes the page out of stock', () => {
  it.each([
    [
      'radios with labels (Shopify)',
      '<fieldset><legend>Size</legend><input type="radio" id="a" name="s" disabled><label for="a">XS <span class="visually-hidden">– Sold out</span></label><input type="radio" id="b" name="s"><label for="b">S</label><input type="radio" id="c" name="s"><label for="c">M</label></fieldset>',
    ],
    [
      'a select with a disabled option',
      '<div class="field"><select name="size"><option value="">Choose a size</option><option value="40">40</option><option value="42" disabled>Größe 42 ausverkauft</option></select></div>',
    ],
    [
      'disabled buttons (Zid-like)',
      '<div class="product-options"><label>Size</label><div class="opts"><button type="button">S</button><button type="button">M</button><button type="button" disabled>XL - Sold out</button></div></div>',
    ],
    [
      'list items named by size (Bitrix-like)',
      '<ul class="scu-list"><li>41</li><li class="notallowed">42 — Out of stock</li><li>43</li></ul>',
    ],
    [
      'a disabled link inside a list item (marketplace)',
      '<ul><li><a>1 TB</a></li><li><a aria-disabled="true">512 GB (Sold out)</a></li></ul>',
    ],
    [
      'swatches with aria-disabled (Magento)',
      '<div class="swatch-attribute size"><div class="swatch-option" role="option">S</div><div class="swatch-option disabled" role="option" aria-disabled="true">L – sold out</div></div>',
    ],
  ])('%s -> InStock', (_name, picker) => {
    expect(page(pickerPage(picker), 'en')?.availability).toBe('InStock');
  });

  it("marks decide where the picker has them: Dawn's hidden sold-out text is in every option's label", () => {
    const radios = (chosen: 'S' | 'M') =>
      '<fieldset><legend>Size</legend>' +
      `<input type="radio" id="o1" name="Size" value="S"${chosen === 'S' ? ' checked' : ''}><label for="o1">S<span class="visually-hidden">Variant sold out or unavailable</span></label>` +
      `<input type="radio" id="o2" name="Size" value="M" class="disabled"${chosen === 'M' ? ' checked' : ''}><label for="o2">M<span class="visually-hidden">Variant sold out or unavailable</span></label>` +
      '</fieldset>';
    const doc = (chosen: 'S' | 'M') => parseDocument(`<html><body>${pickerPage(radios(chosen))}</body></html>`);
    for (const [chosen, want] of [
      ['S', 'InStock'],
      ['M', 'OutOfStock'],
    ] as const) {
      const idx = indexPage(doc(chosen));
      expect(availabilityFromWords(idx, idx.h1s[0]!), chosen).toBe(want);
    }
  });

  it('the selected variant sold out: out of stock', () => {
    const picker =
      '<div class="field"><select name="size"><option value="40">40</option><option value="42" selected>42 – sold out</option></select></div>';
    expect(page(pickerPage(picker), 'en')?.availability).toBe('OutOfStock');
  });

  it('every variant sold out: out of stock', () => {
    const picker =
      '<ul class="sizes"><li class="disabled">S – Sold out</li><li class="disabled">M – Sold out</li></ul>';
    expect(page(pickerPage(picker).replace('<button', '<button disabled'), 'en')?.availability).toBe('OutOfStock');
  });

  it('a sold-out statement about the product is not an option', () => {
    const line = '<div class="info"><p>Sold out</p><p>We will restock in spring.</p></div>';
    expect(page(pickerPage(line).replace('<button', '<button disabled'), 'en')?.availability).toBe('OutOfStock');
  });

  it("a page's own stock line after a sold-out option wins", () => {
    const picker =
      '<div class="field"><select name="size"><option value="40">40</option><option value="42" disabled>42 – sold out</option></select></div><p class="note">Only 2 left</p>';
    expect(page(pickerPage(picker), 'en')?.availability).toBe('InStock');
  });
});

describe('percent and savings figures are no price', () => {
  const pricePage = (before: string, price: string, after: string) =>
    `<main><div class="product"><h1>Merino Crew Tee</h1><div class="price">${before}<span class="now">${price}</span>${after}</div><button>Add to cart</button></div></main>`;
  it.each([
    ['en', '<span class="badge">SAVE 25%</span>', '$48.00', '<p>You save $12.00</p>', 48],
    ['de', '<span>-30 %</span>', '79,95 €', '<p>Sie sparen 20,00 €</p>', 79.95],
    ['fr', '<span>-30 %</span>', '21,00 €', '<p>Économisez 9,00 €</p>', 21],
    ['ko', '<span>할인율 15%</span>', '12,900원', '', 12900],
    ['ja', '<span>30%OFF</span>', '¥4,980', '', 4980],
    ['zh-TW', '<span>省$500</span>', 'NT$2,490', '<span>83折</span>', 2490],
    ['ar', '<span>خصم ١٣٪</span>', '١٬٢٩٩٫٠٠ ر.س', '<p>وفّر ٢٠١ ر.س</p>', 1299],
  ])('%s: %s beside %s', (lang, before, price, after, want) => {
    expect(page(pricePage(before, price, after), lang)?.price).toBe(want);
  });
});

describe('the shop item id behind labels in the languages still missing', () => {
  const idPage = (label: string) =>
    `<main><div class="product"><h1>Merino Crew Tee</h1><div class="price"><span>48,00 €</span></div><p class="code">${label}: AB-12345</p><button>Add</button></div></main>`;
  it.each([
    ['hi', 'उत्पाद कोड'],
    ['hi', 'आइटम कोड'],
    ['fa', 'کد کالا'],
    ['fa', 'کد محصول'],
    ['sl', 'Šifra izdelka'],
    ['bg', 'Код на продукта'],
    ['bg', 'Каталожен номер'],
    ['el', 'Κωδικός είδους'],
    ['fi', 'Tuotenro'],
    ['no', 'Artikkelnummer'],
    ['sk', 'Kód tovaru'],
    ['tr', 'Ürün no'],
    ['ar', 'رقم الصنف'],
    ['ru', 'Арт.'],
  ])('%s "%s"', (lang, label) => {
    expect(page(idPage(label), lang, 'https://shop.example/p/tee')?.sku).toBe('AB-12345');
  });
});

describe('reconstructed round-19 pages: every expected field', () => {
  eachPageHasItsFields(join(__dirname, '../../tests/fixtures/reconstructed-r19'));
});

describe('structured per-variant offers: the variant the URL selects', () => {
  const offers = [
    {
      '@type': 'Offer',
      sku: 'TEE-S',
      price: '48.00',
      priceCurrency: 'USD',
      availability: 'https://schema.org/InStock',
      url: 'https://shop.example/products/tee?variant=101',
    },
    {
      '@type': 'Offer',
      sku: 'TEE-M',
      price: '48.00',
      priceCurrency: 'USD',
      availability: 'https://schema.org/OutOfStock',
      url: 'https://shop.example/products/tee?variant=102',
    },
  ];
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Tee', offers })}</script><h1>Tee</h1>`;
  it("marks decide where the picker has them: Dawn's hidden sold-out text is in every option's label", () => {
    const radios = (chosen: 'S' | 'M') =>
      '<fieldset><legend>Size</legend>' +
      `<input type="radio" id="o1" name="Size" value="S"${chosen === 'S' ? ' checked' : ''}><label for="o1">S<span class="visually-hidden">Variant sold out or unavailable</span></label>` +
      `<input type="radio" id="o2" name="Size" value="M" class="disabled"${chosen === 'M' ? ' checked' : ''}><label for="o2">M<span class="visually-hidden">Variant sold out or unavailable</span></label>` +
      '</fieldset>';
    const doc = (chosen: 'S' | 'M') => parseDocument(`<html><body>${pickerPage(radios(chosen))}</body></html>`);
    for (const [chosen, want] of [
      ['S', 'InStock'],
      ['M', 'OutOfStock'],
    ] as const) {
      const idx = indexPage(doc(chosen));
      expect(availabilityFromWords(idx, idx.h1s[0]!), chosen).toBe(want);
    }
  });

  it('the selected variant sold out: out of stock', () => {
    expect(page(ld, 'en', 'https://shop.example/products/tee?variant=102')?.availability).toBe('OutOfStock');
    expect(page(ld, 'en', 'https://shop.example/products/tee?variant=101')?.availability).toBe('InStock');
  });
  it('no variant selected: in stock when any variant is', () => {
    expect(page(ld, 'en', 'https://shop.example/products/tee')?.availability).toBe('InStock');
  });
});
