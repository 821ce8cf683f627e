/**
 * Order-history pages list several orders, each a header (order number, date, total) followed by
 * its lines. Extraction returns the orders and the lines apart; this ties each line to the order
 * whose number appears last before it in document order. When that is not clear for every line
 * (a number not found on the page, a line before the first order) it answers null rather than guess.
 */
import type { Order } from '../extract/types';

const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** Every page-text node naming one of the orders' numbers, with that order's index, in document order. */
function orderMarkers(doc: Document, ids: readonly string[]): { order: number; node: Element }[] {
  const out: { order: number; node: Element }[] = [];
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 0x4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (NOT_TEXT.has(n.parentElement?.tagName ?? '')) continue;
    const text = n.nodeValue ?? '';
    const order = ids.findIndex((id) => text.includes(id));
    if (order >= 0 && n.parentElement) out.push({ order, node: n.parentElement });
  }
  return out;
}

/** For each order (same order as `orders`), the indexes of its lines in `lines`; null when not clear. */
export function groupLinesByOrder(
  doc: Document,
  orders: readonly Order[],
  lines: readonly (Element | null)[],
): number[][] | null {
  if (orders.length < 2) return null;
  if (orders.some((o) => !o.id)) return null;
  const markers = orderMarkers(
    doc,
    orders.map((o) => o.id!),
  );
  if (new Set(markers.map((m) => m.order)).size !== orders.length) return null;
  // Document order by one pass over the elements (querySelectorAll is in document order).
  const position = new Map<Element, number>();
  for (const [n, el] of [...(doc.body ?? doc.documentElement).querySelectorAll('*')].entries()) position.set(el, n);
  const groups: number[][] = orders.map(() => []);
  for (const [n, line] of lines.entries()) {
    const at = line ? position.get(line) : undefined;
    if (at === undefined) return null;
    // The nearest order number above the line (markers are in document order).
    const owner = markers.filter((m) => (position.get(m.node) ?? Infinity) < at).at(-1);
    if (!owner) return null;
    groups[owner.order]!.push(n);
  }
  return groups;
}
