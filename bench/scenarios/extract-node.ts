/** Extraction in Node (linkedom) over every saved page, parse kept apart: median of 3 runs per page. */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage } from '../../lib/extract';
import { loadPage } from '../../lib/extract/load';
import { PAGES_DIR } from '../../scripts/lib/demo-pages';
import { median } from '../lib/stats';
import type { BenchRow, Scenario } from '../types';

export const run: Scenario = async () => {
  const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
  const perPage: number[] = [];
  const parse: number[] = [];
  for (const [file, url] of Object.entries(urls)) {
    if (!existsSync(join(PAGES_DIR, file))) continue;
    const { doc, parseMs } = loadPage(join(PAGES_DIR, file));
    parse.push(parseMs);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      extractPage(doc, url);
      runs.push(performance.now() - t0);
    }
    perPage.push(median(runs));
  }
  const row = (figure: string, samples: number[]): BenchRow => ({
    scenario: 'extraction in Node (saved pages)',
    figure,
    unit: 'ms',
    samples,
  });
  return [row('extraction per page', perPage), row('parse per page (not extraction)', parse)];
};
