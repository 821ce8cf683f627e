/**
 * Property and fuzz tests: random and adversarial HTML never makes extraction throw, hang or
 * report a negative / infinite / NaN price.
 *
 * No timed assertions (they flake when the machine is loaded): the WORK is bounded instead. Every
 * property has a fixed seed and run count (the same inputs on every machine) and every input has a
 * size cap, so a run does a fixed amount of work; a real hang (an endless loop, a blow-up on deep or
 * wide markup) still fails, through the test's timeout. Speed is measured in `npm run bench`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { parseDocument } from '../../lib/extract/load';
import { parseMoney } from '../../lib/extract/money';
import type { PageExtraction } from '../../lib/extract/types';
import { budget } from '../property/budget';

const URLS = [
  'https://www.example.com/p/1',
  'https://www.amazon.de/dp/B000000000',
  'https://www.etsy.com/listing/1',
  'https://shop.example.co.jp/item',
];

function assertSane(r: PageExtraction) {
  const prices = [
    r.product?.price,
    r.product?.listPrice,
    ...r.items.map((i) => i.price),
    ...(r.orders ?? []).map((o) => o.total),
  ];
  for (const p of prices) {
    if (p === null || p === undefined) continue;
    expect(Number.isFinite(p), `price ${p}`).toBe(true);
    expect(p).toBeGreaterThanOrEqual(0);
  }
  for (const n of [r.product?.weightKg, r.product?.quantity])
    if (n != null) expect(Number.isFinite(n) && n >= 0).toBe(true);
  expect(['product', 'listing', 'order', 'other']).toContain(r.kind);
}

/** Generous: far above a loaded machine's time for the bounded inputs, far below "never ends". */
const HANG_MS = 120_000;

function run(html: string, url = URLS[0]): PageExtraction {
  const r = extractPage(parseDocument(html), url);
  assertSane(r);
  return r;
}

const hostilePrice = fc.oneof(
  fc.constantFrom(
    '1e309',
    'NaN',
    '-5',
    'Infinity',
    '-Infinity',
    '1e-400',
    '0x1F',
    '1,2,3,4',
    '..',
    '€-1',
    '- 5 €',
    '9'.repeat(400),
    '١٢٣',
    '$',
    '',
    ' ',
  ),
  fc.string({ maxLength: 30 }),
  fc.double().map(String),
);

/** JSON values that include prototype-ish keys at any depth. */
const nastyJson = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(null, true, 1e308, -1, 'InStock', 'Product', 'Offer'),
    hostilePrice,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        '@type',
        '@graph',
        'offers',
        'price',
        'priceCurrency',
        'name',
        'mainEntity',
        'hasVariant',
        'lowPrice',
        'highPrice',
        'brand',
        'weight',
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
  ),
})).value;

function productPage(ld: string, price: string, title: string): string {
  return `<!doctype html><html lang="de"><head><meta property="og:type" content="product">
    <meta property="product:price:amount" content="${price.replace(/"/g, '&quot;')}">
    <script type="application/ld+json">${ld.replace(/<\//g, '<\\/')}</script></head>
    <body><div class="product-info"><h1>${title.replace(/</g, '&lt;')}</h1>
    <span class="price" itemprop="price" content="${price.replace(/"/g, '&quot;')}">${price.replace(/</g, '&lt;')} €</span>
    <table><tr><th>Gewicht</th><td>${price.replace(/</g, '&lt;')} kg</td></tr></table></div></body></html>`;
}

describe('extraction fuzz', () => {
  it(
    'never throws on random markup',
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 2000 }), fc.constantFrom(...URLS), (html, url) => {
          run(html, url);
        }),
        budget(150),
      );
    },
    HANG_MS,
  );

  it(
    'never throws on random tag soup with price-looking text',
    () => {
      const tag = fc.constantFrom(
        'div',
        'span',
        'h1',
        's',
        'del',
        'li',
        'tr',
        'td',
        'nav',
        'script',
        'meta',
        'dl',
        'dt',
        'dd',
        'p',
      );
      const cls = fc.constantFrom(
        'price',
        'a-price',
        'was-price',
        'breadcrumb',
        'stock',
        'spec-name',
        'carousel',
        'buybox',
        '',
      );
      const node = fc
        .tuple(tag, cls, hostilePrice)
        .map(([t, c, p]) => `<${t} class="${c}">${p.replace(/</g, '')} €</${t}>`);
      fc.assert(
        fc.property(fc.array(node, { maxLength: 80 }), fc.constantFrom(...URLS), (nodes, url) => {
          run(`<html><body>${nodes.join('')}</body></html>`, url);
        }),
        budget(150),
      );
    },
    HANG_MS,
  );

  it(
    'structured data with hostile prices and __proto__ keys yields only sane prices',
    () => {
      fc.assert(
        fc.property(nastyJson, hostilePrice, fc.string({ maxLength: 80 }), (json, price, title) => {
          const ld = JSON.stringify({
            '@type': 'Product',
            name: title,
            offers: json,
            ...(typeof json === 'object' ? { '@graph': [json] } : {}),
          });
          run(productPage(ld, price, title));
          run(productPage(ld.slice(0, Math.max(0, ld.length - 3)) + ',,/*', price, title));
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        budget(200),
      );
    },
    HANG_MS,
  );

  it('hostile price strings never become a price', () => {
    for (const p of ['1e309', 'NaN', '-5', 'Infinity', '€-1', '- 5 €']) {
      const r = run(
        productPage(`{"@type":"Product","name":"X","offers":{"price":"${p}","priceCurrency":"EUR"}}`, p, 'Hostile'),
      );
      expect(r.product?.price ?? null, p).toBeNull();
    }
  });

  it(
    'stays bounded on a 10 MB script, a 3 MB JSON-LD block and deeply nested nodes',
    () => {
      const big = 'x'.repeat(10_000_000);
      run(`<html><head><script>var a="${big}";</script></head><body><h1>Big</h1></body></html>`);
      const hugeLd = JSON.stringify({
        '@type': 'Product',
        name: 'Huge',
        description: 'y'.repeat(3_000_000),
        offers: { price: '5' },
      });
      const r = run(
        `<html><head><script type="application/ld+json">${hugeLd}</script></head><body><h1>Huge</h1></body></html>`,
      );
      expect(r.product?.price ?? null).toBeNull(); // the oversized block is skipped, not parsed
      const depth = 3000;
      run(
        `<html><body>${'<div class="price">'.repeat(depth)}<h1>Deep</h1><span class="price">12,99 €</span>${'</div>'.repeat(depth)}</body></html>`,
      );
      run(`<html><body><h1>Wide</h1>${'<span class="price">1,00 €</span>'.repeat(20000)}</body></html>`);
    },
    HANG_MS,
  );
});

describe('parseMoney properties', () => {
  it(
    'is null or a finite, non-negative amount for any input',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ maxLength: 60 }), hostilePrice), (s) => {
          const m = parseMoney(s);
          if (m) expect(Number.isFinite(m.amount) && m.amount >= 0 && m.amount <= 1e9).toBe(true);
        }),
        budget(2000),
      );
    },
    HANG_MS,
  );

  it(
    'reads back what Intl.NumberFormat prints, in any of our locales',
    () => {
      const cases = fc.constantFrom(
        ['de-DE', 'EUR'],
        ['fr-FR', 'EUR'],
        ['es-ES', 'EUR'],
        ['it-IT', 'EUR'],
        ['en-US', 'USD'],
        ['en-GB', 'GBP'],
        ['ja-JP', 'JPY'],
        ['en-IN', 'INR'],
        ['pt-BR', 'BRL'],
        ['de-CH', 'CHF'],
        ['sv-SE', 'SEK'],
        ['pl-PL', 'PLN'],
        ['en-CA', 'CAD'],
      );
      fc.assert(
        fc.property(cases, fc.integer({ min: 1, max: 99_999_999 }), ([locale, currency], cents) => {
          const zero = currency === 'JPY';
          const amount = zero ? cents : cents / 100;
          const text = new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
          const m = parseMoney(text, { locale });
          expect(m, text).not.toBeNull();
          expect(m!.amount, text).toBeCloseTo(amount, 2);
          expect(m!.currency, text).toBe(currency);
        }),
        budget(1500),
      );
    },
    HANG_MS,
  );
});
