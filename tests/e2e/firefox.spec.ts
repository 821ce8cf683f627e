import { expect, test } from '@playwright/test';
import { DEMO_PAGES } from '../../scripts/lib/demo-pages';
import { launchFirefox, openExtensionPage, pollInPage, type FirefoxSession } from './firefox-harness';
import { NO_PRODUCT_HTML, NO_PRODUCT_URL } from './pages';

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;

let s: FirefoxSession;
test.beforeAll(async () => {
  s = await launchFirefox(DEMO_PAGES, { [NO_PRODUCT_URL]: NO_PRODUCT_HTML });
});
test.afterAll(async () => s?.close());

/** Text inside the badge's shadow root. */
function badgeText(): string | null {
  for (const host of document.querySelectorAll('embodied-badge')) {
    const t = host.shadowRoot?.querySelector('[data-testid=embodied-badge-text]')?.textContent;
    if (t && /CO2e/.test(t) && !t.startsWith('…')) return t;
  }
  return null;
}

test('badge on a saved product page, purchase recorded, total in the popup after reopening', async () => {
  const page = await s.newPage();
  await page.goto(product.url, { waitUntil: 'domcontentloaded' });
  const text = (await pollInPage(page, badgeText))!;
  expect(text).toMatch(/^≈ [\d.,]+ (kg|t) CO2e$/);
  const kg = text.replace(/^≈ /, '').replace(/ CO2e$/, '');

  const bought = await page.waitForSelector('>>> [data-testid=embodied-bought]');
  await bought!.click();
  await pollInPage(page, () => {
    for (const host of document.querySelectorAll('embodied-badge')) {
      if (host.shadowRoot?.querySelector('[data-testid=embodied-bought]')?.textContent === 'Added to your total ✓') return true;
    }
    return false;
  });

  for (let i = 0; i < 2; i++) {
    // Open, read, close, and again: the purchase is stored, not held in the popup.
    const popup = await s.newPage();
    openExtensionPage(popup, `moz-extension://${s.uuid}/popup.html`);
    const total = await pollInPage(popup, () => document.querySelector('[data-testid=ledger-total-all-kg]')?.textContent);
    expect(total).toBe(`${kg} CO2e`);
    const items = await popup.evaluate(() => document.querySelectorAll('[data-testid=ledger-item]').length);
    expect(items).toBe(1);
    // The chart and the budget line beside the totals.
    const shown = await popup.evaluate(() => ({
      chart: !!document.querySelector('[data-testid=ledger-chart] svg'),
      budget: document.querySelector('[data-testid=ledger-budget-year]')?.textContent ?? '',
    }));
    expect(shown.chart).toBe(true);
    expect(shown.budget).toMatch(/CO2e/);
    await popup.close();
  }

  // Export, erase, import the export back (the messages the options page sends, from an extension page): the same totals.
  type Rt = { browser: { runtime: { sendMessage(m: unknown): Promise<any> } } };
  const extPage = await s.newPage();
  openExtensionPage(extPage, `moz-extension://${s.uuid}/popup.html`);
  await pollInPage(extPage, () => !!document.querySelector('[data-testid=ledger-total-all-kg]'));
  const exported = await extPage.evaluate(() => (globalThis as unknown as Rt).browser.runtime.sendMessage({ type: 'ledger.export' }));
  expect(exported.data.purchases).toHaveLength(1);
  expect(await extPage.evaluate(() => (globalThis as unknown as Rt).browser.runtime.sendMessage({ type: 'ledger.erase' }))).toMatchObject({ ok: true });
  const totalIn = async () => {
    const popup = await s.newPage();
    openExtensionPage(popup, `moz-extension://${s.uuid}/popup.html`);
    const shown = await pollInPage(popup, () =>
      document.querySelector('[data-testid=ledger-empty]') ? 'empty' : document.querySelector('[data-testid=ledger-total-all-kg]')?.textContent,
    );
    await popup.close();
    return shown;
  };
  expect(await totalIn()).toBe('empty');
  const backup = JSON.stringify(exported.data);
  expect(await extPage.evaluate((t) => (globalThis as unknown as Rt).browser.runtime.sendMessage({ type: 'ledger.import', text: t }), backup)).toMatchObject({ ok: true, added: 1 });
  expect(await totalIn()).toBe(`${kg} CO2e`);
  await extPage.close();
  await page.close();
});

test('a page without a product gets no badge', async () => {
  const page = await s.newPage();
  await page.goto(NO_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  await new Promise((r) => setTimeout(r, 1500));
  expect(await page.evaluate(() => document.querySelectorAll('embodied-badge').length)).toBe(0);
  await page.close();
});

test('listing page: compact badges on the tiles', async () => {
  const page = await s.newPage();
  await page.goto(listing.url, { waitUntil: 'domcontentloaded' });
  const count = await pollInPage(page, () => {
    const texts = [...document.querySelectorAll('embodied-badge')].map((h) => h.shadowRoot?.textContent ?? '');
    return texts.length >= 10 && texts.every((t) => /CO2e/.test(t) && !t.includes('…')) ? texts.length : 0;
  });
  expect(count).toBeGreaterThanOrEqual(10);
  await page.close();
});
