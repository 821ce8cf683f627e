import type { Item, Order } from '../extract/types';

/**
 * Ledger keys for order lines. The same line seen again (a revisit, a reload, the order details
 * page after the order-history page, or the other way round) maps to the same key, so it is
 * never recorded twice. The two views of one order show different things: a history page often
 * prints no line price or quantity and lists lines in another order, so neither is in the key.
 * A line is its order (id, else the order date) plus the line's identity: its item id, else its
 * product URL (without query or fragment), else its normalised title; two lines of one order with
 * the same identity (two sizes under one title) are told apart by their rank among those lines.
 *
 * Keys of the earlier scheme (`order:<host>:<id>:<index>:<title>|<price>|<qty>`, before "v2")
 * stay in the ledger as they were: a key is an opaque idempotency token and every record stays
 * readable. What an old key still means is "this order's line with this product was recorded";
 * the ledger checks that by order id and product identity (`isLegacyOrderKey`), so a line
 * recorded under an old key is not recorded again under its new one.
 */
const ORDER_KEY_PREFIX = 'order:v2:';
const MAX_KEY = 200;
const MAX_TITLE = 60;

/** A key of the first order-line scheme (no version mark). */
export function isLegacyOrderKey(key: string): boolean {
  return key.startsWith('order:') && !key.startsWith(ORDER_KEY_PREFIX);
}

/** Case, accents, punctuation and spacing of a title do not make another line. */
function normalTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .slice(0, MAX_TITLE);
}

/** The product page a line links to, as host + path: tracking parameters and fragments vary by view. */
function productPath(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    const path = decodeURI(u.pathname).replace(/\/+$/, '').toLowerCase();
    return path ? `${u.hostname.replace(/^www\./, '')}${path}` : null;
  } catch {
    return null;
  }
}

/** What makes a line the same line in both views: item id, else product URL, else title. */
export function lineIdentity(item: Item): string {
  if (item.asin) return `id:${item.asin.toLowerCase()}`;
  const path = productPath(item.url);
  if (path) return `url:${path}`;
  return `t:${normalTitle(item.title ?? '')}`;
}

/** One key per line of one order, in the order of `lines`. */
export function orderLineKeys(host: string, order: Order, lines: readonly Item[]): string[] {
  const id = order.id ?? `date:${order.date ?? 'unknown'}`;
  const seen = new Map<string, number>();
  return lines.map((item) => {
    const identity = lineIdentity(item);
    const rank = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, rank);
    const head = `${ORDER_KEY_PREFIX}${host}:${id}:`;
    const tail = rank > 1 ? `#${rank}` : '';
    // Long identities are cut, never the rank: two lines must not share a key by truncation.
    return head + identity.slice(0, Math.max(0, MAX_KEY - head.length - tail.length)) + tail;
  });
}
