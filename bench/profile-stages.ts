/**
 * Where product-page extraction spends its time in Chromium, by stage of the cascade, per page: a
 * CPU profile of the runs the bench's figure takes its median from (runs 1-4 of five in a fresh page,
 * as bench/profile-runs.ts), each sample counted to the innermost stage function on its stack (the
 * page index, structured data, the app-state reads, the spec pairs, the visible price search, ...),
 * else to the source file of its innermost frame (a shop adapter's file, text helpers), through the
 * bundle's sourcemap. Figures are profiled milliseconds per run (the profiler inflates them all
 * alike: read them as shares), per page and summed.
 *
 *   npx tsx bench/profile-stages.ts [dir holding lib/ (default: this checkout)] [page filter]
 *
 * PROFILE_REPEAT (3): fresh pages per saved page; PROFILE_US (100): the sampling interval;
 * PROFILE_TOP (8): stages printed per page.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { ROOT } from '../scripts/lib/demo-pages';
import { profileRuns, savedPagesBrowser, type ProfileNode } from './lib/saved-extraction';
import { readSourceMap } from './lib/sourcemap';

const args = process.argv.slice(2);
const dir = resolve(args.find((a) => existsSync(join(resolve(a), 'lib', 'extract', 'index.ts'))) ?? ROOT);
const filter = args.find((a) => resolve(a) !== dir);
const REPEAT = Number(process.env.PROFILE_REPEAT ?? 3);
const TOP = Number(process.env.PROFILE_TOP ?? 8);

/** Stage functions (their source names; the bundle may suffix a `$n`). The innermost on a stack wins. */
const STAGES = [
  'indexPage',
  'declaredKind',
  'ldNodesOf',
  'productFromJsonLd',
  'productFromMicrodata',
  'productFromMeta',
  'stateTextOf',
  'productFromJsonState',
  'findTitleElement',
  'collectSpecPairs',
  'findVisiblePrice',
  'breadcrumbsFromPage',
  'categoryFromScripts',
  'availabilityFromPage',
  'itemIdFromText',
  'itemIdFromAttributes',
  'brandFromLink',
  'brandFromBox',
  'conditionBesideTitle',
  'keyValuePairsFromScripts',
];

const out = mkdtempSync(join(tmpdir(), 'stages-'));
await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    outDir: out,
    minify: false,
    sourcemap: true,
    lib: {
      entry: join(dir, 'lib', 'extract', 'index.ts'),
      formats: ['iife'],
      name: 'EmbodiedExtract',
      fileName: () => 'x.js',
    },
  },
});
const code = readFileSync(join(out, 'x.js'), 'utf8');
const map = readSourceMap(join(out, 'x.js'), dir);
rmSync(out, { recursive: true, force: true });

const { saved, browser } = await savedPagesBrowser(filter);
type Table = Map<string, number>;
const add = (t: Table, k: string, v: number) => t.set(k, (t.get(k) ?? 0) + v);
const total: Table = new Map();
let pages = 0;
const show = (t: Table, runs: number, top: number) => {
  const all = [...t.values()].reduce((a, b) => a + b, 0);
  return [...t]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, v]) => `${k} ${(v / runs).toFixed(2)} (${((100 * v) / all).toFixed(0)}%)`)
    .join(', ');
};
try {
  for (const [file, url] of saved) {
    const page: Table = new Map();
    let runs = 0;
    for (let r = 0; r < REPEAT; r++) {
      const { kind, profile } = await profileRuns(browser, url, code, {
        from: 1,
        to: 4,
        intervalUs: Number(process.env.PROFILE_US ?? 100),
      });
      if (kind !== 'product') break;
      runs += 4;
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
      const visit = (n: ProfileNode, inside: boolean, stage: string | null, src: string | null) => {
        const name = n.callFrame.functionName.replace(/\$\d+$/, '');
        const here = inside || name === 'extractPage';
        const s = STAGES.includes(name) ? name : stage;
        // The injected script has no URL: a frame with a line is the bundle's, one without (-1) a native call.
        const mapped =
          n.callFrame.lineNumber >= 0 ? map.sourceAt(n.callFrame.lineNumber, n.callFrame.columnNumber ?? 0) : src;
        if (here && n.hitCount) add(page, s ?? `(${(mapped ?? '?').replace(/^lib\/extract\//, '')})`, n.hitCount * dt);
        for (const c of n.children ?? []) visit(byId.get(c)!, here, s, mapped);
      };
      visit(profile.nodes[0]!, false, null, null);
    }
    if (!runs) continue;
    pages++;
    const ms = [...page.values()].reduce((a, b) => a + b, 0) / runs;
    console.log(`${file.padEnd(44)} ${ms.toFixed(2).padStart(6)} ms/run: ${show(page, runs, TOP)}`);
    for (const [k, v] of page) add(total, k, v / runs);
  }
} finally {
  await browser.close();
}
console.log(`--- all ${pages} product pages, profiled ms per run summed over the pages:`);
for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
