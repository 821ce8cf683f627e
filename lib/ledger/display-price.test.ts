import { describe, expect, it } from 'vitest';
import { convertPrice, ratesFor, readFxTable } from './display-price';

// Shapes of the shipped fx.json rows: USD per unit, by year.
const rates = {
  EUR: { '2023': 1.0813, '2024': 1.082, '2025': 1.13 },
  GBP: { '2024': 1.278 },
  JPY: { '2024': 0.0066 },
};

describe('display currency', () => {
  it('converts at the purchase year’s rate, through US dollars', () => {
    const c = convertPrice(100, 'EUR', 'GBP', '2024-06-01', rates)!;
    expect(c.year).toBe(2024);
    expect(c.amount).toBeCloseTo((100 * 1.082) / 1.278, 6);
    expect(convertPrice(100, 'EUR', 'USD', '2023-12-31', rates)).toEqual({ amount: 108.13, year: 2023 });
    expect(convertPrice(100, 'USD', 'EUR', '2025-01-02', rates)!.amount).toBeCloseTo(100 / 1.13, 6);
  });

  it('takes the latest earlier year both currencies have when the purchase year is missing', () => {
    expect(convertPrice(1000, 'JPY', 'EUR', '2026-02-01', rates)).toMatchObject({ year: 2024 });
    expect(convertPrice(1000, 'JPY', 'EUR', '2026-02-01', rates)!.amount).toBeCloseTo((1000 * 0.0066) / 1.082, 6);
  });

  it('says nothing rather than guess: unknown currency, a year before the table, a bad day', () => {
    expect(convertPrice(5, 'XYZ', 'EUR', '2024-01-01', rates)).toBeNull();
    expect(convertPrice(5, 'GBP', 'EUR', '2020-01-01', rates)).toBeNull();
    expect(convertPrice(5, 'EUR', 'GBP', 'garbage', rates)).toBeNull();
    expect(convertPrice(5, 'constructor', 'EUR', '2024-01-01', rates)).toBeNull();
  });

  it('keeps the same currency as it is', () => {
    expect(convertPrice(12.5, 'EUR', 'EUR', '2024-05-05', {})).toEqual({ amount: 12.5, year: 2024 });
  });

  it('sends only the rows asked for', () => {
    const table = new Map(Object.entries(rates));
    expect(Object.keys(ratesFor(table, ['EUR', null, 'EUR', 'XYZ']))).toEqual(['EUR']);
  });
});

describe('the shipped exchange-rate table', () => {
  it('reads public/factors/fx.json: euro, pound and yen rows by year', async () => {
    const { readFileSync } = await import('node:fs');
    const table = readFxTable(JSON.parse(readFileSync('public/factors/fx.json', 'utf8')));
    for (const c of ['EUR', 'GBP', 'JPY', 'CHF']) expect(Object.keys(table.get(c) ?? {}).length, c).toBeGreaterThan(10);
    // A euro bought between 0.8 and 1.7 US dollars in every year of the table.
    for (const v of Object.values(table.get('EUR')!)) expect(v > 0.8 && v < 1.7).toBe(true);
    expect(() => readFxTable({ nope: 1 })).toThrow();
  });
});
