/**
 * Bundle sizes, gzipped (level 9), of the built Chrome extension (Firefox's are the same code):
 * the always-on part is every file the manifest's content scripts load (budget 15 kB), the
 * on-demand part the injected file, the popup and options pages everything their HTML loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow, Scenario } from '../types';

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length / 1024;

/** The HTML file and every script, preload and stylesheet it references. */
function pageFiles(dir: string, html: string): string[] {
  const text = readFileSync(join(dir, html), 'utf8');
  const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(dir, m[1]));
  return [join(dir, html), ...refs];
}

export const run: Scenario = async ({ chromeExtensionDir: dir, firefoxExtensionDir: ffDir }) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const always = (manifest.content_scripts ?? [])
    .flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])
    .map((f) => join(dir, f));
  const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
  const row = (figure: string, files: string[], budget?: number): BenchRow => ({
    scenario: 'bundles (gzip)',
    figure,
    unit: 'kB',
    samples: [sum(files)],
    ...(budget ? { budget: { max: budget, stat: 'max' as const } } : {}),
  });
  const rows = [
    row('always-on content scripts (manifest)', always, 15),
    row('on-demand part (extraction + badges)', [join(dir, 'content-scripts', 'on-demand.js')]),
    // A declared product page gets the product bundle instead (entrypoints/on-demand-product.content.ts).
    ...(existsSync(join(dir, 'content-scripts', 'on-demand-product.js'))
      ? [row('on-demand part, product bundle', [join(dir, 'content-scripts', 'on-demand-product.js')])]
      : []),
    // Injected only when needed: the panel on a badge's first open, a catalogue with the on-demand part in that language.
    ...(existsSync(join(dir, 'in-page-panel.js'))
      ? [
          row('panel (first open of a badge)', [join(dir, 'in-page-panel.js')]),
          row('one catalogue (de), non-English browsers', [join(dir, 'catalogue-de.js')]),
        ]
      : []),
    row('background', [join(dir, 'background.js')]),
    row('popup', pageFiles(dir, 'popup.html')),
    row('options', pageFiles(dir, 'options.html')),
  ];
  const ffManifest = join(ffDir, 'manifest.json');
  if (existsSync(ffManifest)) {
    const ff = JSON.parse(readFileSync(ffManifest, 'utf8')) as { content_scripts?: { js?: string[] }[] };
    rows.push({
      ...row(
        'always-on content scripts, Firefox build',
        (ff.content_scripts ?? []).flatMap((c) => c.js ?? []).map((f) => join(ffDir, f)),
        15,
      ),
    });
  }
  return rows;
};
