/**
 * Same-page A/B of two builds of lib/extract in Chromium: both bundles are added to each saved page,
 * their results are compared (they must be identical), then the two are timed in alternation (A, B,
 * A, B...) in the same renderer, so a busy machine slows both alike. The first run of each (cold:
 * functions and regexes compiled on first use) is timed in fresh pages, A and B alternating.
 *
 *   npx tsx bench/ab-extract.ts <dir of A> <dir of B> [page filter]
 *
 * AB_KIND=product times only the product pages (every page's outputs are still compared);
 * AB_ROUNDS (15) and AB_COLD (3) set the runs. A directory is a checkout holding lib/ (e.g. `git archive main lib | tar -x -C /tmp/base`). Prints
 * per page the median of the warm runs and the cold run of each, and the medians over the pages.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES_DIR } from '../scripts/lib/demo-pages';
import type { Page } from '@playwright/test';
import { launch } from './lib/chromium';
import { addBundle, extractionBundle } from './lib/extract-bundle';
import { startThreadClock } from './lib/thread-time';

const [dirA, dirB, filter] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: ab-extract.ts <dir A> <dir B> [page filter]');
const ROUNDS = Number(process.env.AB_ROUNDS ?? 15);
const COLD_PAIRS = Number(process.env.AB_COLD ?? 3);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

const codeA = await extractionBundle(dirA, 'ExtractA');
const codeB = await extractionBundle(dirB, 'ExtractB');
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const saved = Object.entries(urls).filter(
  ([file]) => existsSync(join(PAGES_DIR, file)) && (!filter || file.includes(filter)),
);
const browser = await launch(new Map(saved.map(([file, url]) => [url, readFileSync(join(PAGES_DIR, file))])), null);

type Api = { extractPage(d: Document, u: string): { kind: string } };
type Row = {
  file: string;
  kind: string;
  a: number;
  b: number;
  coldA: number;
  coldB: number;
  fiveA: number;
  fiveB: number;
  loadA: number;
  loadB: number;
};
const rows: Row[] = [];
let noop = 0;

/** One extraction in its own task, marked for the thread clock. */
async function timedRun(page: Page, name: string, url: string, label: string): Promise<void> {
  await page.evaluate(
    ([name, url, label]) => {
      performance.mark(label);
      (globalThis as unknown as Record<string, Api>)[name]!.extractPage(document, url);
    },
    [name, url, label] as const,
  );
}

/**
 * In a fresh page, as `npm run bench`'s extract-chromium row does: the bundle evaluated, then five
 * extractions, each its own task. `first` is the cold run, `five` the median of the five (the
 * bench's figure: early runs, while the engine still compiles and tiers up its code).
 */
async function freshRuns(
  url: string,
  code: string,
  name: string,
): Promise<{ load: number; first: number; five: number }> {
  const p = await browser.context.newPage();
  await p.goto(url, { waitUntil: 'domcontentloaded' });
  const clock = await startThreadClock(p);
  await p.evaluate((code) => {
    performance.mark('load');
    const s = document.createElement('script');
    s.textContent = code;
    document.head.append(s);
    s.remove();
  }, code);
  for (let i = 0; i < 5; i++) await timedRun(p, name, url, `run${i}`);
  const t = await clock.stop();
  await p.close();
  const runs = [0, 1, 2, 3, 4].map((i) => t.get(`run${i}`) ?? NaN);
  return { load: t.get('load') ?? NaN, first: runs[0]!, five: median(runs) };
}

try {
  for (const [file, url] of saved) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await addBundle(page, codeA);
    await addBundle(page, codeB);
    const r = await page.evaluate((url) => {
      const g = globalThis as unknown as { ExtractA: Api; ExtractB: Api };
      const ja = JSON.stringify(g.ExtractA.extractPage(document, url));
      const jb = JSON.stringify(g.ExtractB.extractPage(document, url));
      return { same: ja === jb, ja, jb, kind: (JSON.parse(ja) as { kind: string }).kind };
    }, url);
    if (!r.same) {
      console.log(`DIFFERENT OUTPUT ${file}\nA: ${r.ja}\nB: ${r.jb}`);
      process.exitCode = 1;
    }
    if (process.env.AB_KIND && r.kind !== process.env.AB_KIND) {
      await page.close();
      continue;
    }
    const clock = await startThreadClock(page);
    for (let i = 0; i < ROUNDS; i++) {
      const order = i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const);
      for (const x of order) await timedRun(page, `Extract${x}`, url, `${x}${i}`);
      await page.evaluate((label) => performance.mark(label), `noop${i}`);
    }
    const t = await clock.stop();
    await page.close();
    // The harness's own share of each task (an evaluate with only the mark), taken off every figure.
    noop = median([...Array(ROUNDS).keys()].map((i) => t.get(`noop${i}`) ?? NaN));
    const warm = (x: string) => median([...Array(ROUNDS).keys()].map((i) => t.get(`${x}${i}`) ?? NaN)) - noop;
    const fresh = {
      a: [] as Awaited<ReturnType<typeof freshRuns>>[],
      b: [] as Awaited<ReturnType<typeof freshRuns>>[],
    };
    for (let i = 0; i < COLD_PAIRS; i++) {
      const pair = i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const);
      for (const x of pair)
        fresh[x].push(await freshRuns(url, x === 'a' ? codeA : codeB, x === 'a' ? 'ExtractA' : 'ExtractB'));
    }
    const med = (x: 'a' | 'b', k: 'load' | 'first' | 'five') => median(fresh[x].map((f) => f[k])) - noop;
    const row: Row = {
      file,
      kind: r.kind,
      a: warm('A'),
      b: warm('B'),
      coldA: med('a', 'first'),
      coldB: med('b', 'first'),
      fiveA: med('a', 'five'),
      fiveB: med('b', 'five'),
      loadA: med('a', 'load'),
      loadB: med('b', 'load'),
    };
    rows.push(row);
    const ab = (a: number, b: number, d = 2) => `${a.toFixed(d).padStart(6)} > ${b.toFixed(d).padEnd(6)}`;
    console.log(
      `${file.padEnd(46)} ${row.kind.padEnd(8)} warm ${ab(row.a, row.b)} | bench-like ${ab(row.fiveA, row.fiveB)} | cold ${ab(row.coldA, row.coldB, 1)} | load ${ab(row.loadA, row.loadB, 1)}`,
    );
  }
} finally {
  await browser.close();
}
for (const kind of [...new Set(rows.map((r) => r.kind))]) {
  const k = rows.filter((r) => r.kind === kind);
  const f = (a: (r: Row) => number, b: (r: Row) => number) => {
    const xs = k.map(a);
    const ys = k.map(b);
    return `median ${median(xs).toFixed(2)} > ${median(ys).toFixed(2)}, max ${Math.max(...xs).toFixed(2)} > ${Math.max(...ys).toFixed(2)}`;
  };
  console.log(`${kind} pages (${k.length}), A > B, ms of main-thread time (an empty task's taken off):`);
  console.log(
    `  warm (steady, same page)  ${f(
      (r) => r.a,
      (r) => r.b,
    )}`,
  );
  console.log(
    `  bench-like (median of 5)  ${f(
      (r) => r.fiveA,
      (r) => r.fiveB,
    )}`,
  );
  console.log(
    `  cold (first run)          ${f(
      (r) => r.coldA,
      (r) => r.coldB,
    )}`,
  );
  console.log(
    `  bundle evaluation         ${f(
      (r) => r.loadA,
      (r) => r.loadB,
    )}`,
  );
}
