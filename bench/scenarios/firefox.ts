/**
 * Firefox ESR, where it can measure. The driver is WebDriver BiDi (puppeteer-core, as the e2e
 * tests), which has no counterpart of CDP's Performance metrics, tracing, CPU throttling or a way to
 * stop the background: so no added script time, no longest task, no cold start here (Firefox has
 * no `longtask` observer either). What BiDi can give is what the page sees: the same main-world
 * probe as in Chromium (bench/lib/probe.ts, added before the page's scripts with a preload script)
 * notes when the first badge host is inserted; the estimate inside the closed badge root is polled
 * over BiDi, which serializes closed roots (tests/e2e/closed-shadow-firefox.ts).
 */
import type { Page } from 'puppeteer-core';
import type { BenchRow, Scenario } from '../types';
import { launchFirefox } from '../../tests/e2e/firefox-harness';
import { shadowTexts } from '../../tests/e2e/closed-shadow-firefox';
import { PRODUCT } from '../lib/pages';
import { probeScript, type ProbeResult } from '../lib/probe';

export const parts = ['firefox-product'] as const;

const RUNS = 7;
const ESTIMATE_WAIT_MS = 8000;
const POLL_MS = 10;
const SCENARIO = 'product page (otto), worker running, Firefox';

/** When the badge shows an estimate, in the page's performance.now() (late by one poll and one round trip). */
async function estimateShownAt(page: Page): Promise<number> {
  const until = Date.now() + ESTIMATE_WAIT_MS;
  while (Date.now() < until) {
    const texts = await shadowTexts(page, 'embodied-badge-text').catch(() => []);
    if (texts.some((t) => /CO2e/.test(t))) return page.evaluate(() => performance.now());
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return NaN;
}

export const run: Scenario = async ({ firefoxExtensionDir, wants }) => {
  if (!wants('firefox-product')) return [];
  const s = await launchFirefox([PRODUCT], {}, {}, { extensionDir: firefoxExtensionDir });
  const badge: number[] = [];
  const estimate: number[] = [];
  try {
    // Warm the background once (classifier loaded, packs installed), as in the Chromium scenario.
    const warm = await s.newPage();
    await warm.goto(PRODUCT.url, { waitUntil: 'load' });
    await estimateShownAt(warm);
    await warm.close();
    for (let i = 0; i < RUNS; i++) {
      const page = await s.newPage();
      await page.evaluateOnNewDocument(probeScript(null));
      await page.goto(PRODUCT.url, { waitUntil: 'domcontentloaded' });
      const shown = await estimateShownAt(page);
      const p = (await page.evaluate('window.__bench')) as ProbeResult;
      badge.push(p.badge - p.dcl);
      estimate.push(shown - p.dcl);
      await page.close();
    }
  } finally {
    await s.close();
  }
  const rows: BenchRow[] = [
    {
      scenario: SCENARIO,
      figure: 'badge shown after DOMContentLoaded',
      unit: 'ms',
      samples: badge,
      budget: { max: 150, stat: 'median' },
    },
    { scenario: SCENARIO, figure: 'estimate in badge after DOMContentLoaded', unit: 'ms', samples: estimate },
  ];
  return rows;
};
