/**
 * The page index walk alone (lib/extract/generic/page-index.ts, `indexPage(document)` as the whole
 * extraction calls it), two builds alternated on the saved product pages, timed by main-thread CPU
 * time (lib/thread-time.ts) instead of the wall clock: on a busy machine the extraction row's wall
 * time (ab-extract-row.ts) cannot resolve a change to a third of the extraction, thread time can.
 * Each build is added to a fresh tab of each page; the walk runs five times, each in a task of its
 * own; a page's figure is the median of the five, as the row's. Rounds flip which build goes first.
 *
 *   npx tsx bench/ab-index-walk.ts <dir of A> <dir of B> [page filter]
 *
 * WALK_ROUNDS (3): rounds. Prints per page the median over the rounds of each build's figure, per
 * round the median over the pages, and the sum of the pages' figures. A directory is a checkout
 * holding lib/. Product pages: those whose expected extraction (`*.expected.json`) is a product.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { PAGES_DIR } from '../scripts/lib/demo-pages';
import { launch } from './lib/chromium';
import { addBundle } from './lib/extract-bundle';
import { median } from './lib/stats';
import { startThreadClock } from './lib/thread-time';

const [dirA, dirB, filter] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: ab-index-walk.ts <dir A> <dir B> [page filter]');
const ROUNDS = Number(process.env.WALK_ROUNDS ?? 3);

async function bundle(dir: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'ab-walk-'));
  const file = join(tmp, 'entry.js');
  const lib = join(resolve(dir), 'lib', 'extract');
  writeFileSync(
    file,
    `import { indexPage } from '${lib}/generic/page-index';
export function run(doc) { const idx = indexPage(doc); return idx.lis.length + idx.priceEls.length; }`,
  );
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, lib: { entry: file, formats: ['iife'], name: 'EmbodiedWalk' } },
    });
    return (Array.isArray(out) ? out[0] : (out as { output: { code?: string }[] })).output[0].code!;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const isProduct = (file: string) => {
  const expected = join(PAGES_DIR, file.replace(/\.html$/, '.expected.json'));
  return existsSync(expected) && (JSON.parse(readFileSync(expected, 'utf8')) as { kind?: string }).kind === 'product';
};
const codes = [await bundle(dirA), await bundle(dirB)];
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const saved = Object.entries(urls).filter(
  ([file]) => existsSync(join(PAGES_DIR, file)) && isProduct(file) && (!filter || file.includes(filter)),
);
const browser = await launch(new Map(saved.map(([file, url]) => [url, readFileSync(join(PAGES_DIR, file))])), null);

// per arm, per page: the rounds' figures
const figures: number[][][] = [[], []];
try {
  for (let round = 0; round < ROUNDS; round++)
    for (const [p, [, url]] of saved.entries())
      for (const arm of (round + p) % 2 ? [1, 0] : [0, 1]) {
        const page = await browser.context.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
        await addBundle(page, codes[arm]!);
        const clock = await startThreadClock(page);
        for (let i = 0; i < 5; i++)
          await page.evaluate((label) => {
            performance.mark(label);
            (globalThis as unknown as { EmbodiedWalk: { run(d: Document): number } }).EmbodiedWalk.run(document);
          }, `walk:${i}`);
        const ms = await clock.stop();
        await page.close();
        (figures[arm]![p] ??= []).push(median([0, 1, 2, 3, 4].map((i) => ms.get(`walk:${i}`) ?? NaN)));
      }
} finally {
  await browser.close();
}

const fmt = (x: number) => x.toFixed(2).padStart(6);
for (const [p, [file]] of saved.entries())
  console.log(`${file.padEnd(46)} ${fmt(median(figures[0]![p]!))} > ${fmt(median(figures[1]![p]!))}`);
const perRound = (arm: number) =>
  [...Array(ROUNDS).keys()].map((r) => median(saved.map((_, p) => figures[arm]![p]![r]!)));
const sum = (arm: number) => saved.reduce((t, _, p) => t + median(figures[arm]![p]!), 0);
console.log(
  `walk thread ms, median over pages per round: ${perRound(0).map(fmt).join(' ')}  |  ${perRound(1).map(fmt).join(' ')}`,
);
console.log(
  `sum over pages: ${sum(0).toFixed(1)} > ${sum(1).toFixed(1)}; ${saved.length} product pages, ${ROUNDS} rounds`,
);
