/**
 * What the on-demand content script does on a page: extract, ask the background for estimates,
 * place badges. Everything it creates (badges, observers, timers, listeners) is tied to `ctx` and
 * released when the script is invalidated or the page navigates (single-page apps).
 *
 * Later DOM changes are handled incrementally (lib/content/added-nodes.ts): added nodes are
 * collected, sorted per idle period with a per-slice budget, new tiles beside known tiles are read
 * on their own, and the whole page is extracted again only when an added node may hold products.
 * Listing tiles are badged only as they come near the viewport (lib/content/near-tiles.ts), in
 * time-bounded slices, all reads of a slice before all of its writes: the page's rendering passes,
 * not our script, were most of the cost on long listings (devtools.timeline trace, bench/README.md).
 * Where the shop plans its listing (lib/extract/listing-plan.ts), a tile is also extracted only
 * then: reading all 100 tiles of a long listing up front was the longest task left (CPU profile).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findPriceElement } from '../../lib/content/price-anchor';
import { orderLineKeys } from '../../lib/content/order-keys';
import { toMessage } from '../../lib/content/to-message';
import type { extractPageWithAnchors } from '../../lib/extract';
import type { readTiles } from '../../lib/extract/listing-generic';
import type { TilePlan } from '../../lib/extract/listing-plan';
import { createAddedNodes } from '../../lib/content/added-nodes';
import { createNearTiles, NEAR_MARGIN, type NearEnv, type NearTiles } from '../../lib/content/near-tiles';
import type { Item, Order } from '../../lib/extract/types';
import type { Estimate } from '../../lib/estimate/schema';
import { BUILT_IN_SHOPS_OFF, MAX_BATCH } from '../../lib/messaging/limits';
import { send } from '../../lib/messaging/client';
import type { ProductMessage } from '../../lib/messaging/protocol';
import { mountBadge, pageTheme, type Mounted, type MountedBadge } from './badge';
import type { Theme } from '../../lib/content/theme';
import { mountOrderCard } from './order-card';
import { groupLinesByOrder } from '../../lib/inpage/order-groups';
import { linePricesFromTotals } from '../../lib/inpage/order-prices';
import { MIN_TO_COMPARE } from '../../lib/inpage/highlight';
import { mountHighlight, type ListedTile } from './highlight';

/**
 * Order lines are badged in batches, each batch one burst of DOM writes after all of its reads, so
 * that the page runs one style/layout/paint pass per batch (on a long page each pass costs tens of
 * ms). Listing tiles go by time instead, as they come near the viewport (lib/content/near-tiles.ts).
 */
const BATCH = 50;

/** Yields to the event loop (input, the page's own tasks) between batches; no frame is waited for. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Where a tile's badge goes: after its price, else at the end of the tile; and the page's scheme there. */
interface Place {
  anchor: Element;
  append: 'after' | 'last';
  theme: Theme | null;
}

/**
 * The scheme the last badge placed in a tile of this parent found (tiles of one grid share their
 * template): the scheme of a tile the page has just added, whose own styles are not computed yet.
 */
const slotThemes = new WeakMap<Element, Theme | null>();

/**
 * Where a tile's badge goes (price element, page theme). pageTheme remembers what it read for the rest
 * of this task, so the writes that follow read no styles in between. `early`: the tile was just
 * added and the page has not laid it out; reading its styles would force the page's pending style
 * pass into this task, so its scheme is its siblings' (slotThemes; the caller checks there is one).
 */
function placeOf(t: Tile, early = false): Place {
  const price = findPriceElement(t.anchor, t.item.price);
  const at = price ? { anchor: price, append: 'after' as const } : { anchor: t.anchor, append: 'last' as const };
  const slot = t.anchor.parentElement;
  if (early) return { ...at, theme: (slot && slotThemes.get(slot)) ?? null };
  const theme = pageTheme(at.anchor);
  if (slot) slotThemes.set(slot, theme);
  return { ...at, theme };
}

const badgeState = (e: Estimate | string) =>
  typeof e === 'string' ? ({ status: 'error', message: e } as const) : ({ status: 'ready', estimate: e } as const);

/** What writing one badge costs before any was written (ms): see `writeMs` in runOnPage. */
const COLD_WRITE_MS = 4;

/** A hidden tab renders no frames: a slice waiting for one runs after this long anyway. */
const FRAME_FALLBACK_MS = 100;

/** How often afterFrame looks whether the frame's report was computed (about a frame). */
const FRAME_LOOK_MS = 16;

/**
 * Runs `cb` once the browser has rendered its next frame, in a task of its own: an
 * IntersectionObserver reports a newly observed element so (after the frame's layout). Not
 * requestAnimationFrame: its callback runs inside the rendering task, before that frame's style and
 * layout, so our reads would wait for them and our code would share the page's rendering task.
 * Chromium computes the report in the frame but, after a long frame, delivers it only after a
 * second one (lib/content/near-tiles.ts): timers look for it (`takeRecords`) meanwhile.
 */
function afterFrame(ctx: ContentScriptContext, cb: () => void) {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    io.disconnect();
    cb();
  };
  const io = new IntersectionObserver(run);
  io.observe(document.documentElement);
  const look = () => {
    if (done) return;
    if (io.takeRecords().length) run();
    else ctx.setTimeout(look, FRAME_LOOK_MS);
  };
  ctx.setTimeout(look, FRAME_LOOK_MS);
  ctx.setTimeout(run, FRAME_FALLBACK_MS);
}

/** The browser side of lib/content/near-tiles.ts. */
const nearEnv = (ctx: ContentScriptContext): NearEnv => ({
  observer: (onEntries) => new IntersectionObserver(onEntries, { rootMargin: NEAR_MARGIN }),
  afterFrame: (cb) => afterFrame(ctx, cb),
  later: (cb, ms) => void ctx.setTimeout(cb, ms),
  now: () => performance.now(),
  viewportHeight: () => innerHeight,
});

interface Tile {
  anchor: Element;
  item: Item;
  message: ProductMessage;
}

const itemsOf = (tiles: readonly Tile[]) => tiles.map((t) => t.item);

type Estimated = (Estimate | string)[];

function tileOf(item: Item, title: string, anchor: Element, url: string, isOrder: boolean): Tile {
  // On an order page `quantity` is how many were bought (the ledger's multiplier), not a pack size.
  const packSize = isOrder ? null : item.quantity;
  const message = toMessage(
    {
      title,
      price: item.price,
      currency: item.currency,
      quantity: packSize,
      url: item.url,
      brand: item.brand ?? null,
    },
    url,
    document.documentElement.getAttribute('lang'),
  );
  return { anchor, item, message };
}

/**
 * Each order's lines (indexes into `tiles`, null when not clear): all of them for a single order, else
 * by the order numbers printed above them. An order of one unpriced line is priced from its total
 * (lib/inpage/order-prices.ts): its message says so.
 */
function orderLines(orders: Order[], tiles: Tile[]): number[][] | null {
  const groups =
    orders.length === 1
      ? [tiles.map((_, i) => i)]
      : groupLinesByOrder(
          document,
          orders,
          tiles.map((t) => t.anchor),
        );
  for (const { line, price, currency } of linePricesFromTotals(orders, groups ?? [], itemsOf(tiles))) {
    const t = tiles[line]!;
    t.message = { ...t.message, price, currency, priceIsOrderTotal: true };
  }
  return groups;
}

/** A listing tile waiting near the viewport: read already (whole-page extraction) or on its turn (a plan's tile). */
interface Pending {
  anchor: Element;
  tile: Tile | null;
}

/**
 * The elements in `records`' added nodes, bar our own badges: where a planned listing's appended tiles
 * are looked for at once (the MutationObserver in runOnPage), not after added-nodes' idle wait.
 */
const addedElements = (records: readonly MutationRecord[]) =>
  records.flatMap((r) =>
    Array.from(r.addedNodes).filter(
      (n): n is Element => n.nodeType === 1 && !(n as Element).localName.startsWith('embodied-'),
    ),
  );

/**
 * The extraction a script brings (imported by its entry, so that a bundle holds only its own): the
 * full script all of it (entrypoints/on-demand.content.ts); the listing bundle
 * (entrypoints/on-demand-listing.content.ts) only the shops' listing plans. Where a page needs what
 * the script lacks (no plan, and no whole extraction), the script clears up, ends its context and
 * calls `handOver` (the full script is asked for).
 */
export interface PageKit {
  planListing(doc: Document, url: URL): TilePlan | null;
  extractPage: typeof extractPageWithAnchors | null;
  readTiles: typeof readTiles | null;
  handOver?: () => void;
}

const NO_TILES = { items: [], anchors: [] };

/** Stops this script on the page (badges, observers, context) and asks for the full script. */
function handOver(ctx: ContentScriptContext, kit: PageKit, stop: () => void) {
  stop();
  ctx.abort('handed over to the full on-demand script');
  kit.handOver?.();
}

export function runOnPage(ctx: ContentScriptContext, kit: PageKit) {
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
    near?.dispose();
    near = null;
    plan = null;
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

  async function productBadge(product: ProductMessage, anchor: Element, gen: number) {
    const badge = await mountBadge(ctx, anchor, {
      compact: false,
      product,
      readsPage: true,
    });
    if (gen !== generation) return badge.remove();
    keep(badge);
    const [e] = await estimate([product]);
    badge.update(badgeState(e));
  }

  /**
   * Per-badge cost of the write phase so far (ms): a slice reads only as many tiles as it can then
   * write. Before the first slice has measured it, the cold cost: the first badges run Preact, the
   * style sheet and the messages for the first time (several ms each in the bench's CPU profile),
   * so the first slice must not take a warm slice's count of tiles.
   */
  let writeMs = COLD_WRITE_MS;

  /**
   * Badges for `tiles` at `places` (read before): one estimate request (its round trip overlaps the
   * writes), every badge host written in one go, then one update per badge when the reply comes.
   * Resolves to the estimates in the order of `tiles`, or null after a navigation.
   */
  async function badgeSlice(tiles: readonly (readonly [Tile, Place])[], gen: number) {
    // Asked from a task of its own: sending is not free (the message is serialised and handed to the
    // browser; up to tens of ms in the bench's CPU profile under load), and the slice's task is
    // the one that must stay short. The reply comes long after the writes either way.
    const asked = nextTask().then(() => estimate(tiles.map(([t]) => t.message)));
    const badges: MountedBadge[] = [];
    const start = performance.now();
    for (const [t, place] of tiles) {
      const badge = await mountBadge(ctx, place.anchor, {
        compact: true,
        product: t.message,
        append: place.append,
        theme: place.theme,
      });
      if (gen !== generation) {
        badge.remove();
        return null;
      }
      keep(badge);
      badges.push(badge);
    }
    writeMs = Math.max(0.2, (performance.now() - start) / tiles.length);
    const got = await asked;
    if (gen !== generation) return null;
    badges.forEach((b, i) => b.update(badgeState(got[i])));
    return got;
  }

  /** Order lines: all of them, in batches (see BATCH); the estimates in the order of `tiles`, or null after a navigation. */
  async function allTileBadges(tiles: Tile[], gen: number): Promise<(Estimate | string)[] | null> {
    const replies: Promise<(Estimate | string)[] | null>[] = [];
    for (let i = 0; i < tiles.length; i += BATCH) {
      if (i > 0) await nextTask();
      if (gen !== generation) return null;
      const batch = tiles.slice(i, i + BATCH).map((t) => [t, placeOf(t)] as const);
      replies.push(badgeSlice(batch, gen));
    }
    const got = await Promise.all(replies);
    return got.some((g) => g === null) ? null : got.flatMap((g) => g!);
  }

  /** Listing tiles near the viewport; the listing's plan when the shop has one (both dropped by `clear`). */
  let near: NearTiles<Pending> | null = null;
  let plan: { plan: TilePlan; url: string } | null = null;
  /** A plan's tile is read on its turn; null (a placeholder, read already; early: no sibling's scheme known) is skipped. */
  function readPending({ anchor, tile }: Pending, early: boolean): [Tile, Place] | null {
    if (early && !(anchor.parentElement && slotThemes.has(anchor.parentElement))) return null;
    const item = tile || !plan || seen.has(anchor) || !anchor.isConnected ? null : plan.plan.read(anchor);
    const t = tile ?? (item && plan ? newTiles([item], [anchor], plan.url, false)[0] : undefined);
    return t ? [t, placeOf(t, early)] : null;
  }

  function nearTiles(gen: number): NearTiles<Pending> {
    near ??= createNearTiles<Pending, [Tile, Place]>(nearEnv(ctx), (t) => t.anchor, {
      // A plan's tile is read on its turn; null (a placeholder, or read already) is skipped.
      read: (pending) => readPending(pending, false),
      readEarly: (pending) => readPending(pending, true),
      write: (got) => badgeSlice(got, gen).then((e) => listTiles(got, e, gen), failed),
      writeMs: () => writeMs,
    });
    return near;
  }

  /** A planned listing: its tiles watched, none read until near; `appended`: just added (near-tiles `appended`). */
  function watchPlanned(tiles: readonly Element[], gen: number, appended = false) {
    for (const t of tiles) if (t.parentElement) tileParents.add(t.parentElement);
    const pending = tiles.map((anchor) => ({ anchor, tile: null }));
    if (appended) nearTiles(gen).appended(pending);
    else nearTiles(gen).add(pending);
  }

  /** Listing tiles: remember their figures; offer the highlight once three or more are known. */
  function listTiles(tiles: readonly (readonly [Tile, Place])[], estimates: (Estimate | string)[] | null, gen: number) {
    if (!estimates) return;
    tiles.forEach(([t], i) => {
      const e = estimates[i];
      listed.push({ anchor: t.anchor, kg: typeof e === 'string' || !e ? null : e.kgCO2e });
    });
    if (highlight || listed.filter((t) => t.kg !== null).length < MIN_TO_COMPARE) return;
    highlight = mountHighlight(ctx, () => listed).then((h) => (gen === generation ? keep(h) : h.remove()));
  }

  async function orderCard(order: Order, tiles: Tile[], estimates: (Estimate | string)[], gen: number) {
    const items = itemsOf(tiles);
    const keys = orderLineKeys(location.hostname.replace(/^www\./, ''), order, items);
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
   * One card per order, with its lines (`orderLines`): on an order history, tied to it by the order number
   * above them (lib/inpage/order-groups.ts); where that is not clear, no card (each line keeps its badge).
   */
  async function orderCards(orders: Order[], groups: number[][], tiles: Tile[], estimates: Estimated, gen: number) {
    for (const [n, lines] of groups.entries()) {
      const pick = <T>(all: T[]) => lines.map((i) => all[i]!);
      if (lines.length) await orderCard(orders[n]!, pick(tiles), pick(estimates), gen);
    }
  }

  function newTiles(items: Item[], anchors: (Element | null)[], url: string, isOrder: boolean): Tile[] {
    const tiles: Tile[] = [];
    items.forEach((item, i) => {
      const anchor = anchors[i];
      if (!anchor || !item.title || seen.has(anchor)) return;
      seen.add(anchor);
      if (anchor.parentElement) tileParents.add(anchor.parentElement);
      tiles.push(tileOf(item, item.title, anchor, url, isOrder));
    });
    return tiles;
  }

  /** Tiles appended beside known ones (infinite scroll): read just them, not the whole page. */
  async function addedTiles(elements: Element[]) {
    const gen = generation;
    // A planned listing: the added tiles are only found here, and read when they come near.
    if (plan) return watchPlanned(plan.plan.tilesIn(elements), gen);
    const { items, anchors } = kit.readTiles?.(elements, document, new URL(location.href)) ?? NO_TILES;
    const tiles = newTiles(items, anchors, location.href, false);
    if (tiles.length && gen === generation) nearTiles(gen).add(tiles.map((tile) => ({ anchor: tile.anchor, tile })));
  }

  async function scan() {
    const [gen, url] = [generation, location.href];
    // A listing the shop declares (by URL) and can find the tiles of: no tile is read before it is near.
    const planned = kit.planListing(document, new URL(url));
    if (planned) {
      plan = { plan: planned, url };
      return watchPlanned(planned.tiles, gen);
    }
    // Not this script's page (the listing bundle without a plan): the full script takes over.
    if (!kit.extractPage) return handOver(ctx, kit, stop);
    const { result, anchors } = kit.extractPage(document, url);

    if (result.kind === 'product' && result.product?.title && anchors.product && !seen.has(anchors.product)) {
      seen.add(anchors.product);
      await productBadge(
        toMessage(
          { ...result.product, title: result.product.title },
          url,
          document.documentElement.getAttribute('lang'),
        ),
        anchors.product,
        gen,
      );
      return;
    }
    if (result.kind !== 'listing' && result.kind !== 'order') return;

    const tiles = newTiles(result.items, anchors.items, url, result.kind === 'order');
    if (!tiles.length) return;
    if (result.kind === 'listing') return nearTiles(gen).add(tiles.map((tile) => ({ anchor: tile.anchor, tile })));
    const orders = result.orders ?? [];
    const groups = orderLines(orders, tiles);
    const estimates = await allTileBadges(tiles, gen);
    if (estimates) await orderCards(orders, groups ?? [], tiles, estimates, gen);
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
  const observer = new MutationObserver((records) => {
    if (plan) watchPlanned(plan.plan.tilesIn(addedElements(records)), generation, true);
    added.collect(records);
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

  // The first extraction runs in a task of its own, not in the one that evaluated this script.
  ctx.setTimeout(safeScan, 0);
}
