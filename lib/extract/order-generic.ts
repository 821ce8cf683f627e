/**
 * Order confirmation pages without structured data: the order number and date by their labels
 * ("Order #", "Bestellnummer", "Commande n°", "Número de pedido", ...), the lines from a table
 * whose header names a quantity and a price column, else from repeated blocks that state a
 * quantity ("Qty: 2", "Menge: 1", "× 2").
 */
import type { Item } from './types';
import type { MoneyHints } from './money';
import { findTiles } from './listing-generic';
import { absoluteUrl, cleanTitle, pageHints, PRICE_TEXT, priceFromText, priceTextOf, textOf } from './listing-tile';
import { parseOrderDate } from './order-date';
import { linesFromQuantityBlocks } from './order-lines';
import type { OrderResult } from './order-structured';
import { historyOrders } from './order-history';
import {
  LINE_TOTAL_HEADING,
  NOT_A_LINE_ROW,
  ORDER_CONFIRMATION_URL,
  ORDER_DATE,
  ORDER_ID,
  ORDER_TOTAL_AMOUNTS,
  PRICE_HEADING,
  PRODUCT_HEADING,
  QUANTITY_HEADING,
  QUANTITY_IN_ROW,
  SUBTOTAL_AMOUNT,
  UNIT_PRICE_HEADING,
} from './words-order';

function intOrNull(s: string | undefined): number | null {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 999 ? n : null;
}

/** "Order #1001", "Bestellnummer: 302-123", ids must hold a digit (not "Order Summary"). */
export function orderIdFromText(text: string): string | null {
  const re = new RegExp(ORDER_ID.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const id = m[1];
    if (id && /\d/.test(id)) return id;
    re.lastIndex = m.index + 1; // "Order confirmation Order number: SO-1": retry from the next label
  }
  return null;
}

function lineTitle(row: Element, skip: Set<Element>): string | null {
  const named = row.querySelector('[class*="name" i]');
  const link = named?.querySelector('a[href]');
  const fromNamed = cleanTitle(textOf(link ?? named, 300).replace(QUANTITY_IN_ROW, ' '));
  if (fromNamed && !PRICE_TEXT.test(fromNamed)) return fromNamed;
  const cells = Array.from(row.children).filter((c) => !skip.has(c) && !PRICE_TEXT.test(textOf(c, 300)));
  const cell = cells.reduce<Element | null>((a, b) => (textOf(b, 300).length > textOf(a, 300).length ? b : a), null);
  // A cell stacking the name over variant / SKU lines ("<p>Beanie</p><p>Charcoal</p>"): the first is the name.
  const stacked = cell ? Array.from(cell.children).filter((c) => /^(?:P|DIV)$/.test(c.tagName) && textOf(c, 300)) : [];
  return cleanTitle(textOf(stacked.length >= 2 ? stacked[0] : cell, 300).replace(QUANTITY_IN_ROW, ' '));
}

type Lines = { items: Item[]; anchors: Element[] };

function linesFromTable(table: Element, hints: MoneyHints, base: URL): (Lines & { priceHeader: string }) | null {
  const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
  const headerIdx = rows.findIndex((r) =>
    Array.from(r.children).some((c) => QUANTITY_HEADING.test(textOf(c, 40)) || PRODUCT_HEADING.test(textOf(c, 40))),
  );
  if (headerIdx < 0) return null;
  const heads = Array.from(rows[headerIdx]?.children ?? []).map((c) => textOf(c, 40));
  const qtyCol = heads.findIndex((h) => QUANTITY_HEADING.test(h));
  const priceCols = heads.map((h, i) => (PRICE_HEADING.test(h) ? i : -1)).filter((i) => i >= 0);
  if (qtyCol < 0 && !priceCols.length) return null;
  const unitCol = priceCols.find((i) => UNIT_PRICE_HEADING.test(heads[i] ?? '')) ?? -1;
  const priceCol = unitCol >= 0 ? unitCol : (priceCols[0] ?? -1);
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const row of rows.slice(headerIdx + 1)) {
    if (row.closest('tfoot, thead')) continue;
    const cells = Array.from(row.children);
    if (cells.length < 2) continue;
    const title = lineTitle(row, new Set([cells[qtyCol], cells[priceCol]].filter((c) => c !== undefined)));
    if (!title || NOT_A_LINE_ROW.test(title)) continue;
    const qtyMatch = qtyCol >= 0 ? null : QUANTITY_IN_ROW.exec(textOf(row, 400));
    const quantity =
      qtyCol >= 0
        ? intOrNull(/\d{1,3}(?!\d)/.exec(textOf(cells[qtyCol], 40))?.[0]) // "2", "Ordered 2" (Magento)
        : intOrNull(qtyMatch?.[1] ?? qtyMatch?.[2] ?? qtyMatch?.[3]);
    const money = priceCol >= 0 ? priceFromText(priceTextOf(cells[priceCol]), hints) : null;
    items.push({
      title,
      price: money?.price ?? null,
      currency: money?.currency ?? null,
      url: absoluteUrl(row.querySelector('a[href]')?.getAttribute('href'), base),
      quantity,
      position: null,
      rating: null,
      sponsored: false,
    });
    anchors.push(row);
  }
  return items.length ? { items, anchors, priceHeader: unitCol >= 0 ? 'unit' : (heads[priceCol] ?? '') } : null;
}

/**
 * Line prices are unit prices in `Item`. A table may show line totals (quantity x unit) instead:
 * the page's subtotal tells which (it equals the sum of line totals), else a "Total" header does.
 */
function toUnitPrices(lines: Lines & { priceHeader: string }, subtotal: number | null): void {
  if (lines.priceHeader === 'unit') return;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.015;
  const sumAsShown = lines.items.reduce((s, i) => s + (i.price ?? 0), 0);
  const sumTimesQty = lines.items.reduce((s, i) => s + (i.price ?? 0) * (i.quantity ?? 1), 0);
  const lineTotals =
    subtotal !== null
      ? near(subtotal, sumAsShown) && !near(subtotal, sumTimesQty)
      : LINE_TOTAL_HEADING.test(lines.priceHeader);
  if (!lineTotals) return;
  for (const it of lines.items)
    if (it.price !== null && it.quantity && it.quantity > 1)
      it.price = Math.round((it.price / it.quantity) * 100) / 100;
}

function linesFromBlocks(doc: Document, hints: MoneyHints, base: URL): { items: Item[]; anchors: Element[] } | null {
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const block of findTiles(doc)) {
    const text = textOf(block, 600);
    const q = QUANTITY_IN_ROW.exec(text);
    if (!q) continue;
    const titleEl = block.querySelector('[class*="name" i], [class*="title" i], h2, h3, h4, a[href]');
    const title = cleanTitle(textOf(titleEl, 300));
    if (!title || PRICE_TEXT.test(title)) continue;
    const priceEl = Array.from(block.querySelectorAll('[class*="price" i], td, span')).find(
      (e) => e.childElementCount <= 2 && PRICE_TEXT.test(textOf(e, 60)),
    );
    const money = priceFromText(priceTextOf(priceEl), hints);
    items.push({
      title,
      price: money?.price ?? null,
      currency: money?.currency ?? null,
      url: absoluteUrl(block.querySelector('a[href]')?.getAttribute('href'), base),
      quantity: intOrNull(q[1] ?? q[2] ?? q[3]),
      position: null,
      rating: null,
      sponsored: false,
    });
    anchors.push(block);
  }
  return items.length ? { items, anchors } : null;
}

/** An order's lines inside `root`: a line table first, else blocks stating a quantity. */
function linesIn(root: Element, text: string, hints: MoneyHints, base: URL): Lines | null {
  const subtotal = () => priceFromText(SUBTOTAL_AMOUNT.exec(text)?.[1] ?? '', hints)?.price ?? null;
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const found = linesFromTable(table, hints, base);
    if (!found) continue;
    toUnitPrices(found, subtotal());
    return found;
  }
  const blocks = linesFromQuantityBlocks(root, hints, base);
  if (blocks) toUnitPrices({ ...blocks, priceHeader: '' }, subtotal());
  return blocks;
}

const dateIn = (text: string, locale: string | null) =>
  parseOrderDate(ORDER_DATE.exec(text)?.[1], locale) ?? parseOrderDate(text, locale);
const totalIn = (text: string, hints: MoneyHints) =>
  priceFromText(ORDER_TOTAL_AMOUNTS.map((re) => re.exec(text)?.[1]).find(Boolean) ?? '', hints);

export function genericOrder(doc: Document, url: URL): OrderResult | null {
  const body = doc.body?.firstElementChild ? doc.body : doc.documentElement;
  if (!body) return null;
  const hints = pageHints(doc, url);
  const locale = doc.documentElement?.getAttribute('lang') || null;
  const text = textOf(body, 20000);
  // An order history: one order per row or block, each with its own lines.
  const history = historyOrders(doc, body, text, hints, {
    idFrom: orderIdFromText,
    dateFrom: (t) => dateIn(t, locale),
    totalFrom: (t) => totalIn(t, hints),
    linesIn: (root) => linesIn(root, textOf(root, 6000), hints, url),
    base: url,
  });
  if (history) return history;
  const id = orderIdFromText(text);
  if (!id) return null;
  const date = parseOrderDate(ORDER_DATE.exec(text)?.[1], locale);
  const totalMoney = totalIn(text, hints);
  let lines: Lines | null = null;
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const found = linesFromTable(table, hints, url);
    if (!found) continue;
    toUnitPrices(found, priceFromText(SUBTOTAL_AMOUNT.exec(text)?.[1] ?? '', hints)?.price ?? null);
    lines = found;
    break;
  }
  lines ??= linesFromBlocks(doc, hints, url);
  // One or two lines outside a table make no tile group: find them from their quantities.
  if (!lines) {
    const blocks = linesFromQuantityBlocks(body, hints, url);
    if (blocks)
      toUnitPrices(
        { ...blocks, priceHeader: '' },
        priceFromText(SUBTOTAL_AMOUNT.exec(text)?.[1] ?? '', hints)?.price ?? null,
      );
    lines = blocks;
  }
  const currency = totalMoney?.currency ?? lines?.items.find((i) => i.currency)?.currency ?? null;
  return {
    orders: [{ id, date, total: totalMoney?.price ?? null, currency }],
    items: lines?.items ?? [],
    anchors: lines?.anchors ?? [],
  };
}

/** Order confirmation / status URLs ("thank_you", "order-received", "bestellbestaetigung", ...). */
export function isOrderConfirmationUrl(url: URL): boolean {
  return ORDER_CONFIRMATION_URL.test(url.pathname);
}
