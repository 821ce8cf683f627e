/**
 * Firefox: nobody but the user records a purchase (issue #9, holes 1-3).
 * - A page script that gets hold of the badge's "I bought this" or the order card's "Add" button
 *   (the roots are closed, so it can't; the test hands it the button to check the second line of
 *   defence) and clicks it, presses keys on it or dispatches pointer events records nothing.
 *   The same button then records with one real click, so the test is not blind.
 * - A forged message from the content script's own world records nothing and reads nothing.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { PAGES_DIR, type DemoPage } from '../../scripts/lib/demo-pages';
import { inContentScriptWorld, launchFirefox, ledgerCount, type FirefoxSession } from './firefox-harness';
import { shadowHandle, shadowCount, shadowTexts, userClick, waitForShadowText } from './closed-shadow-firefox';
import { forgeMessages } from './forged';
import { MINIMAL_PRODUCT_HTML, MINIMAL_PRODUCT_URL } from './pages';

const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const orderPage: DemoPage = {
  name: 'amazon-order',
  file: 'amazon-com/order-details-bounty.html',
  url: urls['amazon-com/order-details-bounty.html']!,
  kind: 'listing',
};

let s: FirefoxSession;
test.beforeAll(async () => {
  s = await launchFirefox([orderPage], { [MINIMAL_PRODUCT_URL]: MINIMAL_PRODUCT_HTML });
});
test.afterAll(async () => s?.close());

/** Everything a page script can do to a button it holds, run in the PAGE's world (untrusted events). */
function pageScriptPokes(page: Page, button: ElementHandle<HTMLElement>): Promise<number> {
  return page.evaluate((b: HTMLElement) => {
    let sent = 0;
    const fire = (e: Event) => {
      b.dispatchEvent(e);
      sent++;
    };
    b.focus();
    b.click();
    sent++;
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
      fire(
        new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, {
          bubbles: true,
          composed: true,
          cancelable: true,
          button: 0,
          view: window,
        }),
      );
    for (const key of ['Enter', ' '])
      for (const type of ['keydown', 'keypress', 'keyup'])
        fire(
          new KeyboardEvent(type, {
            key,
            code: key === ' ' ? 'Space' : 'Enter',
            bubbles: true,
            composed: true,
            cancelable: true,
          }),
        );
    // A submit would be the form route, if the button ever sat in a form.
    b.closest('form')?.requestSubmit();
    return sent;
  }, button);
}

const settle = () => new Promise((r) => setTimeout(r, 700));

test('a page script clicking "I bought this" records nothing; one real click does', async () => {
  const page = await s.newPage();
  await page.goto(MINIMAL_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-text', /CO2e/);
  const before = await ledgerCount(s);

  expect(
    await page.evaluate(() => [...document.querySelectorAll('embodied-badge')].every((h) => h.shadowRoot === null)),
  ).toBe(true);
  expect(await pageScriptPokes(page, await shadowHandle(page, 'embodied-bought'))).toBeGreaterThan(10);
  await settle();
  expect(await ledgerCount(s)).toBe(before);
  expect((await shadowTexts(page, 'embodied-bought'))[0]).toBe('I bought this');

  await userClick(page, 'embodied-bought');
  await waitForShadowText(page, 'embodied-bought', '✓');
  expect(await ledgerCount(s)).toBe(before + 1);
  await page.close();
});

test('a page script clicking the order card\'s "Add" records nothing; one real click does', async () => {
  const page = await s.newPage();
  await page.goto(orderPage.url, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-order', /CO2e/);
  const before = await ledgerCount(s);

  expect(await pageScriptPokes(page, await shadowHandle(page, 'embodied-order-add'))).toBeGreaterThan(10);
  await settle();
  expect(await ledgerCount(s)).toBe(before);
  expect(await shadowCount(page, 'embodied-order-done')).toBe(0);

  // "Added 1", not "1 already there": a late record from the pokes would show here too.
  await userClick(page, 'embodied-order-add');
  await waitForShadowText(page, 'embodied-order-done', 'Added 1 to your purchases ✓');
  expect(await ledgerCount(s)).toBe(before + 1);
  await page.close();
});

test('a forged message from the content script world records nothing and reads nothing', async () => {
  const page = await s.newPage();
  await page.goto(MINIMAL_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-text', /CO2e/);
  const before = await ledgerCount(s);

  // The world is the content script's: it is on the shop's page and the background treats it as the
  // shop tab (record tokens go only to web page tabs, never to extension pages).
  const who = await inContentScriptWorld(s, MINIMAL_PRODUCT_URL, async () => {
    const rt = (
      globalThis as unknown as {
        browser: {
          runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; estimates?: { recordToken?: string }[] }> };
        };
      }
    ).browser.runtime;
    const r = await rt.sendMessage({ type: 'estimate', products: [{ title: 'A harmless sock', url: location.href }] });
    return { href: location.href, ok: r.ok, token: typeof r.estimates?.[0]?.recordToken === 'string' };
  });
  expect(who).toEqual({ href: MINIMAL_PRODUCT_URL, ok: true, token: true });

  const results = (await inContentScriptWorld(s, MINIMAL_PRODUCT_URL, forgeMessages)) as Record<
    string,
    { ok: boolean; error?: string }
  >;
  expect(Object.keys(results)).toHaveLength(8);
  for (const [name, r] of Object.entries(results)) expect(r.ok, name).toBe(false);
  expect(results.list?.error).toBe('not allowed from this sender');
  expect(await ledgerCount(s)).toBe(before);
  await page.close();
});
