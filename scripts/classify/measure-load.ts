/**
 * Worker-start cost of the classifier in Node: JSON.parse of the shipped model plus
 * createClassifier, each run in a fresh process (a worker starts cold: no JIT warm-up), median of
 * many runs. `tsx scripts/classify/measure-load.ts [runs] [lib dir] [model json]` (A/B: run two
 * lib dirs / models interleaved with CLASSIFY_LOAD_B="<lib dir> <model json>").
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Sample {
  parse: number;
  build: number;
  /** CPU time (user + system) of parse + build: less inflated than wall time on a busy machine. */
  cpu: number;
}

async function once(libDir: string, modelPath: string): Promise<Sample> {
  const { createClassifier } = (await import(
    pathToFileURL(resolve(libDir, 'index.ts')).href
  )) as typeof import('../../lib/classify/index');
  const json = readFileSync(modelPath, 'utf8');
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const model = JSON.parse(json);
  const t1 = performance.now();
  createClassifier(model);
  const build = performance.now() - t1;
  const c = process.cpuUsage(c0);
  return { parse: t1 - t0, build, cpu: (c.user + c.system) / 1000 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function main(): void {
  const [runsArg, libA = 'lib/classify', modelA = 'public/factors/classifier.json'] = process.argv.slice(2);
  const runs = Number(runsArg ?? 15);
  const configs = [[libA, modelA], ...(process.env.CLASSIFY_LOAD_B ? [process.env.CLASSIFY_LOAD_B.split(' ')] : [])];
  const samples = configs.map(() => [] as Sample[]);
  for (let r = 0; r < runs; r++) {
    configs.forEach(([lib, model], i) => {
      const out = execFileSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', lib, model],
        { encoding: 'utf8' },
      );
      samples[i].push(JSON.parse(out) as Sample);
    });
  }
  configs.forEach(([lib, model], i) => {
    const s = samples[i];
    console.log(
      `${lib} + ${model}: median over ${runs} fresh processes: JSON.parse ${median(s.map((x) => x.parse)).toFixed(1)} ms, ` +
        `createClassifier ${median(s.map((x) => x.build)).toFixed(1)} ms, total ${median(s.map((x) => x.parse + x.build)).toFixed(1)} ms, ` +
        `CPU time ${median(s.map((x) => x.cpu)).toFixed(1)} ms`,
    );
  });
}

if (process.argv[2] === '--child')
  void once(process.argv[3], process.argv[4]).then((s) => process.stdout.write(JSON.stringify(s)));
else main();
