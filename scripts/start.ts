/**
 * `npm start`: build the extension, launch Debian's Chromium with it, open the bundled demo pages at
 * their real shop URLs (served from the saved copies), and show what the extension does.
 * Headed when a display exists (close the browser to quit); otherwise headless: prints every
 * badge and writes screenshots under out/screenshots/.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { requireBrowser } from './lib/browsers';
import { DEMO_PAGES, ROOT } from './lib/demo-pages';
import { launchChromium } from './lib/launch-chromium';
import { DEMO_SHOP_HTML, DEMO_SHOP_URL } from './lib/demo-shop';
import { shadowCount, shadowTexts, userClick } from './lib/closed-shadow';
import { SCROLL_THROUGH_PAGE } from './lib/scroll-page';

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
requireBrowser('chromium');
if (!process.argv.includes('--no-build')) {
  console.log('Building the extension (wxt build)...');
  // WXT's progress spinner writes cursor escapes to stderr: keep its output, show it only on failure.
  try {
    execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    process.stderr.write(String((err as { stderr?: Buffer }).stderr ?? err));
    process.exit(1);
  }
}

const outDir = join(ROOT, 'out', 'screenshots');
mkdirSync(outDir, { recursive: true });
const session = await launchChromium(DEMO_PAGES, { headless, extraPages: { [DEMO_SHOP_URL]: DEMO_SHOP_HTML } });
console.log(`Chromium ${headless ? '(headless)' : ''} with Embodied ${session.extensionId}\n`);

const readBadges = (page: import('@playwright/test').Page) => shadowTexts(page, 'embodied-badge-text');

// Our own clean demo shop page first, then the real saved shop pages.
const demos = [{ name: 'demo-shop', file: '', url: DEMO_SHOP_URL, kind: 'product' as const }, ...DEMO_PAGES];
for (const demo of demos) {
  const page = await session.context.newPage();
  await page.goto(demo.url);
  if (demo.kind === 'listing') await page.evaluate(SCROLL_THROUGH_PAGE);
  // The badges' roots are closed to the page: read them through the DevTools protocol.
  const until = Date.now() + 20_000;
  let texts: string[] = [];
  while (Date.now() < until) {
    texts = await readBadges(page);
    if (texts.length && texts.every((t) => !t.includes('…'))) break;
    await page.waitForTimeout(250);
  }
  if (!texts.length) console.log(`${demo.name}: no badge appeared (${demo.url})`);
  const title = (await page.title()).slice(0, 70);
  if (demo.kind === 'product') {
    console.log(`${demo.name}: "${title}"\n  badge: ${texts[0] ?? '(none)'}`);
    if (texts.length) await userClick(page, 'embodied-badge');
  } else {
    console.log(
      `${demo.name}: "${title}"\n  ${texts.length} tile badges: ${texts.slice(0, 5).join(' | ')}${texts.length > 5 ? ' | ...' : ''}`,
    );
  }
  if (demo.kind !== 'product' && (await shadowCount(page, 'embodied-badge')))
    await page.locator('embodied-badge').first().scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -120));
  const shot = join(outDir, `${demo.name}.png`);
  await page.screenshot({ path: shot });
  console.log(`  screenshot: ${shot}\n`);
}

const popup = await session.context.newPage();
await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
await popup.setViewportSize({ width: 420, height: 560 });
await popup.screenshot({ path: join(outDir, 'popup.png') });
console.log(`popup: ${join(outDir, 'popup.png')}`);

if (headless) {
  await session.close();
} else {
  console.log('\nThe browser stays open: try "I bought this", then open the popup. Close the browser to quit.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
}
