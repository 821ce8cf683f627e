/**
 * The always-on detector's look (lib/content/detect.ts, `pageSignal`) of two checkouts on every saved
 * page, in Chromium, cold: each run is a fresh tab of the saved page (its own scripts off, nothing
 * else loaded) with one checkout's detector added, and its first look timed by the page's clock.
 * Runs alternate A, B, B, A per page (AB_ROUNDS pairs, default 2; the fastest run of each is kept).
 * Prints per page both times and both verdicts, the totals, and how many pages changed between
 * "nothing" and "something" (the detector's only decision).
 *
 *   npx tsx bench/ab-detector.ts <checkout A> <checkout B>
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { checkoutBundle } from './lib/extract-bundle';
import { PAGES_DIR } from '../scripts/lib/demo-pages';

const dirs = process.argv.slice(2).map((d) => resolve(d));
if (dirs.length !== 2) throw new Error('usage: ab-detector.ts <checkout A> <checkout B>');
const ROUNDS = Number(process.env.AB_ROUNDS ?? 2);

/** A checkout's detector as an IIFE that leaves `look()` (time and verdict of one `pageSignal`) on `name`. */
async function detectorBundle(dir: string, name: string): Promise<string> {
  const code = await checkoutBundle(dir, join('lib', 'content', 'detect.ts'), name);
  return `${code};globalThis.${name}Look=()=>{const t=performance.now();const r=${name}.pageSignal(document,new URL(location.href));return{ms:performance.now()-t,r:String(r)};};`;
}

const bundles = await Promise.all(dirs.map((d, i) => detectorBundle(d, `det${i}`)));
const urls: Record<string, string> = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
const context = await browser.newContext({ javaScriptEnabled: false });
let body = '';
await context.route('**/*', (r) =>
  r.request().resourceType() === 'document' ? r.fulfill({ body, contentType: 'text/html' }) : r.abort(),
);
const rows: { page: string; ms: [number, number]; verdict: [string, string] }[] = [];
try {
  for (const [page, url] of Object.entries(urls)) {
    body = readFileSync(join(PAGES_DIR, page), 'utf8');
    const ms: [number[], number[]] = [[], []];
    const verdict: [string, string] = ['', ''];
    for (let r = 0; r < ROUNDS * 2; r++) {
      const arm = (r % 4 === 0 || r % 4 === 3 ? 0 : 1) as 0 | 1;
      const tab = await context.newPage();
      await tab.goto(url, { waitUntil: 'domcontentloaded' });
      const got = (await tab.evaluate(`${bundles[arm]};det${arm}Look()`)) as { ms: number; r: string };
      ms[arm].push(got.ms);
      verdict[arm] = got.r;
      await tab.close();
    }
    rows.push({ page, ms: [Math.min(...ms[0]), Math.min(...ms[1])], verdict });
  }
} finally {
  await browser.close();
}
rows.sort((a, b) => b.ms[0] - a.ms[0]);
console.log('     A      B  (ms, first look)  verdict A -> B');
for (const { page, ms, verdict } of rows)
  console.log(
    `${ms[0].toFixed(1).padStart(6)} ${ms[1].toFixed(1).padStart(6)}  ${verdict[0].padEnd(10)} ${verdict[1].padEnd(10)} ${page}`,
  );
const total = (i: 0 | 1) => rows.reduce((s, r) => s + r.ms[i], 0).toFixed(1);
const changed = rows.filter((r) => (r.verdict[0] === 'null') !== (r.verdict[1] === 'null'));
console.log(`total ${total(0)} -> ${total(1)} ms over ${rows.length} pages; yes/no changed on ${changed.length}`);
for (const r of changed) console.log(`  changed: ${r.page}`);
