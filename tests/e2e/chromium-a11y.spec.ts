/**
 * axe-core on the popup (empty, typical, over budget; light and dark) and the options page: 0
 * violations. axe's source is evaluated in the extension page, then run.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/launch-chromium';
import { OVER_BUDGET_SETTINGS, sampleLedgerExport } from '../../scripts/lib/sample-ledger';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type Rt = {
  chrome: {
    runtime: { sendMessage(m: unknown): Promise<unknown> };
    storage: { local: { set(o: object): Promise<void> } };
  };
};
interface Violation {
  id: string;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

let s: ChromiumSession;
test.beforeAll(async () => {
  s = await launchChromium([]);
});
test.afterAll(async () => s?.close());

async function violations(page: Page): Promise<string[]> {
  // The extension's CSP refuses inline script tags (addScriptTag): evaluate axe's source over the protocol instead.
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Violation[] }> } }
    ).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return found.map(
    (v) =>
      `${v.id}: ${v.help} at ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join(' | ')}`,
  );
}

async function popup(dark: boolean): Promise<Page> {
  const page = await s.context.newPage();
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  await page.goto(`chrome-extension://${s.extensionId}/popup.html`);
  // The totals paint first and the lists follow: audit the whole popup.
  await page.waitForSelector('[data-testid=ledger-empty], [data-testid=ledger-list]');
  return page;
}

test('axe: 0 violations in the popup (empty, typical, over budget; light and dark) and the options page', async () => {
  const found: Record<string, string[]> = {};
  const check = async (name: string) => {
    for (const dark of [false, true]) {
      const page = await popup(dark);
      found[`popup ${name}${dark ? ' dark' : ''}`] = await violations(page);
      await page.close();
    }
  };
  await check('empty');
  const options = await s.context.newPage();
  await options.goto(`chrome-extension://${s.extensionId}/options.html`);
  await options.waitForSelector('[data-testid=options-data]');
  const imported = await options.evaluate(
    (text) => (globalThis as unknown as Rt).chrome.runtime.sendMessage({ type: 'ledger.import', text }),
    sampleLedgerExport(),
  );
  expect(imported).toMatchObject({ ok: true });
  await check('typical');
  await options.evaluate(
    (settings) => (globalThis as unknown as Rt).chrome.storage.local.set({ settings }),
    OVER_BUDGET_SETTINGS,
  );
  await check('over budget');
  for (const dark of [false, true]) {
    await options.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
    await options.reload();
    await options.waitForSelector('[data-testid=options-data]');
    found[`options${dark ? ' dark' : ''}`] = await violations(options);
  }
  expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));

  // The harness itself can fail: an unnamed button on the options page is reported.
  await options.evaluate(() =>
    document.body.append(Object.assign(document.createElement('button'), { type: 'button' })),
  );
  expect((await violations(options)).join('\n')).toMatch(/^button-name/m);
});
