/**
 * Issue #8, round 13 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import { weightFromText } from '../extract/generic/units';
import { parseQuantity } from './quantity';

describe('a page weight in grams with a thousands point is read in thousands (#8)', () => {
  // "1,000 g" was already a kilogram; "1.000 g" was one gram, a thousand times too light.
  it('"1.000 g" and "1.250 grammes" are 1 and 1.25 kg, as "1,000 g" is', () => {
    expect(weightFromText('Gewicht: 1.000 g')).toBe(1);
    expect(weightFromText('Poids 1.250 grammes')).toBe(1.25);
    expect(weightFromText('12.500 g')).toBe(12.5);
    expect(weightFromText('1,000 g')).toBe(1);
  });
  it('decimals stay decimals: in kilograms, pounds, or with fewer or more than three digits', () => {
    expect(weightFromText('1.000 kg')).toBe(1);
    expect(weightFromText('1,2 kg')).toBe(1.2);
    expect(weightFromText('1.5 g')).toBe(0.0015);
    expect(weightFromText('0.500 g')).toBe(0.0005);
    expect(weightFromText('2.15 pounds')).toBeCloseTo(0.975, 3);
  });
});

describe('a title amount grouped in thousands by a space or an apostrophe (#8)', () => {
  // "1 000 g" read "000 g": no mass at all; "1'000 g" read 0 g (Swiss grouping).
  it('"1 000 g", "2 x 1 000 ml", "1\'000 g" and a narrow no-break space are thousands', () => {
    expect(parseQuantity({ title: 'Farine de blé T55 1 000 g' }).massKg).toBe(1);
    expect(parseQuantity({ title: 'Mąka pszenna 5 000 g' }).massKg).toBe(5);
    expect(parseQuantity({ title: 'Kaffee 1\u202f000 g' }).massKg).toBe(1);
    expect(parseQuantity({ title: "Mehl 1'000 g" }).massKg).toBe(1);
    const two = parseQuantity({ title: 'Huile d’olive 2 x 1 000 ml' });
    expect([two.units, two.massKg]).toEqual([2, 2]);
  });
  it('a space before other digits stays a count and a size, and a count does not take the first group', () => {
    const six = parseQuantity({ title: 'Lot de 6 500 ml' });
    expect([six.units, six.massKg]).toEqual([6, 3]);
    const set = parseQuantity({ title: 'Zestaw 3 000 ml' });
    expect([set.units, set.massKg]).toEqual([1, 3]);
  });
});
