import { describe, expect, it } from 'vitest';
import { extractPageWithAnchors } from '../extract';
import { loadPage, parseDocument } from '../extract/load';
import { ORDER_HISTORY_HTML } from '../../tests/e2e/inpage-pages';
import { groupLinesByOrder } from './order-groups';

describe('order-history lines tied to their orders', () => {
  it('groups the saved Amazon order history: every line under the order printed above it', () => {
    const { doc } = loadPage('tests/fixtures/pages/amazon-com/order-history-2024.html');
    const { result, anchors } = extractPageWithAnchors(
      doc,
      'https://www.amazon.com/your-orders/orders?timeFilter=year-2024',
    );
    const groups = groupLinesByOrder(doc, result.orders ?? [], anchors.items)!;
    // Order 114-8722141-6545058 is the Bounty order of the saved order-details page; the last order held two lines.
    expect(groups.map((g) => g.length)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(result.items[groups[result.orders!.findIndex((o) => o.id === '114-8722141-6545058')]![0]!]!.title).toMatch(
      /^Bounty Paper Towels/,
    );
  });
});

describe('a RECONSTRUCTED order history', () => {
  const orders = ['10458812', '10433107', '10401955'].map((id) => ({ id, date: null, total: null, currency: 'EUR' }));
  it('ties each line to the order number above it', () => {
    const doc = parseDocument(ORDER_HISTORY_HTML);
    expect(groupLinesByOrder(doc, orders, [...doc.querySelectorAll('.order-item')])).toEqual([[0, 1], [2], [3]]);
  });
  it('answers null rather than guess: an order number not on the page, a line above every order', () => {
    const doc = parseDocument(ORDER_HISTORY_HTML);
    const lines = [...doc.querySelectorAll('.order-item')];
    expect(
      groupLinesByOrder(doc, [...orders, { id: '99999999', date: null, total: null, currency: null }], lines),
    ).toBeNull();
    expect(groupLinesByOrder(doc, orders, [doc.querySelector('h1'), ...lines])).toBeNull();
    expect(groupLinesByOrder(doc, orders.slice(0, 1), lines)).toBeNull();
  });
});
