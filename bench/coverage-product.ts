/**
 * What of the product script runs as a product page loads: the bytes of its functions that run at
 * least once, by source file (bench/README.md, "Where the product page's time goes"). Each function
 * that runs is compiled on its first call (V8 compiles lazily), on the page's main thread, and that
 * compile is part of the page's script time; its cost grows with the function's own source (inner
 * functions are compiled when they run). A deterministic count, unlike a timing: it moves only when
 * the code that runs changes.
 *
 * Uses V8's precise coverage (CDP Profiler.startPreciseCoverage, function granularity) on the bench's
 * product page, worker warm, and the sourcemap of a build made with sourcemaps:
 *   EMBODIED_SOURCEMAP=1 EMBODIED_OUT=/tmp/embodied-sm npx wxt build -b chrome
 *   npx tsx bench/coverage-product.ts /tmp/embodied-sm/chrome-mv3 [script=on-demand-product.js]
 * COVERAGE_PAGE=no-product: the shop page without a product (the detector's file then); COVERAGE_PAGE=listing:
 * the bench's 100-tile listing (the listing bundle's file then).
 */
import { join } from 'node:path';
import { launch } from './lib/chromium';
import { benchPages, LISTING_100_URL, NO_PRODUCT_URL, PRODUCT } from './lib/pages';
import { readSourceMap } from './lib/sourcemap';

const dir = process.argv[2];
if (!dir) throw new Error('usage: coverage-product.ts <built chrome-mv3 dir with sourcemaps> [script file name]');
const NO_PRODUCT = process.env.COVERAGE_PAGE === 'no-product';
const LISTING = process.env.COVERAGE_PAGE === 'listing';
const SCRIPT =
  process.argv[3] ?? (NO_PRODUCT ? 'detector.js' : LISTING ? 'on-demand-listing.js' : 'on-demand-product.js');
const URL_ = NO_PRODUCT ? NO_PRODUCT_URL : LISTING ? LISTING_100_URL : PRODUCT.url;

interface Range {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface FunctionCoverage {
  functionName: string;
  ranges: Range[];
}
interface ScriptCoverage {
  url: string;
  functions: FunctionCoverage[];
}

/** Each function's own bytes (its range less the functions nested in it), and whether it ran. */
function ownBytes(fns: FunctionCoverage[]): { name: string; start: number; own: number; ran: boolean }[] {
  const all = fns
    .filter((f) => f.ranges.length > 0)
    .map((f) => ({
      name: f.functionName,
      start: f.ranges[0]!.startOffset,
      end: f.ranges[0]!.endOffset,
      ran: f.ranges[0]!.count > 0,
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const own = all.map((f) => f.end - f.start);
  // A stack of open functions: each function's range is taken out of its innermost enclosing one.
  const open: number[] = [];
  all.forEach((f, i) => {
    while (open.length && all[open[open.length - 1]!]!.end <= f.start) open.pop();
    const parent = open[open.length - 1];
    if (parent !== undefined) own[parent]! -= f.end - f.start;
    open.push(i);
  });
  return all.map((f, i) => ({ name: f.name, start: f.start, own: own[i]!, ran: f.ran }));
}

const b = await launch(benchPages(), dir);
let scripts: ScriptCoverage[];
try {
  const warm = await b.context.newPage();
  await warm.goto(PRODUCT.url, { waitUntil: 'load' });
  await warm.waitForTimeout(2000);
  await warm.close();
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await page.goto(URL_, { waitUntil: 'load' });
  await page.waitForTimeout(2000);
  scripts = ((await cdp.send('Profiler.takePreciseCoverage')) as unknown as { result: ScriptCoverage[] }).result;
} finally {
  await b.close();
}

const script = scripts.find((s) => s.url.startsWith('chrome-extension://') && s.url.endsWith(`/${SCRIPT}`));
if (!script) throw new Error(`${SCRIPT} did not run on ${URL_}`);
const file = script.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
const map = readSourceMap(join(dir, file));
const text = (await import('node:fs')).readFileSync(join(dir, file), 'utf8');
/** Offset → line and column of the built file. */
const lineStarts = [0];
for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
const sourceAt = (offset: number) => {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return map.sourceAt(lo, offset - lineStarts[lo]!);
};

const bySource = new Map<string, { ran: number; all: number }>();
let ran = 0;
let total = 0;
const top: { name: string; source: string; own: number }[] = [];
for (const f of ownBytes(script.functions)) {
  const source = sourceAt(f.start);
  const row = bySource.get(source) ?? { ran: 0, all: 0 };
  row.all += f.own;
  total += f.own;
  if (f.ran) {
    row.ran += f.own;
    ran += f.own;
    top.push({ name: f.name || '(anonymous)', source, own: f.own });
  }
  bySource.set(source, row);
}
const kB = (n: number) => (n / 1000).toFixed(1).padStart(6);
console.log(`${file} on ${URL_}: ${kB(ran)} kB of functions ran, of ${kB(total)} kB; ${top.length} functions ran`);
const count = new Map<string, number>();
for (const f of top) count.set(f.source, (count.get(f.source) ?? 0) + 1);
console.log('\nby source file: ran / all (kB), functions ran');
for (const [source, row] of [...bySource].sort((x, y) => y[1].ran - x[1].ran))
  if (row.ran > 0)
    console.log(`${kB(row.ran)} / ${kB(row.all)} ${String(count.get(source) ?? 0).padStart(5)}  ${source}`);
console.log('\nlargest functions that ran (own bytes)');
for (const f of top.sort((x, y) => y.own - x.own).slice(0, Number(process.env.COVERAGE_TOP ?? 30)))
  console.log(`${String(f.own).padStart(7)}  ${f.name} in ${f.source}`);
