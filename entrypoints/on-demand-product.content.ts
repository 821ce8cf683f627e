/**
 * The on-demand part for a page the detector takes for a product page (lib/content/detect.ts,
 * `injectKind`): the product extraction and its badge only (entrypoints/content/product-page.ts),
 * without the listing and order code of the full script (entrypoints/on-demand.content.ts), which
 * such a page would compile and evaluate for nothing. Injected like the full script
 * (content-scripts/on-demand-product.js, scripting.executeScript, never web-accessible). Where the
 * page turns out not to be a declared product page, it hands over to the full script.
 */
import { runOnProductPage } from './content/product-page';
import { handOverToFullScript } from './content/hand-over';

/** Set by the build (wxt.config.ts) from the shop registry. */
declare const __EMBODIED_SHOP_MATCHES__: string[];

export default defineContentScript({
  registration: 'runtime',
  matches: __EMBODIED_SHOP_MATCHES__,
  // As in the full script (entrypoints/on-demand.content.ts): no start-up postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runOnProductPage(ctx, handOverToFullScript);
  },
});
