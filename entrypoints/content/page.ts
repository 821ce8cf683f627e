/**
 * What the on-demand content script does on a page: extract, ask the background for estimates,
 * place badges. Everything it creates (badges, observers, timers, listeners) is tied to `ctx` and
 * released when the script is invalidated or the page navigates (single-page apps).
 *
 * Later DOM changes are handled incrementally (lib/content/added-nodes.ts): added nodes are
 * collected, sorted per idle period with a per-slice budget, new tiles beside known tiles are read
 * on their own, and the whole page is extracted again only when an added node may hold products.
 * Tile badges go in in batches (BATCH), all reads before all writes: the page's rendering passes,
 * not our script, were most of the cost on long listings (devtools.timeline trace, bench/README.md).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findPriceElement } from '../../lib/content/price-anchor';
import { orderLineKeys } from '../../lib/content/order-keys';
import { toMessage } from '../../lib/content/to-message';
import { extractPageWithAnchors } from '../../lib/extract';
import { readTiles } from '../../lib/extract/listing-generic';
import { createAddedNodes } from '../../lib/content/added-nodes';
import type { Item, Order } from '../../lib/extract/types';
import type { Estimate } from '../../lib/estimate/schema';
import { BUILT_IN_SHOPS_OFF, MAX_BATCH } from '../../lib/messaging/limits';
import { send } from '../../lib/messaging/client';
import type { ProductMessage } from '../../lib/messaging/protocol';
import { mountBadge, pageTheme, type Mounted, type MountedBadge } from './badge';
import { mountOrderCard } from './order-card';
import { offeredConditions } from '../../lib/inpage/offered-conditions';
import { offeredVariants } from '../../lib/inpage/offered-variants';
import { groupLinesByOrder } from '../../lib/inpage/order-groups';
import { MIN_TO_COMPARE } from '../../lib/inpage/highlight';
import { mountHighlight, type ListedTile } from './highlight';

/**
 * Badges are placed in batches, each batch one burst of DOM writes after all of its reads, so that
 * the page runs one style/layout/paint pass per batch: on a long listing each pass costs tens of
 * ms, and with one pass per 5 tiles 50 appended tiles took over a second. The first screen's tiles
 * lead the first batch; a batch holds this many tiles, one task each.
 */
const BATCH = 50;

/** Yields to the event loop (input, the page's own tasks) between batches; no frame is waited for. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Batches of indexes of `tiles`, those inside the viewport first (one layout read for all, before any badge is placed). */
function batches(tiles: Tile[]): number[][] {
  const onScreen = tiles.map((t) => {
    const r = t.anchor.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.height > 0;
  });
  const all = tiles.map((_, i) => i);
  const order = [...all.filter((i) => onScreen[i]), ...all.filter((i) => !onScreen[i])];
  const out: number[][] = [];
  for (let i = 0; i < order.length; i += BATCH) out.push(order.slice(i, i + BATCH));
  return out;
}

interface Tile {
  anchor: Element;
  item: Item;
  message: ProductMessage;
}

export function runOnPage(ctx: ContentScriptContext) {
  let mounted: Pick<Mounted<unknown>, 'remove'>[] = [];
  let seen = new WeakSet<Element>();
  let generation = 0;

  const keep = (m: Pick<Mounted<unknown>, 'remove'>) => mounted.push(m);
  /** Listing tiles with their figures, for the highlight switch (mounted once a page has enough of them). */
  let listed: ListedTile[] = [];
  let highlight: Promise<unknown> | null = null;
  /** Parents of the tiles badged so far: an element added under one of them is a new tile. */
  let tileParents = new Set<Element>();
  const clear = () => {
    for (const m of mounted) m.remove();
    mounted = [];
    seen = new WeakSet();
    tileParents = new Set();
    listed = [];
    highlight = null;
    added.reset();
    generation++;
  };

  async function estimate(messages: ProductMessage[]): Promise<(Estimate | string)[]> {
    const out: (Estimate | string)[] = [];
    for (let i = 0; i < messages.length; i += MAX_BATCH) {
      const chunk = messages.slice(i, i + MAX_BATCH);
      const reply = await send({ type: 'estimate', products: chunk });
      if (!reply.ok && reply.error === BUILT_IN_SHOPS_OFF) stop();
      out.push(...(reply.ok ? reply.estimates : chunk.map(() => reply.error)));
    }
    return out;
  }
  const badgeState = (e: Estimate | string) =>
    typeof e === 'string' ? ({ status: 'error', message: e } as const) : ({ status: 'ready', estimate: e } as const);

  async function productBadge(product: ProductMessage, anchor: Element, gen: number) {
    const badge = await mountBadge(ctx, anchor, {
      compact: false,
      product,
      offered: offeredConditions(document),
      variants: offeredVariants(document),
    });
    if (gen !== generation) return badge.remove();
    keep(badge);
    const [e] = await estimate([product]);
    badge.update(badgeState(e));
  }

  /**
   * Badges for `tiles`, the ones on screen first, in batches (see BATCH). Per batch: every read
   * first (price element, page theme), then the estimate request (its round trip overlaps the
   * writes), then every badge host written in one go, then one update per badge when the reply
   * comes. Resolves to the estimates in the order of `tiles`, or null after a navigation.
   */
  async function tileBadges(tiles: Tile[], gen: number): Promise<(Estimate | string)[] | null> {
    const replies: Promise<void>[] = [];
    const out: (Estimate | string)[] = new Array(tiles.length);
    for (const [n, batch] of batches(tiles).entries()) {
      if (n > 0) await nextTask();
      if (gen !== generation) return null;
      // Reads. pageTheme remembers what it read for the rest of this task, so the mounts below
      // write without reading styles in between.
      const places = batch.map((at) => {
        const t = tiles[at];
        const price = findPriceElement(t.anchor, t.item.price);
        const place = price
          ? { anchor: price, append: 'after' as const }
          : { anchor: t.anchor, append: 'last' as const };
        pageTheme(place.anchor);
        return place;
      });
      const asked = estimate(batch.map((at) => tiles[at].message));
      // Writes.
      const badges: MountedBadge[] = [];
      for (const [i, at] of batch.entries()) {
        const badge = await mountBadge(ctx, places[i].anchor, {
          compact: true,
          product: tiles[at].message,
          append: places[i].append,
        });
        if (gen !== generation) {
          badge.remove();
          return null;
        }
        keep(badge);
        badges.push(badge);
      }
      replies.push(
        asked.then((got) =>
          batch.forEach((at, i) => {
            out[at] = got[i];
            badges[i].update(badgeState(got[i]));
          }),
        ),
      );
    }
    await Promise.all(replies);
    return gen === generation ? out : null;
  }

  /** Listing tiles: remember their figures; offer the highlight once three or more are known. */
  function listTiles(tiles: Tile[], estimates: (Estimate | string)[] | null, gen: number) {
    if (!estimates) return;
    tiles.forEach((t, i) => {
      const e = estimates[i];
      listed.push({ anchor: t.anchor, kg: typeof e === 'string' || !e ? null : e.kgCO2e });
    });
    if (highlight || listed.filter((t) => t.kg !== null).length < MIN_TO_COMPARE) return;
    highlight = mountHighlight(ctx, () => listed).then((h) => (gen === generation ? keep(h) : h.remove()));
  }

  async function orderCard(order: Order, tiles: Tile[], estimates: (Estimate | string)[], gen: number) {
    const host = location.hostname.replace(/^www\./, '');
    const keys = orderLineKeys(
      host,
      order,
      tiles.map((t) => t.item),
    );
    const card = await mountOrderCard(ctx, tiles[0].anchor, {
      order,
      lines: tiles.map((t, i) => ({
        message: t.message,
        quantity: t.item.quantity ?? 1,
        key: keys[i]!,
        estimate: estimates[i],
      })),
    });
    if (gen !== generation) return card.remove();
    keep(card);
  }

  /**
   * One order on the page (confirmation or details): one card for it. An order history: one card per
   * order, its lines tied to it by the order number printed above them (lib/inpage/order-groups.ts);
   * where that is not clear, no card (each line keeps its badge).
   */
  async function orderCards(orders: Order[], tiles: Tile[], estimates: (Estimate | string)[], gen: number) {
    if (orders.length === 1) return orderCard(orders[0]!, tiles, estimates, gen);
    const groups = groupLinesByOrder(
      document,
      orders,
      tiles.map((t) => t.anchor),
    );
    for (const [n, lines] of (groups ?? []).entries()) {
      if (lines.length)
        await orderCard(
          orders[n]!,
          lines.map((i) => tiles[i]!),
          lines.map((i) => estimates[i]!),
          gen,
        );
    }
  }

  function newTiles(items: Item[], anchors: (Element | null)[], url: string, isOrder: boolean): Tile[] {
    const tiles: Tile[] = [];
    items.forEach((item, i) => {
      const anchor = anchors[i];
      if (!anchor || !item.title || seen.has(anchor)) return;
      seen.add(anchor);
      if (anchor.parentElement) tileParents.add(anchor.parentElement);
      // On an order page `quantity` is how many were bought (the ledger's multiplier), not a pack size.
      const packSize = isOrder ? null : item.quantity;
      const message = toMessage(
        {
          title: item.title,
          price: item.price,
          currency: item.currency,
          quantity: packSize,
          url: item.url,
          brand: item.brand ?? null,
        },
        url,
      );
      tiles.push({ anchor, item, message });
    });
    return tiles;
  }

  /** Tiles appended beside known ones (infinite scroll): read just them, not the whole page. */
  async function addedTiles(elements: Element[]) {
    const gen = generation;
    const url = location.href;
    const { items, anchors } = readTiles(elements, document, new URL(url));
    const tiles = newTiles(items, anchors, url, false);
    if (tiles.length) listTiles(tiles, await tileBadges(tiles, gen), gen);
  }

  async function scan() {
    const gen = generation;
    const url = location.href;
    const { result, anchors } = extractPageWithAnchors(document, url);

    if (result.kind === 'product' && result.product?.title && anchors.product && !seen.has(anchors.product)) {
      seen.add(anchors.product);
      await productBadge(toMessage({ ...result.product, title: result.product.title }, url), anchors.product, gen);
      return;
    }
    if (result.kind !== 'listing' && result.kind !== 'order') return;

    const tiles = newTiles(result.items, anchors.items, url, result.kind === 'order');
    if (!tiles.length) return;
    const estimates = await tileBadges(tiles, gen);
    if (result.kind === 'listing') listTiles(tiles, estimates, gen);
    if (estimates && result.kind === 'order') await orderCards(result.orders ?? [], tiles, estimates, gen);
  }

  // The user turned built-in shops off (the background says so): leave this page untouched.
  let stopped = false;
  function stop() {
    stopped = true;
    observer.disconnect();
    clear();
  }
  const failed = (e: unknown) => console.debug('[embodied] scan failed', e);
  const safeScan = () => (stopped ? Promise.resolve() : scan().catch(failed));

  // Infinite scroll and late-rendered content: only what was added is looked at, in idle time.
  const added = createAddedNodes(ctx, {
    isKnownTileSlot: (el) => el.parentElement !== null && tileParents.has(el.parentElement),
    onTiles: (els) => addedTiles(els).catch(failed),
    onMayHoldProducts: safeScan,
  });
  const observer = new MutationObserver((records) => added.collect(records));
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

  // The first extraction runs in a task of its own, not in the one that evaluated this script.
  ctx.setTimeout(safeScan, 0);
}
