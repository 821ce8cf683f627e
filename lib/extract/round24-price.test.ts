/**
 * Round 24 (#10, price): the price on shops of regions and platforms the fixtures covered thinly
 * (the Gulf, North Africa, South and South-East Asia, Oceania, Latin America, Africa, the Balkans
 * and the Caucasus). Amounts in native digits other than Arabic ones (Bengali "৳ ১,২৫০.০০",
 * Devanagari), an add-on's surcharge after its label ("1 year warranty: + ₦ 4,000"), a text opening
 * with "+" ("+ shipping from ₦ 2,500"), another option's price on a picker's chip when the amount's
 * box is the picker itself, a card's billing discount ("청구할인"). The reconstructed pages are in tests/fixtures/reconstructed-r24p; each
 * rule's test fails without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '.';
import { extractFile, parseDocument } from './load';
import { parseMoney } from './money';

const page = (body: string, lang: string, url: string) =>
  extractPage(parseDocument(`<html lang="${lang}"><head><title>x</title></head><body>${body}</body></html>`), url)
    .product;

/** A product block: the title, then the given price markup, then a buy button. No structured data. */
const block = (prices: string) =>
  `<div class="wrap"><div class="info"><h1>Standing Fan 18 Inch</h1>${prices}<button>Add to cart</button></div></div>`;

describe('native digits besides the Arabic ones', () => {
  it.each([
    ['৳ ১,২৫০.০০', 'www.shop.example.com.bd', 1250, 'BDT'],
    ['৳১৮,৫০০', 'www.shop.example.com.bd', 18500, 'BDT'],
    ['₹ १,२९९', 'www.shop.example.in', 1299, 'INR'],
    ['रु. १२,४९९', 'www.shop.example.com.np', 12499, 'NPR'],
    ['၁၂,၀၀၀ ကျပ်', 'www.shop.example.com.mm', 12000, 'MMK'],
  ])('%s', (text, host, amount, currency) => {
    expect(parseMoney(text, { host })).toEqual({ amount, currency });
  });
  it('a WooCommerce price in Bengali digits is the page’s price', () => {
    const p = page(
      block(
        '<p class="price"><del><span class="amount"><bdi><span>৳</span>&nbsp;১,৬০০.০০</bdi></span></del> ' +
          '<ins><span class="amount"><bdi><span>৳</span>&nbsp;১,২৫০.০০</bdi></span></ins></p>',
      ),
      'bn-BD',
      'https://www.shop.example.com.bd/product/fan/',
    );
    expect([p?.price, p?.currency]).toEqual([1250, 'BDT']);
  });
});

describe('amounts added on top of the price', () => {
  it.each([
    ['<div class="addons"><label><input type="checkbox"> 1 year warranty: + ₦ 4,000</label></div>', 45500],
    ['<div><label><input type="checkbox"> Gift wrap +₦500</label></div>', 45500],
    ['<div class="ship-note">+ shipping from ₦ 2,500 to Lekki</div>', 45500],
    ['<div class="service">+ Installation ₦ 3,000</div>', 45500],
  ])('%s', (extra, want) => {
    const p = page(
      `<div class="wrap"><h1>Standing Fan 18 Inch</h1><div><div class="prices"><span class="current">₦ 45,500</span>` +
        `<span class="old">₦ 52,000</span></div></div>${extra}<button>Add to cart</button></div>`,
      'en-NG',
      'https://www.shop.example.com.ng/standing-fan',
    );
    expect(p?.price).toBe(want);
  });
  it('an amount before the "+" stays the price ("₦ 45,500 + ₦ 2,500 delivery" is not an add-on)', () => {
    const p = page(
      block('<div class="p">₦ 45,500 <small>+ VAT</small></div>'),
      'en-NG',
      'https://www.shop.example.com.ng/x',
    );
    expect(p?.price).toBe(45500);
  });
});

describe('another option’s price on a chip of the picker', () => {
  it('"<div class=variant><button class=active>2 Tungku</button><button>3 Tungku · Rp 1.650.000</button></div>"', () => {
    const p = page(
      '<div class="pdp"><h1>Kompor Tanam Gas</h1><div class="pricing"><div class="strike">Rp1.599.000</div>' +
        '<div class="final">Rp 1.250.000</div></div>' +
        '<div class="pdp-variant"><button class="chip active">2 Tungku</button><button class="chip">3 Tungku · Rp 1.650.000</button></div>' +
        '<button class="buy">Beli Sekarang</button></div>',
      'id',
      'https://www.shop.example.co.id/produk/kompor',
    );
    expect(p?.price).toBe(1250000);
  });
  it('the chosen chip’s own price is the price', () => {
    const p = page(
      '<div class="pdp"><h1>Kompor Tanam Gas</h1>' +
        '<div class="pdp-variant"><button class="chip active">2 Tungku · Rp 1.250.000</button><button class="chip">3 Tungku</button></div>' +
        '<button class="buy">Beli Sekarang</button></div>',
      'id',
      'https://www.shop.example.co.id/produk/kompor',
    );
    expect(p?.price).toBe(1250000);
  });
});

describe('a card’s billing discount is not the price', () => {
  it('"KB국민카드 10% 청구할인 시 <b>13,410원</b>" after the sale price', () => {
    const p = page(
      '<div class="deal"><h1 class="deal_title">도시락김 4g x 36봉</h1><div class="deal_price"><del>25,900<span>원</span></del>' +
        '<strong class="sale"><span class="num">14,900</span><span class="won">원</span></strong></div>' +
        '<div class="card">KB국민카드 10% 청구할인 시 <b>13,410원</b></div><button>구매하기</button></div>',
      'ko',
      'https://www.shop.example.co.kr/deal/123',
    );
    expect(p?.price).toBe(14900);
  });
});

describe('reconstructed-r24p: the price, currency and title of every page', () => {
  const root = join(__dirname, '../../tests/fixtures/reconstructed-r24p');
  const urls = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8')) as Record<string, string>;
  it.each(Object.entries(urls))('%s', (file, url) => {
    const want = (
      JSON.parse(readFileSync(join(root, file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
        product: Record<string, unknown>;
      }
    ).product;
    const got = extractFile(join(root, file), url).output.product as Record<string, unknown> | null;
    for (const k of ['title', 'price', 'currency']) expect(got?.[k] ?? null, `${file} ${k}`).toEqual(want[k]);
  });
});
