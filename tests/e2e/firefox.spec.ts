import { expect, test } from '@playwright/test';
import { DEMO_PAGES } from '../../scripts/lib/demo-pages';
import { launchFirefox, openExtensionPage, pollInPage, type FirefoxSession } from './firefox-harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR, type DemoPage } from '../../scripts/lib/demo-pages';
import {
  MINIMAL_PRODUCT_HTML,
  MINIMAL_PRODUCT_URL,
  NO_PRODUCT_HTML,
  NO_PRODUCT_URL,
  SPA_NEXT_PRODUCT,
  SPA_NEXT_URL,
  UNKNOWN_SHOP_PRODUCT_HTML,
  UNKNOWN_SHOP_PRODUCT_URL,
} from './pages';

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;

const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const orderPage: DemoPage = { name: 'amazon-order', file: 'amazon-com/order-details-bounty.html', url: urls['amazon-com/order-details-bounty.html'], kind: 'listing' };

let s: FirefoxSession;
test.beforeAll(async () => {
  s = await launchFirefox([...DEMO_PAGES, orderPage], {
    [NO_PRODUCT_URL]: NO_PRODUCT_HTML,
    [MINIMAL_PRODUCT_URL]: MINIMAL_PRODUCT_HTML,
    [UNKNOWN_SHOP_PRODUCT_URL]: UNKNOWN_SHOP_PRODUCT_HTML,
  });
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
    await popup.close();
  }
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

test('order page: the order card with its line', async () => {
  const page = await s.newPage();
  await page.goto(orderPage.url, { waitUntil: 'domcontentloaded' });
  const text = await pollInPage(page, () => {
    for (const host of document.querySelectorAll('embodied-badge')) {
      const t = host.shadowRoot?.querySelector('[data-testid=embodied-order]')?.textContent;
      if (t && /CO2e/.test(t)) return t;
    }
    return null;
  });
  expect(text).toMatch(/1 item, ≈ [\d.]+ kg CO2e/);
  await page.close();
});

test('single-page navigation: the old badge goes, the new product gets one', async () => {
  const page = await s.newPage();
  await page.goto(MINIMAL_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  await pollInPage(page, badgeText);
  await page.evaluate(
    (url, product) => {
      document.querySelectorAll('embodied-badge').forEach((b) => b.setAttribute('data-old', ''));
      document.querySelector('script[type="application/ld+json"]')!.textContent = product.jsonLd;
      document.querySelector('h1')!.textContent = product.title;
      history.pushState({}, '', url);
    },
    SPA_NEXT_URL,
    SPA_NEXT_PRODUCT,
  );
  // The old badge is removed and a new one estimates the new product.
  const state = await pollInPage(page, () => {
    const hosts = [...document.querySelectorAll('embodied-badge')];
    const fresh = hosts.filter((h) => !h.hasAttribute('data-old') && /CO2e/.test(h.shadowRoot?.textContent ?? '') && !(h.shadowRoot?.textContent ?? '').includes('…'));
    return fresh.length === 1 && hosts.length === 1 ? 'swapped' : null;
  });
  expect(state).toBe('swapped');
  await page.close();
});

// Last: it grants access to every site for the rest of this browser's life.
test('all shops: after the opt-in in the options page, a shop outside the list gets its badge', async () => {
  const before = await s.newPage();
  await before.goto(UNKNOWN_SHOP_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  await new Promise((r) => setTimeout(r, 1500));
  expect(await before.evaluate(() => document.querySelectorAll('embodied-badge').length)).toBe(0);
  await before.close();

  const options = await s.newPage();
  openExtensionPage(options, `moz-extension://${s.uuid}/options.html`);
  await pollInPage(options, () => document.querySelector('[data-testid=all-shops-toggle]') !== null);
  await options.click('[data-testid=all-shops-toggle]');
  await pollInPage(options, () => (document.querySelector('[data-testid=all-shops-toggle]') as HTMLInputElement).checked);
  await options.close();
  // The background registers the detector when it hears of the new permission.
  await new Promise((r) => setTimeout(r, 1000));

  const page = await s.newPage();
  await page.goto(UNKNOWN_SHOP_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  expect(await pollInPage(page, badgeText)).toMatch(/CO2e/);
  await page.close();
});
