import { describe, expect, it } from 'vitest';
import { extractPageWithAnchors } from '../extract';
import { loadPage } from '../extract/load';
import type { Item, Order } from '../extract/types';
import { groupLinesByOrder } from './order-groups';
import { linePricesFromTotals } from './order-prices';

const line = (over: Partial<Item> = {}): Item => ({
  title: 'Roller brushes',
  price: null,
  currency: 'USD',
  url: null,
  quantity: 1,
  position: null,
  rating: null,
  sponsored: false,
  ...over,
});
const order = (over: Partial<Order> = {}): Order => ({ id: '1', date: null, total: 35.38, currency: 'USD', ...over });

describe('an order of one unpriced line is priced from the order total', () => {
  it('prices the saved Amazon order history: every order of one line, per unit; the two-line order is not split', () => {
    const { doc } = loadPage('tests/fixtures/pages/amazon-com/order-history-2024.html');
    const { result, anchors } = extractPageWithAnchors(
      doc,
      'https://www.amazon.com/your-orders/orders?timeFilter=year-2024',
    );
    const orders = result.orders ?? [];
    const groups = groupLinesByOrder(doc, orders, anchors.items)!;
    const priced = linePricesFromTotals(orders, groups, result.items);
    // Ten orders, nine of them one line: the page shows no line prices at all.
    expect(result.items.every((i) => i.price === null)).toBe(true);
    expect(priced).toHaveLength(9);
    const brushes = priced.find((p) => result.items[p.line]!.title!.startsWith('2 Set Replacement Parts Roller'))!;
    // Order 112-5939971-8962610: two of them for USD 28.50 in all.
    expect(result.items[brushes.line]!.quantity).toBe(2);
    expect(brushes).toMatchObject({ price: 14.25, currency: 'USD' });
    // The Bounty order's total, USD 44.46: its saved order-details page shows the line at 43.49, before tax.
    const bounty = priced.find((p) => result.items[p.line]!.title!.startsWith('Bounty Paper Towels'))!;
    expect(bounty.price).toBe(44.46);
    const twoLines = groups.findIndex((g) => g.length === 2);
    for (const i of groups[twoLines]!) expect(priced.some((p) => p.line === i)).toBe(false);
  });

  it('leaves a line that has its own price, an order without a total, and a total in another currency', () => {
    const groups = [[0], [1], [2], [3]];
    const lines = [line({ price: 12 }), line(), line(), line()];
    const orders = [order(), order({ total: null }), order({ currency: 'EUR' }), order({ total: 20 })];
    expect(linePricesFromTotals(orders, groups, lines)).toEqual([{ line: 3, price: 20, currency: 'USD' }]);
  });

  it('takes the order currency when the line has none, and one unit when the quantity is unknown', () => {
    expect(linePricesFromTotals([order()], [[0]], [line({ currency: null, quantity: null })])).toEqual([
      { line: 0, price: 35.38, currency: 'USD' },
    ]);
  });
});
