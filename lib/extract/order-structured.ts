/**
 * Orders from schema.org markup: JSON-LD `Order` (order confirmation pages and mails publish it for
 * Gmail / Apple Mail) and microdata `itemtype=Order`, with `acceptedOffer` / `orderedItem` lines.
 */
import type { Item, Order } from './types';
import { isObj, jsonLdNodes, typeList } from './generic/jsonld';
import { absoluteUrl, cleanTitle, textOf } from './listing-tile';
import { parseAmount } from './money';
import { parseOrderDate } from './order-date';

type Json = Record<string, unknown>;
export type OrderResult = { orders: Order[]; items: Item[]; anchors: (Element | null)[] };

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 200) : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim()
    ? v.trim().slice(0, 300)
    : typeof v === 'number' && Number.isFinite(v)
      ? String(v)
      : null;

function qty(v: unknown): number | null {
  const n = isObj(v) ? parseAmount(v.value) : parseAmount(v);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 9999 ? n : null;
}

function lineFrom(entry: Json, orderCurrency: string | null, base: URL): Item | null {
  // acceptedOffer: Offer { itemOffered: Product, price, priceCurrency, eligibleQuantity }
  // orderedItem: OrderItem { orderedItem: Product, orderQuantity } or a Product directly.
  const product = [entry.itemOffered, entry.orderedItem, entry].find(isObj) as Json;
  const title = cleanTitle(str(product.name));
  if (!title) return null;
  const offer = isObj(product.offers) ? product.offers : entry;
  const currency = str(offer.priceCurrency) ?? str(entry.priceCurrency) ?? orderCurrency;
  const price = parseAmount(offer.price ?? entry.price, currency);
  return {
    title,
    price,
    currency: price === null ? orderCurrency : currency,
    url: absoluteUrl(str(product.url), base),
    quantity: qty(entry.orderQuantity) ?? qty(entry.eligibleQuantity) ?? qty(offer.eligibleQuantity),
    position: null,
    rating: null,
    sponsored: false,
  };
}

export function orderFromJsonLd(doc: Document, url: URL): OrderResult | null {
  const orders: Order[] = [];
  const items: Item[] = [];
  for (const node of jsonLdNodes(doc)) {
    if (!typeList(node).includes('Order')) continue;
    const currency =
      str(node.priceCurrency) ?? (isObj(node.totalPaymentDue) ? str(node.totalPaymentDue.priceCurrency) : null);
    const totalRaw =
      node.price ??
      (isObj(node.totalPaymentDue) ? (node.totalPaymentDue.price ?? node.totalPaymentDue.value) : node.totalPaymentDue);
    orders.push({
      id: str(node.orderNumber) ?? str(node.confirmationNumber),
      date: parseOrderDate(str(node.orderDate)),
      total: parseAmount(totalRaw, currency),
      currency,
    });
    for (const e of [...list(node.acceptedOffer), ...list(node.orderedItem)]) {
      const line = isObj(e) ? lineFrom(e, currency, url) : null;
      if (line) items.push(line);
    }
  }
  return orders.length ? { orders, items, anchors: items.map(() => null) } : null;
}

function prop(scope: Element, name: string): string | null {
  for (const el of Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`))) {
    if (el.parentElement?.closest('[itemscope]') !== scope) continue;
    return str(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.getAttribute('href') ?? textOf(el, 300));
  }
  return null;
}

export function orderFromMicrodata(doc: Document, url: URL): OrderResult | null {
  const scopes = Array.from(doc.querySelectorAll('[itemscope][itemtype*="schema.org/Order"]')).filter(
    (s) => !/OrderItem/.test(s.getAttribute('itemtype') ?? ''),
  );
  if (!scopes.length) return null;
  const orders: Order[] = [];
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const scope of scopes) {
    const currency = prop(scope, 'priceCurrency');
    orders.push({
      id: prop(scope, 'orderNumber'),
      date: parseOrderDate(prop(scope, 'orderDate')),
      total: parseAmount(prop(scope, 'price'), currency),
      currency,
    });
    const lines = Array.from(scope.querySelectorAll('[itemprop~="acceptedOffer"], [itemprop~="orderedItem"]')).filter(
      (l) => !l.parentElement?.closest('[itemprop~="acceptedOffer"], [itemprop~="orderedItem"]'),
    );
    for (const line of lines) {
      const product = line.querySelector('[itemprop~="itemOffered"], [itemprop~="orderedItem"]') ?? line;
      const title = cleanTitle(prop(product, 'name') ?? prop(line, 'name'));
      if (!title) continue;
      const lineCurrency = prop(line, 'priceCurrency') ?? currency;
      const price = parseAmount(prop(line, 'price'), lineCurrency);
      const quantity = qty(prop(line, 'orderQuantity') ?? prop(line, 'eligibleQuantity') ?? prop(line, 'value'));
      items.push({
        title,
        price,
        currency: lineCurrency,
        url: absoluteUrl(prop(product, 'url'), url),
        quantity,
        position: null,
        rating: null,
        sponsored: false,
      });
      anchors.push(line);
    }
  }
  return { orders, items, anchors };
}
