import { browser } from 'wxt/browser';
import { FULL_INJECT_REQUEST } from '../../lib/content/inject-message';

/**
 * A smaller bundle of the on-demand part (product, listing) that cannot decide the page asks the
 * background for the full script (entrypoints/background/inject.ts).
 */
export function handOverToFullScript(): void {
  browser.runtime
    .sendMessage(FULL_INJECT_REQUEST)
    .catch((e: unknown) => console.debug('[embodied] hand-over failed', e));
}
