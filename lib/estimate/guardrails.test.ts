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
  it('a designer chair at 20,000 USD: the price is set aside, the chair is estimated physically', async () => {
    const e = await one({
      title: 'Designer lounge chair',
      price: 20000,
      currency: 'USD',
      weightKg: 5,
      googleCategory: '443',
    });
    expect(e.tier).toBe('B');
    expect(e.flags).toContain('price-implausibly-high');
    // ADEME wooden chair 18.63 kg at 5 kg, the page's 5 kg: x1
    expect(e.kgCO2e).toBeCloseTo(18.6, 1);
  });

  it("a spend-only category with a collector's price counts at most the typical high price", async () => {
    // jewellery: typical 10-20,000 USD; no physical factor, so the spend tier speaks
    const plain = await one({ title: 'Silver ring', price: 30000, currency: 'USD', googleCategory: '188' });
    const handmade = await one({ title: 'Handmade silver ring', price: 30000, currency: 'USD', googleCategory: '188' });
    const collector = await one({ title: 'Silver ring', price: 100000, currency: 'USD', googleCategory: '188' });
    expect(plain.tier).toBe('D');
    expect(plain.flags).not.toContain('spend-capped-at-typical-price');
    expect(handmade.flags).toContain('spend-capped-at-typical-price');
    expect(handmade.kgCO2e!).toBeCloseTo((plain.kgCO2e! * 20000) / 30000, 0);
    expect(collector.flags).toContain('spend-capped-at-typical-price');
    expect(collector.kgCO2e).toBe(handmade.kgCO2e);
  });

  it('a "laptop" at 15 USD is not given a whole laptop footprint', async () => {
    const e = await one({ title: 'Laptop 14 inch', price: 15, currency: 'USD', googleCategory: '328' });
    expect(e.tier).toBe('D');
    expect(e.flags).toContain('price-below-typical-range');
  });

  it('a "laptop" at 1 EUR (an opening bid) is still a laptop: the token price is flagged, not used', async () => {
    const e = await one({
      title: 'Apple MacBook Air A1466 13,3 Zoll - Anfang 2014',
      price: 1,
      currency: 'EUR',
      url: 'https://www.ebay.de/sch/i.html',
      googleCategory: '328',
    });
    expect(e.tier).toBe('B');
    expect(e.kgCO2e!).toBeGreaterThan(100);
    expect(e.flags).toContain('price-not-informative');
  });

  it('a T-shirt at 900 EUR is flagged; the physical estimate does not follow the price', async () => {
    const e = await one({
      title: 'T-Shirt',
      price: 900,
      currency: 'EUR',
      url: 'https://www.zalando.de/x',
      googleCategory: '212',
    });
    const cheap = await one({
      title: 'T-Shirt',
      price: 9,
      currency: 'EUR',
      url: 'https://www.zalando.de/x',
      googleCategory: '212',
    });
    expect(e.flags).toContain('price-above-typical-range');
    expect(e.kgCO2e).toBe(cheap.kgCO2e);
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

  it('one used-goods rule in every tier: 10% of the same item new', async () => {
    const used = await one({ title: 'T-Shirt', price: 5, currency: 'USD', googleCategory: '212', condition: 'used' });
    const fresh = await one({ title: 'T-Shirt', price: 5, currency: 'USD', googleCategory: '212' });
    expect(used.tier).toBe('B');
    expect(used.kgCO2e).toBeCloseTo(fresh.kgCO2e! * 0.1, 2);
    // spend tier: the used price does not stand for the new item; the typical new price does, then 10%
    const ring = await one({
      title: 'Silver ring',
      price: 40,
      currency: 'USD',
      googleCategory: '188',
      condition: 'used',
    });
    const ringCheap = await one({
      title: 'Silver ring',
      price: 400,
      currency: 'USD',
      googleCategory: '188',
      condition: 'used',
    });
    expect(ring.tier).toBe('D');
    expect(ring.flags).toEqual(expect.arrayContaining(['condition-used', 'spend-new-price-assumed']));
    expect(ring.kgCO2e).toBe(ringCheap.kgCO2e);
    expect(ring.steps.find((s) => s.label === 'Condition')?.detail).toMatch(/every tier/);
  });

  it('condition comes from the page: "new, sealed" in the title wins over a used condition field; the host alone says nothing', async () => {
    const sealed = await one({
      title: 'Apple iPad 10.9" 64GB - new, sealed',
      googleCategory: '4745',
      condition: 'used',
      url: 'https://www.ebay.com/itm/1',
    });
    expect(sealed.flags).not.toContain('condition-used');
    const ebay = await one({
      title: 'Apple iPad 10.9" 64GB',
      googleCategory: '4745',
      url: 'https://www.ebay.com/itm/1',
    });
    expect(ebay.flags).not.toContain('condition-used');
    const titled = await one({ title: 'Apple iPad 10.9" 64GB (refurbished)', googleCategory: '4745' });
    expect(titled.flags).toContain('condition-refurbished');
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

  it("a page without a currency uses its country's", async () => {
    expect(currencyOfCountry('FR')).toBe('EUR');
    expect(currencyOfCountry('GB')).toBe('GBP');
    const e = await one({ title: 'Silberring', price: 19.99, url: 'https://www.otto.de/p/x', googleCategory: '188' });
    expect(e.tier).toBe('D');
    expect(e.flags).toContain('currency-assumed');
  });

  it('a euro price from a shop of unknown country assumes a typical euro-area VAT and says so', async () => {
    const e = await one({
      title: 'Silver ring',
      price: 29.99,
      currency: 'EUR',
      url: 'https://www.etsy.com/listing/1',
      googleCategory: '188',
    });
    expect(e.flags).toContain('vat-country-assumed');
  });
});

describe('product match guard', () => {
  it('a battery for a Dell Latitude 5420 is not the laptop', async () => {
    const e = await one({
      title: 'Battery for Dell Latitude 5420',
      brand: 'Dell',
      price: 45,
      currency: 'USD',
      googleCategory: '276',
    });
    expect(e.tier).not.toBe('A');
    expect(e.kgCO2e!).toBeLessThan(50);
  });
});

describe('mass bound sanity', () => {
  it('an implausible page weight at an ordinary price is flagged, not applied', async () => {
    const e = await one({
      title: '4-Channel Relay Module',
      price: 8.99,
      currency: 'USD',
      weightKg: 0.000283,
      googleCategory: '499932',
    });
    expect(e.tier).toBe('D');
    expect(e.flags).toContain('weight-implausible-for-price');
    expect(e.kgCO2e!).toBeGreaterThan(0.5);
  });
});
