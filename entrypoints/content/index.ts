/**
 * The always-on part: a small detector on every page of the known shops (and, at run time, on the
 * sites the user allowed). It reads cheap signals (lib/content/detect.ts); only when the page can
 * hold a product, a listing or an order does it ask the background to inject the on-demand part
 * (extraction + badges, entrypoints/on-demand.content.ts) into this frame. Pages without products
 * are left untouched: no extraction code is parsed there.
 *
 * Nothing here may import lib/extract, Preact or Zod: this file is the always-on budget (15 kB gz).
 */
import { browser } from 'wxt/browser';
import { pageSignal } from '../../lib/content/detect';
import { PAGE_INJECT } from '../../lib/content/inject-message';

/** Set by the build (wxt.config.ts) from the shop registry, so the registry is not bundled here. */
declare const __EMBODIED_SHOP_MATCHES__: string[];

/** Late-rendering pages (client-side shops): look again when the DOM grows, at most this often... */
const RECHECK_MS = 500;
/** ...and this many times per URL, so a busy page without products costs next to nothing. */
const MAX_RECHECKS = 20;

export default defineContentScript({
  matches: __EMBODIED_SHOP_MATCHES__,
  runAt: 'document_idle',
  main(ctx) {
    const flags = globalThis as { __embodiedDetector?: boolean };
    // The manifest script and a run-time registration (all sites) may both match: run once.
    if (flags.__embodiedDetector) return;
    flags.__embodiedDetector = true;

    let asked = false;
    let checks = 0;
    let timer: number | undefined;

    const check = () => {
      timer = undefined;
      if (asked || ctx.isInvalid) return;
      checks++;
      if (!pageSignal(document, new URL(location.href))) return;
      asked = true;
      observer.disconnect();
      // The on-demand part follows single-page navigations itself from here on.
      browser.runtime.sendMessage({ type: PAGE_INJECT }).catch(() => undefined);
    };
    const schedule = () => {
      if (asked || timer !== undefined || checks >= MAX_RECHECKS) return;
      timer = ctx.setTimeout(check, RECHECK_MS);
    };

    const observer = new MutationObserver(schedule);
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      checks = 0;
      schedule();
    });

    check();
    if (!asked && document.body) observer.observe(document.body, { childList: true, subtree: true });
  },
});
