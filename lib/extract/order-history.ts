/**
 * Order-history pages list several orders on one page. Two shapes, as shops write them:
 * - a table with one row per order (Shopify's account page, WooCommerce's my-account/orders,
 *   Magento's sales/order/history, PrestaShop's order-history): an order-number column, a date
 *   column and a total column; the rows hold lines where a products column lists them, or where
 *   the row or a detail row under it shows them as a list, product links or thumbnails
 *   (order-history-lines.ts);
 * - one repeated block per order (Shopware's account/order, most custom shops): a labelled order
 *   number ("Bestellnummer: 10023", "Order #1042", "Commande n° FR-88"), the date and total, and
 *   the order's lines, which are read inside that block only.
 * Each order is returned on its own, its lines in document order after it, so one card per order.
 * Nothing here guesses: a table without an order-number column, or fewer than two distinct
 * labelled order numbers, is not a history page.
 */
import type { Item, Order } from './types';
import type { MoneyHints } from './money';
import { priceFromText, priceTextOf, textOf } from './listing-tile';
import { parseOrderDate } from './order-date';
import type { OrderResult } from './order-structured';
import { DATE_COLUMN_HEADING, ORDER_COLUMN_HEADING, TOTAL_COLUMN_HEADING } from './words-order';
import { linesBesideColumns, linesFromProductCell, productColumn } from './order-history-lines';

/** Readers of the single-order page, applied to one order's part of the page. */
export type OrderReaders = {
  idFrom: (text: string) => string | null;
  dateFrom: (text: string) => string | null;
  totalFrom: (text: string) => { price: number; currency: string | null } | null;
  linesIn: (root: Element) => { items: Item[]; anchors: Element[] } | null;
  /** The page's URL, for the links of lines read from a history table's products column. */
  base: URL;
};

/** An order number as a history cell shows it: "#1042", "000000187", "KHWLILZLL" (PrestaShop's reference). */
const CELL_ID = /^#?\s*([A-Z0-9][A-Z0-9-]{3,30})$/;
const MAX_ROWS = 200;

function cellId(text: string): string | null {
  const id = CELL_ID.exec(text.trim())?.[1];
  // Letters only is an id only in upper case and long enough ("KHWLILZLL", not "View").
  return id && (/\d/.test(id) || /^[A-Z]{6,}$/.test(id)) ? id : null;
}

function headerOf(table: Element): { row: Element; heads: string[] } | null {
  const row = table.querySelector('thead tr') ?? table.querySelector('tr');
  if (!row || row.closest('table') !== table) return null;
  return { row, heads: Array.from(row.children).map((c) => textOf(c, 60)) };
}

/** The order-number and date columns of a history table's header, or null when it has not both. */
function historyColumns(heads: string[]): { idCol: number; dateCol: number } | null {
  const idCol = heads.findIndex((h) => ORDER_COLUMN_HEADING.test(h));
  const dateCol = heads.findIndex((h, i) => i !== idCol && DATE_COLUMN_HEADING.test(h));
  return idCol < 0 || dateCol < 0 ? null : { idCol, dateCol };
}

function ordersFromTable(table: Element, hints: MoneyHints, locale: string | null, base: URL): OrderResult | null {
  const header = headerOf(table);
  const cols = header ? historyColumns(header.heads) : null;
  if (!header || !cols) return null;
  const { heads } = header;
  const { idCol, dateCol } = cols;
  const totalCol = heads.findIndex((h, i) => i !== idCol && i !== dateCol && TOTAL_COLUMN_HEADING.test(h));
  // A products column ("Items", "Artikel", "商品") gives each row its lines.
  const productCol = productColumn(heads, [idCol, dateCol, totalCol]);
  const orders: Order[] = [];
  const items: Item[] = [];
  const anchors: Element[] = [];
  const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r !== header.row && r.closest('table') === table);
  const bodyRows = rows.slice(0, MAX_ROWS).filter((r) => !r.closest('thead, tfoot'));
  const idOf = (row: Element) => cellId(textOf(row.children[idCol], 60));
  for (const [at, row] of bodyRows.entries()) {
    const cells = Array.from(row.children);
    const id = idOf(row);
    if (!id) continue;
    const dateCell = cells[dateCol];
    const date =
      parseOrderDate(dateCell?.querySelector('time[datetime]')?.getAttribute('datetime'), locale) ??
      parseOrderDate(textOf(dateCell, 60), locale);
    const money = totalCol >= 0 ? priceFromText(priceTextOf(cells[totalCol]), hints) : null;
    const lines =
      productCol >= 0
        ? linesFromProductCell(cells[productCol], hints, base)
        : linesBesideColumns([row, ...detailRows(bodyRows, at, idOf)], hints, base);
    orders.push({
      id,
      date,
      total: money?.price ?? null,
      currency: money?.currency ?? lines?.items.find((i) => i.currency)?.currency ?? null,
    });
    if (lines) {
      items.push(...lines.items);
      anchors.push(...lines.anchors);
    }
  }
  return orders.length ? { orders, items, anchors } : null;
}

/** The rows under an order's row up to the next order's row: its expandable details, if any. */
function detailRows(rows: readonly Element[], at: number, idOf: (row: Element) => string | null): Element[] {
  const out: Element[] = [];
  for (let i = at + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!row || idOf(row)) break;
    out.push(row);
  }
  return out;
}

/** Tables looked at for a history table's header, at most. */
const MAX_TABLES = 20;

/**
 * Whether a table on the page is headed like an order history (an order-number column and a date
 * column): an account page ("/account", "Account") that lists orders under a lower heading.
 */
export function hasHistoryTable(doc: Document): boolean {
  const tables = doc.querySelectorAll('table');
  for (let i = 0; i < tables.length && i < MAX_TABLES; i++) {
    const header = tables[i] ? headerOf(tables[i]!) : null;
    if (header && historyColumns(header.heads)) return true;
  }
  return false;
}

/** Elements read in search of order numbers, and order numbers kept: bounds adversarial pages. */
const MAX_SCANNED = 5000;
const MAX_MARKERS = 400;
const MAX_CLIMB = 40;

/** The smallest elements whose short text names an order by its label and number. */
function orderMarkers(body: Element, idFrom: OrderReaders['idFrom']): { el: Element; id: string }[] {
  const found: { el: Element; id: string }[] = [];
  const all = body.querySelectorAll('h1, h2, h3, h4, h5, h6, div, p, span, li, dt, dd, td, th, a');
  for (let i = 0; i < all.length && i < MAX_SCANNED && found.length < MAX_MARKERS; i++) {
    const el = all[i];
    if (!el || el.childElementCount > 4) continue;
    const text = textOf(el, 100);
    if (text.length > 80 || !/\d/.test(text)) continue;
    const id = idFrom(text);
    // The innermost element saying it: a child that names the same order makes this a wrapper.
    if (id && !Array.from(el.children).some((c) => idFrom(textOf(c, 100)) === id)) found.push({ el, id });
  }
  return found;
}

/**
 * The part of the page that belongs to each order: from its number's element up to the largest
 * ancestor holding no other order's number; where orders are flat siblings (a header followed by
 * its lines), the siblings up to the next order's header too.
 */
function orderParts(markers: { el: Element; id: string }[]): { id: string; parts: Element[] }[] {
  const firsts = markers.filter((m, i) => markers.findIndex((o) => o.id === m.id) === i);
  const others = (id: string) => markers.filter((m) => m.id !== id).map((m) => m.el);
  const blocks = firsts.map(({ el, id }) => {
    let block = el;
    for (let i = 0; i < MAX_CLIMB && block.parentElement && block.parentElement.tagName !== 'BODY'; i++) {
      const up = block.parentElement;
      if (others(id).some((o) => up.contains(o))) break;
      block = up;
    }
    return { id, block };
  });
  const isBlock = (e: Element) => blocks.some((b) => b.block === e || e.contains(b.block));
  const runs = blocks.map(({ block }) => {
    const run: Element[] = [];
    for (let s = block.nextElementSibling; s && !isBlock(s); s = s.nextElementSibling) run.push(s);
    return run;
  });
  // Flat layout: the first order's lines sit between its header and the next one; the last
  // order's run ends at the page's end, so it takes no more siblings than the one before it.
  const flat = runs.length > 1 && (runs[0]?.length ?? 0) > 0;
  return blocks.map(({ id, block }, i) => {
    const own = runs[i] ?? [];
    const run = !flat ? [] : i < runs.length - 1 ? own : own.slice(0, runs[i - 1]?.length);
    return { id, parts: [block, ...run] };
  });
}

function ordersFromBlocks(body: Element, read: OrderReaders): OrderResult | null {
  const markers = orderMarkers(body, read.idFrom);
  if (new Set(markers.map((m) => m.id)).size < 2) return null;
  const result: OrderResult = { orders: [], items: [], anchors: [] };
  for (const { id, parts } of orderParts(markers)) {
    const text = parts.map((p) => textOf(p, 6000)).join(' ');
    const total = read.totalFrom(text);
    const lines = parts.map((p) => read.linesIn(p)).filter((l) => l !== null);
    const items = lines.flatMap((l) => l.items);
    result.orders.push({
      id,
      date: read.dateFrom(text),
      total: total?.price ?? null,
      currency: total?.currency ?? items.find((i) => i.currency)?.currency ?? null,
    });
    result.items.push(...items);
    result.anchors.push(...lines.flatMap((l) => l.anchors));
  }
  return result;
}

/** Whether the page's text names at least two different orders by label and number (cheap). */
function namesTwoOrders(pageText: string, idFrom: OrderReaders['idFrom']): boolean {
  const first = idFrom(pageText);
  if (!first) return false;
  for (let at = pageText.indexOf(first) + first.length, n = 0; n < MAX_MARKERS; n++) {
    const next = idFrom(pageText.slice(at));
    if (!next) return false;
    if (next !== first) return true;
    at = pageText.indexOf(next, at) + next.length;
  }
  return false;
}

/** Several orders on one page, each on its own; null when the page is not an order history. */
export function historyOrders(
  doc: Document,
  body: Element,
  pageText: string,
  hints: MoneyHints,
  read: OrderReaders,
): OrderResult | null {
  const locale = hints.locale ?? null;
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const found = ordersFromTable(table, hints, locale, read.base);
    if (found) return found;
  }
  // The element-by-element search only where the text already names two orders.
  return namesTwoOrders(pageText, read.idFrom) ? ordersFromBlocks(body, read) : null;
}
