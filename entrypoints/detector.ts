/**
 * The always-on part: a small detector on every page of the known shops (and, at run time, on the
 * sites the user allowed). It reads cheap signals (lib/content/detect.ts); only when the page can
 * hold a product, a listing or an order does it ask the background to inject the on-demand part
 * (extraction + badges, entrypoints/on-demand.content.ts) into this frame. Pages without products
 * are left untouched: no extraction code is parsed there.
 *
 * Why an unlisted script and not a WXT content script: WXT wraps every content script in a
 * ContentScriptContext, which pulls in the webextension polyfill and, for location changes, a
 * 1 s poll; both cost more main-thread time on every shop page than the detection itself. This
 * file is added to the manifest's content scripts by wxt.config.ts and uses the browser's own
 * `browser` / `chrome` namespace (runtime.sendMessage returns a promise in both MV3 browsers).
 *
 * Nothing here may import lib/extract, Preact, Zod or wxt/browser: this is the always-on budget
 * (15 kB gz, `npm run bench -- bundles`).
 */
import { injectKind, pageSignal } from '../lib/content/detect';
import { ON_DEMAND_MARK, PAGE_INJECT } from '../lib/content/inject-message';
import { createRecheck } from '../lib/content/recheck';

/** Set by the build (wxt.config.ts): match patterns of the shops whose product pages need the full script. */
declare const __EMBODIED_FULL_PRODUCT__: string[];

interface RuntimeApi {
  runtime?: { id?: string; sendMessage(message: unknown): Promise<unknown> };
}
interface Navigation {
  addEventListener(type: 'currententrychange', listener: () => void): void;
}

/** Without the Navigation API, the URL is compared this often (ms) until the page said yes. */
const URL_POLL_MS = 1000;

export default defineUnlistedScript(() => {
  const g = globalThis as {
    __embodiedDetector?: boolean;
    [ON_DEMAND_MARK]?: boolean;
    browser?: RuntimeApi;
    chrome?: RuntimeApi;
  };
  // The manifest script and a run-time registration (all sites) may both match: run once.
  if (g.__embodiedDetector) return;
  g.__embodiedDetector = true;
  // The runtime API is touched only to ask: Chromium builds an API's bindings in this world on its
  // first use, which costs more than all the looks on a page without products. (A script orphaned
  // by an extension update needs no check: its looks end with the schedule, its ask fails quietly.)
  const recheck = createRecheck({
    look: () => pageSignal(document, new URL(location.href)) !== null,
    ask: () => {
      // Already in (the toolbar button ran it): nothing to ask. The request names the script: the
      // product bundle for a declared product page, else the full one (lib/content/detect.ts). Otherwise mark it as coming, in this
      // world the background's probe reads, so that the background can inject without probing.
      if (g[ON_DEMAND_MARK]) return;
      g[ON_DEMAND_MARK] = true;
      try {
        // Refused (built-in shops turned off) or failed: unmark, so the toolbar button can still run it.
        const unmark = () => (g[ON_DEMAND_MARK] = false);
        (g.browser ?? g.chrome)?.runtime
          ?.sendMessage({
            type: PAGE_INJECT,
            bundle: injectKind(document, new URL(location.href), __EMBODIED_FULL_PRODUCT__),
          })
          .then((reply) => (reply as { ok?: unknown } | undefined)?.ok === true || unmark(), unmark);
      } catch {
        g[ON_DEMAND_MARK] = false;
        // the extension was updated or removed: this script's API is gone
      }
    },
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle as number),
  });

  // Single-page navigations before the page said yes (a shop's home page, then a product): look
  // again on the new URL. The on-demand part follows the page itself once it is in.
  let href = location.href;
  const urlChanged = () => {
    if (location.href === href) return;
    href = location.href;
    recheck.start();
  };
  const navigation = (globalThis as { navigation?: Navigation }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', urlChanged);
  } else {
    const poll = setInterval(() => (recheck.asked ? clearInterval(poll) : urlChanged()), URL_POLL_MS);
  }

  recheck.start();
});
