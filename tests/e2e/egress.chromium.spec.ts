/**
 * Egress, Chromium: over the whole flow (product page, method panel, purchase, listing page, order
 * page, popup, options with both exports) no request leaves the extension. A second DevTools client (puppeteer-core
 * over the debugging port) attaches to every target, the extension's service worker included
 * (Playwright's own events do not report an extension worker's requests), and records
 * `Network.requestWillBeSent`:
 * - any web request of the service worker or of an extension page (chrome-extension:// document);
 * - a web request on a shop page whose initiator stack runs through the extension's code.
 * The saved pages' own requests (images, scripts, trackers) are the page's: refused by the
 * harness, not counted.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import puppeteer, { type Browser, type Target } from 'puppeteer-core';
import { DEMO_PAGES, PAGES_DIR, type DemoPage } from '../../scripts/lib/demo-pages';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/launch-chromium';
import { MINIMAL_PRODUCT_HTML, MINIMAL_PRODUCT_URL } from './pages';
import { THROUGH_EVERY_TILE, TO_FIRST_TILE } from './listing-scroll';
import { shadowCount, shadowTexts, userClick } from '../../scripts/lib/closed-shadow';

/** The badge's roots are closed: read them through the test-only CDP route (scripts/lib/closed-shadow.ts). */
async function shadowText(page: Page, testId: string, match: RegExp | string): Promise<string> {
  let last = '';
  for (let i = 0; i < 100; i++) {
    last = (await shadowTexts(page, testId).catch(() => []))[0] ?? '';
    if (typeof match === 'string' ? last.includes(match) : match.test(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${testId}: '${last}' never matched ${match}`);
}

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const orderPage: DemoPage = {
  name: 'amazon-order',
  file: 'amazon-com/order-details-bounty.html',
  url: urls['amazon-com/order-details-bounty.html']!,
  kind: 'listing',
};

const WEB = /^(https?|wss?):/;
const EXT = 'chrome-extension://';

interface Initiator {
  url?: string;
  stack?: { callFrames: { url: string }[]; parent?: Initiator['stack'] };
}
interface RequestEvent {
  request: { url: string };
  documentURL?: string;
  initiator: Initiator;
}
function stackUrls(i: Initiator): string[] {
  const out = i.url ? [i.url] : [];
  for (let st = i.stack; st; st = st.parent) out.push(...st.callFrames.map((f) => f.url));
  return out;
}

let s: ChromiumSession;
let devtools: Browser;
/** Requests that left the extension, as "who: url". */
const egress: string[] = [];
/** Requests heard per kind of target, to show the capture was listening. */
const heard = { worker: 0, page: 0 };

async function capture(target: Target): Promise<void> {
  const type = target.type();
  if (type !== 'service_worker' && type !== 'page' && type !== 'background_page') return;
  const isExtension = target.url().startsWith(EXT);
  const session = await target.createCDPSession().catch(() => null);
  if (!session) return;
  session.on('Network.requestWillBeSent', (e: RequestEvent) => {
    heard[type === 'service_worker' ? 'worker' : 'page']++;
    if (!WEB.test(e.request.url)) return;
    if (type === 'service_worker' && isExtension) egress.push(`service worker: ${e.request.url}`);
    else if (e.documentURL?.startsWith(EXT)) egress.push(`extension page ${e.documentURL}: ${e.request.url}`);
    else if (stackUrls(e.initiator).some((u) => u.startsWith(EXT))) egress.push(`content script: ${e.request.url}`);
  });
  await session.send('Network.enable').catch(() => {});
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

test.beforeAll(async () => {
  const port = await freePort();
  s = await launchChromium([...DEMO_PAGES, orderPage], {
    extraPages: { [MINIMAL_PRODUCT_URL]: MINIMAL_PRODUCT_HTML },
    args: [`--remote-debugging-port=${port}`],
  });
  devtools = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  devtools.on('targetcreated', (t: Target) => void capture(t));
  await Promise.all(devtools.targets().map(capture));
});
test.afterAll(async () => {
  await devtools?.disconnect();
  await s?.close();
});

async function open(url: string): Promise<Page> {
  const page = await s.context.newPage();
  await page.waitForTimeout(200); // the capture attaches to the new target
  await page.goto(url);
  return page;
}

test('the capture hears the service worker, and does not blame the extension for the page', async () => {
  const before = egress.length;
  const worker = heard.worker;
  // The worker fetching its own file: its requests reach the capture.
  expect(await s.worker.evaluate(() => fetch('/factors/manifest.json').then((r) => r.status))).toBe(200);
  await expect.poll(() => heard.worker).toBeGreaterThan(worker);
  // A remote fetch from the worker is refused before it starts (connect-src 'self').
  expect(
    await s.worker.evaluate(() =>
      fetch('https://egress-canary.example/w').then(
        () => 'sent',
        (e: Error) => e.name,
      ),
    ),
  ).toBe('TypeError');
  // The page's own request is the page's.
  const page = await open(MINIMAL_PRODUCT_URL);
  const pageHeard = heard.page;
  await page.evaluate(() => fetch('https://egress-canary.example/from-page').catch(() => null));
  await expect.poll(() => heard.page).toBeGreaterThan(pageHeard);
  expect(egress.slice(before)).toEqual([]);
  await page.close();
});

test('the whole flow sends nothing anywhere: product, panel, purchase, listing, order, popup, options, export', async () => {
  const start = egress.length;
  const heardBefore = heard.page;

  const page = await open(product.url);
  await shadowText(page, 'embodied-badge-text', /CO2e/);
  await userClick(page, 'embodied-badge');
  await shadowText(page, 'embodied-panel', 'Method');
  await userClick(page, 'embodied-bought');
  await shadowText(page, 'embodied-bought', '✓');

  const list = await open(listing.url);
  await list.evaluate(TO_FIRST_TILE);
  await shadowText(list, 'embodied-badge-text', /CO2e/);
  await list.evaluate(THROUGH_EVERY_TILE);
  await expect.poll(() => shadowCount(list, 'embodied-badge-text')).toBeGreaterThanOrEqual(10);

  const order = await open(orderPage.url);
  await shadowText(order, 'embodied-order', /CO2e/);
  await userClick(order, 'embodied-order-add');
  await expect.poll(() => shadowCount(order, 'embodied-order-done')).toBeGreaterThan(0);

  const popup = await open(`${EXT}${s.extensionId}/popup.html`);
  await expect(popup.getByTestId('ledger-item').first()).toBeVisible();
  const options = await open(`${EXT}${s.extensionId}/options.html`);
  const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-json').click()]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await Promise.all([options.waitForEvent('download'), options.getByTestId('export-csv').click()]);
  await options.waitForTimeout(1000); // late work (estimates, pack install) has time to show

  expect(heard.page - heardBefore, 'the saved pages made requests: the capture was listening').toBeGreaterThan(10);
  expect(egress.slice(start)).toEqual([]);
  for (const p of [page, list, order, popup, options]) await p.close();
});
