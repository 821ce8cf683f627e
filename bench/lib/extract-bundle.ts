/**
 * A checkout's whole extraction (lib/extract/index.ts) as one minified IIFE exposing `name`, for the
 * A/B tools that inject two builds' extraction into saved pages (ab-extract.ts, ab-extract-row.ts),
 * and any other module of a checkout so (ab-detector.ts).
 */
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'vite';

export async function extractionBundle(dir: string, name: string): Promise<string> {
  return checkoutBundle(dir, join('lib', 'extract', 'index.ts'), name);
}

/** One module of a checkout (`entry`, relative to it) as one minified IIFE exposing `name`. */
export async function checkoutBundle(dir: string, entry: string, name: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(resolve(dir), entry), formats: ['iife'], name },
    },
  });
  return (Array.isArray(out) ? out[0] : (out as { output: { code?: string }[] })).output[0].code!;
}

/**
 * Runs a bundle in `page` as an inline <script>, then takes the element out again. The extension's
 * code is never in the page's DOM, while the extraction reads every inline script's text (the app
 * state and script-category scans): a bundle left in the page was scanned with the page's own
 * scripts (190 kB minified, 430 kB unminified: on pages without declared data, a large part of the
 * figure).
 */
export async function addBundle(page: Page, code: string): Promise<void> {
  const el = await page.addScriptTag({ content: code });
  await el.evaluate((s) => s.remove());
  await el.dispose();
}
