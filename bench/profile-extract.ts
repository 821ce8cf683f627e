/**
 * CPU profile of the first (cold) extraction in a fresh page, summed over the saved product pages:
 * self time by function (unminified bundle, so names are the source's), the top entries printed.
 *
 *   npx tsx bench/profile-extract.ts [page filter]     (PROFILE_RUN=n: profile the n-th run, 0 = cold)
 */
import { extractionScript, extractIn, savedPagesBrowser, type ProfileNode } from './lib/saved-extraction';
import { addBundle } from './lib/extract-bundle';

const filter = process.argv[2];
const RUN = Number(process.env.PROFILE_RUN ?? 0);
const code = await extractionScript();
const { saved, browser } = await savedPagesBrowser(filter);

type Node = ProfileNode;
const self = new Map<string, number>();
const incl = new Map<string, number>();
let total = 0;
try {
  for (const [file, url] of saved) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await addBundle(page, code);
    // PROFILE_RUN earlier runs first, unprofiled.
    let kind = '';
    for (let i = 0; i < RUN; i++) kind = await extractIn(page, url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_US ?? 200) });
    await cdp.send('Profiler.start');
    const k2 = await extractIn(page, url);
    const { profile } = await cdp.send('Profiler.stop');
    await page.close();
    if ((kind || k2) !== 'product') continue;
    const nodes = profile.nodes as Node[];
    const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
    let pageMs = 0;
    for (const n of nodes) {
      const f = n.callFrame;
      if (f.functionName === '(idle)' || (f.functionName === '(program)' && !f.url)) {
        // program time is engine work outside JS frames (compile, GC); keep it
      }
      const key = `${f.functionName || '(anon)'}:${f.lineNumber}`;
      const ms = (n.hitCount ?? 0) * dt;
      if (f.functionName === '(idle)') continue;
      self.set(key, (self.get(key) ?? 0) + ms);
      pageMs += ms;
    }
    total += pageMs;
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const visit = (n: Node, seen: Set<string>): number => {
      const key = `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      let ms = n.callFrame.functionName === '(idle)' ? 0 : (n.hitCount ?? 0) * dt;
      const inner = new Set(seen).add(key);
      for (const c of n.children ?? []) ms += visit(byId.get(c)!, inner);
      if (!seen.has(key)) incl.set(key, (incl.get(key) ?? 0) + ms);
      return ms;
    };
    // PROFILE_UNDER=<function name>: only the time under that function counts in the inclusive table.
    const under = process.env.PROFILE_UNDER;
    const roots: Node[] = [];
    const find = (n: Node) => {
      if (under && n.callFrame.functionName === under) roots.push(n);
      else for (const c of n.children ?? []) find(byId.get(c)!);
    };
    if (under) find(nodes[0]!);
    else roots.push(nodes[0]!);
    for (const r of roots) visit(r, new Set());
    console.log(`${file.padEnd(46)} ${pageMs.toFixed(1)} ms sampled`);
  }
} finally {
  await browser.close();
}
console.log(`total ${total.toFixed(1)} ms`);
console.log('--- inclusive');
for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 60)))
  console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
console.log('--- self');
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 60)))
  console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
