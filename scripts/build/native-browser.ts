/**
 * The in-page scripts without the webextension polyfill. The `@wxt-dev/webextension-polyfill`
 * module makes every bundle's `wxt/browser` the polyfill (the background, popup and options keep
 * it). The scripts injected into shop pages (the on-demand scripts and the panel) use only promise
 * APIs that both browsers' MV3 namespaces have natively (`runtime.sendMessage`, `runtime.id`), so
 * there `wxt/browser` is WXT's own `browser` (`globalThis.browser` in Firefox, `chrome` in
 * Chromium): 9.6 kB less to parse and compile on every page they go into.
 *
 * Applied per build from wxt.config.ts's `vite:build:extendConfig` hook: WXT builds each content
 * script in a Vite build of its own.
 */
import type { Plugin } from 'vite';

/** The polyfill's module, as the WXT module's alias names it. */
const POLYFILL = '@wxt-dev/webextension-polyfill/browser';
/** WXT's own `browser` (what `wxt/browser` is without the module). */
const NATIVE = '@wxt-dev/browser';

/** The entrypoints that run in web pages and are built without the polyfill. */
export const IN_PAGE_ENTRYPOINTS: readonly string[] = ['on-demand', 'on-demand-product', 'on-demand-listing'];

export function nativeBrowser(): Plugin {
  return {
    name: 'embodied:native-browser',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (source !== POLYFILL && source !== 'wxt/browser') return null;
      return this.resolve(NATIVE, importer, { ...options, skipSelf: true });
    },
  };
}
