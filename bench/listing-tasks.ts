/**
 * What the extension's tasks on the 100-tile listing are made of: loads the bench listing
 * (bench/lib/pages.ts) with a devtools.timeline trace and prints each task that ran extension code
 * (as bench/lib/chromium.ts `extensionTasks` counts them) with its wall and thread time and its
 * nested events of 1 ms or more (compile, evaluate, function calls, timers, layout, GC), its start
 * also counted from DOMContentLoaded (where the bench's first-screen row starts). With
 * PROFILE=1 a CPU profile (Profiler over CDP) of the same load adds, for each task of 10 ms or
 * more, the extension's self time by source file and by function: named through the build's
 * sourcemaps when it has them (source-map-js, a dev dependency for this tool only).
 *
 *   EMBODIED_SOURCEMAP=1 EMBODIED_OUT=/tmp/embodied-sm npx wxt build
 *   BENCH_OUTPUT_DIR=/tmp/embodied-sm PROFILE=1 npx tsx bench/listing-tasks.ts [runs, default 2]
 *
 * The profiler's sampling (every 0.2 ms) slows the page: compare its proportions, not its times.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import type { CDPSession } from '@playwright/test';
import { ROOT } from '../scripts/lib/demo-pages';
import { launch, load, rendererMain, type TraceEvent } from './lib/chromium';
import { benchPages, LISTING_100_URL } from './lib/pages';

const runs = Number(process.argv[2] ?? 2);
const outDir = resolve(process.env.BENCH_OUTPUT_DIR ?? join(ROOT, '.output'));

type Ev = TraceEvent & { tdur?: number; args?: { data?: Record<string, unknown> & { url?: string } } };

const label = (e: Ev) => {
  const d = e.args?.data ?? {};
  const url = String(d.url ?? d.scriptName ?? '').replace(/^chrome-extension:\/\/[a-z]+/, 'ext:');
  const fn = d.functionName ? ` ${String(d.functionName)}` : '';
  return `${e.name}${url ? ` ${url.slice(-40)}` : ''}${fn}`;
};

function printTasks(trace: Ev[], navStart: number, samples: Sample[]) {
  const { onMain, tasks } = rendererMain(trace);
  // Times after DOMContentLoaded too (the bench's listing rows count from it): the page's own
  // MarkDOMContent event, on the same renderer main thread.
  const dcl = trace.find((e) => e.name === 'MarkDOMContent' && e.args?.data?.isMainFrame !== false)?.ts;
  const afterDcl = (ts: number) => (dcl === undefined ? '' : ` (DCL+${((ts - dcl) / 1000).toFixed(0)})`);
  if (dcl !== undefined) console.log(`DOMContentLoaded at ${((dcl - navStart) / 1000).toFixed(0)} ms`);
  const isExt = (e: Ev) => String(e.args?.data?.url ?? '').startsWith('chrome-extension://');
  let total = 0;
  let totalThread = 0;
  let after = { wall: 0, thread: 0 };
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inside = onMain.filter((e) => e !== t && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < end);
    if (!inside.some(isExt)) continue;
    total += (t.dur ?? 0) / 1000;
    totalThread += (t.tdur ?? 0) / 1000;
    if (!inside.some((e) => e.name === 'EvaluateScript' && isExt(e)) && (t.tdur ?? 0) / 1000 > after.thread)
      after = { wall: (t.dur ?? 0) / 1000, thread: (t.tdur ?? 0) / 1000 };
    console.log(
      `task at ${((t.ts - navStart) / 1000).toFixed(0)} ms${afterDcl(t.ts)}: ${((t.dur ?? 0) / 1000).toFixed(1)} ms wall, ${((t.tdur ?? 0) / 1000).toFixed(1)} ms thread`,
    );
    // Nesting by containment: depth = how many of the task's events enclose this one.
    for (const e of inside) {
      if ((e.dur ?? 0) < 1000) continue;
      const depth = inside.filter((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0)).length;
      if (depth > 4) continue;
      console.log(`${'  '.repeat(depth + 1)}${((e.dur ?? 0) / 1000).toFixed(1)} ms ${label(e)}`);
    }
    const mine = samples.filter((s) => s.ts >= t.ts && s.ts < end);
    if ((t.dur ?? 0) < 10_000 || !mine.length) continue;
    console.log('    CPU samples by file:');
    for (const l of top(mine, (s) => s.file, 8)) console.log(`      ${l}`);
    console.log('    by function:');
    for (const l of top(mine, (s) => s.fn, 12)) console.log(`      ${l}`);
  }
  console.log(`extension tasks total: ${total.toFixed(1)} ms wall, ${totalThread.toFixed(1)} ms thread`);
  // The listing's own work: the longest task that evaluated no script (by thread time).
  console.log(`longest after evaluation: ${after.wall.toFixed(1)} ms wall, ${after.thread.toFixed(1)} ms thread`);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
/** One CPU sample in extension code: when (trace clock, µs), which function and which source file. */
interface Sample {
  ts: number;
  fn: string;
  file: string;
  ms: number;
}

/** Source maps of the build's scripts (an EMBODIED_SOURCEMAP=1 build), for readable names. */
const maps = new Map<string, SourceMapConsumer | null>();
function original(url: string, line: number, column: number): { fn: string | null; file: string } {
  const script = url.replace(/^chrome-extension:\/\/[a-z]+\//, '');
  if (!maps.has(script)) {
    const file = join(outDir, 'chrome-mv3', `${script}.map`);
    maps.set(script, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const pos = maps.get(script)?.originalPositionFor({ line: line + 1, column });
  if (!pos?.source) return { fn: null, file: script };
  const file = pos.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, '');
  return { fn: pos.name ? `${pos.name} ${file}:${pos.line}` : `${file}:${pos.line}`, file };
}

async function profile(cdp: CDPSession, start: boolean): Promise<Sample[]> {
  if (start) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    return [];
  }
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out: Sample[] = [];
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    const f = byId.get(id)!.callFrame;
    if (!f.url.startsWith('chrome-extension://')) return;
    const o = original(f.url, f.lineNumber, f.columnNumber);
    const fn = `${f.functionName || '(anon)'} ${o.fn ?? `${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`}`;
    out.push({ ts, fn, file: o.file, ms: (profile.timeDeltas[i + 1] ?? 0) / 1000 });
  });
  return out;
}

/** The samples' self time, summed by `key`, largest first. */
function top(samples: Sample[], key: (s: Sample) => string, n: number): string[] {
  const sum = new Map<string, number>();
  for (const s of samples) sum.set(key(s), (sum.get(key(s)) ?? 0) + s.ms);
  return [...sum]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, ms]) => `${ms.toFixed(1)} ms ${k}`);
}

const browser = await launch(benchPages(), join(outDir, 'chrome-mv3'));
try {
  // Warm the worker, as the bench does.
  (await load(browser, LISTING_100_URL, { settleMs: 2000 })).page.close();
  for (let i = 0; i < runs; i++) {
    let samples: Promise<Sample[]> = Promise.resolve([]);
    const r = await load(browser, LISTING_100_URL, {
      settleMs: 4000,
      trace: true,
      ...(process.env.PROFILE
        ? {
            watch: async (page) => {
              const cdp = await browser.context.newCDPSession(page);
              await profile(cdp, true);
              samples = page.waitForTimeout(4000).then(() => profile(cdp, false));
            },
          }
        : {}),
    });
    const trace = r.trace as Ev[];
    const nav = Math.min(...trace.filter((e) => e.ph === 'X' && e.ts > 0).map((e) => e.ts));
    console.log(`--- run ${i + 1}: script ${r.metrics.scriptMs.toFixed(1)} ms, task ${r.metrics.taskMs.toFixed(1)} ms`);
    printTasks(trace, nav, await samples);
    await r.page.close();
  }
} finally {
  await browser.close();
}
