/**
 * The on-demand part: extraction, estimates and badges. Not in the manifest's content scripts
 * (registration 'runtime'; its matches only become host permissions for the known shops, which the
 * detector's matches already warn about at install): the background injects the built file
 * (content-scripts/on-demand.js) with scripting.executeScript into a frame whose detector said yes,
 * or into the active tab when the user clicks the toolbar button. `ctx` works as in any WXT content
 * script: invalidated on extension update, location changes followed.
 */
import { runOnPage } from './content/page';

/** Set by the build (wxt.config.ts) from the shop registry. */
declare const __EMBODIED_SHOP_MATCHES__: string[];

export default defineContentScript({
  registration: 'runtime',
  matches: __EMBODIED_SHOP_MATCHES__,
  main(ctx) {
    runOnPage(ctx);
  },
});
