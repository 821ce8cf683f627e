/**
 * The ledger in Firefox (#14): a purchase from an order page with a line unticked, a purchase that
 * survives a browser restart (the extension installed in a persistent profile, its background
 * suspended when idle), and the popup in German.
 */
import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEMO_PAGES } from '../../scripts/lib/demo-pages';
import { userClick, waitForShadowText } from './closed-shadow-firefox';
import { launchFirefox, openExtensionPage, pollInPage, type FirefoxSession } from './firefox-harness';
import { euroPurchaseExport, purchaseTodayExport, ORDER_HTML, ORDER_LINES, ORDER_URL } from './ledger-pages';

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
// Whole flows with several browser launches and a factor-pack install: slow on a loaded machine.
test.describe.configure({ timeout: 300_000 });

type Views = { browser: { extension: { getViews(): Window[] } } };
type Rt = { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; added?: number }> } } };

async function openPopup(s: FirefoxSession): Promise<Page> {
  const popup = await s.newPage();
  openExtensionPage(popup, `moz-extension://${s.uuid}/popup.html`);
  await pollInPage(popup, () => !!document.querySelector('[data-testid=ledger-list], [data-testid=ledger-empty]'));
  return popup;
}

async function popupState(s: FirefoxSession): Promise<{ total: string; items: string[] }> {
  const popup = await openPopup(s);
  const state = await popup.evaluate(() => ({
    total: document.querySelector('[data-testid=ledger-total-all-kg]')?.textContent ?? 'empty',
    items: [...document.querySelectorAll('[data-testid=ledger-item] .title')].map((e) => (e.textContent ?? '').trim()),
  }));
  await popup.close();
  return state;
}

/** Opens the order page, unticks the lines at `untick`, adds the rest; returns the card's answer. */
async function addOrder(s: FirefoxSession, untick: number[]): Promise<string> {
  const page = await s.newPage();
  await page.goto(ORDER_URL, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-order-summary', /2 items, ≈ [\d.,]+ (kg|t) CO2e/, 60_000);
  if (untick.length) await userClick(page, 'embodied-order-lines');
  for (const n of untick) await userClick(page, 'embodied-order-line', n);
  if (untick.length) await waitForShadowText(page, 'embodied-order-summary', `${2 - untick.length} item`);
  await userClick(page, 'embodied-order-add');
  const done = await waitForShadowText(page, 'embodied-order-done', /Added \d/);
  await page.close();
  return done;
}

test('order page: an unticked line is not added; the popup shows exactly the ticked lines; revisits never double count', async () => {
  const s = await launchFirefox([], { [ORDER_URL]: ORDER_HTML });
  try {
    expect(await addOrder(s, [1])).toContain('Added 1 to your purchases');
    expect((await popupState(s)).items).toEqual([ORDER_LINES[0]]);
    expect(await addOrder(s, [1])).toMatch(/Added 0 to your purchases \(1 already there\)/);
    expect((await popupState(s)).items).toEqual([ORDER_LINES[0]]);
    expect(await addOrder(s, [])).toMatch(/Added 1 to your purchases \(1 already there\)/);
    expect((await popupState(s)).items.sort()).toEqual([ORDER_LINES[0], `2 × ${ORDER_LINES[1]}`].sort());
  } finally {
    await s.close();
  }
});

test('a purchase survives a browser restart: extension installed in a persistent profile, background suspended when idle', async () => {
  const profile = { dir: mkdtempSync(join(tmpdir(), 'embodied-ff-restart-')), uuid: randomUUID() };
  // The non-persistent background is suspended after 10 s without events (default 30 s). Shorter
  // windows (0.5 s, 2 s) cut off the first estimate on this loaded machine: the badge never filled.
  const idle = { 'extensions.background.idle.timeout': 10_000 };
  try {
    let s = await launchFirefox([product], {}, idle, { profile });
    const page = await s.newPage();
    await page.goto(product.url, { waitUntil: 'domcontentloaded' });
    const kg = (await waitForShadowText(page, 'embodied-badge-text', /^≈ [\d.,]+ (kg|t) CO2e$/, 60_000)).replace(
      /^≈ /,
      '',
    );
    await userClick(page, 'embodied-bought');
    await waitForShadowText(page, 'embodied-bought', 'Added to your total ✓');
    await page.close();
    // Wait until Firefox has suspended the idle background (its generated page for the event page's
    // `background.scripts` leaves extension.getViews());
    // the popup's message then starts it again, so the ledger is read by a fresh background.
    const probe = await openPopup(s);
    await pollInPage(
      probe,
      () =>
        !(globalThis as unknown as Views).browser.extension
          .getViews()
          .some((w) => w.location.pathname === '/_generated_background_page.html'),
      60_000,
    );
    await probe.close();
    expect(await popupState(s)).toEqual({ total: kg, items: [expect.stringContaining('Fairphone')] });
    await s.close();

    s = await launchFirefox([], {}, idle, { profile });
    expect(await popupState(s)).toEqual({ total: kg, items: [expect.stringContaining('Fairphone')] });
    await s.close();
  } finally {
    rmSync(profile.dir, { recursive: true, force: true });
  }
});

test('the popup in a German Firefox: German words and numbers', async () => {
  const s = await launchFirefox([], {}, { 'intl.accept_languages': 'de-DE, de' });
  try {
    const options = await s.newPage();
    openExtensionPage(options, `moz-extension://${s.uuid}/options.html`);
    const title = await pollInPage(
      options,
      () => document.querySelector('[data-testid=options-data]') && document.querySelector('h1')?.textContent,
    );
    expect(title).toBe('Embodied-Einstellungen');
    expect(
      await options.evaluate(
        (text) => (globalThis as unknown as Rt).browser.runtime.sendMessage({ type: 'ledger.import', text }),
        euroPurchaseExport(),
      ),
    ).toMatchObject({ ok: true, added: 1 });
    const popup = await openPopup(s);
    const shown = await popup.evaluate(() => ({
      all: document.querySelector('[data-testid=ledger-total-all]')?.textContent ?? '',
      item: document.querySelector('[data-testid=ledger-item]')?.textContent ?? '',
      chart: document.querySelector('figcaption')?.textContent ?? '',
    }));
    expect(shown.all).toContain('Insgesamt');
    expect(shown.all).toContain('1 Kauf');
    expect(shown.chart).toBe('Letzte 12 Monate');
    expect(shown.item).toContain('10. Mai 2024');
    expect(shown.item).toMatch(/100,00\s€/);
    // This year's breakdown names the category in German (grouped by its taxonomy id, stored in English).
    expect(
      await options.evaluate(
        (text) => (globalThis as unknown as Rt).browser.runtime.sendMessage({ type: 'ledger.import', text }),
        purchaseTodayExport(),
      ),
    ).toMatchObject({ ok: true, added: 1 });
    const again = await openPopup(s);
    const categories = await pollInPage(again, () => {
      const items = [...document.querySelectorAll('[data-testid=ledger-categories] li > span:first-child')];
      return items.length ? items.map((e) => e.textContent) : null;
    });
    expect(categories).toEqual(['Heim & Garten']);
  } finally {
    await s.close();
  }
});
