import { launch, load, rendererMain, type TraceEvent } from './lib/chromium';
import { benchPages, LISTING_100_URL } from './lib/pages';
const dir = process.argv[2];
const pages = benchPages();
const b = await launch(pages, dir);
(await load(b, LISTING_100_URL, { settleMs: 2000 })).page.close();
for (let r = 0; r < 2; r++) {
  const t = await load(b, LISTING_100_URL, { settleMs: 2000, trace: true });
  const { onMain, tasks } = rendererMain(t.trace as (TraceEvent & { args?: any })[]);
  const dcl = t.trace.find((e) => e.name === 'MarkDOMContent');
  const dclTs = dcl?.ts ?? 0;
  console.log('--- run', r, 'DCL', dcl ? 'found' : 'missing');
  for (const task of tasks) {
    const rel = (task.ts - dclTs) / 1000;
    if (rel < -50 || rel > 700 || (task.dur ?? 0) < 3000) continue;
    const end = task.ts + (task.dur ?? 0);
    const kids = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 2000)
      .map((e) => `${e.name}${e.args?.data?.url ? ':' + String(e.args.data.url).slice(-30) : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
    console.log(`${rel.toFixed(0).padStart(6)} ${((task.dur ?? 0) / 1000).toFixed(1).padStart(7)} ms  ${kids.slice(0, 8).join(' | ')}`);
  }
  await t.page.close();
}
await b.close();
