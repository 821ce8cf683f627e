/**
 * Round 20 (#10, price): the price on shops of Latin America, South-East Asia, the Middle East,
 * Oceania, the Nordics and Central Asia. An ex-tax note inside the amount's own box, volume
 * prices ("2 or more"), club and store-card prices, instalments written "x 12" after the amount,
 * shipping words in Arabic, Hebrew, Thai, Indonesian and Malay, Egyptian pound words, and a sign
 * starting with a letter read after another letter ("CMR $" is not "R$"), payment-method
 * discounts ("via Pix", "Havale ile") ranked below the price, price classes in the shop's language
 * ("spanFiyat", "preco-promocional"), a box labelled as a saving before its amount child. The reconstructed
 * pages are in tests/fixtures/reconstructed-r20p; each rule's test fails without it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '.';
import { parseDocument } from './load';
import { detectCurrency } from './money';
import { eachPageHasItsFields } from '../../tests/extract/folder-fields';

const page = (body: string, lang: string, url = 'https://shop.example/p/123') =>
  extractPage(parseDocument(`<html lang="${lang}"><head><title>x</title></head><body>${body}</body></html>`), url)
    .product;

/** A product block: the title, then the given price markup, then a buy button. No structured data. */
const block = (prices: string) =>
  `<div class="wrap"><div class="info"><h1>Cordless Drill 18V</h1>${prices}<button>Add to cart</button></div></div>`;

describe('an ex-tax note inside the amount’s own box', () => {
  it('"<div><span>£7.49</span> <span>Ex VAT</span></div>" after the inc-VAT box is not the price', () => {
    const p = page(
      block(
        '<div class="price"><div class="price--inc"><span>£8.99</span> <span>Inc VAT</span></div>' +
          '<div class="price--ex"><span>£7.49</span> <span>Ex VAT</span></div></div>',
      ),
      'en-GB',
      'https://shop.example.co.uk/p/123',
    );
    expect(p?.price).toBe(8.99);
  });
  it('"ex GST" in the same way', () => {
    const p = page(
      block('<div><span>$129.00</span> <span>inc GST</span></div><div><span>$117.27</span> <span>ex GST</span></div>'),
      'en-AU',
      'https://shop.example.com.au/p/123',
    );
    expect(p?.price).toBe(129);
  });
});

describe('volume, club and card prices are not the price of one item', () => {
  it.each([
    ['hr', '<ul><li><s>349,00 €</s></li><li><h2>299,00 €</h2></li><li>2 ili više 279,00 €</li></ul>', 299],
    ['en', '<div class="club"><span>Club price $19.99</span></div><div class="p"><span>$24.99</span></div>', 24.99],
    ['sv', '<div class="club"><span>Klubbpris 199 kr</span></div><div class="p"><span>249 kr</span></div>', 249],
    [
      'es-CL',
      '<ol><li><span>Precio CMR $ 16.990</span></li><li><span>$ 24.990</span></li><li><span>Normal: $ 29.990</span></li></ol>',
      24990,
    ],
  ])('%s', (lang, prices, want) => {
    const host = lang === 'sv' ? 'shop.example.se' : lang === 'es-CL' ? 'shop.example.cl' : 'shop.example.com';
    expect(page(block(prices), lang, `https://${host}/p/123`)?.price).toBe(want);
  });
});

describe('a payment-method discount ranks below the price, and is the price when alone', () => {
  it('"ou <strong>R$ 66,40</strong> via Pix" beside "R$ 69,90"', () => {
    const p = page(
      block(
        '<div class="preco"><s>R$ 89,90</s> <strong class="preco-promocional">R$ 69,90</strong></div>' +
          '<span class="avista">ou <strong>R$ 66,40</strong> via Pix</span>',
      ),
      'pt-BR',
      'https://shop.example.com.br/p/123',
    );
    expect(p?.price).toBe(69.9);
  });
  it('"Havale ile 284,91 TL" beside "299,90 TL"', () => {
    const p = page(
      block('<div class="havale">Havale ile 284,91 TL</div><div class="fiyat"><span>299,90 TL</span></div>'),
      'tr',
      'https://shop.example.com.tr/p/123',
    );
    expect(p?.price).toBe(299.9);
  });
  it('the only amount, followed by "no Pix", is still the price', () => {
    const p = page(block('<div class="preco"><span>R$ 116,91</span> <span>no Pix</span></div>'), 'pt-BR');
    expect(p?.price).toBe(116.91);
  });
});

describe("price classes in the shop's language", () => {
  it('Ticimax: "IndirimliFiyat" is the price to pay, "product-price-not-discounted" the former one', () => {
    const p = page(
      block(
        '<div id="divSatisFiyati"><div class="product-price-not-discounted"><span class="spanFiyat">399,90 TL</span></div></div>' +
          '<div id="divIndirimliFiyat"><div class="IndirimliFiyatContent"><span class="spanFiyat">299,90 TL</span></div></div>',
      ),
      'tr',
      'https://shop.example.com.tr/p/123',
    );
    expect(p?.price).toBe(299.9);
  });
});

describe('a box labelled as something else before its amount child', () => {
  it('"<span>Экономия</span> <span>80,00 р.</span>" is the amount saved', () => {
    const p = page(
      block(
        '<div class="prices_block"><div class="matrix"><div class="price"><span class="values_wrapper">' +
          '<span class="price_value">349,00</span><span class="price_currency"> р.</span></span><span class="price_measure">/шт</span></div></div>' +
          '<div class="sale_block"><div class="sale_wrapper"><div class="value">-19%</div><div class="text">' +
          '<span class="title">Экономия</span> <span class="values_wrapper">80,00 р.</span></div></div></div></div>',
      ),
      'ru',
      'https://shop.example.by/p/123',
    );
    expect(p?.price).toBe(349);
  });
});

describe('currency marks', () => {
  it('a sign starting with a letter is none right after another letter ("CMR $" is pesos)', () => {
    expect(detectCurrency('Precio CMR $ 19.990', { locale: 'es-CL' })).toBe('CLP');
    expect(detectCurrency('R$ 129,90', { locale: 'es-CL' })).toBe('BRL');
  });
  it('Egyptian pounds in words and as LE, shekels as NIS', () => {
    expect(detectCurrency('1,299.00 جنيه')).toBe('EGP');
    expect(detectCurrency('LE 1,299.00')).toBe('EGP');
    expect(detectCurrency('149.90 NIS')).toBe('ILS');
    // "LE" only right before an amount: a French article is no currency.
    expect(detectCurrency('LE PRIX')).toBeNull();
  });
});

describe('reconstructed round-20 price pages: every expected field', () => {
  eachPageHasItsFields(join(__dirname, '../../tests/fixtures/reconstructed-r20p'));
});
