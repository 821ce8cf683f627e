/**
 * Several builds of the extension against one browser without it, on one bench page, interleaved
 * load by load (build 1, none, build 2, none, ..., then again), so a busy machine slows every arm
 * alike. Per build: the added script time (paired with the "none" load right after it), and in
 * separate timing loads the badge after DOMContentLoaded and the longest extension task (trace), and
 * on the listing the first screen's tiles all badged after DOMContentLoaded (the bench's row).
 *
 *   npx tsx bench/ab-builds.ts [--page product|no-product|listing] [--rounds 7] [--stopped] [--throttle 4] [--settle ms] <chrome-mv3 dir>...
 *
 * `--stopped`: the service worker is stopped before every timing load (the worker-stopped row).
 * `--throttle n`: the A/B loads run with the CPU slowed n times (the CPU 4x row); no timing loads then.
 * `--settle ms`: how long after `load` each page is kept before its script time is read (default: as the
 * bench, 1 s on the page without a product, 2 s on the others, 3 s throttled); the detector's later looks
 * on a page without a product come at 2, 6 and 16 s (lib/content/recheck.ts): `--settle 17000` counts them all.
 * Each arm's first load warms its worker. Prints medians; the samples go to out/ab-builds.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { extensionTasks, launch, load, stopWorker, type Browser } from './lib/chromium';
import { benchPages, LISTING_100_URL, NO_PRODUCT_URL, PRODUCT, TILE } from './lib/pages';
import { probeScript, type ProbeResult } from './lib/probe';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args.splice(i, 1).length > 0;
};
const pageName = opt('--page') ?? 'product';
const rounds = Number(opt('--rounds') ?? 7);
const stopped = flag('--stopped');
const throttle = Number(opt('--throttle') ?? 0) || undefined;
const settleOpt = Number(opt('--settle') ?? 0);
const dirs = args;
if (!dirs.length)
  throw new Error(
    'usage: ab-builds.ts [--page p] [--rounds n] [--stopped] [--throttle n] [--settle ms] <chrome-mv3 dir>...',
  );
const url = { product: PRODUCT.url, 'no-product': NO_PRODUCT_URL, listing: LISTING_100_URL }[pageName];
if (!url) throw new Error(`unknown page ${pageName}`);
const settleMs = settleOpt || (pageName === 'no-product' ? 1000 : throttle ? 3000 : 2000);

const pages = benchPages();
const none = await launch(pages, null);
const arms: { dir: string; browser: Browser; added: number[]; badge: number[]; tiles: number[]; longest: number[] }[] =
  [];
const listing = pageName === 'listing';
try {
  for (const dir of dirs) {
    const browser = await launch(pages, dir);
    (await load(browser, PRODUCT.url, { settleMs: 3000 })).page.close();
    arms.push({ dir, browser, added: [], badge: [], tiles: [], longest: [] });
  }
  for (let r = 0; r < rounds; r++) {
    // ABBA: the arms' order flips every round, so neither gains from going first (a steady lead of
    // 20-25% for the first arm was measured under load with a fixed order, whichever build it was).
    const order = r % 2 ? [...arms].reverse() : arms;
    for (const arm of order) {
      const a = await load(arm.browser, url, { settleMs, throttle });
      await a.page.close();
      const b = await load(none, url, { settleMs, throttle });
      await b.page.close();
      arm.added.push(a.metrics.scriptMs - b.metrics.scriptMs);
    }
    if (pageName === 'no-product' || throttle) continue;
    for (const arm of order) {
      if (stopped) await stopWorker(arm.browser);
      const t = await load(arm.browser, url, {
        settleMs,
        trace: !stopped,
        initScript: probeScript(listing ? TILE : null),
      });
      const p = (await t.page.evaluate('window.__bench')) as ProbeResult;
      arm.badge.push(p.badge - p.dcl);
      // The listing's first screen all badged (the bench's row), when it was within the settle time.
      if (listing && !Number.isNaN(p.tilesBadged)) arm.tiles.push(p.tilesBadged - p.dcl);
      arm.longest.push(Math.max(0, ...extensionTasks(t.trace)));
      await t.page.close();
    }
  }
} finally {
  for (const arm of arms) await arm.browser.close();
  await none.close();
}
const f = (xs: number[]) => (xs.length ? median(xs).toFixed(1) : '-');
console.log(
  `${pageName}${stopped ? ' (worker stopped)' : ''}, ${rounds} rounds: median added script | badge after DCL | longest ext task (ms)${listing ? ' | first screen badged after DCL (n)' : ''}`,
);
for (const arm of arms)
  console.log(
    `${f(arm.added).padStart(8)} | ${f(arm.badge).padStart(8)} | ${f(arm.longest).padStart(8)}${listing ? ` | ${f(arm.tiles).padStart(8)} (${arm.tiles.length})` : ''}  ${arm.dir}`,
  );
mkdirSync('out', { recursive: true });
writeFileSync(
  'out/ab-builds.json',
  JSON.stringify(
    arms.map(({ dir, added, badge, tiles, longest }) => ({ dir, added, badge, tiles, longest })),
    null,
    1,
  ),
);
