/**
 * Extraction in Chromium: the same lib/extract code as an IIFE added to each saved page (no
 * extension), timed in the page over 5 runs, median per page, by page kind; and the first run
 * alone (cold: the engine compiles the functions and regexes it runs, as on a real page load).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { PAGES_DIR, ROOT } from '../../scripts/lib/demo-pages';
import { launch } from '../lib/chromium';
import type { BenchRow, Scenario } from '../types';

export const run: Scenario = async () => {
  const bundle = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'lib', 'extract', 'index.ts'), formats: ['iife'], name: 'EmbodiedExtract' },
    },
  });
  const iife = (Array.isArray(bundle) ? bundle[0] : (bundle as { output: { code?: string }[] })).output[0].code!;
  const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
  const saved = Object.entries(urls).filter(([file]) => existsSync(join(PAGES_DIR, file)));
  const browser = await launch(new Map(saved.map(([file, url]) => [url, readFileSync(join(PAGES_DIR, file))])), null);
  const byKind: Record<string, number[]> = {};
  const coldByKind: Record<string, number[]> = {};
  try {
    for (const [, url] of saved) {
      const page = await browser.context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.addScriptTag({ content: iife });
      const r = await page.evaluate((url) => {
        const api = (
          globalThis as unknown as { EmbodiedExtract: { extractPage(d: Document, u: string): { kind: string } } }
        ).EmbodiedExtract;
        const runs: number[] = [];
        let kind = 'other';
        for (let i = 0; i < 5; i++) {
          const t = performance.now();
          kind = api.extractPage(document, url).kind;
          runs.push(performance.now() - t);
        }
        return { kind, cold: runs[0]!, median: [...runs].sort((a, b) => a - b)[2] };
      }, url);
      (byKind[r.kind] ??= []).push(r.median!);
      (coldByKind[r.kind] ??= []).push(r.cold);
      await page.close();
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
