/**
 * Some order pages show no price per line, only each order's total (Amazon's order history). An
 * order of one line (any quantity) has its price on the page all the same: the total, divided by the
 * quantity. That price includes the order's tax and delivery, so the line says so
 * (`priceIsOrderTotal`, shown in the panel); an order of several unpriced lines is not split.
 */
import type { Item, Order } from '../extract/types';

export interface LinePrice {
  /** Index of the line in the page's lines. */
  line: number;
  price: number;
  currency: string | null;
}

/**
 * The lines priced from their order's total: one per order whose lines (`groups`, indexes into
 * `lines`, same order as `orders`) are exactly one line without a price, when the order's total is
 * known and in the line's currency (or the line has none).
 */
export function linePricesFromTotals(
  orders: readonly Order[],
  groups: readonly (readonly number[])[],
  lines: readonly Item[],
): LinePrice[] {
  const out: LinePrice[] = [];
  for (const [n, group] of groups.entries()) {
    const order = orders[n];
    if (!order || group.length !== 1) continue;
    const line = lines[group[0]!];
    if (!line || line.price !== null || !order.total || !(order.total > 0)) continue;
    if (line.currency && order.currency && line.currency !== order.currency) continue;
    const units = line.quantity && line.quantity >= 1 ? line.quantity : 1;
    out.push({
      line: group[0]!,
      price: Math.round((order.total / units) * 100) / 100,
      currency: order.currency ?? line.currency,
    });
  }
  return out;
}
