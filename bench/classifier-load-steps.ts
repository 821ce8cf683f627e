/**
 * The classifier's load (#15's worker budget), step by step, in Node: steadier than the woken worker
 * of `npm run bench -- --only classifier-worker`, which a shared machine makes noisy.
 *
 *   npx tsx bench/classifier-load-steps.ts [model=public/factors/classifier.json] [cold=25] [warm=40]
 *
 * Cold: each sample is a fresh Node process that loads the model once, as a woken service worker
 * does (its code not yet optimised). Warm: the same steps repeated in this process. Steps: the
 * JSON.parse of the pack file; the taxonomy (Taxonomy.fromPacked); the lexicon (new Lexicon: its
 * key index and derived name keys); the Bayes scorer; and the whole createClassifier from the
 * parsed model, parse excluded. Prints per step the median (ms) over the samples,
 * of the wall clock and of the thread's CPU time (Linux), which other work on the machine inflates less.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClassifier, type ClassifierModel } from '../lib/classify';
import { BayesScorer } from '../lib/classify/bayes';
import { Lexicon } from '../lib/classify/lexicon';
import { Taxonomy } from '../lib/classify/taxonomy';
import { median } from './lib/stats';

const STEPS = ['parse', 'taxonomy', 'lexicon', 'bayes', 'createClassifier'] as const;
type Sample = Record<(typeof STEPS)[number], [wall: number, thread: number]>;

/**
 * The calling thread's CPU time (ms) where Linux tells it (/proc/thread-self/schedstat, in ns): on a
 * shared machine it grows far less than the wall clock with other people's work. NaN elsewhere.
 */
function threadMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return NaN;
  }
}

/** One load, step by step; then, from a second parse, the whole createClassifier. */
function sample(text: string): Sample {
  const clocks: [number, number][] = [];
  const tick = () => clocks.push([performance.now(), threadMs()]);
  tick();
  const model = JSON.parse(text) as ClassifierModel;
  tick();
  const taxonomy = Taxonomy.fromPacked(model.nodes);
  tick();
  new Lexicon(model, taxonomy.ids, model.nodes.names);
  tick();
  if (model.bayes) new BayesScorer(model.bayes);
  tick();
  const again = JSON.parse(text) as ClassifierModel;
  tick();
  createClassifier(again);
  tick();
  const span = (a: number, b: number): [number, number] => [
    clocks[b]![0] - clocks[a]![0],
    clocks[b]![1] - clocks[a]![1],
  ];
  return {
    parse: span(0, 1),
    taxonomy: span(1, 2),
    lexicon: span(2, 3),
    bayes: span(3, 4),
    createClassifier: span(5, 6),
  };
}

const [file = 'public/factors/classifier.json', coldArg = '25', warmArg = '40'] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');

if (process.env.CLASSIFIER_LOAD_CHILD) {
  process.stdout.write(JSON.stringify(sample(text)));
} else {
  const report = (label: string, samples: Sample[]) => {
    console.log(`${label}: median ms of ${samples.length} (wall clock, this thread's CPU time)`);
    for (const step of STEPS) {
      const [wall, thread] = [0, 1].map((k) =>
        median(samples.map((s) => s[step][k]!))
          .toFixed(2)
          .padStart(8),
      );
      console.log(`${wall} ${thread}  ${step}`);
    }
  };
  const cold: Sample[] = [];
  const self = fileURLToPath(import.meta.url);
  for (let i = 0; i < Number(coldArg); i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, file], {
      env: { ...process.env, CLASSIFIER_LOAD_CHILD: '1' },
      encoding: 'utf8',
    });
    cold.push(JSON.parse(out) as Sample);
  }
  report(`cold (a fresh process per sample), ${file}`, cold);
  const warm: Sample[] = [];
  for (let i = 0; i < Number(warmArg); i++) warm.push(sample(text));
  report('warm (repeated in one process)', warm.slice(Math.min(5, warm.length - 1)));
}
