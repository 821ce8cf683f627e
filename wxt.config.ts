import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/extract/shops';
import { pageSpecs } from './lib/extract/shops/page-specs';
import { DETECTOR_FILE, DETECTOR_RUN_AT } from './lib/content/inject-message';
import { stripDynamicCode } from './scripts/build/strip-dynamic-code';
import { IN_PAGE_ENTRYPOINTS, nativeBrowser } from './scripts/build/native-browser';
import { compileHint, EAGER_ENTRYPOINTS } from './scripts/build/compile-hint';

// Gecko id is stable so Firefox storage and the e2e uuid pin survive reinstalls.
export const GECKO_ID = 'embodied@embodied.dev';

export const EXTENSION_PAGES_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  // EMBODIED_OUT / EMBODIED_SOURCEMAP: a build with sourcemaps kept apart from .output, for
  // scripts/bundle-composition.ts (what each bundle is made of); never for the shipped build.
  outDir: process.env.EMBODIED_OUT ?? '.output',
  // Zod is JIT-less everywhere (see lib/zod.ts); JSX is Preact's automatic runtime.
  // The detector's match patterns come from the shop registry at build time, so that the always-on
  // content script does not bundle the registry (and with it the extraction code).
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    define: {
      __EMBODIED_SHOP_MATCHES__: JSON.stringify(contentScriptMatches()),
      // What the product bundle knows of the shops in the page: plain data, none of their code, as
      // JSON text (parsed once per page: cheaper than compiling and running the same object literal).
      __EMBODIED_PAGE_SPECS_JSON__: JSON.stringify(JSON.stringify(pageSpecs())),
      __EMBODIED_FULL_PRODUCT__: JSON.stringify(pageSpecs().flatMap((s) => (s.full ? s.matches : []))),
    },
    plugins: [stripDynamicCode()],
    build: {
      // String.raw has no side effects: a module constant built with it that a bundle never reads is
      // dropped, not evaluated on every page load (the bundler keeps any call it cannot prove pure).
      rolldownOptions: { treeshake: { manualPureFunctions: ['String.raw'] } },
      ...(process.env.EMBODIED_SOURCEMAP ? { sourcemap: true } : {}),
    },
  }),
  hooks: {
    // The scripts injected into shop pages go without the webextension polyfill (scripts/build/native-browser.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.length === 1 && IN_PAGE_ENTRYPOINTS.includes(entrypoints[0]!.name)) {
        config.plugins = [nativeBrowser(), ...(config.plugins ?? [])];
      }
      // The product and listing bundles' functions compiled with the script (scripts/build/compile-hint.ts).
      if (entrypoints.length === 1 && EAGER_ENTRYPOINTS.includes(entrypoints[0]!.name)) {
        config.plugins = [...(config.plugins ?? []), compileHint()];
      }
    },
    // The always-on detector is an unlisted script (no WXT context, no polyfill: see
    // entrypoints/detector.ts), so it is added to the manifest's content scripts here.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        { matches: contentScriptMatches(), js: [DETECTOR_FILE.slice(1)], run_at: DETECTOR_RUN_AT },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Embodied',
    description:
      'The carbon footprint of what you are about to buy, on the shop page. Computed in your browser; nothing leaves your device.',
    // storage: the extension's own data; scripting + optional hosts: the user may allow other shops.
    // activeTab: a click on the toolbar button lets Embodied run once on that tab (no install warning).
    permissions: ['storage', 'scripting', 'activeTab'],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Extension pages load only their own scripts, styles and packs; no plugin, no <base>, no form
    // posts, no frames. Stricter than the browsers' defaults, and written down so a review sees it.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // One background for normal and private windows (the browsers' default, chosen on purpose): the
    // user must still allow the extension in private windows, and the background then shows
    // estimates there but records no purchase (sender.incognito, lib/background/router.ts).
    incognito: 'spanning',
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
