/**
 * Same-page A/B of two builds of lib/extract in Node (linkedom), as `npm run bench`'s extract-node
 * row runs them: each saved page parsed once, then A and B extract it in alternation (A, B, B, A...)
 * so a busy machine slows both alike. Prints the median per page of each and the medians over pages.
 *
 *   npx tsx bench/ab-extract-node.ts <dir of A> <dir of B> [page filter]
 *
 * A directory is a checkout holding lib/ (e.g. `git archive <commit> lib | tar -x -C /tmp/a`).
 * AB_ROUNDS (21) sets the runs per page and build. Outputs are compared and differences named.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPage } from '../lib/extract/load';
import { PAGES_DIR } from '../scripts/lib/demo-pages';
import { median } from './lib/stats';

type Extract = (doc: Document, url: string) => unknown;
const [dirA, dirB, filter] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: ab-extract-node.ts <dir A> <dir B> [page filter]');
const ROUNDS = Number(process.env.AB_ROUNDS ?? 21);

const load = async (dir: string): Promise<Extract> =>
  ((await import(join(resolve(dir), 'lib', 'extract', 'index.ts'))) as { extractPage: Extract }).extractPage;
const extractA = await load(dirA);
const extractB = await load(dirB);

const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const rows: { file: string; a: number; b: number }[] = [];
for (const [file, url] of Object.entries(urls)) {
  if (!existsSync(join(PAGES_DIR, file)) || (filter && !file.includes(filter))) continue;
  const { doc } = loadPage(join(PAGES_DIR, file));
  if (JSON.stringify(extractA(doc, url)) !== JSON.stringify(extractB(doc, url)))
    console.log(`different output: ${file}`);
  const times = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < ROUNDS; i++) {
    for (const x of i % 2 ? (['b', 'a'] as const) : (['a', 'b'] as const)) {
      const t0 = performance.now();
      (x === 'a' ? extractA : extractB)(doc, url);
      times[x].push(performance.now() - t0);
    }
  }
  const row = { file, a: median(times.a), b: median(times.b) };
  rows.push(row);
  console.log(`${file.padEnd(46)} ${row.a.toFixed(2).padStart(7)} > ${row.b.toFixed(2)}`);
}
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const a = rows.map((r) => r.a);
const b = rows.map((r) => r.b);
console.log(`pages ${rows.length}, A > B, ms per page (median of ${ROUNDS}):`);
console.log(
  `  median ${median(a).toFixed(2)} > ${median(b).toFixed(2)}, sum ${sum(a).toFixed(1)} > ${sum(b).toFixed(1)}`,
);
console.log(`  median of per-page ratios B/A ${median(rows.map((r) => r.b / r.a)).toFixed(3)}`);
