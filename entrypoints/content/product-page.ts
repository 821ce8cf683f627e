/**
 * The product bundle's page wiring (entrypoints/on-demand-product.content.ts): what page.ts does on a
 * product page, and nothing of its listing and order code, so a product page compiles and evaluates
 * a smaller script. The extraction is lib/extract/entry-product.ts (the declared half of the whole).
 *
 * Where that extraction cannot decide (the shop says listing or order, or nothing is declared), or a
 * single-page navigation or a late render leads to such a page, this script hands over: it removes
 * its badges, disconnects, invalidates its context and calls `handOver`, which asks the background
 * for the full on-demand script (entrypoints/on-demand.content.ts). The full script then does
 * everything on this document, as if it had been injected first.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { toMessage } from '../../lib/content/to-message';
import { createAddedNodes } from '../../lib/content/added-nodes';
import { extractProductPage } from '../../lib/extract/entry-product';
import { BUILT_IN_SHOPS_OFF } from '../../lib/messaging/limits';
import { send } from '../../lib/messaging/client';
import type { ProductMessage } from '../../lib/messaging/protocol';
import { offeredConditions } from '../../lib/inpage/offered-conditions';
import { offeredVariants } from '../../lib/inpage/offered-variants';
import { mountBadge, type Mounted } from './badge';

export function runOnProductPage(ctx: ContentScriptContext, handOver: () => void) {
  let mounted: Pick<Mounted<unknown>, 'remove'>[] = [];
  let seen = new WeakSet<Element>();
  let generation = 0;
  let stopped = false;

  const clear = () => {
    for (const m of mounted) m.remove();
    mounted = [];
    seen = new WeakSet();
    added.reset();
    generation++;
  };
  function stop() {
    stopped = true;
    observer.disconnect();
    clear();
  }

  async function productBadge(product: ProductMessage, anchor: Element, gen: number) {
    const badge = await mountBadge(ctx, anchor, {
      compact: false,
      product,
      offered: () => offeredConditions(document),
      variants: () => offeredVariants(document),
    });
    if (gen !== generation) return badge.remove();
    mounted.push(badge);
    const reply = await send({ type: 'estimate', products: [product] });
    if (!reply.ok && reply.error === BUILT_IN_SHOPS_OFF) return stop();
    if (gen !== generation) return;
    const e = reply.ok ? reply.estimates[0] : reply.error;
    badge.update(
      e === undefined || typeof e === 'string'
        ? { status: 'error', message: e ?? 'no estimate' }
        : { status: 'ready', estimate: e },
    );
  }

  async function scan() {
    const gen = generation;
    const url = location.href;
    const page = extractProductPage(document, url);
    if (page.kind === 'undecided') {
      // Stopped first: the full script starts on a page without this script's badges or observers.
      stop();
      ctx.abort('handed over to the full on-demand script');
      handOver();
      return;
    }
    if (page.kind !== 'product' || !page.product.title || !page.anchor || seen.has(page.anchor)) return;
    seen.add(page.anchor);
    await productBadge(toMessage({ ...page.product, title: page.product.title }, url), page.anchor, gen);
  }

  const failed = (e: unknown) => console.debug('[embodied] scan failed', e);
  const safeScan = () => (stopped ? Promise.resolve() : scan().catch(failed));

  // Late-rendered content: a product rendered after the first look is found by a later full look.
  const added = createAddedNodes(ctx, {
    isKnownTileSlot: () => false,
    onTiles: () => undefined,
    onMayHoldProducts: safeScan,
  });
  const observer = new MutationObserver((records) => added.collect(records));
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    if (!stopped) clear();
  });

  // Single-page navigation: drop this page's badge and look again (a listing or order hands over).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clear();
    safeScan();
  });

  // The first extraction runs in a task of its own, not in the one that evaluated this script.
  ctx.setTimeout(safeScan, 0);
}
