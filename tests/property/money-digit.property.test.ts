/**
 * The list-price search near a chosen price (generic/price.ts) skips boxes whose text holds no
 * MONEY_DIGIT before reading their price text: that is only the same when money.ts reads no amount
 * from any text without one (its normalise turns full-width and Arabic digits into ASCII ones).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../lib/extract/money';
import { MONEY_DIGIT } from '../../lib/extract/generic/price';
import { budget } from './budget';

const digitish = fc.constantFrom(
  '0',
  '7',
  '\uFF11',
  '\uFF19',
  '\u0661',
  '\u0669',
  '\u06F1',
  '\u06F9',
  '\u2467',
  '\u00B2',
  '\u0967',
  '\u09E9',
  '\u0E53',
  '\u4E00',
  '\u5341',
);
const text = fc
  .array(
    fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), digitish, fc.constantFrom('€', '$', ' ', ',', '.', '円')),
    {
      maxLength: 8,
    },
  )
  .map((parts) => parts.join(''));

describe('MONEY_DIGIT', () => {
  it('every text money.ts reads an amount from holds one', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (parseMoney(t, { currency: 'EUR' }) !== null) expect(MONEY_DIGIT.test(t)).toBe(true);
      }),
      budget(2000),
    );
  });

  it('holds the digits money.ts reads', () => {
    for (const t of ['5 €', '\uFF15\u5186', '\u0665 ر.س', '\u06F5 تومان'])
      expect([MONEY_DIGIT.test(t), parseMoney(t, { currency: 'EUR' }) !== null]).toEqual([true, true]);
  });
});
