/**
 * The classifier's load step by step in Chromium's V8, cold: each sample is a fresh browser whose
 * page runs the load once (the code not yet optimised, as in a woken service worker). The worker
 * row of `npm run bench -- --only classifier-worker` adds the fetch and the worker's other start-up
 * work around it; this isolates the steps (JSON.parse, taxonomy, lexicon, Bayes scorer) and the
 * whole createClassifier from a second parse, in the browser's engine rather than Node's.
 *
 *   npx tsx bench/classifier-load-chromium.ts [root=.] [samples=9]
 * `root`: a checkout whose lib/classify and public/factors/classifier.json are measured (an older
 * commit's, for an A/B). Prints per step the median ms over the samples, of the wall clock and of
 * the renderer thread's time (its trace: a busy machine inflates it far less, bench/lib/thread-time.ts).
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_QUIET_ARGS, requireBrowser } from '../scripts/lib/browsers';
import { median } from './lib/stats';
import { startThreadClock } from './lib/thread-time';
import { startThreadClock } from './lib/thread-time';

const root = resolve(process.argv[2] ?? '.');
const SAMPLES = Number(process.argv[3] ?? 9);
const STEPS = ['parse', 'taxonomy', 'lexicon', 'bayes', 'createClassifier'] as const;

const entry = `
import { createClassifier } from './lib/classify';
import { BayesScorer } from './lib/classify/bayes';
import { Lexicon } from './lib/classify/lexicon';
import { Taxonomy } from './lib/classify/taxonomy';
// One step per call, each its own task (page.evaluate), so that the trace gives each its thread time.
const s = {};
globalThis.loadStep = (step) => {
  performance.mark(step);
  const t0 = performance.now();
  if (step === 'parse') s.model = JSON.parse(globalThis.modelText);
  if (step === 'taxonomy') s.taxonomy = Taxonomy.fromPacked(s.model.nodes);
  if (step === 'lexicon') new Lexicon(s.model, s.taxonomy.ids, s.model.nodes.names);
  if (step === 'bayes' && s.model.bayes) new BayesScorer(s.model.bayes);
  if (step === 'parse again') s.again = JSON.parse(globalThis.modelText);
  if (step === 'createClassifier') createClassifier(s.again);
  return performance.now() - t0;
};
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
});
const code = bundle.outputFiles[0]!.text;
const text = readFileSync(join(root, 'public', 'factors', 'classifier.json'), 'utf8');

const walls: Record<string, number>[] = [];
const threads: Map<string, number>[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const browser = await chromium.launch({ executablePath: requireBrowser('chromium'), args: CHROMIUM_QUIET_ARGS });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    await page.evaluate((t) => Object.assign(globalThis, { modelText: t }), text);
    const clock = await startThreadClock(page);
    const wall: Record<string, number> = {};
    for (const step of [...STEPS.slice(0, 4), 'parse again', 'createClassifier'])
      wall[step] = await page.evaluate(
        (st) => (globalThis as unknown as { loadStep(s: string): number }).loadStep(st),
        step,
      );
    walls.push(wall);
    threads.push(await clock.stop());
  } finally {
    await browser.close();
  }
}
console.log(
  `Chromium, cold (a fresh browser per sample), ${root}: median ms of ${walls.length} (wall clock, thread time)`,
);
for (const step of STEPS) {
  const wall = median(walls.map((w) => w[step]!))
    .toFixed(2)
    .padStart(8);
  const thread = median(threads.map((t) => t.get(step) ?? NaN))
    .toFixed(2)
    .padStart(8);
  console.log(`${wall} ${thread}  ${step}`);
}
