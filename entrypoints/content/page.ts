/**
 * What the content script does on a page: extract, ask the background for estimates, place badges.
 * Everything it creates (badges, observers, timers, listeners) is tied to `ctx` and released when
 * the script is invalidated or the page navigates (single-page apps).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractPageWithAnchors } from '../../lib/extract';
import type { Item, Product } from '../../lib/extract/types';
import type { ProductMessage } from '../../lib/messaging/protocol';
import { MAX_BATCH } from '../../lib/messaging/limits';
import { send } from '../../lib/messaging/client';
import { findPriceElement } from '../../lib/content/price-anchor';
import { mountBadge, type MountedBadge } from './badge';

/** Drops nulls and fields the background doesn't take, so the message is small and valid. */
export function toMessage(p: Partial<Product> & { title: string }, pageUrl: string): ProductMessage {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(p)) {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[k] = v;
  }
  out.url ??= pageUrl;
  return out as ProductMessage;
}

function itemMessage(item: Item, pageUrl: string): ProductMessage | null {
  if (!item.title) return null;
  return toMessage(
    { title: item.title, price: item.price, currency: item.currency, quantity: item.quantity, url: item.url, brand: item.brand ?? null },
    pageUrl,
  );
}

export function runOnPage(ctx: ContentScriptContext) {
  let badges: MountedBadge[] = [];
  const seen = new WeakSet<Element>();
  let generation = 0;

  const clear = () => {
    for (const b of badges) b.remove();
    badges = [];
    generation++;
  };

  async function scan() {
    const gen = generation;
    const url = location.href;
    const { result, anchors } = extractPageWithAnchors(document, url);

    if (result.kind === 'product' && result.product?.title && anchors.product && !seen.has(anchors.product)) {
      seen.add(anchors.product);
      const message = toMessage({ ...result.product, title: result.product.title }, url);
      const badge = await mountBadge(ctx, anchors.product, { compact: false, product: message });
      if (gen !== generation) return badge.remove();
      badges.push(badge);
      const reply = await send({ type: 'estimate', products: [message] });
      badge.update(reply.ok ? { status: 'ready', estimate: reply.estimates[0] } : { status: 'error', message: reply.error });
    }

    if (result.kind === 'listing' || result.kind === 'order') {
      const fresh: { anchor: Element; afterPrice: Element | null; message: ProductMessage }[] = [];
      result.items.forEach((item, i) => {
        const anchor = anchors.items[i];
        const message = itemMessage(item, url);
        if (anchor && message && !seen.has(anchor)) {
          seen.add(anchor);
          fresh.push({ anchor, afterPrice: findPriceElement(anchor, item.price), message });
        }
      });
      for (let i = 0; i < fresh.length; i += MAX_BATCH) {
        const chunk = fresh.slice(i, i + MAX_BATCH);
        const mounted = await Promise.all(chunk.map((f) =>
            f.afterPrice
              ? mountBadge(ctx, f.afterPrice, { compact: true, product: f.message, append: 'after' })
              : mountBadge(ctx, f.anchor, { compact: true, product: f.message, append: 'last' }),
          ),);
        if (gen !== generation) return mounted.forEach((b) => b.remove());
        badges.push(...mounted);
        const reply = await send({ type: 'estimate', products: chunk.map((f) => f.message) });
        mounted.forEach((b, j) =>
          b.update(reply.ok ? { status: 'ready', estimate: reply.estimates[j] } : { status: 'error', message: reply.error }),
        );
      }
    }
  }

  const safeScan = () => scan().catch((e) => console.debug('[embodied] scan failed', e));

  // Infinite scroll and late-rendered tiles: rescan (debounced) when the page adds nodes.
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => r.addedNodes.length > 0)) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(safeScan, 400);
  });
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    clear();
  });

  // Single-page navigation: drop this page's badges and start over.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clear();
    safeScan();
  });

  safeScan();
}
