/**
 * The on-demand part for a page the detector takes for a shop's search results (lib/content/detect.ts,
 * `injectKind`): the page wiring of the full script (entrypoints/content/page.ts) with only the shops'
 * listing plans (lib/extract/entry-listing.ts), without the generic product, listing and order
 * extraction, which such a page would compile and evaluate for nothing (that evaluation was the
 * listing's longest task). Injected like the full script (content-scripts/on-demand-listing.js,
 * scripting.executeScript, never web-accessible). Where the page has no plan (or a single-page
 * navigation leads to one without), it hands over to the full script.
 */
import { runOnPage } from './content/page';
import { handOverToFullScript } from './content/hand-over';
import { planListing } from '../lib/extract/entry-listing';

/** Set by the build (wxt.config.ts) from the shop registry. */
declare const __EMBODIED_SHOP_MATCHES__: string[];

export default defineContentScript({
  registration: 'runtime',
  matches: __EMBODIED_SHOP_MATCHES__,
  // As in the full script (entrypoints/on-demand.content.ts): no start-up postMessage.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runOnPage(ctx, {
      planListing,
      extractPage: null,
      readTiles: null,
      handOver: handOverToFullScript,
    });
  },
});
