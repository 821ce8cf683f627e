import { describe, expect, it } from 'vitest';
import { applyCorrection, areaCorrectionStore, correctionKey, memoryArea, normalizeCorrection } from '.';

describe('correctionKey', () => {
  it('uses the host and the item id when the page declares one', () => {
    expect(correctionKey({ url: 'https://www.otto.de/p/jacke-123?utm=x', sku: ' 123 ' })).toBe('otto.de#123');
    expect(correctionKey({ url: 'https://otto.de/other/path', sku: '123' })).toBe('otto.de#123');
  });
  it('falls back to the URL without query or fragment', () => {
    expect(correctionKey({ url: 'https://shop.example/p/a?ref=1#top' })).toBe('shop.example/p/a');
    expect(correctionKey({ url: 'https://shop.example/p/a', sku: '  ' })).toBe('shop.example/p/a');
  });
  it('has no key without an http(s) URL', () => {
    expect(correctionKey({ sku: '1' })).toBeNull();
    expect(correctionKey({ url: 'javascript:alert(1)', sku: '1' })).toBeNull();
    expect(correctionKey({ url: 'not a url' })).toBeNull();
  });
});

describe('applyCorrection', () => {
  const product = {
    title: 'Jacket',
    weightKg: 2,
    quantity: 1,
    condition: 'new' as string | null,
    category: ['Men'],
    googleCategory: null,
  };
  it('overrides only the fields the user set; the category replaces the page category', () => {
    expect(applyCorrection(product, { weightKg: 0.5 })).toEqual({ ...product, weightKg: 0.5 });
    expect(
      applyCorrection(product, { category: 'Apparel & Accessories > Clothing', condition: 'used', quantity: 3 }),
    ).toEqual({
      ...product,
      googleCategory: 'Apparel & Accessories > Clothing',
      category: null,
      condition: 'used',
      quantity: 3,
    });
    expect(applyCorrection(product, null)).toBe(product);
  });
  it('normalizes an empty correction to none', () => {
    expect(normalizeCorrection({ weightKg: null, category: '' })).toBeNull();
    expect(normalizeCorrection({ weightKg: 1, condition: null })).toEqual({ weightKg: 1 });
  });
});

describe('areaCorrectionStore', () => {
  it('keeps, replaces and removes a correction', async () => {
    const area = memoryArea();
    const store = areaCorrectionStore(area);
    expect(await store.get('otto.de#1')).toBeNull();
    await store.set('otto.de#1', { weightKg: 1.5, condition: null });
    expect(await store.get('otto.de#1')).toEqual({ weightKg: 1.5 });
    await store.set('otto.de#1', { quantity: 2 });
    expect(await store.get('otto.de#1')).toEqual({ quantity: 2 });
    await store.set('otto.de#1', null);
    expect(area.data.size).toBe(0);
  });
  it('reads a damaged stored value as no correction', async () => {
    const area = memoryArea();
    area.data.set('correction:k', { weightKg: -4, evil: '<img>' });
    expect(await areaCorrectionStore(area).get('k')).toBeNull();
  });
});
