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

const headless = !process.env.DISPLAY || process.argv.includes('--headless');
requireBrowser('chromium');
if (!process.argv.includes('--no-build')) {
  console.log('Building the extension (wxt build)...');
  execSync('npx wxt build', { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

const outDir = join(ROOT, 'out', 'screenshots');
mkdirSync(outDir, { recursive: true });
const session = await launchChromium(DEMO_PAGES, { headless });
console.log(`Chromium ${headless ? '(headless)' : ''} with Embodied ${session.extensionId}\n`);

const readBadges = (page: import('@playwright/test').Page) =>
  page.getByTestId('embodied-badge-text').evaluateAll((els) => els.map((e) => e.textContent ?? ''));

for (const demo of DEMO_PAGES) {
  const page = await session.context.newPage();
  await page.goto(demo.url);
  try {
    await page.waitForFunction(
      () => {
        const hosts = [...document.querySelectorAll('embodied-badge')];
        return hosts.length > 0 && hosts.every((h) => !(h.shadowRoot?.textContent ?? '…').includes('…'));
      },
      null,
      { timeout: 20_000 },
    );
  } catch {
    console.log(`${demo.name}: no badge appeared (${demo.url})`);
  }
  const texts = await readBadges(page);
  const title = (await page.title()).slice(0, 70);
  if (demo.kind === 'product') {
    console.log(`${demo.name}: "${title}"\n  badge: ${texts[0] ?? '(none)'}`);
    if (texts.length) await page.getByTestId('embodied-badge').first().click();
  } else {
    console.log(`${demo.name}: "${title}"\n  ${texts.length} tile badges: ${texts.slice(0, 5).join(' | ')}${texts.length > 5 ? ' | ...' : ''}`);
  }
  await page.getByTestId('embodied-badge').first().scrollIntoViewIfNeeded().catch(() => {});
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
