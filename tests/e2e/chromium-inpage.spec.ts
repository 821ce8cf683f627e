/**
 * #13 in Chromium: same-day double purchase, the relative label, the listing highlight, order cards
 * on an order-history page, and "same product, other choices", on saved and RECONSTRUCTED pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PAGES, PAGES_DIR, type DemoPage } from '../../scripts/lib/demo-pages';
import { launchChromium, type ChromiumSession } from '../../scripts/lib/launch-chromium';
import { shadowCount, shadowEval, shadowTexts, userClick } from '../../scripts/lib/closed-shadow';
import {
  CONDITIONS_PRODUCT_HTML,
  CONDITIONS_PRODUCT_URL,
  SIZES_PRODUCT_HTML,
  SIZES_PRODUCT_URL,
  SOFA_PRODUCT_HTML,
  SOFA_PRODUCT_URL,
} from './inpage-pages';
import { MINIMAL_PRODUCT_HTML, MINIMAL_PRODUCT_URL } from './pages';
import { THROUGH_EVERY_TILE, TO_FIRST_TILE } from './listing-scroll';

const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const history: DemoPage = {
  name: 'amazon-history',
  file: 'amazon-com/order-history-2024.html',
  url: urls['amazon-com/order-history-2024.html']!,
  kind: 'listing',
};

type ChromeGlobal = { chrome: { runtime: { sendMessage(m: unknown): Promise<any> } } };

let s: ChromiumSession;
test.beforeAll(async () => {
  s = await launchChromium([...DEMO_PAGES, history], {
    extraPages: {
      [MINIMAL_PRODUCT_URL]: MINIMAL_PRODUCT_HTML,
      [CONDITIONS_PRODUCT_URL]: CONDITIONS_PRODUCT_HTML,
      [SOFA_PRODUCT_URL]: SOFA_PRODUCT_HTML,
      [SIZES_PRODUCT_URL]: SIZES_PRODUCT_HTML,
    },
  });
});
test.afterAll(async () => s?.close());

async function purchases(): Promise<{ product: { title: string }; quantity: number }[]> {
  const popup = await s.context.newPage();
  await popup.goto(`chrome-extension://${s.extensionId}/popup.html`);
  const list = await popup.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'purchase.list' }),
  );
  await popup.close();
  return list.purchases;
}

/** The first text of a test id inside the closed roots, once it matches (the first estimate installs the packs: slow under load). */
async function shadowText(page: Page, testId: string, match: RegExp | string, timeout = 60_000): Promise<string> {
  let last = '';
  await expect
    .poll(
      async () => {
        last = (await shadowTexts(page, testId))[0] ?? '';
        return typeof match === 'string' ? last.includes(match) : match.test(last);
      },
      { message: `${testId} matching ${match}`, timeout },
    )
    .toBe(true);
  return last;
}

test('buying the same product twice on one day records one purchase, unless the user confirms', async () => {
  const page = await s.context.newPage();
  await page.goto(MINIMAL_PRODUCT_URL);
  await shadowText(page, 'embodied-badge-text', /≈/);
  const mine = async () => (await purchases()).filter((p) => p.product.title.startsWith('Merino wool socks'));
  const before = (await mine()).length;
  await userClick(page, 'embodied-bought');
  await shadowText(page, 'embodied-bought', 'Added to your total ✓');
  expect((await mine()).length).toBe(before + 1);

  // Seen again (a reload, another visit): the second click asks instead of recording.
  await page.reload();
  await shadowText(page, 'embodied-badge-text', /≈/);
  await userClick(page, 'embodied-bought');
  await shadowText(page, 'embodied-same-day', 'Already recorded today.');
  expect((await mine()).length).toBe(before + 1);

  // The user confirms: now a second purchase is recorded.
  await userClick(page, 'embodied-bought-again');
  await expect.poll(async () => (await mine()).length).toBe(before + 2);
  await page.close();
});

test('listing: the highlight switch outlines the lowest third of the tiles shown, and one click undoes it', async () => {
  const page = await s.context.newPage();
  await page.goto(listing.url);
  await page.evaluate(TO_FIRST_TILE);
  await shadowText(page, 'embodied-badge-text', /CO2e/);
  await page.evaluate(THROUGH_EVERY_TILE);
  await shadowText(page, 'embodied-highlight', 'Highlight lowest CO2e');
  const marked = () => page.evaluate(() => document.querySelectorAll('[data-embodied-lowest]').length);
  expect(await marked()).toBe(0); // off by default
  const outlinesBefore = await page.evaluate(() =>
    [...document.querySelectorAll('[data-component-type="s-search-result"]')].map(
      (e) => (e as HTMLElement).style.outline,
    ),
  );

  await userClick(page, 'embodied-highlight');
  const status = await shadowText(page, 'embodied-highlight-status', /of \d+ results/);
  const [, n, total] = /(\d+) of (\d+)/.exec(status)!;
  expect(Number(n)).toBeGreaterThanOrEqual(Math.ceil(Number(total) / 3));
  expect(await marked()).toBe(Number(n));
  expect(await shadowEval<string>(page, 'embodied-highlight', '(e) => e.getAttribute("aria-pressed")')).toBe('true');
  // The marked tiles hold the lowest figures: none of them above any unmarked tile's.
  const kg = (t: string) => {
    const m = /≈ ([\d.,]+) (kg|t)/.exec(t);
    return m ? Number(m[1]!.replace(/,/g, '')) * (m[2] === 't' ? 1000 : 1) : null;
  };
  const tiles = await page.evaluate(() =>
    [...document.querySelectorAll('embodied-badge')]
      .filter((h) => h.parentElement !== document.body) // the switch itself floats at the end of the body
      .map((h) => !!h.parentElement?.closest('[data-embodied-lowest]')),
  );
  const texts = (await shadowTexts(page, 'embodied-badge-text')).map(kg);
  expect(texts.length).toBe(tiles.length);
  const markedKg = texts.filter((v, i) => tiles[i] && v !== null) as number[];
  const otherKg = texts.filter((v, i) => !tiles[i] && v !== null) as number[];
  expect(markedKg.length).toBeGreaterThan(0);
  expect(Math.max(...markedKg)).toBeLessThanOrEqual(Math.min(...otherKg));

  // Keyboard: Enter on the focused switch turns it off; the page's own styles are back.
  await page.keyboard.press('Enter');
  await expect.poll(marked).toBe(0);
  expect(
    await page.evaluate(() =>
      [...document.querySelectorAll('[data-component-type="s-search-result"]')].map(
        (e) => (e as HTMLElement).style.outline,
      ),
    ),
  ).toEqual(outlinesBefore);
  await shadowText(page, 'embodied-highlight', 'Highlight lowest CO2e');
  expect(page.url()).toBe(listing.url);
  await page.close();
});

test('order history: one card per order, each adding only its own lines, once', async () => {
  const page = await s.context.newPage();
  await page.goto(history.url);
  await expect.poll(() => shadowCount(page, 'embodied-order'), { timeout: 60_000 }).toBe(10);
  const summaries = await shadowTexts(page, 'embodied-order-summary');
  expect(summaries.filter((t) => t.startsWith('Order 114-8722141-6545058: 1 item'))).toHaveLength(1);
  expect(summaries.filter((t) => t.startsWith('Order 114-5254991-9003440: 2 items'))).toHaveLength(1);
  // The page shows no line prices: an order of one line is priced from its total (lib/inpage/order-prices.ts).
  // Laundry pods have no typical mass, so without that price this order's one line is unknown.
  expect(summaries.find((t) => t.startsWith('Order 111-1212549-9423423'))).toMatch(
    /^Order 111-1212549-9423423: 1 item, ≈/,
  );
  // Add the Bounty order (the 7th card): its one line, and again after a reload: nothing new.
  const n = summaries.findIndex((t) => t.startsWith('Order 114-8722141-6545058'));
  const before = (await purchases()).length;
  await userClick(page, 'embodied-order-add', n);
  await shadowText(page, 'embodied-order-done', /Added [01] to your purchases/);
  const after = await purchases();
  expect(after.length).toBeLessThanOrEqual(before + 1);
  expect(after.filter((p) => p.product.title.startsWith('Bounty Paper Towels'))).toHaveLength(1);
  await page.reload();
  await expect.poll(() => shadowCount(page, 'embodied-order')).toBe(10);
  await userClick(page, 'embodied-order-add', n);
  await shadowText(page, 'embodied-order-done', 'Added 0 to your purchases (1 already there)');
  expect((await purchases()).length).toBe(after.length);
  await page.close();
});

test('same product, other choices: a page offering it new and refurbished shows both figures', async () => {
  const page = await s.context.newPage();
  await page.goto(CONDITIONS_PRODUCT_URL);
  const text = await shadowText(page, 'embodied-badge-text', /≈/);
  await userClick(page, 'embodied-badge');
  const choices = await shadowText(page, 'embodied-choices', 'Same product, other choices');
  const kgOf = (re: RegExp) => Number(re.exec(choices)![1]!.replace(/,/g, ''));
  const fresh = kgOf(/new \(this offer\): ≈ ([\d.,]+) kg/);
  const refurbished = kgOf(/refurbished: ≈ ([\d.,]+) kg/);
  expect(text).toContain(`${fresh} kg`);
  expect(refurbished / fresh).toBeGreaterThan(0.15);
  expect(refurbished / fresh).toBeLessThan(0.25);
  await page.close();
});

test('the relative label: the badge says where the product sits among similar products, the panel says what similar means', async () => {
  const page = await s.context.newPage();
  await page.goto(SOFA_PRODUCT_URL);
  await shadowText(page, 'embodied-badge-text', /≈/);
  // A 95 kg three-seater: heavy among sofas (20-150 kg), so higher than the middle third.
  const tag = await shadowText(page, 'embodied-badge-similar', /higher/);
  await userClick(page, 'embodied-badge');
  const what = await shadowText(page, 'embodied-similar-what', '“Similar” means new products of the category');
  expect(what).toMatch(/from [\d.,]+ (kg|t) to [\d.,]+ (kg|t) each/);
  expect((await shadowTexts(page, 'embodied-similar'))[0]!.toLowerCase()).toContain(tag.replace(/^[↓=↑]/, ''));
  await page.close();
});

test("same product, other sizes: a page offering three bag weights shows each one's figure, this one marked", async () => {
  const page = await s.context.newPage();
  await page.goto(SIZES_PRODUCT_URL);
  await shadowText(page, 'embodied-badge-text', /≈/);
  await userClick(page, 'embodied-badge');
  const text = await shadowText(page, 'embodied-variants', /1 kg/);
  expect(text).toContain('Same product, other sizes');
  expect(text).toMatch(/250 g \(0\.25 kg\): ≈ [\d.]+ kg/);
  expect(text).toContain('500 g (this offer) (0.5 kg)');
  // Each figure is the estimator's at that weight: the heaviest bag has the largest figure.
  const figures = [...text.matchAll(/\): ≈ ([\d.]+) kg/g)].map((m) => Number(m[1]));
  const [light, middle, heavy] = figures as [number, number, number];
  expect(figures).toHaveLength(3);
  expect(light).toBeLessThan(middle);
  expect(middle).toBeLessThan(heavy);
  await page.close();
});
