/**
 * Egress, Firefox: over the whole flow (product page, method panel, purchase, listing page, order
 * page, popup, options with both exports) no request leaves the extension. Two captures, because
 * neither hears everything alone:
 * - WebDriver BiDi `network.beforeRequestSent`, subscribed for every browsing context: the shop
 *   tabs (page and content script) and the extension's pages. It does NOT report the extension's
 *   background page (checked: a fetch added to the background never shows up there).
 * - A local proxy that every Firefox request goes through (`sink-proxy.ts`): it hears the
 *   background page and everything else that reaches the network layer; it refuses it all.
 *
 * Firefox gives no initiator on a request (a content script's fetch looks exactly like the page's),
 * so the shop pages are served with a CSP that silences the PAGE's own loads and scripts: every
 * request left in a shop tab is then the extension's. That CSP does not hide the content script's
 * requests: the canary test below shows its fetch and its DOM image are still heard. Allowed: the
 * page loads the test made, non-network URLs (moz-extension:, data:, blob:) and the browser's own
 * services, which puppeteer's profile points at `dummy.test`.
 */
import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEMO_PAGES, PAGES_DIR, type DemoPage } from '../../scripts/lib/demo-pages';
import {
  inContentScriptWorld,
  launchFirefox,
  openExtensionPage,
  pollInPage,
  type FirefoxSession,
} from './firefox-harness';
import { shadowCount, userClick, waitForShadowText } from './closed-shadow-firefox';
import { MINIMAL_PRODUCT_HTML, MINIMAL_PRODUCT_URL } from './pages';
import { THROUGH_EVERY_TILE, TO_FIRST_TILE } from './listing-scroll';
import { startSinkProxy, type SinkProxy } from './sink-proxy';

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const orderPage: DemoPage = {
  name: 'amazon-order',
  file: 'amazon-com/order-details-bounty.html',
  url: urls['amazon-com/order-details-bounty.html']!,
  kind: 'listing',
};
const SERVED = new Set([product.url, listing.url, orderPage.url, MINIMAL_PRODUCT_URL]);

/** The page's own scripts and loads are refused; fetch/XHR/WebSocket stay open, so a content script's would be heard. */
const PAGE_CSP = "default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; connect-src *";
const NETWORK = /^(https?|wss?):/;
/** Where puppeteer's Firefox profile sends the browser's own update and blocklist checks. */
const BROWSER_OWN = /^HTTP http:\/\/dummy\.test\//;

interface RequestSent {
  context: string | null;
  navigation: string | null;
  request: { url: string };
}
interface BidiEvents {
  connection: {
    on(event: 'network.beforeRequestSent', f: (e: RequestSent) => void): void;
    on(event: 'browsingContext.navigationStarted', f: (e: { context: string; url: string }) => void): void;
  };
}

let s: FirefoxSession;
let proxy: SinkProxy;
let downloads: string;
/** Requests that left the extension, as "where: url". */
const egress: string[] = [];
/** What the captures heard, to show they were listening. */
const heard = { pageLoads: 0, requests: 0 };
const contextUrl = new Map<string, string>();

function listen(session: FirefoxSession): void {
  const { connection } = session.browser as unknown as BidiEvents;
  connection.on('browsingContext.navigationStarted', (e) => contextUrl.set(e.context, e.url));
  connection.on('network.beforeRequestSent', (e) => {
    heard.requests++;
    const url = e.request.url.replace(/#.*$/, '');
    if (!NETWORK.test(url)) return;
    if (e.navigation && SERVED.has(url)) {
      heard.pageLoads++;
      return;
    }
    egress.push(`${contextUrl.get(e.context ?? '') ?? 'unknown context'}: ${url}`);
  });
}

/** What reached the proxy, less the browser's own services. */
const proxied = () => proxy.seen.filter((r) => !BROWSER_OWN.test(r));

test.beforeAll(async () => {
  proxy = await startSinkProxy();
  downloads = mkdtempSync(join(tmpdir(), 'embodied-egress-'));
  s = await launchFirefox(
    [product, listing, orderPage],
    { [MINIMAL_PRODUCT_URL]: MINIMAL_PRODUCT_HTML },
    {
      ...proxy.prefs,
      // Exports are saved, without a dialog, where the test can see them.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
    // Firefox honours the profile's `services.settings.server` (dummy.test) only with this set.
    { env: { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' }, headers: { 'content-security-policy': PAGE_CSP } },
  );
  listen(s);
});
test.afterAll(async () => {
  await s?.close();
  await proxy?.close();
  if (downloads) rmSync(downloads, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await s.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

async function openExtension(path: string, ready: () => boolean): Promise<Page> {
  const page = await s.newPage();
  openExtensionPage(page, `moz-extension://${s.uuid}/${path}`);
  await pollInPage(page, ready);
  return page;
}

test('the captures hear the network, the content script world and nothing from the page', async () => {
  const before = egress.length;
  const proxiedBefore = proxied().length;

  // A request nobody answers in BiDi reaches the proxy: Firefox's traffic really goes through it.
  const tab = await s.browser.newPage();
  await tab.goto('https://net.egress-canary.test/').catch(() => {});
  await tab.close();
  await expect.poll(() => proxied().slice(proxiedBefore)).toContain('CONNECT net.egress-canary.test:443');

  // The background page's own remote fetch is refused before it leaves (CSP connect-src 'self').
  const popup = await openExtension(
    'popup.html',
    () => !!document.querySelector('[data-testid=ledger-empty], [data-testid=ledger-total-all-kg]'),
  );
  const fromBackground = await popup.evaluate(async () => {
    const b = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } })
      .browser;
    const bg = await b.runtime.getBackgroundPage();
    if (!bg) return 'no background page';
    return bg.fetch('https://bg.egress-canary.test/').then(
      () => 'sent',
      (e: Error) => e.name,
    );
  });
  expect(fromBackground).toBe('TypeError');
  await popup.close();

  // A content script's fetch and DOM image on a shop page are heard and blamed, CSP or not.
  const page = await open(MINIMAL_PRODUCT_URL);
  await waitForShadowText(page, 'embodied-badge-text', /CO2e/);
  await inContentScriptWorld(s, MINIMAL_PRODUCT_URL, async () => {
    const img = document.createElement('img');
    img.src = 'https://cs.egress-canary.test/img';
    document.body.append(img);
    await fetch('https://cs.egress-canary.test/fetch').catch(() => null);
    return true;
  });
  const distinct = (xs: string[]) => [...new Set(xs)].sort(); // a refused request may be tried twice
  await expect
    .poll(() => distinct(egress.slice(before).filter((e) => e.startsWith(MINIMAL_PRODUCT_URL))))
    .toEqual([
      `${MINIMAL_PRODUCT_URL}: https://cs.egress-canary.test/fetch`,
      `${MINIMAL_PRODUCT_URL}: https://cs.egress-canary.test/img`,
    ]);
  await page.close();

  // Nothing else: the unanswered navigation above, and no trace of the background's refused fetch.
  const requested = (e: string) => e.slice(e.lastIndexOf(': ') + 2);
  expect(
    distinct(
      egress
        .slice(before)
        .filter((e) => !e.startsWith(MINIMAL_PRODUCT_URL))
        .map(requested),
    ),
  ).toEqual(['https://net.egress-canary.test/']);
  expect(distinct(proxied().slice(proxiedBefore))).toEqual(['CONNECT net.egress-canary.test:443']);
});

test('the whole flow sends nothing anywhere: product, panel, purchase, listing, order, popup, options, export', async () => {
  const start = egress.length;
  const proxiedStart = proxied().length;
  const loadsBefore = heard.pageLoads;

  const page = await open(product.url);
  await waitForShadowText(page, 'embodied-badge-text', /CO2e/);
  await userClick(page, 'embodied-badge');
  await waitForShadowText(page, 'embodied-panel', 'Method');
  await userClick(page, 'embodied-bought');
  await waitForShadowText(page, 'embodied-bought', '✓');

  const list = await open(listing.url);
  await list.evaluate(TO_FIRST_TILE);
  await waitForShadowText(list, 'embodied-badge-text', /CO2e/);
  await list.evaluate(THROUGH_EVERY_TILE);
  for (let i = 0; i < 100 && (await shadowCount(list, 'embodied-badge-text')) < 10; i++)
    await new Promise((r) => setTimeout(r, 200));
  expect(await shadowCount(list, 'embodied-badge-text')).toBeGreaterThanOrEqual(10);

  const order = await open(orderPage.url);
  await waitForShadowText(order, 'embodied-order', /CO2e/);
  await userClick(order, 'embodied-order-add');
  await waitForShadowText(order, 'embodied-order-done', '✓');

  const popup = await openExtension(
    'popup.html',
    () => document.querySelectorAll('[data-testid=ledger-item]').length >= 2,
  );
  const options = await openExtension('options.html', () => !!document.querySelector('[data-testid=export-csv]'));
  await options.click('[data-testid=export-json]');
  await options.click('[data-testid=export-csv]');
  const saved = () => readdirSync(downloads).filter((f) => /^embodied-purchases-.*\.(json|csv)$/.test(f));
  await expect
    .poll(() =>
      saved()
        .map((f) => f.replace(/^.*\./, ''))
        .sort(),
    )
    .toEqual(['csv', 'json']);
  await new Promise((r) => setTimeout(r, 1000)); // late work (estimates, pack install) has time to show

  expect(heard.pageLoads - loadsBefore, 'the page loads were heard: the capture was listening').toBeGreaterThanOrEqual(
    3,
  );
  expect(egress.slice(start)).toEqual([]);
  expect(proxied().slice(proxiedStart)).toEqual([]);
  test.info().annotations.push({
    type: 'heard',
    description: `${heard.requests} requests over BiDi, ${proxy.seen.length} at the proxy (${proxied().length} not the browser's own)`,
  });
  for (const p of [page, list, order, popup, options]) await p.close();
});
