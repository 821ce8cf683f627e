/**
 * The on-demand part: extraction, estimates and badges. Not in the manifest's content scripts
 * (registration 'runtime'; its matches only become host permissions for the known shops, which the
 * detector's matches already warn about at install): the background injects the built file
 * (content-scripts/on-demand.js) with scripting.executeScript into a frame whose detector said yes,
 * or into the active tab when the user clicks the toolbar button. `ctx` works as in any WXT content
 * script: invalidated on extension update, location changes followed.
 */
import { runOnPage } from './content/page';
import { extractPageWithAnchors } from '../lib/extract';
import { readTiles } from '../lib/extract/listing-generic';
import { planListing } from '../lib/extract/listing';

/** Set by the build (wxt.config.ts) from the shop registry. */
declare const __EMBODIED_SHOP_MATCHES__: string[];

export default defineContentScript({
  registration: 'runtime',
  matches: __EMBODIED_SHOP_MATCHES__,
  // WXT's context announces its start to older copies both with a DOM event and with a
  // window.postMessage (for scripts built by WXT before 0.20.8). The postMessage reaches the page's
  // own message listeners and makes Chromium capture the caller's source location, which re-parses
  // the injected script for its positions: A/B on the product page, added script time median
  // 122 -> 100 ms (7 interleaved pairs, under load). Every copy of this script comes from this
  // build, so the DOM event is enough.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runOnPage(ctx, { planListing, extractPage: extractPageWithAnchors, readTiles });
  },
});
