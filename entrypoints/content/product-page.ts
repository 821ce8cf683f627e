/**
 * The product bundle's page wiring (entrypoints/on-demand-product.content.ts): what page.ts does on a
 * product page, and nothing of its listing and order code, so a product page compiles and evaluates
 * a smaller script. It reads the page's facts (lib/extract/facts-page.ts: the DOM reads only) and the
 * background worker reads the product from them and estimates it (lib/extract/facts.ts), so the
 * page compiles none of the extraction's word, unit and money rules.
 *
 * Where the facts cannot decide (the shop says listing or order, nothing is declared, the price is
 * only in the page text, or the shop's product needs code), or a
 * single-page navigation or a late render leads to such a page, this script hands over: it removes
 * its badges, disconnects, invalidates its context and calls `handOver`, which asks the background
 * for the full on-demand script (entrypoints/on-demand.content.ts). The full script then does
 * everything on this document, as if it had been injected first.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createAddedNodes } from '../../lib/content/added-nodes';
import { collectProductFacts } from '../../lib/extract/facts-page';
import { pageSpecFor, type PageSpec } from '../../lib/extract/shops/page-spec';
import { BUILT_IN_SHOPS_OFF } from '../../lib/messaging/limits';
import { send } from '../../lib/messaging/client';
import { mountBadge, type Mounted } from './badge';

/**
 * Set by the build (wxt.config.ts) from the shop registry (lib/extract/shops/page-specs.ts), as JSON
 * text: parsed at the first scan, where an object literal of every shop's spec would be compiled
 * and built as part of the scan function on every page load.
 */
declare const __EMBODIED_PAGE_SPECS_JSON__: string;
let specs: PageSpec[] | null = null;
const pageSpecs = () => (specs ??= JSON.parse(__EMBODIED_PAGE_SPECS_JSON__) as PageSpec[]);

/** The part of the Navigation API used here (not in every browser, nor in TypeScript's DOM types yet). */
interface NavigationEvents {
  addEventListener(type: 'currententrychange', listener: () => void): void;
  removeEventListener(type: 'currententrychange', listener: () => void): void;
}

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

  /** Stopped first: the full script starts on a page without this script's badges or observers. */
  function handOff() {
    stop();
    ctx.abort('handed over to the full on-demand script');
    handOver();
  }

  async function scan() {
    const gen = generation;
    const page = collectProductFacts(document, location.href, pageSpecFor(pageSpecs(), new URL(location.href)));
    if (page.kind === 'undecided') return handOff();
    const first = page.anchor;
    if (!first || seen.has(first)) return;
    seen.add(first);
    const reply = await send({ type: 'estimate.facts', facts: page.facts });
    if (!reply.ok && reply.error === BUILT_IN_SHOPS_OFF) return stop();
    if (gen !== generation || stopped) return;
    if (!reply.ok) return console.debug('[embodied] no estimate', reply.error);
    if (reply.kind === 'undecided') return handOff();
    if (reply.kind === 'none') return;
    const anchor = page.anchorFor(reply.product.price) ?? first;
    seen.add(anchor);
    // The estimate came with the product: the badge is drawn once, with it.
    const badge = await mountBadge(ctx, anchor, {
      compact: false,
      product: reply.product,
      initial: { status: 'ready', estimate: reply.estimate },
      readsPage: true,
    });
    if (gen !== generation) return badge.remove();
    mounted.push(badge);
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
  // The Navigation API where the browser has it: WXT's location event polls the URL every second.
  let lastUrl = location.href;
  const navigated = () => {
    if (location.href === lastUrl) return;
    lastUrl = location.href;
    clear();
    safeScan();
  };
  const navigation = (globalThis as { navigation?: NavigationEvents }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', navigated);
    ctx.onInvalidated(() => navigation.removeEventListener('currententrychange', navigated));
  } else ctx.addEventListener(window, 'wxt:locationchange', navigated);

  // The first extraction runs in a task of its own, not in the one that evaluated this script.
  ctx.setTimeout(safeScan, 0);
}
