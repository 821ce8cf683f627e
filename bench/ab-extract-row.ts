/**
 * The bench's "extraction in Chromium (saved pages)" row (bench/scenarios/extract-chromium.ts),
 * measured as the row measures it, for one build or two in alternation: each build minified as an
 * IIFE, added to a fresh tab of each saved page, five extractions in one evaluation timed with
 * `performance.now()` (wall time), the median of the five (the row's figure) and the first (its
 * "first run (cold)" figure). Every page is loaded ROW_ROUNDS (5) times per build, A and B in
 * alternation (each round flips which goes first), so a busy machine slows both alike.
 *
 *   npx tsx bench/ab-extract-row.ts <dir of A> [dir of B] [page filter]
 *
 * ROW_KIND (product): the kind of page kept. Prints per page the median over the rounds of each
 * build's figure, then per round the row's median over the pages (the bench's figure) and its max,
 * and their medians over the rounds. A directory is a checkout holding lib/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PAGES_DIR } from '../scripts/lib/demo-pages';
import { launch } from './lib/chromium';
import { extractionBundle } from './lib/extract-bundle';
import { extractRow } from './lib/extract-row';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const dirs = args.filter((a) => existsSync(join(resolve(a), 'lib', 'extract', 'index.ts')));
const filter = args.find((a) => !dirs.includes(a));
if (!dirs.length) throw new Error('usage: ab-extract-row.ts <dir A> [dir B] [page filter]');
const ROUNDS = Number(process.env.ROW_ROUNDS ?? 5);
const KIND = process.env.ROW_KIND ?? 'product';

const codes = await Promise.all(dirs.map((d) => extractionBundle(d, 'EmbodiedExtract')));
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const saved = Object.entries(urls).filter(
  ([file]) => existsSync(join(PAGES_DIR, file)) && (!filter || file.includes(filter)),
);
const browser = await launch(new Map(saved.map(([file, url]) => [url, readFileSync(join(PAGES_DIR, file))])), null);

// per arm, per page: the rounds' figures
const warm = codes.map(() => new Map<string, number[]>());
const cold = codes.map(() => new Map<string, number[]>());
const skipped = new Set<string>();
try {
  for (let round = 0; round < ROUNDS; round++) {
    for (const [file, url] of saved) {
      if (skipped.has(file)) continue;
      const order = [...codes.keys()];
      if ((round + saved.findIndex(([f]) => f === file)) % 2) order.reverse();
      const outs: string[] = [];
      for (const a of order) {
        const r = await extractRow(browser.context, url, codes[a]!);
        if (r.kind !== KIND) {
          skipped.add(file);
          break;
        }
        outs[a] = r.out;
        (warm[a]!.get(file) ?? warm[a]!.set(file, []).get(file)!).push(r.median);
        (cold[a]!.get(file) ?? cold[a]!.set(file, []).get(file)!).push(r.cold);
      }
      if (outs.length === 2 && outs[0] !== outs[1]) {
        console.log(`DIFFERENT OUTPUT ${file}\nA: ${outs[0]}\nB: ${outs[1]}`);
        process.exitCode = 1;
      }
    }
  }
} finally {
  await browser.close();
}

const files = saved.map(([f]) => f).filter((f) => !skipped.has(f));
const fmt = (xs: number[], d = 2) => xs.map((x) => x.toFixed(d).padStart(6)).join(' >');
for (const f of files)
  console.log(
    `${f.padEnd(46)} row ${fmt(warm.map((w) => median(w.get(f)!)))}   cold ${fmt(
      cold.map((c) => median(c.get(f)!)),
      1,
    )}`,
  );
const perRound = (m: Map<string, number[]>, r: number, agg: (xs: number[]) => number) =>
  agg(files.map((f) => m.get(f)![r]!));
const rounds = [...Array(ROUNDS).keys()];
for (const [name, m] of [
  ['row median', warm],
  ['cold median', cold],
] as const) {
  const byRound = m.map((w) => rounds.map((r) => perRound(w, r, median)));
  const maxes = m.map((w) => rounds.map((r) => perRound(w, r, (xs) => Math.max(...xs))));
  console.log(
    `${name} per round: ${byRound.map((xs) => xs.map((x) => x.toFixed(2)).join(' ')).join('  |  ')}; median ${fmt(
      byRound.map(median),
    )}; max per round, median ${fmt(maxes.map(median))}`,
  );
}
console.log(`${files.length} ${KIND} pages, ${ROUNDS} rounds, arms: ${dirs.join(' > ')}`);
