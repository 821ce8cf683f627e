import type { Item, Order } from '../extract/types';

/**
 * The ledger key for one order line: the same line seen again (a revisit, a reload, the order
 * details after the confirmation page) maps to the same key, so it is never recorded twice.
 * Without an order id the page's order date and the line's own text stand in.
 */
export function orderLineKey(host: string, order: Order, item: Item, index: number): string {
  const id = order.id ?? `date:${order.date ?? 'unknown'}`;
  const line = `${(item.title ?? '').slice(0, 80)}|${item.price ?? ''}|${item.quantity ?? 1}`;
  return `order:${host}:${id}:${index}:${line}`.slice(0, 200);
}
