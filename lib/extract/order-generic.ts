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

const ID_LABEL = String.raw`(?:order|bestellung|bestell|bestel|auftrag|commande|pedido|ordine|encomenda|bestelling|zamówienie|注文)`;
/** "Confirmation #QX7Z2M9KD" (Shopify's new checkout): the word alone is too common, so a number mark must follow. */
const CONFIRMATION_LABEL = String.raw`(?:confirmation|bestätigung|confirmación|conferma|bevestiging)s?\s*(?:number|nummer|nr\.?|no\.?|n[°º]|#|código|code|numero|número)`;
const ORDER_ID = new RegExp(
  String.raw`(?:` +
    ID_LABEL +
    String.raw`s?\s*(?:number|nummer|nr\.?|no\.?|n[°º]|#|id|número|numero|番号|confirmation)?|` +
    CONFIRMATION_LABEL +
    String.raw`)\s*(?:is|ist|est|es|è)?\s*[:#.]?\s*#?\s*([A-Z0-9][A-Z0-9-]{3,30})`,
  'i',
);
const DATE_LABEL =
  /(?:order date|date ordered|ordered on|placed on|order placed|bestelldatum|bestellt am|datum der bestellung|date de (?:la )?commande|commandé le|fecha (?:del )?pedido|besteldatum|datum van (?:je |uw )?bestelling|data (?:dell'ordine|ordine)|注文日|(?<!\p{L})(?:datum|date|fecha|data))\s*:?\s*(.{6,40})/iu;
const MONEY = String.raw`((?:[A-Z]{3}\s?)?[^\p{L}\d]{0,6}\d[\d.,\s]*\s?(?:[€$£¥₹]|[A-Z]{3})?)`;
/** Strong total labels first: a plain "Total" may also head a column. */
const TOTAL_LABELS = [
  new RegExp(
    String.raw`(?:order total|grand total|total paid|amount paid|gesamtsumme|gesamtbetrag|montant total|total ttc|importe total|totale ordine|totaalbedrag|totaal te betalen)\s*(?:\([^)]{0,20}\))?\s*:?\s*` +
      MONEY,
    'iu',
  ),
  new RegExp(String.raw`(?<!\p{L})(?:total|summe|totale|totaal)\s*:?\s*` + MONEY, 'iu'),
];
const SUBTOTAL_LABEL = new RegExp(
  String.raw`(?:subtotal|sub-total|item\(s\) subtotal|zwischensumme|sous-total|subtotale|subtotaal)\s*:?\s*` + MONEY,
  'iu',
);
const QTY_HEADER =
  /^(?:qty|quantity|menge|anzahl|stück|quantité|qté|cantidad|cant\.|quantità|qtà|aantal|ilość|数量)\.?$/i;
const PRODUCT_HEADER =
  /^(?:products?|produkte?|produits?|productos?|prodott[oi]|artikel|articles?|items?|description|beschreibung|bezeichnung|artículos?|articol[oi]|商品)$/i;
const PRICE_HEADER = /price|preis|prix|precio|prezzo|prijs|cena|価格|total|summe|betrag|montant|importe|totale/i;
const UNIT_HEADER = /unit|einzel|unitaire|unitario|each|stückpreis/i;
const LINE_TOTAL_HEADER = /total|summe|gesamt|montant|importe/i;
const NOT_A_LINE =
  /^(?:sub-?total|total|zwischensumme|gesamt|summe|versand|shipping|livraison|envío|spedizione|tax|mwst|tva|iva|discount|rabatt|remise)/i;
const QTY_TEXT =
  /(?:qty|quantity|menge|anzahl|quantité|qté|cantidad|quantità|aantal|数量)\s*[:.]?\s*(\d{1,3})\b|(?:^|\s)[x×]\s?(\d{1,3})(?!\d)|(?:^|\s)(\d{1,3})\s?[x×](?=\s)/i;

function intOrNull(s: string | undefined): number | null {
  const n = Number(s);
  return Number.isInteger(n) && n >= 1 && n <= 999 ? n : null;
}

/** "Order #1001", "Bestellnummer: 302-123", ids must hold a digit (not "Order Summary"). */
export function orderIdFromText(text: string): string | null {
  const re = new RegExp(ORDER_ID.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/\d/.test(m[1])) return m[1];
    re.lastIndex = m.index + 1; // "Order confirmation Order number: SO-1": retry from the next label
  }
  return null;
}

function lineTitle(row: Element, skip: Set<Element>): string | null {
  const named = row.querySelector('[class*="name" i]');
  const link = named?.querySelector('a[href]');
  const fromNamed = cleanTitle(textOf(link ?? named, 300).replace(QTY_TEXT, ' '));
  if (fromNamed && !PRICE_TEXT.test(fromNamed)) return fromNamed;
  const cells = Array.from(row.children).filter((c) => !skip.has(c) && !PRICE_TEXT.test(textOf(c, 300)));
  const cell = cells.reduce<Element | null>((a, b) => (textOf(b, 300).length > textOf(a, 300).length ? b : a), null);
  // A cell stacking the name over variant / SKU lines ("<p>Beanie</p><p>Charcoal</p>"): the first is the name.
  const stacked = cell ? Array.from(cell.children).filter((c) => /^(?:P|DIV)$/.test(c.tagName) && textOf(c, 300)) : [];
  return cleanTitle(textOf(stacked.length >= 2 ? stacked[0] : cell, 300).replace(QTY_TEXT, ' '));
}

type Lines = { items: Item[]; anchors: Element[] };

function linesFromTable(table: Element, hints: MoneyHints, base: URL): (Lines & { priceHeader: string }) | null {
  const rows = Array.from(table.querySelectorAll('tr')).filter((r) => r.closest('table') === table);
  const headerIdx = rows.findIndex((r) =>
    Array.from(r.children).some((c) => QTY_HEADER.test(textOf(c, 40)) || PRODUCT_HEADER.test(textOf(c, 40))),
  );
  if (headerIdx < 0) return null;
  const heads = Array.from(rows[headerIdx].children).map((c) => textOf(c, 40));
  const qtyCol = heads.findIndex((h) => QTY_HEADER.test(h));
  const priceCols = heads.map((h, i) => (PRICE_HEADER.test(h) ? i : -1)).filter((i) => i >= 0);
  if (qtyCol < 0 && !priceCols.length) return null;
  const unitCol = priceCols.find((i) => UNIT_HEADER.test(heads[i])) ?? -1;
  const priceCol = unitCol >= 0 ? unitCol : (priceCols[0] ?? -1);
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const row of rows.slice(headerIdx + 1)) {
    if (row.closest('tfoot, thead')) continue;
    const cells = Array.from(row.children);
    if (cells.length < 2) continue;
    const title = lineTitle(row, new Set([cells[qtyCol], cells[priceCol]].filter(Boolean)));
    if (!title || NOT_A_LINE.test(title)) continue;
    const qtyMatch = qtyCol >= 0 ? null : QTY_TEXT.exec(textOf(row, 400));
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
      : LINE_TOTAL_HEADER.test(lines.priceHeader);
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
    const q = QTY_TEXT.exec(text);
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
  const subtotal = () => priceFromText(SUBTOTAL_LABEL.exec(text)?.[1] ?? '', hints)?.price ?? null;
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
  parseOrderDate(DATE_LABEL.exec(text)?.[1], locale) ?? parseOrderDate(text, locale);
const totalIn = (text: string, hints: MoneyHints) =>
  priceFromText(TOTAL_LABELS.map((re) => re.exec(text)?.[1]).find(Boolean) ?? '', hints);

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
  });
  if (history) return history;
  const id = orderIdFromText(text);
  if (!id) return null;
  const date = parseOrderDate(DATE_LABEL.exec(text)?.[1], locale);
  const totalMoney = totalIn(text, hints);
  let lines: Lines | null = null;
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const found = linesFromTable(table, hints, url);
    if (!found) continue;
    toUnitPrices(found, priceFromText(SUBTOTAL_LABEL.exec(text)?.[1] ?? '', hints)?.price ?? null);
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
        priceFromText(SUBTOTAL_LABEL.exec(text)?.[1] ?? '', hints)?.price ?? null,
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
  return /thank[-_]?you|order[-_]?(?:received|confirm\w*|complete|success|status|details?)|checkout\/(?:success|complete)|bestell(?:ung)?[-_]?(?:bestaetigung|bestätigung|abgeschlossen)|danke|bedankt|confirmation[-_]?commande|merci|pedido[-_]?(?:confirmado|recibido)|ordine[-_]?confermato/i.test(
    url.pathname,
  );
}
