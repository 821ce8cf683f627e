/**
 * The "extraction in Chromium (saved pages)" row's measure of one page (bench/scenarios/extract-chromium.ts,
 * and bench/ab-extract-row.ts, which measures it as the row does): a fresh tab of the saved page, the
 * extraction IIFE (extract-bundle.ts) added, five extractions in one evaluation timed with
 * `performance.now()` (wall time). The row's figure is their median; "first run (cold)" the first.
 */
import type { BrowserContext } from '@playwright/test';
import { addBundle } from './extract-bundle';

export interface RowRuns {
  /** The page's kind as the extraction read it. */
  kind: string;
  cold: number;
  median: number;
  /** The last extraction's result, as JSON (to compare two builds' outputs). */
  out: string;
}

export async function extractRow(context: BrowserContext, url: string, code: string): Promise<RowRuns> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await addBundle(page, code);
    return await page.evaluate((url) => {
      const api = (
        globalThis as unknown as { EmbodiedExtract: { extractPage(d: Document, u: string): { kind: string } } }
      ).EmbodiedExtract;
      const runs: number[] = [];
      let last: { kind: string } = { kind: 'other' };
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        last = api.extractPage(document, url);
        runs.push(performance.now() - t);
      }
      return {
        kind: last.kind,
        cold: runs[0]!,
        median: [...runs].sort((a, b) => a - b)[2]!,
        out: JSON.stringify(last),
      };
    }, url);
  } finally {
    await page.close();
  }
}
