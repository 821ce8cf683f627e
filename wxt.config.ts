import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/extract/shops';

// Gecko id is stable so Firefox storage and the e2e uuid pin survive reinstalls.
export const GECKO_ID = 'embodied@embodied.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  // Zod is JIT-less everywhere (see lib/zod.ts); JSX is Preact's automatic runtime.
  // The detector's match patterns come from the shop registry at build time, so that the always-on
  // content script does not bundle the registry (and with it the extraction code).
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    define: { __EMBODIED_SHOP_MATCHES__: JSON.stringify(contentScriptMatches()) },
  }),
  manifest: ({ browser }) => ({
    name: 'Embodied',
    description:
      'The carbon footprint of what you are about to buy, on the shop page. Computed in your browser; nothing leaves your device.',
    // storage: the extension's own data; scripting + optional hosts: the user may allow other shops.
    // activeTab: a click on the toolbar button lets Embodied run once on that tab (no install warning).
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', '.output/**', 'out/**', 'data/raw/**'],
  },
});
