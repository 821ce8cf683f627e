import { expect, test, type Page } from '@playwright/test';
import { DEMO_PAGES } from '../../scripts/lib/demo-pages';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/launch-chromium';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, type DemoPage } from '../../scripts/lib/demo-pages';
import { forgeMessages } from './forged';
import { MINIMAL_PRODUCT_HTML, MINIMAL_PRODUCT_URL, NO_PRODUCT_HTML, NO_PRODUCT_URL, SPA_NEXT_PRODUCT, SPA_NEXT_URL } from './pages';

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const orderPage: DemoPage = { name: 'amazon-order', file: 'amazon-com/order-details-bounty.html', url: urls['amazon-com/order-details-bounty.html']!, kind: 'listing' };

type ChromeGlobal = { chrome: { runtime: { sendMessage(m: unknown): Promise<any> } } };

let s: ChromiumSession;

test.beforeAll(async () => {
  s = await launchChromium([...DEMO_PAGES, orderPage], {
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
  await expect(popup.getByTestId('ledger-total-all-kg')).toHaveText(`${kg} CO2e`);
  await expect(popup.getByTestId('ledger-item')).toHaveCount(1);
  await expect(popup.getByTestId('ledger-item')).toContainText('Fairphone');
  await popup.close();

  // Close and reopen the popup: the purchase is still there.
  popup = await openPopup();
  await expect(popup.getByTestId('ledger-total-all-kg')).toHaveText(`${kg} CO2e`);

  // Stop the service worker; the next message wakes a fresh one that reads the same database.
  const cdp = await s.context.newCDPSession(page); // a page that stays open, to hear the restart
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => statuses.push(...e.versions.map((v) => v.runningStatus)));
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.at(-1)).toBe('stopped');
  await popup.close();
  popup = await openPopup();
  await expect(popup.getByTestId('ledger-total-all-kg')).toHaveText(`${kg} CO2e`);
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

test('order page: the order card adds its lines once, however often it is seen', async () => {
  const page = await s.context.newPage();
  await page.goto(orderPage.url);
  await expect(page.getByTestId('embodied-order')).toContainText(/1 item, ≈ [\d.]+ kg CO2e/);
  await page.getByTestId('embodied-order-add').click();
  await expect(page.getByTestId('embodied-order-done')).toHaveText('Added 1 to your purchases ✓');
  await page.reload();
  await page.getByTestId('embodied-order-add').click();
  await expect(page.getByTestId('embodied-order-done')).toContainText('Added 0 to your purchases (1 already there)');
  const popup = await openPopup();
  await expect(popup.getByTestId('ledger-item').filter({ hasText: 'Bounty Paper Towels' })).toHaveCount(1);
  await popup.close();
  await page.close();
});

test('single-page navigation: the old badge goes, the new product gets one', async () => {
  const page = await s.context.newPage();
  await page.goto(MINIMAL_PRODUCT_URL);
  await badgeKg(page);
  await page.evaluate(({ url, product }) => {
    document.querySelector('script[type="application/ld+json"]')!.textContent = product.jsonLd;
    document.querySelector('h1')!.textContent = product.title;
    document.querySelector('.price')!.textContent = '39,99 €';
    history.pushState({}, '', url);
  }, { url: SPA_NEXT_URL, product: SPA_NEXT_PRODUCT });
  await expect(page.getByTestId('embodied-bought')).toHaveCount(1);
  await expect(page.getByTestId('embodied-bought')).toHaveText('I bought this'); // a fresh badge
  await badgeKg(page);
  await page.getByTestId('embodied-bought').click();
  await expect(page.getByTestId('embodied-bought')).toHaveText('Added to your total ✓');
  const popup = await openPopup();
  await expect(popup.getByTestId('ledger-item').first()).toContainText(SPA_NEXT_PRODUCT.title);
  await popup.close();
  await page.close();
});

test('infinite scroll: tiles added later get badges too', async () => {
  const page = await s.context.newPage();
  await page.goto(listing.url);
  await expect(page.getByTestId('embodied-badge-text').first()).toHaveText(/CO2e/);
  await expect.poll(() => page.getByTestId('embodied-badge').count()).toBeGreaterThanOrEqual(10);
  const before = await page.getByTestId('embodied-badge').count();
  await page.evaluate(() => {
    const tiles = document.querySelectorAll('[data-component-type="s-search-result"]');
    const last = tiles[tiles.length - 1]!;
    for (let i = 0; i < 3; i++) {
      const copy = last.cloneNode(true) as Element;
      copy.querySelectorAll('embodied-badge').forEach((b) => b.remove());
      copy.setAttribute('data-asin', `B0TEST000${i}`);
      copy.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', `/dp/B0TEST000${i}`));
      last.parentElement!.append(copy);
    }
  });
  await expect.poll(() => page.getByTestId('embodied-badge').count()).toBe(before + 3);
  await page.close();
});

test('a forged message from the content script world records nothing and reads nothing', async () => {
  const page = await s.context.newPage();
  await page.goto(MINIMAL_PRODUCT_URL);
  await badgeKg(page);
  const popup = await openPopup();
  const count = () => popup.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'purchase.list' }).then((r) => r.count));
  const before = await count();
  // The content script's isolated world in the shop tab, found over CDP.
  const cdp = await s.context.newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(s.extensionId));
  expect(world).toBeTruthy();
  const evaluated = await cdp.send('Runtime.evaluate', { contextId: world!.id, expression: `(${forgeMessages.toString()})()`, awaitPromise: true, returnByValue: true });
  const results = evaluated.result.value as Record<string, { ok: boolean; error?: string }>;
  expect(Object.keys(results)).toHaveLength(8);
  for (const [name, r] of Object.entries(results)) expect(r.ok, name).toBe(false);
  expect(results.list?.error).toBe('not allowed from this sender');
  expect(await count()).toBe(before);
  await popup.close();
  await page.close();
});

test('popup: totals, budget and chart; export, erase, import the export back and see the same totals', async () => {
  let popup = await openPopup();
  await expect(popup.getByTestId('ledger-total-all-kg')).toHaveText(/CO2e/);
  const totals = async (p: Page) => Promise.all(['month', 'year', 'all'].map((id) => p.getByTestId(`ledger-total-${id}-kg`).textContent()));
  const before = await totals(popup);
  await expect(popup.getByTestId('ledger-budget-month')).toHaveText(/budget/);
  await expect(popup.locator('[data-testid=ledger-chart] rect.bar')).toHaveCount(12);
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
  const file = await download.path();
  await options.getByTestId('erase').click();
  await options.getByTestId('erase-confirm').click();
  await expect(options.getByTestId('options-data-message')).toHaveText('Everything was erased.');
  await popup.reload();
  await expect(popup.getByTestId('ledger-empty')).toContainText('No purchases yet');
  await options.getByTestId('import-json').setInputFiles(file);
  await expect(options.getByTestId('options-data-message')).toHaveText(/^Imported \d+ purchases\.$/);
  // A foreign file is refused with a message and changes nothing.
  await options.getByTestId('import-json').setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"x","version":"1.0.0"}') });
  await expect(options.getByTestId('options-data-message')).toHaveText(/not an Embodied export/);
  await popup.close();
  popup = await openPopup();
  await expect(popup.getByTestId('ledger-total-all-kg')).toHaveText(before[2]!);
  expect(await totals(popup)).toEqual(before);
  await options.close();
  await popup.close();
});
