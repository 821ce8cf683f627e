/**
 * #13 in Firefox: the panel inside a 640 px viewport and on a right-to-left page, axe-core over the
 * badge and the open panel (light and dark), and a correction that changes the number and survives
 * a reload, one purchase per product per day unless confirmed, the other sizes a page offers, and badges that come with the tiles an infinite scroll appends. Closed roots are reached over WebDriver BiDi (closed-shadow-firefox.ts).
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { DEMO_PAGES } from '../../scripts/lib/demo-pages';
import {
  APPEND_SIX_AND_LOOK,
  LAST_TILE_BADGED,
  THROUGH_EVERY_TILE,
  TO_FIRST_TILE,
  TO_LAST_TILE,
} from './listing-scroll';
import { DEMO_SHOP_HTML, DEMO_SHOP_URL } from '../../scripts/lib/demo-shop';
import { launchFirefox, ledgerCount, type FirefoxSession } from './firefox-harness';
import { badgeRoots, shadowCount, shadowTexts, userClick, waitForShadowText } from './closed-shadow-firefox';
import {
  MASS_PRODUCT_HTML,
  MASS_PRODUCT_URL,
  MINIMAL_PRODUCT_HTML,
  MINIMAL_PRODUCT_URL,
  RTL_PRODUCT_HTML,
  RTL_PRODUCT_URL,
} from './pages';
import { SIZES_PRODUCT_HTML, SIZES_PRODUCT_URL } from './inpage-pages';

const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;
/** The demo shop page with its dark colours as its own (not the system's): the badge takes its dark theme from the page. */
const DARK_SHOP_URL = `${DEMO_SHOP_URL}?scheme=dark`;
const DARK_SHOP_HTML = DEMO_SHOP_HTML.replace(
  '</head>',
  '<style>:root { --bg: #121513; --fg: #e9ece9; --card: #1c201d; --muted: #a9b1ab; --accent: #93d4a2; }</style></head>',
);
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** The first estimate installs the factor packs: slow on a loaded machine. */
const FIRST = 60_000;

let s: FirefoxSession;
test.beforeAll(async () => {
  s = await launchFirefox(DEMO_PAGES, {
    [RTL_PRODUCT_URL]: RTL_PRODUCT_HTML,
    [MASS_PRODUCT_URL]: MASS_PRODUCT_HTML,
    [MINIMAL_PRODUCT_URL]: MINIMAL_PRODUCT_HTML,
    [SIZES_PRODUCT_URL]: SIZES_PRODUCT_HTML,
    [DEMO_SHOP_URL]: DEMO_SHOP_HTML,
    [DARK_SHOP_URL]: DARK_SHOP_HTML,
  });
});
test.afterAll(async () => s?.close());

/** The dialog's box and the viewport's size. */
async function panelBox(page: Page) {
  const roots = await badgeRoots(page);
  return page.evaluate(
    (...rs: ShadowRoot[]) => {
      const d = rs.map((r) => r.querySelector('[role=dialog]')).find(Boolean)!;
      const r = d.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: innerWidth, height: innerHeight };
    },
    ...roots,
  );
}

async function expectPanelInside(page: Page) {
  await waitForShadowText(page, 'embodied-panel', /CO2e/);
  const b = await panelBox(page);
  expect(b.left).toBeGreaterThanOrEqual(0);
  expect(b.top).toBeGreaterThanOrEqual(0);
  expect(b.right).toBeLessThanOrEqual(b.width);
  expect(b.bottom).toBeLessThanOrEqual(b.height);
}

test('the panel stays inside a 640 px wide viewport and on a right-to-left page', async () => {
  const page = await s.newPage();
  await page.setViewport({ width: 640, height: 700 });
  await page.goto(product.url, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-text', /≈/, FIRST);
  await userClick(page, 'embodied-badge');
  await expectPanelInside(page);

  await page.goto(listing.url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(TO_FIRST_TILE);
  await waitForShadowText(page, 'embodied-badge-text', /CO2e/);
  await page.evaluate(THROUGH_EVERY_TILE);
  const n = await shadowCount(page, 'embodied-badge');
  await userClick(page, 'embodied-badge', n - 1);
  await expectPanelInside(page);

  await page.setViewport({ width: 900, height: 700 });
  await page.goto(RTL_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-text', /≈/);
  await userClick(page, 'embodied-badge');
  await expectPanelInside(page);
  await page.close();
});

test('infinite scroll: tiles appended where the user has reached hold their badges before the page lays them out', async () => {
  const page = await s.newPage();
  await page.goto(listing.url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(TO_FIRST_TILE);
  await waitForShadowText(page, 'embodied-badge-text', /CO2e/, FIRST);
  // The end of the results on screen, badged: the user is heading for what the shop appends next.
  await page.evaluate(TO_LAST_TILE);
  await page.waitForFunction(LAST_TILE_BADGED, { timeout: 15_000 });
  const early = (await page.evaluate(APPEND_SIX_AND_LOOK)) as boolean[];
  // The first of them at least: the first screenful goes in at once, the rest as they come near.
  expect(early[0]).toBe(true);
  await page.close();
});

/** axe-core over open copies of the closed roots (markup and style), in the page, WCAG 2.2 A/AA. */
async function badgeViolations(page: Page): Promise<string[]> {
  const roots = await badgeRoots(page);
  await page.evaluate(
    (...rs: ShadowRoot[]) => {
      for (const r of rs) {
        r.querySelectorAll('details').forEach((d) => (d.open = true));
        const copy = document.createElement('embodied-a11y-copy');
        const open = copy.attachShadow({ mode: 'open' });
        for (const child of r.childNodes) open.append(child.cloneNode(true));
        r.host.after(copy);
        (r.host as HTMLElement).style.display = 'none';
      }
    },
    ...roots,
  );
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Axe = {
      run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
    };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const out: string[] = [];
    for (const copy of document.querySelectorAll('embodied-a11y-copy')) {
      const res = await axe.run(copy, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      for (const v of res.violations) out.push(`${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
    }
    return out;
  });
}

for (const [scheme, url] of [
  ['light', DEMO_SHOP_URL],
  ['dark', DARK_SHOP_URL],
] as const) {
  test(`axe-core finds no WCAG 2.2 AA violation in the badge and the open panel (${scheme})`, async () => {
    const page = await s.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForShadowText(page, 'embodied-badge-text', /≈/, FIRST);
    await userClick(page, 'embodied-badge');
    await waitForShadowText(page, 'embodied-panel', /CO2e/);
    const roots = await badgeRoots(page);
    const dark = await page.evaluate(
      (...rs: ShadowRoot[]) => rs.some((r) => r.querySelector('.embodied.dark')),
      ...roots,
    );
    expect(dark).toBe(scheme === 'dark');
    expect(await badgeViolations(page)).toEqual([]);
    await page.close();
  });
}

test('a weight correction changes the number, says "corrected by you" and survives a reload', async () => {
  const page = await s.newPage();
  await page.goto(MASS_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  const before = await waitForShadowText(page, 'embodied-badge-text', /≈/, FIRST);
  await userClick(page, 'embodied-badge');
  await userClick(page, 'embodied-correct');
  await userClick(page, 'embodied-correct-weight');
  await page.keyboard.type('20');
  await userClick(page, 'embodied-correct-save');
  await waitForShadowText(page, 'embodied-badge-corrected', 'corrected by you');
  const after = (await shadowTexts(page, 'embodied-badge-text'))[0]!;
  expect(after).toMatch(/≈/);
  expect(after).not.toBe(before);

  await page.reload({ waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-corrected', 'corrected by you');
  expect(await waitForShadowText(page, 'embodied-badge-text', /≈/)).toBe(after);
  await page.close();
});

test('buying the same product twice on one day records one purchase, unless the user confirms', async () => {
  const page = await s.newPage();
  await page.goto(MINIMAL_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-text', /≈/, FIRST);
  const before = await ledgerCount(s);
  await userClick(page, 'embodied-bought');
  await waitForShadowText(page, 'embodied-bought', 'Added to your total ✓');
  expect(await ledgerCount(s)).toBe(before + 1);

  // Seen again (a reload, another visit): the second click asks instead of recording.
  await page.reload({ waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-text', /≈/);
  await userClick(page, 'embodied-bought');
  await waitForShadowText(page, 'embodied-same-day', 'Already recorded today.');
  expect(await ledgerCount(s)).toBe(before + 1);

  // The user confirms: now a second purchase is recorded.
  await userClick(page, 'embodied-bought-again');
  await expect.poll(() => ledgerCount(s), { timeout: 20_000 }).toBe(before + 2);
  await page.close();
});

test("same product, other sizes: a page offering three bag weights shows each one's figure, this one marked", async () => {
  const page = await s.newPage();
  await page.goto(SIZES_PRODUCT_URL, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-text', /≈/, FIRST);
  await userClick(page, 'embodied-badge');
  const text = await waitForShadowText(page, 'embodied-variants', /1 kg/);
  expect(text).toContain('Same product, other sizes');
  expect(text).toMatch(/250 g \(0\.25 kg\): ≈ [\d.]+ kg/);
  expect(text).toContain('500 g (this offer) (0.5 kg)');
  // Each figure is the estimator's at that weight: the heaviest bag has the largest figure.
  const figures = [...text.matchAll(/\): ≈ ([\d.]+) kg/g)].map((m) => Number(m[1]));
  expect(figures).toHaveLength(3);
  const [light, middle, heavy] = figures as [number, number, number];
  expect(light).toBeLessThan(middle);
  expect(middle).toBeLessThan(heavy);
  await page.close();
});
