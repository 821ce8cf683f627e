import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Estimate } from '../estimate/schema';
import { carKm, perYearOfUse, roughReasons, whatWouldChange } from '.';
import { ITEM_LIFETIMES, LIFETIMES } from './lifetimes';

describe('scale', () => {
  it('converts kg CO2e to km by a typical passenger car (EPA: 400 g per mile)', () => {
    expect(carKm(0.4)).toBeCloseTo(1.609344, 6);
    expect(Math.round(carKm(41))).toBe(165);
  });

  it('gives a per-year figure only where ADEME knows a lifetime', () => {
    expect(
      perYearOfUse({ kgCO2e: 60, category: 'Electronics > Communications > Telephony > Mobile Phones' }),
    ).toMatchObject({ years: 2.5, kgPerYear: 24 });
    expect(perYearOfUse({ kgCO2e: 60, category: 'Home & Garden > Decor > Vases' })).toBeNull();
    expect(perYearOfUse({ kgCO2e: null, category: 'Electronics > Computers > Laptops' })).toBeNull();
  });

  it('every lifetime matches ADEME’s published default lifetime for that object', () => {
    const rows = readFileSync('data/raw/ademe_impactco2_objects_co2e_per_item.csv', 'utf8').trim().split('\n');
    const head = rows[0].split(',');
    const slugAt = head.indexOf('slug');
    const yearsAt = head.indexOf('default_lifetime_years');
    const bySlug = new Map(
      rows
        .slice(1)
        .map((r) => r.split(','))
        .map((c) => [c[slugAt], Number(c[yearsAt])]),
    );
    for (const l of LIFETIMES) expect([l.slug, bySlug.get(l.slug)]).toEqual([l.slug, l.years]);
    for (const [slug, l] of ITEM_LIFETIMES) expect([slug, bySlug.get(slug)]).toEqual([slug, l.years]);
    // every ADEME item with a lifetime is there
    expect(
      [...bySlug]
        .filter(([, y]) => y > 0)
        .map(([s]) => s)
        .sort(),
    ).toEqual([...ITEM_LIFETIMES.keys()].sort());
  });

  it('takes the lifetime of the matched ADEME item, not of the category (a wool jumper under Shirts & Tops is not a cotton T-shirt)', () => {
    const jumper = {
      kgCO2e: 53,
      category: 'Apparel & Accessories > Clothing > Shirts & Tops',
      factors: [{ id: 'items:pullenlaine' }] as Estimate['factors'],
    };
    expect(perYearOfUse(jumper)).toMatchObject({ slug: 'pullenlaine', item: 'wool jumper', years: 5 });
    // shoes: ADEME gives 1 year; no category pattern names shoes
    const shoes = {
      kgCO2e: 16,
      category: 'Apparel & Accessories > Shoes',
      factors: [{ id: 'items:chaussuresdesport' }] as Estimate['factors'],
    };
    expect(perYearOfUse(shoes)).toMatchObject({ years: 1, kgPerYear: 16 });
    // an item ADEME gives no lifetime (furniture): the category's, here none
    expect(
      perYearOfUse({
        kgCO2e: 179,
        category: 'Furniture > Sofas',
        factors: [{ id: 'items:canapetextile' }] as Estimate['factors'],
      }),
    ).toBeNull();
  });

  it('marks spend-based, odd-price and weak-category figures as rough; a published footprint is not', () => {
    expect(roughReasons({ tier: 'D', flags: ['price-below-typical-range'], confidence: 0.9, kgCO2e: 3 })).toEqual([
      'spend',
      'price',
    ]);
    expect(roughReasons({ tier: 'C', flags: [], confidence: 0.3, kgCO2e: 3 })).toEqual(['category']);
    expect(roughReasons({ tier: 'A', flags: [], confidence: 0.95, kgCO2e: 3 })).toEqual([]);
  });

  it('says what would change the number for the tier at hand', () => {
    expect(whatWouldChange({ tier: 'D', flags: [] })).toEqual(['model', 'weight', 'category', 'condition', 'quantity']);
    expect(whatWouldChange({ tier: 'A', flags: ['condition-used'] })).toEqual(['quantity']);
  });
});
