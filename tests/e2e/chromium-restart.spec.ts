/**
 * A purchase survives a browser restart: the same persistent profile, the browser closed after
 * recording (worker and pages gone), relaunched; the popup reads it back from IndexedDB.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PAGES } from '../../scripts/lib/demo-pages';
import { launchChromium } from '../../scripts/lib/launch-chromium';
import { shadowTexts, userClick } from '../../scripts/lib/closed-shadow';

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;

test('a purchase recorded from a product page is in the popup after the browser restarts', async () => {
  const profile = mkdtempSync(join(tmpdir(), 'embodied-restart-'));
  try {
    let s = await launchChromium([product], { userDataDir: profile });
    const page = await s.context.newPage();
    await page.goto(product.url);
    // The badge lives in a closed shadow root: read and click it through the shared helpers.
    const first = async (id: string) => (await shadowTexts(page, id))[0] ?? '';
    await expect.poll(() => first('embodied-badge-text')).toMatch(/≈ [\d.,]+ (kg|t) CO2e/);
    const kg = (await first('embodied-badge-text')).replace(/^≈ /, '');
    await userClick(page, 'embodied-badge');
    await expect.poll(() => first('embodied-bought')).not.toBe('');
    await userClick(page, 'embodied-bought');
    await expect.poll(() => first('embodied-bought')).toBe('Added to your total ✓');
    await s.close();

    s = await launchChromium([], { userDataDir: profile });
    const popup = await s.context.newPage();
    await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
    await expect(popup.getByTestId('ledger-total-all-kg')).toHaveText(kg);
    await expect(popup.getByTestId('ledger-item')).toHaveCount(1);
    await expect(popup.getByTestId('ledger-item')).toContainText('Fairphone');
    await s.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
