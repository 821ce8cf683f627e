/**
 * `npm run screenshots`: writes screenshots of a product page, a listing page, the open panel and an
 * order card, light and dark, in English and German, to out/screenshots/ (Chromium, built extension;
 * the Firefox shots follow, scripts/screenshots-firefox.ts).
 * `--no-build` reuses .output/.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { shadowCount, shadowEval, shadowTexts, userClick } from './lib/closed-shadow';
import { SCROLL_THROUGH_PAGE } from './lib/scroll-page';
import { DEMO_PAGES, PAGES_DIR, ROOT, type DemoPage } from './lib/demo-pages';
import { DEMO_SHOP_HTML, DEMO_SHOP_URL } from './lib/demo-shop';
import { launchChromium } from './lib/launch-chromium';
import {
  CONDITIONS_PRODUCT_HTML,
  CONDITIONS_PRODUCT_URL,
  SOFA_PRODUCT_HTML,
  SOFA_PRODUCT_URL,
} from '../tests/e2e/inpage-pages';

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension (wxt build)...');
  execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const outDir = join(ROOT, 'out', 'screenshots');
mkdirSync(outDir, { recursive: true });

const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const listing = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;
const history: DemoPage = {
  name: 'amazon-history',
  file: 'amazon-com/order-history-2024.html',
  url: urls['amazon-com/order-history-2024.html'],
  kind: 'listing',
};
const order: DemoPage = {
  name: 'amazon-order',
  file: 'amazon-com/order-details-bounty.html',
  url: urls['amazon-com/order-details-bounty.html'],
  kind: 'listing',
};

async function settled(page: Page): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const texts = await shadowTexts(page, 'embodied-badge-text');
    if (texts.length && texts.every((t) => !t.startsWith('…'))) return;
    await page.waitForTimeout(250);
  }
}

const written: string[] = [];
async function shot(page: Page, name: string): Promise<void> {
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file });
  written.push(file);
}

for (const locale of ['en-US', 'de-DE']) {
  const lang = locale.slice(0, 2);
  const session = await launchChromium([product, listing, order, history], {
    locale,
    extraPages: {
      [DEMO_SHOP_URL]: DEMO_SHOP_HTML,
      [SOFA_PRODUCT_URL]: SOFA_PRODUCT_HTML,
      [CONDITIONS_PRODUCT_URL]: CONDITIONS_PRODUCT_HTML,
    },
  });
  for (const scheme of ['light', 'dark'] as const) {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const tag = `${lang}-${scheme}`;

    await page.goto(DEMO_SHOP_URL);
    await settled(page);
    await shot(page, `${tag}-demo-product`);
    await userClick(page, 'embodied-badge');
    await page.waitForTimeout(300);
    await shot(page, `${tag}-demo-panel`);

    await page.goto(product.url);
    await settled(page);
    await shadowEval(
      page,
      'embodied-badge',
      `(e) => { e.scrollIntoView({ block: 'center' }); window.scrollBy(0, 150); }`,
    );
    await shot(page, `${tag}-product`);
    await userClick(page, 'embodied-badge');
    await page.waitForTimeout(300);
    await shot(page, `${tag}-panel`);

    await page.goto(listing.url);
    await page.evaluate(SCROLL_THROUGH_PAGE);
    await settled(page);
    await shadowEval(
      page,
      'embodied-badge',
      `(e) => { e.scrollIntoView({ block: 'start' }); window.scrollBy(0, -200); }`,
    );
    await shot(page, `${tag}-listing`);
    await userClick(page, 'embodied-highlight');
    // Bring the first highlighted tile into view: otherwise the shot may show no highlighted tile at all.
    await page.evaluate(() => document.querySelector('[data-embodied-lowest]')?.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(300);
    await shot(page, `${tag}-listing-highlight`);

    // The relative label (a heavy sofa) and "same product, other choices" (new and refurbished offered).
    for (const [name, url] of [
      ['similar', SOFA_PRODUCT_URL],
      ['choices', CONDITIONS_PRODUCT_URL],
    ] as const) {
      await page.goto(url);
      await settled(page);
      await userClick(page, 'embodied-badge');
      await page.waitForTimeout(300);
      await shot(page, `${tag}-${name}-panel`);
    }

    await page.goto(history.url);
    await settled(page);
    if (await shadowCount(page, 'embodied-order')) {
      await shadowEval(
        page,
        'embodied-order',
        `(e) => { e.scrollIntoView({ block: 'start' }); window.scrollBy(0, -80); }`,
      );
    }
    await shot(page, `${tag}-history`);

    await page.goto(order.url);
    await settled(page);
    if (await shadowCount(page, 'embodied-order')) {
      await shadowEval(page, 'embodied-order', `(e) => { e.scrollIntoView({ block: 'center' }); }`);
    }
    await shot(page, `${tag}-order`);
    await page.close();
  }
  await session.close();
}
console.log(`${written.length} screenshots in ${outDir}:`);
for (const f of written) console.log(`  ${f}`);

// The Firefox half: product pages with the open panel, light and dark, English and German.
execSync(`npx tsx scripts/screenshots-firefox.ts ${process.argv.includes('--no-build') ? '--no-build' : ''}`, {
  cwd: ROOT,
  stdio: 'inherit',
});
