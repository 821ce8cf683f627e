import { defineConfig } from 'wxt';
import { stripDynamicCode } from './scripts/build/strip-dynamic-code';

// Gecko id is stable so Firefox storage and the e2e uuid pin survive reinstalls.
export const GECKO_ID = 'embodied@embodied.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  outDir: '.output',
  // Zod is JIT-less everywhere (see lib/zod.ts); JSX is Preact's automatic runtime. No eval and no
  // HTML writes are shipped: stripDynamicCode removes the libraries' ones and fails on any left.
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [stripDynamicCode()],
  }),
  manifest: ({ browser }) => ({
    name: 'Embodied',
    description:
      'The carbon footprint of what you are about to buy, on the shop page. Computed in your browser; nothing leaves your device.',
    // storage: the extension's own data; scripting + optional hosts: the user may allow other shops.
    permissions: ['storage', 'scripting'],
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
