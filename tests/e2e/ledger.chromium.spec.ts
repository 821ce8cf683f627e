/**
 * The ledger in Chromium (#14): a purchase from an order page with a line unticked, the popup in
 * German, and prices in the display currency chosen on the options page.
 */
import { expect, test, type Page } from '@playwright/test';
import { shadowTexts, userClick } from '../../scripts/lib/closed-shadow';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/launch-chromium';
import { euroPurchaseExport, purchaseTodayExport, ORDER_HTML, ORDER_LINES, ORDER_URL } from './ledger-pages';

// Whole flows with several browser launches and a factor-pack install: slow on a loaded machine.
test.describe.configure({ timeout: 300_000 });

type Rt = { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; added?: number }> } } };

async function shadowText(page: Page, testId: string, match: RegExp | string): Promise<string> {
  const first = async () => (await shadowTexts(page, testId).catch(() => []))[0] ?? '';
  // The first page of a fresh profile waits for the factor packs to install (slow on a loaded machine).
  const poll = expect.poll(first, { timeout: 60_000 });
  await (typeof match === 'string' ? poll.toContain(match) : poll.toMatch(match));
  return first();
}

async function popupItems(s: ChromiumSession): Promise<string[]> {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  await expect(popup.getByTestId('ledger-total-all-kg')).toHaveText(/CO2e/);
  await expect(popup.getByTestId('ledger-list')).toBeVisible();
  const items = await popup.getByTestId('ledger-item').locator('.title').allTextContents();
  await popup.close();
  return items.map((t) => t.trim());
}

/** Opens the order page, unticks the lines at `untick`, adds the rest; returns the card's answer. */
async function addOrder(s: ChromiumSession, untick: number[]): Promise<string> {
  const page = await s.context.newPage();
  await page.goto(ORDER_URL);
  await shadowText(page, 'embodied-order-summary', /2 items, ≈ [\d.,]+ (kg|t) CO2e/);
  if (untick.length) await userClick(page, 'embodied-order-lines');
  for (const n of untick) await userClick(page, 'embodied-order-line', n);
  if (untick.length) await shadowText(page, 'embodied-order-summary', `${2 - untick.length} item`);
  await userClick(page, 'embodied-order-add');
  const done = await shadowText(page, 'embodied-order-done', /Added \d/);
  await page.close();
  return done;
}

test('order page: an unticked line is not added; the popup shows exactly the ticked lines; revisits never double count', async () => {
  const s = await launchChromium([], { extraPages: { [ORDER_URL]: ORDER_HTML } });
  try {
    expect(await addOrder(s, [1])).toContain('Added 1 to your purchases');
    expect(await popupItems(s)).toEqual([ORDER_LINES[0]]);
    // The same order again, the same line unticked: nothing new.
    expect(await addOrder(s, [1])).toMatch(/Added 0 to your purchases \(1 already there\)/);
    expect(await popupItems(s)).toEqual([ORDER_LINES[0]]);
    // Now all lines: only the one not there yet is added (2 bottles on one line).
    expect(await addOrder(s, [])).toMatch(/Added 1 to your purchases \(1 already there\)/);
    expect((await popupItems(s)).sort()).toEqual([...ORDER_LINES.map((t, i) => (i === 1 ? `2 × ${t}` : t))].sort());
  } finally {
    await s.close();
  }
});

test('the popup and the options page in German: German words, German numbers and dates', async () => {
  const s = await launchChromium([], { locale: 'de-DE' });
  try {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await expect(options.locator('h1')).toHaveText('Embodied-Einstellungen');
    await expect(options.getByTestId('export-json')).toHaveText('Als JSON exportieren');
    expect(
      await options.evaluate(
        (text) => (globalThis as unknown as Rt).chrome.runtime.sendMessage({ type: 'ledger.import', text }),
        euroPurchaseExport(),
      ),
    ).toMatchObject({ ok: true, added: 1 });
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await expect(popup.getByTestId('ledger-total-all')).toContainText('Insgesamt');
    await expect(popup.getByTestId('ledger-total-all')).toContainText('1 Kauf');
    await expect(popup.locator('figcaption')).toHaveText('Letzte 12 Monate');
    await expect(popup.getByTestId('ledger-item')).toContainText('10. Mai 2024');
    await expect(popup.getByTestId('ledger-item')).toContainText('100,00 €');
    await expect(popup.getByTestId('ledger-item')).toContainText('wahrscheinlich 6 kg CO2e – 24 kg CO2e');
    await expect(popup.getByTestId('open-options')).toHaveText('Einstellungen, deine Daten und Quellen');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('de');
    // This year's breakdown names the category in German (grouped by its taxonomy id, stored in English).
    expect(
      await options.evaluate(
        (text) => (globalThis as unknown as Rt).chrome.runtime.sendMessage({ type: 'ledger.import', text }),
        purchaseTodayExport(),
      ),
    ).toMatchObject({ ok: true, added: 1 });
    await popup.reload();
    await expect(popup.getByTestId('ledger-categories').locator('li')).toHaveText([/^Heim & Garten/]);
  } finally {
    await s.close();
  }
});

test('display currency from the options: history prices converted at the purchase year’s rate, the rate’s year stated', async () => {
  const s = await launchChromium([]);
  try {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    expect(
      await options.evaluate(
        (text) => (globalThis as unknown as Rt).chrome.runtime.sendMessage({ type: 'ledger.import', text }),
        euroPurchaseExport(),
      ),
    ).toMatchObject({ ok: true, added: 1 });
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    // No display currency: as bought.
    await expect(popup.getByTestId('ledger-item')).toContainText('€100.00');
    await expect(popup.getByTestId('ledger-item')).not.toContainText('exchange rate');
    await options.locator('#opt-currency').selectOption('GBP');
    await expect(options.getByRole('status')).toHaveText('Saved.');
    await popup.reload();
    // 100 EUR in May 2024 at the 2024 average rates (ECB): about £85.
    const meta = await popup.getByTestId('ledger-item').locator('.meta').textContent();
    expect(meta).toMatch(/£8\d\.\d\d \(€100\.00; 2024 exchange rate\)/);
  } finally {
    await s.close();
  }
});
