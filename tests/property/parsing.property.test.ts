/**
 * Number, unit and JSON parsing at the page boundary: arbitrary text never throws and never gives a
 * negative, infinite or NaN amount; amounts written the way shops write them read back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../lib/extract/load';
import { parseJsonLoose, repairJson } from '../../lib/extract/generic/jsonld';
import { keyValuePairsFromJson, productFromJsonState } from '../../lib/extract/generic/json-state';
import { dimensionsFromText, parseDecimal, toCm, toKg, weightFromText } from '../../lib/extract/generic/units';
import { parseAmount, parseMoney } from '../../lib/extract/money';
import { parseQuantity } from '../../lib/estimate/quantity';
import { budget } from './budget';

const saneOrNull = (n: number | null | undefined) => n === null || n === undefined || (Number.isFinite(n) && n >= 0);
/** Text that looks like a shop's price or spec line more often than plain random strings do. */
const shopText = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[-−$€£¥ ]{0,3}\d{1,7}([.,' ]\d{1,3}){0,3}\s?(kg|g|lb|oz|ml|l|cm|mm|in|€|EUR|kr|USD|x)?$/),
  fc
    .array(fc.constantFrom('1', '0', ',', '.', ' ', '-', 'e', '9', '€', '$', 'kg', 'x', '×', '½', '١', '\u00a0'), {
      maxLength: 20,
    })
    .map((a) => a.join('')),
);
const hints = fc.record({
  currency: fc.option(fc.constantFrom('EUR', 'USD', 'GBP', 'JPY', 'SEK'), { nil: undefined }),
  locale: fc.option(fc.oneof(fc.constantFrom('de-DE', 'en-US', 'fr-CH', 'ja', 'sv-SE'), fc.string({ maxLength: 12 })), {
    nil: undefined,
  }),
  host: fc.option(fc.constantFrom('www.amazon.de', 'www.otto.de', 'shop.example.com', 'www.amazon.co.jp'), {
    nil: undefined,
  }),
});

describe('money', () => {
  it('parseMoney and parseAmount never throw and never give a negative, infinite or NaN amount', () => {
    fc.assert(
      fc.property(shopText, hints, (text, h) => {
        const m = parseMoney(text, h);
        expect(saneOrNull(m?.amount)).toBe(true);
        if (m?.currency) expect(m.currency).toMatch(/^[A-Z]{3}$/);
        expect(saneOrNull(parseAmount(text, h.currency ?? null))).toBe(true);
      }),
      budget(800),
    );
  });

  it('parseAmount accepts numbers only when finite and non-negative', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        expect(saneOrNull(parseAmount(n))).toBe(true);
      }),
      budget(500),
    );
  });

  it('reads back a price written in German or US style', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents) => {
        const amount = cents / 100;
        const opts = { minimumFractionDigits: 2, maximumFractionDigits: 2 };
        expect(parseMoney(`${amount.toLocaleString('de-DE', opts)} €`, { host: 'www.otto.de' })).toEqual({
          amount,
          currency: 'EUR',
        });
        expect(parseMoney(`$${amount.toLocaleString('en-US', opts)}`, { host: 'www.amazon.com' })).toEqual({
          amount,
          currency: 'USD',
        });
      }),
      budget(500),
    );
  });
});

describe('units', () => {
  it('weights, lengths, decimals and pack quantities are positive and finite or null', () => {
    fc.assert(
      fc.property(shopText, fc.double(), fc.string({ maxLength: 6 }), (text, n, unit) => {
        expect(saneOrNull(weightFromText(text))).toBe(true);
        expect(saneOrNull(parseDecimal(text)) || parseDecimal(text)! < 0).toBe(true); // a decimal may be signed
        expect(Number.isNaN(parseDecimal(text))).toBe(false);
        const d = dimensionsFromText(text);
        if (d) for (const v of Object.values(d)) expect(saneOrNull(v)).toBe(true);
        for (const v of [toKg(n, unit), toCm(n, unit)]) expect(v === null || !Number.isNaN(v)).toBe(true);
        const q = parseQuantity({ title: text });
        expect(Number.isInteger(q.units) && q.units >= 1).toBe(true);
        expect(saneOrNull(q.massKg)).toBe(true);
      }),
      budget(800),
    );
  });

  it('reads back a weight written with its unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99_999 }),
        fc.constantFrom(['kg', 1], ['g', 0.001], ['lb', 0.45359237]),
        (n, [unit, kg]) => {
          const w = weightFromText(`Weight: ${n} ${unit}`);
          expect(w).not.toBeNull();
          expect(Math.abs(w! / (n * (kg as number)) - 1)).toBeLessThan(1e-3);
        },
      ),
      budget(300),
    );
  });
});

describe('JSON from the page', () => {
  it('repairJson keeps valid JSON exactly as it was', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = JSON.stringify(v);
        expect(JSON.parse(repairJson(text))).toEqual(JSON.parse(text));
      }),
      budget(500),
    );
  });

  it('repairJson mends trailing commas and comments without touching string contents', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string(), { minKeys: 1 }), (obj) => {
        const body = Object.entries(obj)
          .map(([k, v]) => `/* c */ ${JSON.stringify(k)}: ${JSON.stringify(v)},`)
          .join('\n');
        expect(JSON.parse(repairJson(`{${body}\n}`))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
      budget(300),
    );
  });

  it('the loose parser and the JSON-state readers never throw on arbitrary text', () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ props: { pageProps: { product: v } } })),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        parseJsonLoose(text);
        const pairs = keyValuePairsFromJson(text, 20);
        expect(pairs.length).toBeLessThanOrEqual(20);
        const doc = parseDocument('<script id="__NEXT_DATA__" type="application/json"></script>');
        const script = doc.querySelector('script')!;
        script.textContent = text;
        const p = productFromJsonState(script);
        if (p) {
          expect(saneOrNull(p.price)).toBe(true);
          expect(saneOrNull(p.listPrice)).toBe(true);
        }
      }),
      budget(400),
    );
  });
});
