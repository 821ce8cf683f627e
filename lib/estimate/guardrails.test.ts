import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadFactorSourceFromDir } from '../factors/node';
import type { FactorSource } from '../factors/source';
import { countryOf, currencyOfCountry } from './country';
import { estimateProducts } from './index';
import type { ProductInput } from './input';

let factors: FactorSource;
beforeAll(async () => {
  factors = await loadFactorSourceFromDir(join(import.meta.dirname, '..', '..', 'public', 'factors'));
});
const now = new Date('2025-06-15T12:00:00Z');
const one = async (p: ProductInput) => (await estimateProducts([p], { factors, classifier: null, now }))[0];

describe('guardrails', () => {
  it('a designer chair at 20,000 USD is bounded by its mass, and the price is flagged', async () => {
    const e = await one({ title: 'Designer lounge chair', price: 20000, currency: 'USD', weightKg: 5, googleCategory: '443' });
    expect(e.tier).toBe('D');
    expect(e.flags).toEqual(expect.arrayContaining(['price-above-typical-range', 'spend-bounded-by-mass']));
    expect(e.kgCO2e).toBe(150); // 5 kg x 30 kg CO2e/kg
  });

  it('a "laptop" at 15 USD is not given a whole laptop footprint', async () => {
    const e = await one({ title: 'Laptop 14 inch', price: 15, currency: 'USD', googleCategory: '328' });
    expect(e.tier).toBe('D');
    expect(e.flags).toContain('price-below-typical-range');
  });

  it('a "laptop" at 1 EUR (an opening bid) is still a laptop: the token price is flagged, not used', async () => {
    const e = await one({ title: 'Apple MacBook Air A1466 13,3 Zoll - Anfang 2014', price: 1, currency: 'EUR', url: 'https://www.ebay.de/sch/i.html', googleCategory: '328' });
    expect(e.tier).toBe('B');
    expect(e.kgCO2e!).toBeGreaterThan(100);
    expect(e.flags).toContain('price-not-informative');
  });

  it('a T-shirt at 900 EUR is flagged and gets the wider range', async () => {
    const e = await one({ title: 'T-Shirt', price: 900, currency: 'EUR', url: 'https://www.zalando.de/x', googleCategory: '212' });
    expect(e.flags).toContain('price-above-typical-range');
    expect(e.high! / e.kgCO2e!).toBeCloseTo(2.5, 2);
  });
});

describe('condition', () => {
  it('a refurbished phone carries 20% (10-45%) of a new one', async () => {
    const fresh = await one({ title: 'Acme Phone 6.1"', googleCategory: '267' });
    const refurb = await one({ title: 'Acme Phone 6.1"', googleCategory: '267', condition: 'refurbished' });
    expect(fresh.tier).toBe('B');
    expect(refurb.kgCO2e).toBeCloseTo(fresh.kgCO2e! * 0.2, 0);
    expect(refurb.flags).toContain('condition-refurbished');
  });

  it('a used item priced second-hand is not discounted twice in the spend tier', async () => {
    const e = await one({ title: 'T-Shirt', price: 5, currency: 'USD', googleCategory: '212', condition: 'used' });
    const same = await one({ title: 'T-Shirt', price: 5, currency: 'USD', googleCategory: '212' });
    expect(e.tier).toBe('D');
    expect(e.kgCO2e).toBe(same.kgCO2e);
    expect(e.flags).toContain('condition-used');
  });
});

describe('country and currency', () => {
  it.each([
    ['https://www.amazon.co.uk/dp/x', 'GBP', 'GB'],
    ['https://www.amazon.de/dp/x', 'EUR', 'DE'],
    ['https://www.amazon.co.jp/dp/x', 'JPY', 'JP'],
    ['https://www.amazon.com/dp/x', 'USD', 'US'],
    ['https://www.etsy.com/listing/x', 'EUR', null],
    ['not a url', 'CHF', 'CH'],
  ])('%s in %s -> %s', (url, currency, country) => {
    expect(countryOf(url, currency).country).toBe(country);
  });

  it('a page without a currency uses its country\'s', async () => {
    expect(currencyOfCountry('FR')).toBe('EUR');
    expect(currencyOfCountry('GB')).toBe('GBP');
    const e = await one({ title: 'T-Shirt', price: 19.99, url: 'https://www.otto.de/p/x', googleCategory: '212' });
    expect(e.tier).toBe('D');
    expect(e.flags).toContain('currency-assumed');
  });

  it('a euro price from a shop of unknown country assumes a typical euro-area VAT and says so', async () => {
    const e = await one({ title: 'T-Shirt', price: 29.99, currency: 'EUR', url: 'https://www.etsy.com/listing/1', googleCategory: '212' });
    expect(e.flags).toContain('vat-country-assumed');
  });
});

describe('product match guard', () => {
  it('a battery for a Dell Latitude 5420 is not the laptop', async () => {
    const e = await one({ title: 'Battery for Dell Latitude 5420', brand: 'Dell', price: 45, currency: 'USD', googleCategory: '276' });
    expect(e.tier).not.toBe('A');
    expect(e.kgCO2e!).toBeLessThan(50);
  });
});

describe('mass bound sanity', () => {
  it('an implausible page weight at an ordinary price is flagged, not applied', async () => {
    const e = await one({ title: '4-Channel Relay Module', price: 8.99, currency: 'USD', weightKg: 0.000283, googleCategory: '499932' });
    expect(e.tier).toBe('D');
    expect(e.flags).toContain('weight-implausible-for-price');
    expect(e.kgCO2e!).toBeGreaterThan(0.5);
  });
});
