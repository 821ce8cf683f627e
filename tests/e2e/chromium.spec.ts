import { expect, test, type Page } from '@playwright/test';
import { DEMO_PAGES } from '../../scripts/lib/demo-pages';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/launch-chromium';
import { MINIMAL_PRODUCT_HTML, MINIMAL_PRODUCT_URL, NO_PRODUCT_HTML, NO_PRODUCT_URL } from './pages';

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;

type ChromeGlobal = { chrome: { runtime: { sendMessage(m: unknown): Promise<any> } } };

let s: ChromiumSession;

test.beforeAll(async () => {
  s = await launchChromium(DEMO_PAGES, {
    extraPages: { [NO_PRODUCT_URL]: NO_PRODUCT_HTML, [MINIMAL_PRODUCT_URL]: MINIMAL_PRODUCT_HTML },
  });
});
test.afterAll(async () => s?.close());

async function openPopup(): Promise<Page> {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  return popup;
}

async function badgeKg(page: Page): Promise<string> {
  const text = page.getByTestId('embodied-badge-text').first();
  await expect(text).toHaveText(/≈ [\d.,]+ (kg|t) CO2e/);
  return (await text.textContent())!.replace(/^≈ /, '').replace(/ CO2e$/, '');
}

test('badge on a saved product page, purchase recorded, total in the popup survives a worker restart', async () => {
  const page = await s.context.newPage();
  await page.goto(product.url);
  const kg = await badgeKg(page);

  await page.getByTestId('embodied-badge').click();
  await expect(page.getByTestId('embodied-panel')).toContainText('Method');

  await page.getByTestId('embodied-bought').click();
  await expect(page.getByTestId('embodied-bought')).toHaveText('Added to your total ✓');

  let popup = await openPopup();
  await expect(popup.getByTestId('ledger-total')).toHaveText(`${kg} CO2e`);
  await expect(popup.getByTestId('ledger-item')).toHaveCount(1);
  await expect(popup.getByTestId('ledger-item')).toContainText('Fairphone');
  await popup.close();

  // Close and reopen the popup: the purchase is still there.
  popup = await openPopup();
  await expect(popup.getByTestId('ledger-total')).toHaveText(`${kg} CO2e`);

  // Stop the service worker; the next message wakes a fresh one that reads the same database.
  const cdp = await s.context.newCDPSession(page); // a page that stays open, to hear the restart
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...e.versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1)).toBe('stopped');
  await popup.close();
  popup = await openPopup();
  await expect(popup.getByTestId('ledger-total')).toHaveText(`${kg} CO2e`);
  await expect(popup.getByTestId('ledger-item')).toHaveCount(1);
  // ...and that was a freshly started worker answering.
  expect(statuses.slice(statuses.lastIndexOf('stopped'))).toContain('running');
  await popup.close();
  await page.close();
});

test('listing page: a compact badge on the product tiles', async () => {
  const page = await s.context.newPage();
  await page.goto(listing.url);
  await expect(page.getByTestId('embodied-badge-text').first()).toHaveText(/CO2e/);
  const count = await page.getByTestId('embodied-badge').count();
  expect(count).toBeGreaterThanOrEqual(10);
  await page.close();
});

test('a page without a product gets no badge and no error', async () => {
  const page = await s.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(NO_PRODUCT_URL);
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('embodied-badge')).toHaveCount(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('the background rejects a message with the wrong shape and writes nothing', async () => {
  const popup = await openPopup();
  const before = await popup.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'purchase.list' }));
  const reply = await popup.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'purchase.record', key: 'x', product: { price: -1 }, quantity: 0, source: 'spam' }),
  );
  expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/invalid message/) });
  const after = await popup.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'purchase.list' }));
  expect(after.purchases.length).toBe(before.purchases.length);
  await popup.close();
});

test('privacy: estimating and recording a purchase sends nothing anywhere', async () => {
  const page = await s.context.newPage();
  const before = s.blocked.length;
  await page.goto(MINIMAL_PRODUCT_URL);
  await badgeKg(page);
  await page.getByTestId('embodied-bought').click();
  await expect(page.getByTestId('embodied-bought')).toHaveText('Added to your total ✓');
  const popup = await openPopup();
  await expect(popup.getByTestId('ledger-item').first()).toBeVisible();
  expect(s.blocked.slice(before)).toEqual([]);
  await popup.close();
  await page.close();
});
