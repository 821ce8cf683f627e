/**
 * V8's explicit compile hint for the product and listing bundles (entrypoints/on-demand-product.content.ts,
 * on-demand-listing.content.ts): the magic comment `//# allFunctionsCalledOnLoad` as the file's
 * first line makes Chromium (136 and later) compile every function of the file when it compiles the
 * script, instead of on each function's first call. Without it, each function that runs is parsed
 * twice on the page's main thread: once quickly when the script is compiled (to find where it ends),
 * then in full at its first call. About half of each bundle's function bytes run on every page it is
 * sent to (bench/coverage-product.ts: the product bundle 29 of 58 kB on the bench's product page, the
 * listing bundle 36 of 77 kB on its 100-tile listing), so compiling all of it once costs less than
 * the double parse of what runs. Firefox reads the line as a comment.
 *
 * Measured with bench/ab-builds.ts (bench/README.md, round 14). Not for the full on-demand script
 * (round 6: no gain; it holds the listing, order and product code, and any page runs a part of it)
 * nor the always-on detector (most of its code is its top level, compiled in full anyway).
 *
 * Added after minification (a plugin's generateBundle, as WXT adds its IIFE footer), with the
 * sourcemap shifted by the one line, so the sourcemap builds of the bench tools stay exact.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** The entrypoints whose file carries the hint. */
export const EAGER_ENTRYPOINTS: readonly string[] = ['on-demand-product', 'on-demand-listing'];

interface MapAsset {
  type: 'asset';
  source: string | Uint8Array;
}

/** A sourcemap's JSON with one line added before the code it maps. */
export function shiftMapOneLine(json: string): string {
  const map = JSON.parse(json) as { mappings?: string };
  if (typeof map.mappings === 'string') map.mappings = ';' + map.mappings;
  return JSON.stringify(map);
}

export function compileHint(): Plugin {
  return {
    name: 'embodied:compile-hint',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || chunk.code.startsWith(COMPILE_HINT)) continue;
        chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
        if (chunk.map) chunk.map.mappings = ';' + chunk.map.mappings;
        const asset = bundle[`${chunk.fileName}.map`] as MapAsset | undefined;
        if (asset?.type === 'asset') {
          const text = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          asset.source = shiftMapOneLine(text);
        }
      }
    },
  };
}
