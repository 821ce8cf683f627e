/** Amazon order pages: "Order Details" and the "Your Orders" history list. */
import type { Item, Order } from '../types';
import { absoluteUrl, cleanTitle, firstPrice, firstText, pageHints, priceFromText, textOf } from '../listing-tile';
import { parseOrderDate } from '../order-date';
import {
  AMAZON_GRAND_TOTAL_AMOUNT,
  AMAZON_ORDER_PLACED_DATE,
  AMAZON_ORDER_TOTAL_AMOUNT,
  AMAZON_ORDERED_ON_DATE,
} from '../words-facts';

type OrderResult = { orders: Order[]; items: Item[]; anchors: (Element | null)[] };

/** Amazon order ids: "114-8722141-6545058"; digital orders "D01-1234567-1234567". */
const ORDER_ID = /\b([0-9D]\d{2}-\d{7}-\d{7})\b/;

const DETAILS_ROOTS = ['#orderDetails', '#orderDetailsContainer', '[data-component="orderCard"]', 'body'];
const LINE_TITLES = [
  // 2024+ details: each purchased item has an itemTitle component.
  '[data-component="itemTitle"]',
  // Before 2024: yohtmlc item rows.
  '.yohtmlc-item .a-link-normal',
];
const LINE_PRICES = ['[data-component="unitPrice"] .a-offscreen', '.a-price .a-offscreen', '.a-color-price'];
const LINE_QTY = ['.od-item-view-qty', '.item-view-qty', '.product-image__qty', '[data-component="itemQuantity"]'];
const HISTORY_CARDS = ['.order-card', '.js-order-card', '.order'];
const HISTORY_LINES = ['.item-box', '.yohtmlc-item'];

function quantity(root: Element): number {
  // Amazon prints a quantity badge on the item image only when more than one was bought.
  const n = Number(firstText(root, LINE_QTY)?.text.replace(/\D+/g, ''));
  return Number.isInteger(n) && n >= 1 && n <= 999 ? n : 1;
}

function dpUrl(root: Element, url: URL): string | null {
  const href = root.querySelector('a[href*="/dp/"], a[href*="/gp/product/"]')?.getAttribute('href');
  const asin = /\/(?:dp|gp\/product)\/([A-Z0-9]{10})/.exec(href ?? '')?.[1];
  return asin ? new URL(`/dp/${asin}`, url).href : absoluteUrl(href, url);
}

function totalFrom(text: string, doc: Document, url: URL): { total: number | null; currency: string | null } {
  const hints = pageHints(doc, url);
  const grand = AMAZON_GRAND_TOTAL_AMOUNT.exec(text) ?? AMAZON_ORDER_TOTAL_AMOUNT.exec(text);
  const money = grand?.[1] ? priceFromText(grand[1], hints) : null;
  return { total: money?.price ?? null, currency: money?.currency ?? null };
}

function orderDetails(doc: Document, url: URL): OrderResult | null {
  const root = DETAILS_ROOTS.map((s) => doc.querySelector(s)).find(Boolean)!;
  // The order id and date sit at the top of the details: the first few thousand characters hold them.
  const head = textOf(root, 3000);
  const id = ORDER_ID.exec(head)?.[1] ?? ORDER_ID.exec(url.search)?.[1] ?? null;
  if (!id) return null;
  const locale = doc.documentElement?.getAttribute('lang') || null;
  const date = parseOrderDate(AMAZON_ORDERED_ON_DATE.exec(head)?.[1] ?? head, locale);
  const { total, currency } = totalFrom(
    textOf(doc.querySelector('[data-component="orderSubtotals"], #od-subtotals') ?? root, 2000),
    doc,
    url,
  );
  const hints = { ...pageHints(doc, url), currency };
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const sel of LINE_TITLES) {
    for (const titleEl of Array.from(root.querySelectorAll(sel))) {
      const line = titleEl.closest('.a-fixed-left-grid, [data-component="purchasedItems"], .yohtmlc-item') ?? titleEl;
      const title = cleanTitle(textOf(titleEl));
      if (!title || anchors.includes(line)) continue;
      const money = firstPrice(line, LINE_PRICES, hints);
      items.push({
        title,
        price: money?.price ?? null,
        currency: money?.currency ?? currency,
        url: dpUrl(line, url),
        quantity: quantity(line),
        position: null,
        rating: null,
        sponsored: false,
      });
      anchors.push(line);
    }
    if (items.length) break;
  }
  return { orders: [{ id, date, total, currency }], items, anchors };
}

function orderHistory(doc: Document, url: URL): OrderResult | null {
  const locale = doc.documentElement?.getAttribute('lang') || null;
  const cards: Element[] = [];
  for (const sel of HISTORY_CARDS) {
    for (const c of Array.from(doc.querySelectorAll(sel))) {
      if (cards.some((o) => o.contains(c) || c.contains(o))) continue;
      if (c.querySelector('.yohtmlc-order-id, .order-header, .yohtmlc-order-total')) cards.push(c);
    }
  }
  const orders: Order[] = [];
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const card of cards) {
    const header = textOf(
      card.querySelector('.order-header, .order-info, .a-box.a-color-offset-background') ?? card,
      1500,
    );
    const id = ORDER_ID.exec(textOf(card.querySelector('.yohtmlc-order-id')) || header)?.[1] ?? null;
    if (!id) continue;
    const date = parseOrderDate(AMAZON_ORDER_PLACED_DATE.exec(header)?.[1] ?? header, locale);
    const { total, currency } = totalFrom(textOf(card.querySelector('.yohtmlc-order-total')) || header, doc, url);
    orders.push({ id, date, total, currency });
    const lines: Element[] = [];
    for (const sel of HISTORY_LINES)
      for (const l of Array.from(card.querySelectorAll(sel)))
        if (!lines.some((o) => o.contains(l) || l.contains(o))) lines.push(l);
    for (const line of lines) {
      const title = cleanTitle(
        textOf(line.querySelector('.yohtmlc-product-title')) ||
          textOf(line.querySelector('a.a-link-normal:not([tabindex="-1"])')),
      );
      if (!title) continue;
      // History cards show no per-line price: only the order total.
      items.push({
        title,
        price: null,
        currency,
        url: dpUrl(line, url),
        quantity: quantity(line),
        position: null,
        rating: null,
        sponsored: false,
      });
      anchors.push(line);
    }
  }
  return orders.length ? { orders, items, anchors } : null;
}

export function isAmazonOrderDetails(url: URL): boolean {
  return /\/(?:gp\/your-account\/order-details|gp\/css\/summary|your-orders\/order-details)/.test(url.pathname);
}

export function isAmazonOrderHistory(url: URL): boolean {
  return /\/(?:your-orders\/orders|gp\/your-account\/order-history|gp\/css\/order-history)/.test(url.pathname);
}

export function amazonOrder(doc: Document, url: URL): OrderResult | null {
  if (isAmazonOrderDetails(url)) return orderDetails(doc, url);
  if (isAmazonOrderHistory(url)) return orderHistory(doc, url);
  // Unknown URL: let the page say which it is.
  return doc.querySelector('.yohtmlc-order-id, .js-order-card')
    ? orderHistory(doc, url)
    : doc.querySelector('[data-component="orderDateInvoice"], #orderDetails')
      ? orderDetails(doc, url)
      : null;
}
