/**
 * The classifier's load step by step in Chromium's V8, cold: each sample is a fresh browser whose
 * page runs the load once (the code not yet optimised, as in a woken service worker). The worker
 * row of `npm run bench -- --only classifier-worker` adds the fetch and the worker's other start-up
 * work around it; this isolates the steps (JSON.parse, taxonomy, lexicon, Bayes scorer) and the
 * whole createClassifier from a second parse, in the browser's engine rather than Node's.
 *
 *   npx tsx bench/classifier-load-chromium.ts [root=.] [samples=9]
 * `root`: a checkout whose lib/classify and public/factors/classifier.json are measured (an older
 * commit's, for an A/B). Prints per step the median ms over the samples.
 */
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CHROMIUM_QUIET_ARGS, requireBrowser } from '../scripts/lib/browsers';
import { median } from './lib/stats';

const root = resolve(process.argv[2] ?? '.');
const SAMPLES = Number(process.argv[3] ?? 9);
const STEPS = ['parse', 'taxonomy', 'lexicon', 'bayes', 'createClassifier'] as const;

const entry = `
import { createClassifier } from './lib/classify';
import { BayesScorer } from './lib/classify/bayes';
import { Lexicon } from './lib/classify/lexicon';
import { Taxonomy } from './lib/classify/taxonomy';
globalThis.loadSteps = (text) => {
  const t = [performance.now()];
  const model = JSON.parse(text);
  t.push(performance.now());
  const taxonomy = Taxonomy.fromPacked(model.nodes);
  t.push(performance.now());
  new Lexicon(model, taxonomy.ids, model.nodes.names);
  t.push(performance.now());
  if (model.bayes) new BayesScorer(model.bayes);
  t.push(performance.now());
  const again = JSON.parse(text);
  t.push(performance.now());
  createClassifier(again);
  t.push(performance.now());
  return { parse: t[1] - t[0], taxonomy: t[2] - t[1], lexicon: t[3] - t[2], bayes: t[4] - t[3], createClassifier: t[6] - t[5] };
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

const samples: Record<string, number>[] = [];
for (let i = 0; i < SAMPLES; i++) {
  const browser = await chromium.launch({ executablePath: requireBrowser('chromium'), args: CHROMIUM_QUIET_ARGS });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    samples.push(
      await page.evaluate(
        (t) => (globalThis as unknown as { loadSteps(t: string): Record<string, number> }).loadSteps(t),
        text,
      ),
    );
  } finally {
    await browser.close();
  }
}
console.log(`Chromium, cold (a fresh browser per sample), ${root}: median ms of ${samples.length}`);
for (const step of STEPS)
  console.log(
    `${median(samples.map((s) => s[step]!))
      .toFixed(2)
      .padStart(8)}  ${step}`,
  );
