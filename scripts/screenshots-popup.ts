/**
 * `npm run screenshots:popup`: the popup (empty, typical, over budget, dark) and the options page,
 * from the built Chrome extension, into out/screenshots/. Look at them after a UI change.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OVER_BUDGET_SETTINGS, sampleLedgerExport as ledger } from './lib/sample-ledger';
import { CHROMIUM_QUIET_ARGS, requireBrowser } from './lib/browsers';
import { ROOT } from './lib/demo-pages';

const ext = join(ROOT, '.output', 'chrome-mv3');
const out = join(ROOT, 'out', 'screenshots');
mkdirSync(out, { recursive: true });

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
  type Rt = {
    chrome: {
      runtime: { sendMessage(m: unknown): Promise<unknown> };
      storage: { local: { set(o: object): Promise<void> } };
    };
  };
  const shot = async (name: string, opts: { dark?: boolean } = {}) => {
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: opts.dark ? 'dark' : 'light' });
    await page.goto(`${base}/popup.html`);
    // The totals paint first, the lists follow: wait for both (or the empty state).
    await page.waitForSelector('[data-testid=ledger-empty], [data-testid=ledger-list]');
    await page.screenshot({ path: join(out, `popup-${name}.png`), fullPage: true });
    await page.close();
  };
  await shot('empty');
  const options = await context.newPage();
  await options.goto(`${base}/options.html`);
  await options.evaluate(
    (text) => (globalThis as unknown as Rt).chrome.runtime.sendMessage({ type: 'ledger.import', text }),
    ledger(),
  );
  await shot('typical');
  await shot('dark', { dark: true });
  await options.evaluate(
    (settings) => (globalThis as unknown as Rt).chrome.storage.local.set({ settings }),
    OVER_BUDGET_SETTINGS,
  );
  await shot('over-budget');
  await options.reload();
  await options.waitForSelector('[data-testid=options-data]');
  await options.screenshot({ path: join(out, 'options.png'), fullPage: true });
  // The first screen alone, readable at full size (the whole page is very long).
  await options.screenshot({ path: join(out, 'options-top.png') });
  console.log(`screenshots in ${out}`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
}
