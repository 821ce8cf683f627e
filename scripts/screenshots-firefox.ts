/**
 * `npm run screenshots` (second half): the same product pages with the open panel in Firefox ESR,
 * light and dark, in English and German, to out/screenshots/firefox-*.png (built Firefox extension,
 * driven over WebDriver BiDi). The colour scheme and the browser language are Firefox prefs, so
 * each (language, scheme) pair is its own browser. `--no-build` reuses .output/firefox-mv3.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEMO_PAGES, ROOT } from './lib/demo-pages';
import { DEMO_SHOP_HTML, DEMO_SHOP_URL } from './lib/demo-shop';
import { launchFirefox } from '../tests/e2e/firefox-harness';
import { shadowHandle, userClick, waitForShadowText } from '../tests/e2e/closed-shadow-firefox';
import { SOFA_PRODUCT_HTML, SOFA_PRODUCT_URL } from '../tests/e2e/inpage-pages';

if (!process.argv.includes('--no-build')) {
  console.log('Building the Firefox extension (wxt build -b firefox --mv3)...');
  execSync('npx wxt build -b firefox --mv3', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const outDir = join(ROOT, 'out', 'screenshots');
mkdirSync(outDir, { recursive: true });
const product = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;

/** Firefox's content colour scheme: 0 dark, 1 light (layout.css.prefers-color-scheme.content-override). */
const SCHEME_PREF = { dark: 0, light: 1 } as const;
const LANGUAGES = { en: 'en-US, en', de: 'de-DE, de' } as const;

const written: string[] = [];
async function shot(page: Page, name: string): Promise<void> {
  const file = join(outDir, `firefox-${name}.png`);
  await page.screenshot({ path: file });
  written.push(file);
}

/** Opens a page, waits for its badge's figure, brings the badge into view, shoots it closed and open. */
async function productAndPanel(page: Page, url: string, name: string, scrollBy: number): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await waitForShadowText(page, 'embodied-badge-text', /≈|\?/, 60_000);
  const badge = await shadowHandle(page, 'embodied-badge');
  await badge.evaluate((e, by) => {
    e.scrollIntoView({ block: 'center' });
    window.scrollBy(0, by);
  }, scrollBy);
  await shot(page, `${name}-product`);
  await userClick(page, 'embodied-badge');
  await waitForShadowText(page, 'embodied-panel', /CO2e/);
  await new Promise((r) => setTimeout(r, 300));
  await shot(page, `${name}-panel`);
}

for (const [lang, accept] of Object.entries(LANGUAGES)) {
  for (const scheme of ['light', 'dark'] as const) {
    const session = await launchFirefox(
      [product],
      { [DEMO_SHOP_URL]: DEMO_SHOP_HTML, [SOFA_PRODUCT_URL]: SOFA_PRODUCT_HTML },
      { 'intl.accept_languages': accept, 'layout.css.prefers-color-scheme.content-override': SCHEME_PREF[scheme] },
    );
    try {
      const page = await session.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      const tag = `${lang}-${scheme}`;
      await productAndPanel(page, DEMO_SHOP_URL, `${tag}-demo`, 0);
      await productAndPanel(page, product.url, tag, 150);
      await productAndPanel(page, SOFA_PRODUCT_URL, `${tag}-similar`, 0);
    } finally {
      await session.close();
    }
  }
}
console.log(`${written.length} Firefox screenshots in ${outDir}:`);
for (const f of written) console.log(`  ${f}`);
