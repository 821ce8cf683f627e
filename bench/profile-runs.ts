/**
 * CPU profile of the runs the bench's extraction figure takes its median from (runs 1-4 of five in
 * a fresh page: the first run is cold, the median of five is one of the later, still warming ones),
 * over several fresh pages per saved product page. Prints, per page and summed, the inclusive time
 * of the functions that take the most, as a share of the extraction (proportions: the profiler's
 * own overhead inflates every figure alike).
 *
 *   npx tsx bench/profile-runs.ts [page filter]
 *
 * PROFILE_FROM (1) and PROFILE_TO (4): the runs profiled; PROFILE_REPEAT (3): fresh pages per saved
 * page; PROFILE_US (50): the sampling interval; PROFILE_TOP (40): rows printed; PROFILE_PER_PAGE=1:
 * also each page's top rows.
 */
import { extractionScript, profileRuns, savedPagesBrowser, type ProfileNode } from './lib/saved-extraction';

const filter = process.argv[2];
const FROM = Number(process.env.PROFILE_FROM ?? 1);
const TO = Number(process.env.PROFILE_TO ?? 4);
const REPEAT = Number(process.env.PROFILE_REPEAT ?? 3);
const TOP = Number(process.env.PROFILE_TOP ?? 40);
const code = await extractionScript();
const { saved, browser } = await savedPagesBrowser(filter);

type Node = ProfileNode;
// PROFILE_LINES=<function name>: that function's own samples by line of the unminified bundle.
const linesOf = process.env.PROFILE_LINES;
const lineTicks = new Map<number, number>();
const bundleLines = () => code.split('\n');
type Table = Map<string, number>;
const add = (t: Table, k: string, v: number) => t.set(k, (t.get(k) ?? 0) + v);
const total = { incl: new Map() as Table, self: new Map() as Table, ms: 0 };
const print = (t: Table, all: number, top: number) => {
  for (const [k, v] of [...t].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * v) / all).toFixed(1).padStart(6)}%  ${k}`);
};

try {
  for (const [file, url] of saved) {
    const page = { incl: new Map() as Table, self: new Map() as Table, ms: 0 };
    let kind = '';
    for (let r = 0; r < REPEAT; r++) {
      const run = await profileRuns(browser, url, code, {
        from: FROM,
        to: TO,
        intervalUs: Number(process.env.PROFILE_US ?? 50),
      });
      kind = run.kind;
      if (kind !== 'product') break;
      const { profile } = run;
      const nodes = profile.nodes;
      if (linesOf)
        for (const n of nodes)
          if (n.callFrame.functionName === linesOf)
            for (const t of n.positionTicks ?? []) lineTicks.set(t.line, (lineTicks.get(t.line) ?? 0) + t.ticks);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
      const key = (n: Node) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      // Only what runs under extractPage counts (not the harness, not idle time).
      const visit = (n: Node, seen: Set<string>, inside: boolean): number => {
        const k = key(n);
        const here = inside || n.callFrame.functionName === 'extractPage';
        let ms = here ? (n.hitCount ?? 0) * dt : 0;
        if (here) add(page.self, k, ms);
        const inner = here ? new Set(seen).add(k) : seen;
        for (const c of n.children ?? []) ms += visit(byId.get(c)!, inner, here);
        if (here && !seen.has(k)) add(page.incl, k, ms);
        return ms;
      };
      visit(nodes[0]!, new Set(), false);
    }
    if (kind !== 'product') continue;
    page.ms = page.incl.get([...page.incl.keys()].find((k) => k.startsWith('extractPage:'))!) ?? 0;
    for (const [k, v] of page.incl) add(total.incl, k, v);
    for (const [k, v] of page.self) add(total.self, k, v);
    total.ms += page.ms;
    console.log(`${file.padEnd(46)} ${(page.ms / REPEAT).toFixed(1)} ms sampled per page load`);
    if (process.env.PROFILE_PER_PAGE) {
      print(page.incl, page.ms, TOP);
      console.log('  self:');
      print(page.self, page.ms, 15);
    }
  }
} finally {
  await browser.close();
}
console.log(`--- inclusive, share of extractPage (${total.ms.toFixed(0)} ms sampled)`);
print(total.incl, total.ms, TOP);
console.log('--- self');
print(total.self, total.ms, TOP);
if (linesOf) {
  const src = bundleLines();
  console.log(`--- ${linesOf}: samples by line`);
  for (const [line, ticks] of [...lineTicks].sort((a, b) => a[0] - b[0]))
    console.log(`${String(ticks).padStart(6)}  ${line}: ${src[line - 1]?.trim().slice(0, 110)}`);
}
