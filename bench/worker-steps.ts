/**
 * The worker-stopped product page, step by step: the service worker is stopped, the bench's product
 * page loaded, and the woken worker's own start-up marks (entrypoints/background/index.ts keeps
 * them in `__embodiedSteps`) are put on the page's clock next to DOMContentLoaded and the badge
 * (the bench's main-world probe). Both clocks are made absolute with their `performance.timeOrigin`.
 *
 *   npx tsx bench/worker-steps.ts [.output/chrome-mv3] [runs=5]
 * Prints per step the median time after DOMContentLoaded (ms).
 */
import { launch, load, stopWorker, workerSteps } from './lib/chromium';
import { benchPages, PRODUCT } from './lib/pages';
import { probeScript, type ProbeResult } from './lib/probe';
import { median } from './lib/stats';

const dir = process.argv[2] ?? '.output/chrome-mv3';
const RUNS = Number(process.argv[3] ?? 5);
const a = await launch(benchPages(), dir);
const byStep = new Map<string, number[]>();
const add = (k: string, v: number) => byStep.set(k, [...(byStep.get(k) ?? []), v]);
try {
  (await load(a, PRODUCT.url, { settleMs: 3000 })).page.close();
  for (let i = 0; i < RUNS; i++) {
    await stopWorker(a);
    const r = await load(a, PRODUCT.url, { settleMs: 2500, initScript: probeScript(null) });
    const p = (await r.page.evaluate('window.__bench')) as ProbeResult;
    const origin = (await r.page.evaluate('performance.timeOrigin')) as number;
    const w = await workerSteps(a);
    const dcl = origin + p.dcl;
    add('page: badge host inserted', p.badge - p.dcl);
    // The worker's time origin: its global scope created (before background.js is fetched and evaluated).
    if (w.origin) add('worker: time origin', w.origin - dcl);
    const seen = new Set<string>();
    for (const [step, at] of w.steps) {
      if (seen.has(step)) continue; // the first of each (later estimates repeat them)
      seen.add(step);
      add(`worker: ${step}`, w.origin + at - dcl);
    }
    await r.page.close();
  }
} finally {
  await a.close();
}
const rows = [...byStep].map(([k, v]) => [k, median(v)] as const).sort((x, y) => x[1] - y[1]);
console.log(`worker stopped, ${RUNS} loads: median ms after the page's DOMContentLoaded`);
for (const [k, v] of rows) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
