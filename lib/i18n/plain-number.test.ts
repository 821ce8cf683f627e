import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LOCALES } from './pick-locale';
import { EN_NUMBERS, isNumberSymbols, numberSymbols, plainNumber } from './plain-number';

const KEEPS = [{ fraction: 0 }, { fraction: 1 }, { fraction: 2 }, { significant: 2 }] as const;
const intl = (locale: string, keep: (typeof KEEPS)[number]) =>
  new Intl.NumberFormat(
    locale,
    'fraction' in keep ? { maximumFractionDigits: keep.fraction } : { maximumSignificantDigits: keep.significant },
  );

describe('plainNumber', () => {
  it('writes what Intl.NumberFormat writes, in every locale, for any amount the badge shows', () => {
    for (const locale of LOCALES) {
      const symbols = numberSymbols(locale);
      for (const keep of KEEPS) {
        const nf = intl(locale, keep);
        fc.assert(
          fc.property(
            fc.oneof(
              fc.double({ min: 0, max: 1e9, noNaN: true }),
              fc.double({ min: 0, max: 20, noNaN: true }),
              // Halves and near-halves, where rounding modes differ.
              fc.integer({ min: 0, max: 200000 }).map((n) => n / 1000 + 0.005),
              fc.integer({ min: 0, max: 20000 }).map((n) => n / 100),
              fc.integer({ min: 0, max: 1e7 }),
            ),
            (v) => plainNumber(v, keep, symbols) === nf.format(v),
          ),
          { numRuns: 400 },
        );
      }
    }
  });

  it('rounds edge cases as Intl does: carries, ties, tiny and large amounts', () => {
    const cases = [
      0, 0.004, 0.005, 0.006, 0.995, 1.005, 1.05, 2.5, 9.95, 9.99, 99.5, 999.5, 1234.5, 12345, 0.125, 1e-7, 5e8,
    ];
    for (const locale of LOCALES)
      for (const keep of KEEPS)
        for (const v of cases)
          expect([locale, keep, v, plainNumber(v, keep, numberSymbols(locale))]).toEqual([
            locale,
            keep,
            v,
            intl(locale, keep).format(v),
          ]);
  });

  it("bundles English's symbols as Intl reads them, and reads Spanish's late grouping", () => {
    expect(numberSymbols('en')).toEqual(EN_NUMBERS);
    expect(numberSymbols('es').minGroup).toBe(2);
    expect(numberSymbols('de')).toMatchObject({ decimal: ',', group: '.', minGroup: 1 });
  });

  it('accepts only well-formed handed-over symbols', () => {
    expect(isNumberSymbols(numberSymbols('fr'))).toBe(true);
    expect(isNumberSymbols({ decimal: '.', group: ',' })).toBe(false);
    expect(isNumberSymbols({ decimal: '<b>', group: ',', minGroup: 1 })).toBe(false);
    expect(isNumberSymbols(null)).toBe(false);
  });
});

describe('kg figures with handed-over symbols', () => {
  it('are the same text as through Intl, in every locale', async () => {
    const { createI18n } = await import('.');
    const { createI18nFor } = await import('./core');
    const { CATALOGUES } = await import('.');
    for (const locale of LOCALES) {
      const viaIntl = createI18n(locale);
      const plain = createI18nFor(locale, CATALOGUES[locale], numberSymbols(locale));
      fc.assert(
        fc.property(
          fc.double({ min: 0, max: 1e8, noNaN: true }),
          fc.double({ min: 0, max: 50, noNaN: true }),
          (a, b) => {
            expect(plain.kg(a)).toBe(viaIntl.kg(a));
            expect(plain.range(b, a)).toBe(viaIntl.range(b, a));
          },
        ),
        { numRuns: 300 },
      );
    }
  });
});
