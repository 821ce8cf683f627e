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
import type { OrderResult } from './order-structured';

const ID_LABEL = String.raw`(?:order|bestellung|bestell|auftrag|commande|pedido|ordine|encomenda|bestelling|zamówienie|注文)`;
const ORDER_ID = new RegExp(
  ID_LABEL + String.raw`\s*(?:number|nummer|nr\.?|no\.?|n[°º]|#|id|número|numero|番号|confirmation)?\s*(?:is|ist|est)?\s*[:#.]?\s*#?\s*([A-Z0-9][A-Z0-9-]{3,30})`,
  'i',
);
const DATE_LABEL = /(?:order date|date ordered|ordered on|placed on|order placed|bestelldatum|bestellt am|datum der bestellung|date de (?:la )?commande|commandé le|fecha (?:del )?pedido|data (?:dell'ordine|ordine)|注文日)\s*:?\s*(.{6,40})/i;
const TOTAL_LABEL = /(?:order total|grand total|total paid|total|gesamtsumme|gesamtbetrag|gesamt|summe|montant total|total ttc|importe total|totale)\s*(?:\([^)]{0,20}\))?\s*:?\s*([^A-Za-z]{0,6}\d[\d.,\s]*\s?(?:[€$£¥₹]|[A-Z]{3})?)/i;
const QTY_HEADER = /^(?:qty|quantity|menge|anzahl|stück|quantité|qté|cantidad|cant\.|quantità|qtà|aantal|ilość|数量)\.?$/i;
const PRICE_HEADER = /price|preis|prix|precio|prezzo|prijs|cena|価格|total|summe|betrag|montant|importe|totale/i;
const UNIT_HEADER = /unit|einzel|unitaire|unitario|each|stückpreis/i;
const QTY_TEXT = /(?:qty|quantity|menge|anzahl|quantité|qté|cantidad|quantità|aantal|数量)\s*[:.]?\s*(\d{1,3})\b|(?:^|\s)[x×]\s?(\d{1,3})(?!\d)|(?:^|\s)(\d{1,3})\s?[x×](?=\s)/i;

function intOrNull(s: string | undefined): number | null {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 999 ? n : null;
}

/** "Order #1001", "Bestellnummer: 302-123", ids must hold a digit (not "Order Summary"). */
export function orderIdFromText(text: string): string | null {
  const re = new RegExp(ORDER_ID.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) if (/\d/.test(m[1])) return m[1];
  return null;
}

function linesFromTable(table: Element, hints: MoneyHints, base: URL): { items: Item[]; anchors: Element[] } | null {
  const rows = Array.from(table.querySelectorAll('tr'));
  const headerIdx = rows.findIndex((r) => Array.from(r.children).some((c) => QTY_HEADER.test(textOf(c, 40))));
  if (headerIdx < 0) return null;
  const heads = Array.from(rows[headerIdx].children).map((c) => textOf(c, 40));
  const qtyCol = heads.findIndex((h) => QTY_HEADER.test(h));
  const priceCols = heads.map((h, i) => (PRICE_HEADER.test(h) ? i : -1)).filter((i) => i >= 0);
  const unitCol = priceCols.find((i) => UNIT_HEADER.test(heads[i])) ?? -1;
  const priceCol = unitCol >= 0 ? unitCol : (priceCols[0] ?? -1);
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const row of rows.slice(headerIdx + 1)) {
    const cells = Array.from(row.children);
    if (cells.length < 2) continue;
    const title = cleanTitle(cells.map((c, i) => (i === qtyCol || i === priceCol || PRICE_TEXT.test(textOf(c, 200)) ? '' : textOf(c, 300))).reduce((a, b) => (b.length > a.length ? b : a), ''));
    if (!title || /^(?:sub)?total|zwischensumme|versand|shipping|livraison|tax|mwst|tva/i.test(title)) continue;
    const quantity = intOrNull(textOf(cells[qtyCol], 10).replace(/\D+/g, ''));
    let money = priceCol >= 0 ? priceFromText(textOf(cells[priceCol], 60), hints) : null;
    // Only a line-total column: the unit price is the total over the quantity.
    if (money && unitCol < 0 && quantity && quantity > 1 && /total|summe|gesamt|montant|importe/i.test(heads[priceCol])) money = { ...money, price: Math.round((money.price / quantity) * 100) / 100 };
    items.push({ title, price: money?.price ?? null, currency: money?.currency ?? null, url: absoluteUrl(row.querySelector('a[href]')?.getAttribute('href'), base), quantity, position: null, rating: null, sponsored: false });
    anchors.push(row);
  }
  return items.length ? { items, anchors } : null;
}

function linesFromBlocks(doc: Document, hints: MoneyHints, base: URL): { items: Item[]; anchors: Element[] } | null {
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const block of findTiles(doc)) {
    const text = textOf(block, 600);
    const q = QTY_TEXT.exec(text);
    if (!q) continue;
    const titleEl = block.querySelector('[class*="name" i], [class*="title" i], h2, h3, h4, a[href]');
    const title = cleanTitle(textOf(titleEl, 300));
    if (!title || PRICE_TEXT.test(title)) continue;
    const priceEl = Array.from(block.querySelectorAll('[class*="price" i], td, span')).find((e) => e.childElementCount <= 2 && PRICE_TEXT.test(textOf(e, 60)));
    const money = priceFromText(priceTextOf(priceEl), hints);
    items.push({ title, price: money?.price ?? null, currency: money?.currency ?? null, url: absoluteUrl(block.querySelector('a[href]')?.getAttribute('href'), base), quantity: intOrNull(q[1] ?? q[2] ?? q[3]), position: null, rating: null, sponsored: false });
    anchors.push(block);
  }
  return items.length ? { items, anchors } : null;
}

export function genericOrder(doc: Document, url: URL): OrderResult | null {
  const body = doc.body;
  if (!body) return null;
  const text = textOf(body, 20000);
  const id = orderIdFromText(text);
  if (!id) return null;
  const hints = pageHints(doc, url);
  const locale = doc.documentElement?.getAttribute('lang') || null;
  const date = parseOrderDate(DATE_LABEL.exec(text)?.[1], locale);
  const totalMoney = priceFromText(TOTAL_LABEL.exec(text)?.[1] ?? '', hints);
  let lines: { items: Item[]; anchors: Element[] } | null = null;
  for (const table of Array.from(doc.querySelectorAll('table'))) if ((lines = linesFromTable(table, hints, url))) break;
  lines ??= linesFromBlocks(doc, hints, url);
  const currency = totalMoney?.currency ?? lines?.items.find((i) => i.currency)?.currency ?? null;
  return {
    orders: [{ id, date, total: totalMoney?.price ?? null, currency }],
    items: lines?.items ?? [],
    anchors: lines?.anchors ?? [],
  };
}
