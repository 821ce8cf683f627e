/**
 * The on-demand part: extraction, estimates and badges. Not in the manifest's content scripts: the
 * background injects the built file (on-demand.js) with scripting.executeScript into a frame whose
 * detector said yes, or into the active tab when the user clicks the toolbar button. Its host
 * permissions are the known shops' (wxt.config.ts), the same the detector's matches already warn
 * about at install.
 *
 * An unlisted script, not a WXT content script, like the detector: WXT's ContentScriptContext
 * brings the webextension polyfill (13 kB with the context) and a 1 s location poll into every
 * product page, and its start-up window.postMessage alone cost about a fifth of this script's time
 * there (bench/README.md). entrypoints/content/context.ts does what this script needs of it.
 */
import { runOnPage } from './content/page';
import { createPageContext } from './content/context';

export default defineUnlistedScript(() => {
  runOnPage(createPageContext());
});
