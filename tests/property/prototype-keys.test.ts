/**
 * Page text used as a look-up key must never find a prototype member: "constructor" as an html
 * lang, a brand, a title's first word or a unit must give an honest "unknown", not Object's
 * constructor (issue #9, item 6). Fed through the public parse / extract / estimate functions.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { parseDocument } from '../../lib/extract/load';
import { detectCurrency, parseMoney } from '../../lib/extract/money';
import { countryOf } from '../../lib/estimate/country';
import { estimateProducts, type ProductInput } from '../../lib/estimate/index';
import { makerOfLine } from '../../lib/estimate/maker-lines';
import { parseQuantity } from '../../lib/estimate/quantity';
import { EstimateSchema } from '../../lib/estimate/schema';
import { loadFactorSourceFromDir } from '../../lib/factors/node';
import { makerKey } from '../../lib/factors/normalize';
import type { FactorSource } from '../../lib/factors/source';

const KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'];
const variants = (k: string) => [k, k.toUpperCase(), `${k}-${k}`, `${k}_${k.toUpperCase()}`];

/** A string or null/undefined: never a function or an object borrowed from a prototype. */
function expectPlain(v: unknown, what: string) {
  expect(v === null || v === undefined || typeof v === 'string' || typeof v === 'number', `${what}: ${typeof v}`).toBe(
    true,
  );
}
const expectCurrency = (c: unknown, what: string) => {
  expectPlain(c, what);
  if (typeof c === 'string') expect(c, what).toMatch(/^[A-Z]{3}$/);
};

describe.each(KEYS)('page text %j as a key', (key) => {
  it('parses money with that locale, host or currency to a real currency or none', () => {
    for (const v of variants(key)) {
      expectCurrency(detectCurrency('12,99', { locale: v }), `detectCurrency locale ${v}`);
      expectCurrency(detectCurrency('12,99', { host: v }), `detectCurrency host ${v}`);
      expectCurrency(parseMoney(`12.99 ${v}`, { locale: v, currency: null })?.currency, `parseMoney ${v}`);
      expectCurrency(parseMoney('kr 12', { locale: v })?.currency, `parseMoney kr ${v}`);
    }
  });

  it('finds no maker, unit or country in it', () => {
    for (const v of variants(key)) {
      expect(typeof makerKey(v), `makerKey ${v}`).toBe('string');
      expectPlain(makerOfLine(`${v} 14 inch laptop`), `makerOfLine ${v}`);
      const c = countryOf(`https://${v.toLowerCase().replace(/_/g, '')}.example`, v);
      expectPlain(c.country, `countryOf ${v}`);
      const q = parseQuantity({ title: `${v} 2 ${v}` });
      expect(JSON.stringify(q)).not.toMatch(/function|null,"kg":NaN/);
    }
  });

  it('extracts a page that uses it everywhere without taking anything from a prototype', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: `${key} lamp`,
      brand: { '@type': 'Brand', name: key },
      category: key,
      [key]: { '@type': 'Offer', price: '1' },
      offers: { '@type': 'Offer', price: '19.99', priceCurrency: key, availability: key, itemCondition: key },
    };
    const html = `<!doctype html><html lang="${key}-${key}"><head><title>${key}</title>
      <script type="application/ld+json">${JSON.stringify(ld)}</script>
      <meta property="og:type" content="product"><meta property="product:price:currency" content="${key}"></head>
      <body><h1>${key} lamp</h1><p class="price">19,99 ${key}</p><table><tr><th>${key}</th><td>${key}</td></tr></table></body></html>`;
    const r = extractPage(parseDocument(html), `https://www.example.com/${key}`);
    const p = r.product;
    expect(p).not.toBeNull();
    for (const field of ['title', 'brand', 'currency', 'googleCategory', 'availability', 'condition'] as const)
      expectPlain(p![field], field);
    expectCurrency(p!.currency, 'currency');
    expect(() => JSON.stringify(r)).not.toThrow();
    expect(Object.prototype).not.toHaveProperty('price');
  });
});

describe('the estimator on products named after prototype keys', () => {
  let factors: FactorSource;
  beforeAll(async () => {
    factors = await loadFactorSourceFromDir(join(import.meta.dirname, '..', '..', 'public', 'factors'));
  });

  it('gives a valid estimate or an honest unknown, never a borrowed value', async () => {
    const products: ProductInput[] = KEYS.flatMap((k): ProductInput[] => [
      { title: `${k} 14 inch laptop`, brand: k, price: 500, currency: k, googleCategory: k, category: [k, k] },
      {
        title: k,
        brand: k.toUpperCase(),
        price: 10,
        currency: 'EUR',
        url: `https://www.${k.toLowerCase().replace(/_/g, '')}.de/p`,
        materials: [k],
      },
      { title: `2 ${k} ${k}`, weightKg: 1, condition: 'used' as const, materials: [{ name: k, share: 1 }] },
    ]);
    const estimates = await estimateProducts(products, {
      factors,
      classifier: null,
      now: new Date('2025-06-15T12:00:00Z'),
    });
    expect(estimates).toHaveLength(products.length);
    for (const e of estimates) {
      EstimateSchema.parse(e);
      if (e.kgCO2e !== null) {
        expect(Number.isFinite(e.kgCO2e)).toBe(true);
        expect(e.kgCO2e).toBeGreaterThanOrEqual(0);
      }
      expect(JSON.stringify(e)).not.toMatch(/function |\[native code\]/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
