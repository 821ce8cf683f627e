import { describe, expect, it } from 'vitest';
import type { Item } from '../extract/types';
import { isLegacyOrderKey, lineIdentity, orderLineKeys } from './order-keys';
import { toMessage } from './to-message';

const item: Item = {
  title: 'Bounty Paper Towels',
  price: 43.49,
  currency: 'USD',
  url: null,
  quantity: 2,
  position: null,
  rating: null,
  sponsored: false,
};
const order = { id: '114-1', date: '2024-10-23', total: 44.46, currency: 'USD' };

describe('orderLineKeys', () => {
  it('is stable for the same line and differs between orders and lines', () => {
    const [a] = orderLineKeys('amazon.com', order, [item]);
    expect(orderLineKeys('amazon.com', { ...order }, [{ ...item }])[0]).toBe(a);
    expect(orderLineKeys('amazon.com', { ...order, id: '114-2' }, [item])[0]).not.toBe(a);
    expect(orderLineKeys('amazon.com', order, [item, { ...item, title: 'Kitchen Roll' }])[1]).not.toBe(a);
  });

  it('gives a line the same key on the history page (no price, no quantity, other place) and the details page', () => {
    const details: Item[] = [
      {
        ...item,
        title: 'Trekkingrucksack Alpin 40 L',
        price: 89.95,
        quantity: 1,
        url: 'https://shop.example/p/BW-40113',
      },
      { ...item, title: 'Merino Wandersocken', price: 19.9, quantity: 2, url: 'https://shop.example/p/BW-20871?ref=x' },
    ];
    const history: Item[] = [
      { ...details[1]!, price: null, quantity: null, url: 'https://www.shop.example/p/BW-20871/#reviews' },
      { ...details[0]!, price: null, quantity: null },
    ];
    const d = orderLineKeys('shop.example', order, details);
    expect(orderLineKeys('shop.example', order, history)).toEqual([d[1], d[0]]);
  });

  it('without ids or links, the title decides, whatever its case, accents and punctuation', () => {
    const a = { ...item, title: 'Café crème – 1 kg' };
    const b = { ...item, title: 'CAFE CREME 1 KG', price: null };
    expect(lineIdentity(a)).toBe(lineIdentity(b));
    expect(lineIdentity({ ...item, asin: 'B07MHK1GRF', url: 'https://x.example/p/1' })).toBe('id:b07mhk1grf');
  });

  it('tells apart two lines of one order with the same identity (two sizes under one title)', () => {
    const keys = orderLineKeys('shop.example', order, [item, { ...item, quantity: 1 }]);
    expect(new Set(keys).size).toBe(2);
    expect(keys[1]).toMatch(/#2$/);
  });

  it('falls back to the date without an order id, stays within the protocol limit and keeps the rank', () => {
    const long = { ...item, title: 'x'.repeat(500) };
    const keys = orderLineKeys('shop.example', { id: null, date: '2026-01-02', total: null, currency: null }, [
      long,
      long,
    ]);
    expect(keys[0]).toContain('date:2026-01-02');
    for (const k of keys) expect(k.length).toBeLessThanOrEqual(200);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('knows keys of the first scheme', () => {
    expect(isLegacyOrderKey('order:amazon.com:114-1:0:Bounty|43.49|2')).toBe(true);
    expect(isLegacyOrderKey(orderLineKeys('amazon.com', order, [item])[0]!)).toBe(false);
    expect(isLegacyOrderKey('k-product-badge')).toBe(false);
  });
});
describe('toMessage', () => {
  it('drops nulls and empty lists and fills the url from the page', () => {
    expect(toMessage({ title: 'Lamp', price: null, category: [], brand: 'Ikea' }, 'https://www.ikea.com/p/1')).toEqual({
      title: 'Lamp',
      brand: 'Ikea',
      url: 'https://www.ikea.com/p/1',
    });
  });
});
