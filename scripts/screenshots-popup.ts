/**
 * `npm run screenshots:popup`: the popup (empty, typical, over budget, dark) and the options page,
 * from the built Chrome extension, into out/screenshots/. Look at them after a UI change.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storedProduct } from '../lib/ledger/record';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../lib/ledger/transfer';
import { CHROMIUM_QUIET_ARGS, requireBrowser } from './lib/browsers';
import { ROOT } from './lib/demo-pages';

const ext = join(ROOT, '.output', 'chrome-mv3');
const out = join(ROOT, 'out', 'screenshots');
mkdirSync(out, { recursive: true });

const ITEMS: [string, string, number, string][] = [
  ['Fairphone 4 5G, 256 GB', 'otto.de', 46, 'Electronics > Communications > Telephony'],
  ['Merino wool socks, 2 pairs', 'zalando.de', 3.2, 'Apparel & Accessories > Clothing'],
  ['Stainless steel electric kettle 1.7 l', 'zalando.de', 12, 'Home & Garden > Kitchen & Dining'],
  ['Lenovo ThinkPad X1 Nano', 'amazon.de', 180, 'Electronics > Computers'],
  ['Bounty paper towels, 12 rolls', 'amazon.com', 8.5, 'Home & Garden > Household Supplies'],
];

function ledger(): string {
  const now = new Date();
  const purchases = ITEMS.flatMap(([title, shop, kg, category], i) =>
    [0, 1, 2].map((k) => {
      const at = new Date(now.getFullYear(), now.getMonth() - (i * 2 + k * 3) % 11, 3 + i, 12).toISOString();
      const id = i * 3 + k + 1;
      return {
        id, key: `shot-${id}-key`, product: storedProduct({ title, url: `https://www.${shop}/p/${id}`, price: 20 + id, currency: 'EUR' }), identity: `${shop}|${title}-${k}`, shop,
        price: 20 + id, currency: 'EUR', quantity: 1, condition: null, source: 'badge', orderId: null, status: id === 5 ? 'returned' : 'active', purchasedAt: at,
        day: at.slice(0, 10), month: at.slice(0, 7), category, userCategory: null,
        estimate: { kgCO2e: kg, low: kg * 0.6, high: kg * 1.7, tier: 'B', category, categoryId: 1, confidence: 0.7, method: 'shots', factors: [], steps: [], flags: [], packVersion: 'shots' },
        kgCO2e: kg, low: kg * 0.6, high: kg * 1.7, tier: 'B', packVersion: 'shots', estimatedAt: at, createdAt: at, updatedAt: at,
      };
    }),
  );
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), purchases });
}

const dir = mkdtempSync(join(tmpdir(), 'embodied-shots-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: requireBrowser('chromium'),
  headless: true,
  viewport: { width: 400, height: 900 },
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...CHROMIUM_QUIET_ARGS],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  type Rt = { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { local: { set(o: object): Promise<void> } } } };
  const shot = async (name: string, opts: { dark?: boolean } = {}) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: opts.dark ? 'dark' : 'light' });
    await page.goto(`${base}/popup.html`);
    await page.waitForSelector('[data-testid=ledger-empty], [data-testid=ledger-total-all-kg]');
    await page.screenshot({ path: join(out, `popup-${name}.png`), fullPage: true });
    await page.close();
  };
  await shot('empty');
  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  await options.evaluate((text) => (globalThis as unknown as Rt).chrome.runtime.sendMessage({ type: 'ledger.import', text }), ledger());
  await shot('typical');
  await shot('dark', { dark: true });
  await options.evaluate(() => (globalThis as unknown as Rt).chrome.storage.local.set({ settings: { version: 1, locale: null, currency: null, country: null, budget: { period: 'month', kg: 20 }, builtInShops: true, theme: 'system' } }));
  await shot('over-budget');
  await options.reload();
  await options.waitForSelector('[data-testid=options-data]');
  await options.screenshot({ path: join(out, 'options.png'), fullPage: true });
  console.log(`screenshots in ${out}`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
