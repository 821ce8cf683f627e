/**
 * Order pages (confirmation "thank you" pages, order details, order history): the order id and
 * date, each line with title, quantity and price, for the purchase ledger.
 * Order: the shop adapter; else schema.org Order (JSON-LD, then microdata); else the labelled-text
 * and line-table heuristic. Nothing found gives empty lists, never an invented order.
 */
import { adapterFor } from './shops';
import { genericOrder, isOrderConfirmationUrl } from './order-generic';
import { orderFromJsonLd, orderFromMicrodata, type OrderResult } from './order-structured';

export type { OrderResult };
export { isOrderConfirmationUrl };

const EMPTY = (): OrderResult => ({ orders: [], items: [], anchors: [] });

export function extractOrder(doc: Document, url: URL): OrderResult {
  const adapter = adapterFor(url);
  const fromAdapter = adapter?.order?.(doc, url);
  if (fromAdapter && (fromAdapter.orders.length || fromAdapter.items.length)) return fromAdapter;
  const structured = orderFromJsonLd(doc, url) ?? orderFromMicrodata(doc, url);
  if (structured && structured.items.length) return structured;
  const heuristic = genericOrder(doc, url);
  if (structured) {
    // Structured data named the order but not its lines: take the lines from the page.
    return heuristic?.items.length
      ? { orders: structured.orders, items: heuristic.items, anchors: heuristic.anchors }
      : structured;
  }
  return heuristic ?? EMPTY();
}
