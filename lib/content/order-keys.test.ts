import { describe, expect, it } from 'vitest';
import type { Item } from '../extract/types';
import { orderLineKey } from './order-keys';
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

describe('orderLineKey', () => {
  it('is stable for the same line and differs between orders and lines', () => {
    const order = { id: '114-1', date: '2024-10-23', total: 44.46, currency: 'USD' };
    const a = orderLineKey('amazon.com', order, item, 0);
    expect(orderLineKey('amazon.com', { ...order }, { ...item }, 0)).toBe(a);
    expect(orderLineKey('amazon.com', { ...order, id: '114-2' }, item, 0)).not.toBe(a);
    expect(orderLineKey('amazon.com', order, item, 1)).not.toBe(a);
    expect(orderLineKey('amazon.com', order, { ...item, quantity: 3 }, 0)).not.toBe(a);
  });
  it('falls back to the date without an order id and stays within the protocol limit', () => {
    const k = orderLineKey(
      'shop.example',
      { id: null, date: '2026-01-02', total: null, currency: null },
      { ...item, title: 'x'.repeat(500) },
      0,
    );
    expect(k).toContain('date:2026-01-02');
    expect(k.length).toBeLessThanOrEqual(200);
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
