/**
 * Page scenarios in Chromium, A/B: the same saved page in a browser with the extension (A) and one
 * without (B), runs interleaved A, B, B, A, A, B...; "added" figures are the paired differences of the
 * renderer's CDP Performance metrics (ScriptDuration in thread time). Timing runs (A only, with the
 * main-world probe of bench/lib/probe.ts) read when badges appear; a trace attributes long tasks.
 */
import type { BenchRow, Scenario } from '../types';
import { extensionTasks, launch, load, stopWorker, type Browser, type LoadOptions } from '../lib/chromium';
import { benchPages, LISTING_100_URL, NO_PRODUCT_URL, PRODUCT, TILE } from '../lib/pages';
import type { Page } from '@playwright/test';
import { estimateShownAt, probeScript, type ProbeResult } from '../lib/probe';

const PAIRS = 7;
/**
 * The throttled row's loads spread most (the saved page's own scripts take 16-85 ms there from load
 * to load, bimodally, with or without the extension): 9 pairs gave medians from 52.6 to 69.7 ms for
 * one build in five idle runs. 15 pairs narrow the median's spread by about a quarter.
 */
const THROTTLED_PAIRS = 15;
const TIMING_RUNS = 7;
/** The estimate is looked for (over CDP) this long after the tab opens. */
const ESTIMATE_WAIT_MS = 8000;

async function addedScript(a: Browser, b: Browser, url: string, pairs: number, opts: LoadOptions): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // The arms take turns going first, so that neither gains from its place in the pair.
    const first = i % 2 ? b : a;
    const one = await load(first, url, opts);
    await one.page.close();
    const two = await load(first === a ? b : a, url, opts);
    await two.page.close();
    const [withExt, without] = first === a ? [one, two] : [two, one];
    out.push(withExt.metrics.scriptMs - without.metrics.scriptMs);
  }
  return out;
}

async function probe(
  a: Browser,
  url: string,
  opts: LoadOptions,
  tileSelector: string | null,
  before?: () => Promise<void>,
) {
  const out: { probe: ProbeResult; longestExtTask: number; longestAfterEval: number }[] = [];
  for (let i = 0; i < TIMING_RUNS; i++) {
    await before?.();
    let estimate = NaN;
    const watch = async (page: Page) => {
      estimate = await estimateShownAt(page, Date.now() + ESTIMATE_WAIT_MS);
    };
    const r = await load(a, url, {
      ...opts,
      initScript: probeScript(tileSelector),
      ...(tileSelector ? {} : { watch }),
    });
    const p = (await r.page.evaluate('window.__bench')) as ProbeResult;
    out.push({
      probe: { ...p, estimate },
      longestExtTask: Math.max(0, ...extensionTasks(r.trace)),
      longestAfterEval: Math.max(0, ...extensionTasks(r.trace, { withoutEvaluation: true })),
    });
    await r.page.close();
  }
  return out;
}

/**
 * Infinite scroll: with the end of the 100-tile page's results at the bottom of the screen, 50 tiles
 * appended 10 times (as a shop appends when the user nears the end). The lag runs from the append
 * until every appended tile on the next screen holds a badge, that is before the user scrolls there
 * (tiles further down are badged when they come near: page.ts). Then the user scrolls on by that
 * screen (eight steps, one per frame, as a wheel does); layout shifts are summed over the step.
 */
async function infiniteScroll(a: Browser): Promise<{ lag: number[]; shift: number[] }> {
  const r = await load(a, LISTING_100_URL, { settleMs: 1500, initScript: probeScript(TILE) });
  const { page } = r;
  await page.waitForFunction(
    () => !Number.isNaN((window as unknown as { __bench: ProbeResult }).__bench.tilesBadged),
    undefined,
    { timeout: 20_000 },
  );
  const lag: number[] = [];
  const shift: number[] = [];
  for (let step = 0; step < 10; step++) {
    // The end of the results (the page's footer follows them).
    await page.evaluate(`[...document.querySelectorAll('${TILE}')].pop().scrollIntoView({ block: 'end' })`);
    // That jump shows tiles never near before: their badges come first (not counted in this step).
    await page.waitForFunction(
      (tile) =>
        [...document.querySelectorAll(tile)]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.bottom > 0 && r.top < innerHeight && r.height > 0;
          })
          .every((t) => t.querySelector('embodied-badge')),
      TILE,
      { polling: 'raf', timeout: 20_000 },
    );
    await page.waitForTimeout(100);
    const shiftStart = (await page.evaluate('window.__bench.layoutShift')) as number;
    await page.evaluate(
      ({ tile, step }) => {
        // Same as copyTile (bench/lib/pages.ts), in the page.
        const copy = (t: Element, n: number) => {
          const c = t.cloneNode(true) as Element;
          const asin = `B0SCROLL${String(n).padStart(4, '0')}`;
          c.setAttribute('data-asin', asin);
          c.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', `/dp/${asin}`));
          return c;
        };
        const tiles = [...document.querySelectorAll(tile)];
        const parent = tiles[tiles.length - 1].parentElement!;
        const batch: Element[] = [];
        for (let i = 0; i < 50; i++) {
          const c = copy(tiles[i % 20], 1000 + step * 50 + i);
          c.querySelectorAll('embodied-badge').forEach((b) => b.remove());
          c.setAttribute('data-bench-step', String(step));
          batch.push(c);
        }
        const w = window as unknown as { __appendedAt: number; __badgedAt: number };
        w.__appendedAt = performance.now();
        w.__badgedAt = 0;
        parent.append(...batch);
        // Checked in the page once per frame from the append on: a check started over CDP after this
        // call returns (as before) began a round trip late, on a busy machine after the badges were in.
        const check = () => {
          const nextScreen = batch.filter((t) => {
            const r = t.getBoundingClientRect();
            return r.bottom > 0 && r.top < 2 * innerHeight && r.height > 0;
          });
          if (nextScreen.length > 0 && nextScreen.every((t) => t.querySelector('embodied-badge')))
            w.__badgedAt = performance.now();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      },
      { tile: TILE, step },
    );
    const done = await page.waitForFunction('window.__badgedAt', undefined, { polling: 50, timeout: 20_000 });
    lag.push(((await done.jsonValue()) as number) - ((await page.evaluate('window.__appendedAt')) as number));
    await page.evaluate(`(async () => {
      for (let i = 0; i < 8; i++) { await new Promise(requestAnimationFrame); scrollBy(0, innerHeight / 8); }
    })()`);
    await page.waitForTimeout(200);
    shift.push(((await page.evaluate('window.__bench.layoutShift')) as number) - shiftStart);
  }
  await page.close();
  return { lag, shift };
}

/** The parts `npm run bench -- --only <part>` can pick. */
export const parts = ['no-product', 'product', 'product-stopped', 'throttled', 'listing', 'scroll'] as const;

export const run: Scenario = async ({ chromeExtensionDir, wants }) => {
  const pages = benchPages();
  const a = await launch(pages, chromeExtensionDir);
  const b = await launch(pages, null);
  const rows: BenchRow[] = [];
  const ms = (scenario: string, figure: string, samples: number[], budget?: BenchRow['budget']): BenchRow => ({
    scenario,
    figure,
    unit: 'ms',
    samples,
    ...(budget ? { budget } : {}),
  });
  try {
    // Warm the worker once (classifier loaded, packs installed), as a browsing session would have.
    (await load(a, PRODUCT.url, { settleMs: 3000 })).page.close();

    if (wants('no-product')) {
      const noProduct = await addedScript(a, b, NO_PRODUCT_URL, PAIRS, { settleMs: 1000 });
      rows.push(
        ms('shop page without a product (otto help)', 'added script time (A/B)', noProduct, { max: 3, stat: 'median' }),
      );
    }

    if (wants('product')) {
      const product = await addedScript(a, b, PRODUCT.url, PAIRS, { settleMs: 2000 });
      rows.push(
        ms('product page (otto), worker running', 'added script time (A/B)', product, { max: 15, stat: 'median' }),
      );
      const running = await probe(a, PRODUCT.url, { settleMs: 1500, trace: true }, null);
      rows.push(
        ms(
          'product page (otto), worker running',
          'badge shown after DOMContentLoaded',
          running.map((r) => r.probe.badge - r.probe.dcl),
          { max: 150, stat: 'median' },
        ),
      );
      rows.push(
        ms(
          'product page (otto), worker running',
          'estimate in badge after DOMContentLoaded',
          running.map((r) => r.probe.estimate - r.probe.dcl),
        ),
      );
      rows.push(
        ms(
          'product page (otto), worker running',
          'longest task with extension code (trace)',
          running.map((r) => r.longestExtTask),
          { max: 50, stat: 'max' },
        ),
      );
    }

    if (wants('product-stopped')) {
      const stopped = await probe(a, PRODUCT.url, { settleMs: 2500 }, null, () => stopWorker(a));
      rows.push(
        ms(
          'product page (otto), worker stopped first',
          'badge shown after DOMContentLoaded',
          stopped.map((r) => r.probe.badge - r.probe.dcl),
          { max: 400, stat: 'median' },
        ),
      );
      rows.push(
        ms(
          'product page (otto), worker stopped first',
          'estimate in badge after DOMContentLoaded',
          stopped.map((r) => r.probe.estimate - r.probe.dcl),
        ),
      );
    }

    if (wants('throttled')) {
      const throttled = await addedScript(a, b, PRODUCT.url, THROTTLED_PAIRS, { settleMs: 3000, throttle: 4 });
      rows.push(
        ms('product page (otto), CPU throttled 4x', 'added script time (A/B)', throttled, { max: 60, stat: 'median' }),
      );
    }

    if (wants('listing')) {
      const listing = await addedScript(a, b, LISTING_100_URL, PAIRS, { settleMs: 2500 });
      rows.push(
        ms('listing page, 100 tiles (amazon search)', 'added script time (A/B)', listing, { max: 30, stat: 'median' }),
      );
      const tiles = await probe(a, LISTING_100_URL, { settleMs: 2000, trace: true }, TILE);
      rows.push(
        ms(
          'listing page, 100 tiles (amazon search)',
          'all visible tiles badged after DOMContentLoaded',
          tiles.map((r) => r.probe.tilesBadged - r.probe.dcl),
          { max: 300, stat: 'median' },
        ),
      );
      rows.push(
        ms(
          'listing page, 100 tiles (amazon search)',
          'longest task with extension code (trace)',
          tiles.map((r) => r.longestExtTask),
          { max: 30, stat: 'median' },
        ),
      );
      // The same without the tasks that compile and evaluate the scripts: the listing's own work
      // (extraction, slices, badges), apart from the cost of the on-demand script's size.
      rows.push(
        ms(
          'listing page, 100 tiles (amazon search)',
          'longest extension task after the scripts evaluated (trace)',
          tiles.map((r) => r.longestAfterEval),
        ),
      );
    }

    if (wants('scroll')) {
      const scroll = await infiniteScroll(a);
      rows.push(
        ms('infinite scroll, 50 tiles appended x10', 'badge lag per step', scroll.lag, { max: 200, stat: 'p95' }),
      );
      rows.push({
        scenario: 'infinite scroll, 50 tiles appended x10',
        figure: 'layout shift per step (CLS units)',
        unit: 'score',
        samples: scroll.shift,
        budget: { max: 0, stat: 'max' },
      });
    }
  } finally {
    await a.close();
    await b.close();
  }
  return rows;
};
