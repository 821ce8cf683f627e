/**
 * Popup with a long history: 10,000 purchases imported from the options page (the real import
 * message), then the popup opened several times; each sample is the time from navigation start to
 * the `embodied:totals` mark, set in the frame after the totals were rendered (the browser's own
 * performance timeline). First contentful paint is reported beside it.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_QUIET_ARGS, requireBrowser } from '../../scripts/lib/browsers';
import { storedProduct, type StoredPurchase } from '../../lib/ledger/record';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/ledger/transfer';
import type { BenchRow, Scenario } from '../types';

const PURCHASES = 10_000;
const SAMPLES = 7;
const CATEGORIES = [
  'Electronics > Phones',
  'Apparel & Accessories > Clothing',
  'Home & Garden > Kitchen',
  'Toys & Games',
  'Furniture',
];

function syntheticLedger(n: number): string {
  const purchases: StoredPurchase[] = [];
  const now = Date.now();
  for (let i = 1; i <= n; i++) {
    const at = new Date(now - (i % 1500) * 86_400_000 - i * 1000);
    const iso = at.toISOString();
    const kg = (i % 97) + 0.5;
    const category = CATEGORIES[i % CATEGORIES.length];
    const product = storedProduct({
      title: `Bench product ${i} with a realistic, fairly long shop title`,
      url: `https://www.otto.de/p/${i}`,
      price: 10 + (i % 300),
      currency: 'EUR',
    });
    purchases.push({
      id: i,
      key: `bench-${i}-key`,
      product,
      identity: `otto.de|bench ${i}`,
      shop: 'otto.de',
      price: product.price,
      currency: 'EUR',
      quantity: 1,
      condition: null,
      source: i % 2 ? 'badge' : 'order',
      orderId: null,
      status: i % 50 ? 'active' : 'returned',
      purchasedAt: iso,
      day: iso.slice(0, 10),
      month: iso.slice(0, 7),
      category,
      userCategory: null,
      estimate: {
        kgCO2e: kg,
        low: kg / 2,
        high: kg * 2,
        tier: 'C',
        category,
        categoryId: 1,
        confidence: 0.6,
        method: 'bench',
        factors: [],
        steps: [],
        flags: [],
        packVersion: 'bench',
      },
      kgCO2e: kg,
      low: kg / 2,
      high: kg * 2,
      tier: 'C',
      packVersion: 'bench',
      estimatedAt: iso,
      createdAt: iso,
      updatedAt: iso,
    });
  }
  return JSON.stringify({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    purchases,
  });
}

export const run: Scenario = async (ctx) => {
  const dir = mkdtempSync(join(tmpdir(), 'embodied-bench-popup-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: requireBrowser('chromium'),
    headless: true,
    args: [
      `--disable-extensions-except=${ctx.chromeExtensionDir}`,
      `--load-extension=${ctx.chromeExtensionDir}`,
      ...CHROMIUM_QUIET_ARGS,
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const options = await context.newPage();
    await options.goto(`${base}/options.html`);
    // The options page's import message, sent from the options page (a file chooser can't carry 10 MB quickly).
    const imported = await options.evaluate(
      (text) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; added?: number; error?: string }> } };
          }
        ).chrome.runtime.sendMessage({ type: 'ledger.import', text }),
      syntheticLedger(PURCHASES),
    );
    if (!imported.ok || imported.added !== PURCHASES) throw new Error(`seeding failed: ${JSON.stringify(imported)}`);
    await options.close();

    const totals: number[] = [];
    const fcp: number[] = [];
    for (let i = 0; i < SAMPLES + 1; i++) {
      const popup = await context.newPage();
      await popup.goto(`${base}/popup.html`);
      await popup.waitForFunction(() => performance.getEntriesByName('embodied:totals').length > 0, null, {
        timeout: 30_000,
      });
      const t = await popup.evaluate(() => ({
        totals: performance.getEntriesByName('embodied:totals')[0].startTime,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        shown: document.querySelector('[data-testid=ledger-total-all-kg]')?.textContent ?? '',
      }));
      if (!/CO2e/.test(t.shown)) throw new Error(`popup showed no totals: ${t.shown}`);
      await popup.close();
      if (i === 0) continue; // the first open also starts the worker and installs the factor packs
      totals.push(Math.round(t.totals * 10) / 10);
      if (Number.isFinite(t.fcp)) fcp.push(Math.round(t.fcp * 10) / 10);
    }
    const rows: BenchRow[] = [
      {
        scenario: 'popup',
        figure: `first paint with totals, ${PURCHASES} purchases`,
        unit: 'ms',
        samples: totals,
        budget: { max: 200, stat: 'median' },
      },
      { scenario: 'popup', figure: `first contentful paint, ${PURCHASES} purchases`, unit: 'ms', samples: fcp },
    ];
    return rows;
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
