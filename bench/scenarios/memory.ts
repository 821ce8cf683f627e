/**
 * Memory in Chromium, from CDP (JSHeapUsedSize of the page's renderer after a forced GC):
 *  - the extension's heap on the 100-tile listing: A/B pairs, with minus without;
 *  - growth over 50 single-page navigations on a small product page (a new product each time:
 *    JSON-LD, heading and URL swapped, history.pushState): heap after navigations 20, 30, 40, 50
 *    minus the heap after navigation 10. "No growth" = within 256 kB (GC noise).
 */
import type { Page } from '@playwright/test';
import type { BenchRow, Scenario } from '../types';
import { launch, load, metrics } from '../lib/chromium';
import { benchPages, LISTING_100_URL, MINIMAL_PRODUCT_URL } from '../lib/pages';
import { shadowTexts } from '../../scripts/lib/closed-shadow';

const PAIRS = 3;
const NAVIGATIONS = 50;

/**
 * Waits until the page holds one badge, not marked old, showing an estimate. The badge's shadow root
 * is closed, so its text is read over CDP (scripts/lib/closed-shadow.ts), as the e2e tests do.
 */
async function freshBadge(page: Page) {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('embodied-badge')].map((b) => b.hasAttribute('data-old')),
    );
    const texts = hosts.length === 1 && !hosts[0] ? await shadowTexts(page, 'embodied-badge-text').catch(() => []) : [];
    if (texts.length === 1 && /CO2e/.test(texts[0] ?? '')) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no fresh badge with an estimate within 20 s');
}

export const run: Scenario = async ({ chromeExtensionDir }) => {
  const pages = benchPages();
  const a = await launch(pages, chromeExtensionDir);
  const b = await launch(pages, null);
  const rows: BenchRow[] = [];
  try {
    const heap: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      const withExt = await load(a, LISTING_100_URL, { settleMs: 3000 });
      const mA = await metrics(withExt.cdp, true);
      await withExt.page.close();
      const without = await load(b, LISTING_100_URL, { settleMs: 3000 });
      const mB = await metrics(without.cdp, true);
      await without.page.close();
      heap.push((mA.heapBytes - mB.heapBytes) / 1024 / 1024);
    }
    rows.push({
      scenario: 'memory',
      figure: 'extension heap on the 100-tile listing (A/B)',
      unit: 'MB',
      samples: heap,
    });

    const { page, cdp } = await load(a, MINIMAL_PRODUCT_URL, { settleMs: 500 });
    await freshBadge(page);
    const after: Record<number, number> = {};
    for (let n = 1; n <= NAVIGATIONS; n++) {
      await page.evaluate((n) => {
        document.querySelectorAll('embodied-badge').forEach((b) => b.setAttribute('data-old', ''));
        const title = `Stainless steel kettle model ${n}`;
        document.querySelector('script[type="application/ld+json"]')!.textContent = JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'Product',
          name: title,
          offers: { '@type': 'Offer', price: String(20 + n), priceCurrency: 'EUR' },
        });
        document.querySelector('h1')!.textContent = title;
        history.pushState({}, '', `/embodied-bench-kettle-${n}.html`);
      }, n);
      await freshBadge(page);
      if (n % 10 === 0) after[n] = (await metrics(cdp, true)).heapBytes;
    }
    await page.close();
    const growth = [20, 30, 40, 50].map((n) => (after[n] - after[10]) / 1024);
    rows.push({
      scenario: 'memory',
      figure: `heap growth over ${NAVIGATIONS} SPA navigations (vs. navigation 10)`,
      unit: 'kB',
      samples: growth,
      budget: { max: 256, stat: 'max' },
    });
  } finally {
    await a.close();
    await b.close();
  }
  return rows;
};
