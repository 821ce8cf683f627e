/**
 * Issue #8, round 13 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import { weightFromText } from '../extract/generic/units';

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
