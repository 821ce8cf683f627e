import { describe, expect, it } from 'vitest';
import { formatKg, formatMoney, formatRange } from './format';

describe('formatKg', () => {
  it.each([
    [0.004, '< 0.01 kg'],
    [0.4249, '0.42 kg'],
    [3.14, '3.1 kg'],
    [3.0, '3 kg'],
    [56.4, '56 kg'],
    [1234, '1.2 t'],
    [Number.NaN, '?'],
    [-1, '?'],
  ])('%s -> %s', (kg, text) => expect(formatKg(kg)).toBe(text));
  it('formats ranges and unknowns', () => {
    expect(formatRange(1, 4)).toBe('1 kg – 4 kg');
    expect(formatRange(null, 4)).toBeNull();
    expect(formatMoney(12.5, 'EUR')).toBe('€12.50');
    expect(formatMoney(12.5, 'XXZ')).toMatch(/12.50/);
  });
});
