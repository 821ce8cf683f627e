/**
 * Page extraction entry points: decide what kind of page this is, then extract.
 *
 * Kind: the shop adapter's `detect` first; otherwise generic signals, conservatively:
 * declared product (JSON-LD / microdata / og:type product / product price meta) -> product;
 * JSON-LD Order or an order-looking URL with order lines -> order; repeated tiles -> listing, unless
 * the page's own product (heading, price, buy control) stands before and outside the tiles;
 * a heading plus a buy-box price -> product; anything else -> 'other'.
 *
 * Never throws: a failing adapter falls back to the generic result, a failing generic step to
 * null / 'other'. Pure: the document and URL come in as arguments.
 */
import type { PageAnchors, PageExtraction, PageKind } from './types';
import type { ShopAdapter } from './adapter';
import { declaredKind, runProduct, safe } from './product-step';
import { indexPage, type PageIndex } from './generic/page-index';
import { adapterFor } from './shops';
import { sharingPageIds } from './shops/page-ids';
import { extractListing, type ListingResult } from './listing';
import { productBeforeTiles } from './listing-or-product';
import { extractOrder, isOrderConfirmationUrl, type OrderResult } from './order';
import { ORDER_HEADING_TEXT } from './words';
import { ORDER_PAGE_PATH } from './words-order';
import { hasHistoryTable } from './order-history';

const EMPTY: PageExtraction = { kind: 'other', product: null, items: [] };

function orderHeadings(idx: PageIndex): string {
  return [idx.title ?? '', ...idx.h1s.slice(0, 3).map((h) => h.textContent ?? '')].join(' ').slice(0, 600);
}

function toUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function runListing(doc: Document, url: URL, adapter: ShopAdapter | null): ListingResult {
  const fromAdapter = adapter?.listing ? safe(() => adapter.listing!(doc, url), null) : null;
  return fromAdapter ?? safe(() => extractListing(doc, url), { items: [], anchors: [] });
}

function runOrder(doc: Document, url: URL, adapter: ShopAdapter | null): OrderResult {
  const fromAdapter = adapter?.order ? safe(() => adapter.order!(doc, url), null) : null;
  return fromAdapter ?? safe(() => extractOrder(doc, url), { orders: [], items: [], anchors: [] });
}

export function extractPageWithAnchors(doc: Document, url: string): { result: PageExtraction; anchors: PageAnchors } {
  return sharingPageIds(doc, () => extractOnce(doc, url));
}

function extractOnce(doc: Document, url: string): { result: PageExtraction; anchors: PageAnchors } {
  const none = { result: { ...EMPTY, items: [] }, anchors: { product: null, items: [] } };
  const u = toUrl(url);
  if (!u || !doc?.documentElement) return none;
  const adapter = safe(() => adapterFor(u), null);
  let kind: PageKind | null = adapter?.detect ? safe(() => adapter.detect!(doc, u), null) : null;
  const idx = kind === null || kind === 'product' ? safe(() => indexPage(doc), null) : null;
  if (idx) kind ??= safe(() => declaredKind(idx), null);

  if (kind === 'product' || kind === null) {
    const p = runProduct(doc, u, adapter, idx);
    if (p.product && (kind === 'product' || p.declared)) {
      return { result: { kind: 'product', product: p.product, items: [] }, anchors: { product: p.anchor, items: [] } };
    }
    if (kind === 'product') return none;
    // Undeclared: an order page (by URL or heading) or repeated tiles beat a heading-plus-price guess.
    const orderish =
      ORDER_PAGE_PATH.test(u.pathname + u.search) ||
      isOrderConfirmationUrl(u) ||
      (idx !== null && ORDER_HEADING_TEXT.test(orderHeadings(idx))) ||
      hasHistoryTable(doc);
    let order: OrderResult | null = null;
    if (orderish) {
      order = runOrder(doc, u, adapter);
      if (order.items.length || order.orders.length) return orderResult(order);
    }
    const l = runListing(doc, u, adapter);
    // Tiles make a listing unless the page's own product stands before and apart from them
    // (an undeclared product page with a "related products" strip).
    const standsApart =
      l.items.length >= 3 &&
      safe(
        () =>
          productBeforeTiles(
            doc,
            p,
            l.anchors.filter((a): a is Element => !!a),
            idx?.h1s,
          ),
        false,
      );
    if (l.items.length >= 3 && !standsApart) return listingResult(l);
    if (p.product && (p.confident || standsApart))
      return { result: { kind: 'product', product: p.product, items: [] }, anchors: { product: p.anchor, items: [] } };
    // Last resort: order extraction is itself conservative (needs an order id or lines). Two or
    // more orders without lines is an order history under a URL that does not say so ("/account").
    order ??= runOrder(doc, u, adapter);
    if ((order.items.length && order.orders.length) || order.orders.length >= 2) return orderResult(order);
    return none;
  }
  if (kind === 'listing') return listingResult(runListing(doc, u, adapter));
  if (kind === 'order') return orderResult(runOrder(doc, u, adapter));
  return none;
}

function listingResult(l: ListingResult): { result: PageExtraction; anchors: PageAnchors } {
  return { result: { kind: 'listing', product: null, items: l.items }, anchors: { product: null, items: l.anchors } };
}

function orderResult(o: OrderResult): { result: PageExtraction; anchors: PageAnchors } {
  return {
    result: { kind: 'order', product: null, items: o.items, orders: o.orders },
    anchors: { product: null, items: o.anchors },
  };
}

export function extractPage(doc: Document, url: string): PageExtraction {
  return extractPageWithAnchors(doc, url).result;
}
