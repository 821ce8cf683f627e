/**
 * Extraction in Chromium: the same lib/extract code as an IIFE added to each saved page (no
 * extension), timed in the page over 5 runs, median per page, by page kind; and the first run
 * alone (cold: the engine compiles the functions and regexes it runs, as on a real page load).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, ROOT } from '../../scripts/lib/demo-pages';
import { launch } from '../lib/chromium';
import { extractionBundle } from '../lib/extract-bundle';
import { extractRow } from '../lib/extract-row';
import type { BenchRow, Scenario } from '../types';

export const run: Scenario = async () => {
  const iife = await extractionBundle(ROOT, 'EmbodiedExtract');
  const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
  const saved = Object.entries(urls).filter(([file]) => existsSync(join(PAGES_DIR, file)));
  const browser = await launch(new Map(saved.map(([file, url]) => [url, readFileSync(join(PAGES_DIR, file))])), null);
  const byKind: Record<string, number[]> = {};
  const coldByKind: Record<string, number[]> = {};
  try {
    for (const [, url] of saved) {
      const r = await extractRow(browser.context, url, iife);
      (byKind[r.kind] ??= []).push(r.median);
      (coldByKind[r.kind] ??= []).push(r.cold);
    }
  } finally {
    await browser.close();
  }
  return [
    ...Object.entries(byKind).map(([kind, samples]): BenchRow => ({
      scenario: 'extraction in Chromium (saved pages)',
      figure: `${kind} page`,
      unit: 'ms',
      samples,
    })),
    ...Object.entries(coldByKind).map(([kind, samples]): BenchRow => ({
      scenario: 'extraction in Chromium (saved pages)',
      figure: `${kind} page, first run (cold)`,
      unit: 'ms',
      samples,
    })),
  ];
};
