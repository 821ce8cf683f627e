/**
 * Where the product page's added main-thread time goes (bench/README.md, "Where the product page's
 * time goes"). Loads the bench's product page with the extension (worker warm) a few times, with a
 * trace and a CPU profile of the renderer, and splits the extension's part:
 *
 * - from the trace (thread time of the renderer's main thread, inside tasks that run extension code):
 *   compiling the injected script, its top-level evaluation, source positions collected for a
 *   stack capture, lazy compiles of its functions, later extension tasks (extraction, messaging
 *   replies, badge mount), style and layout, and garbage collection in those tasks;
 * - from the CPU profile (samples whose stack holds extension code, mapped through the sourcemap):
 *   the extension's JavaScript by source area (extraction, badge/Preact, polyfill/WXT, i18n, ...).
 *
 * Needs a build with sourcemaps (same code as .output plus a sourceMappingURL line):
 *   EMBODIED_SOURCEMAP=1 EMBODIED_OUT=/tmp/embodied-sm npx wxt build
 *   npx tsx bench/attribute-product.ts /tmp/embodied-sm/chrome-mv3 [runs=5]
 *   ATTRIBUTE_PAGE=no-product npx tsx bench/attribute-product.ts ...   (the detector on the page without a product)
 *   ATTRIBUTE_THROTTLE=4 npx tsx bench/attribute-product.ts ...       (the CPU slowed 4x, as the throttled row)
 * Under load, read the proportions; the milliseconds are thread time (trace) or samples (profile).
 */
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';
import { launch, type TraceEvent } from './lib/chromium';
import { benchPages, NO_PRODUCT_URL, PRODUCT } from './lib/pages';
import { readSourceMap } from './lib/sourcemap';
import { DETECTOR_FILE, ON_DEMAND_PRODUCT_FILE } from '../lib/content/inject-message';

const dir = process.argv[2];
if (!dir) throw new Error('usage: attribute-product.ts <built chrome-mv3 dir with sourcemaps> [runs]');
const RUNS = Number(process.argv[3] ?? 5);
/** ATTRIBUTE_THROTTLE=4: the CPU slowed as in the bench's throttled row (CDP Emulation.setCPUThrottlingRate). */
const THROTTLE = Number(process.env.ATTRIBUTE_THROTTLE ?? 0) || undefined;
// ATTRIBUTE_PAGE=no-product: the shop page without a product, where only the detector runs.
const NO_PRODUCT = process.env.ATTRIBUTE_PAGE === 'no-product';
const URL_ = NO_PRODUCT ? NO_PRODUCT_URL : PRODUCT.url;
/** The script whose own task is split into compile and evaluation. */
const SCRIPT = NO_PRODUCT ? DETECTOR_FILE : ON_DEMAND_PRODUCT_FILE;
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
].join(',');

type Ev = TraceEvent & { tdur?: number; args?: { data?: { url?: string } } };
const EXT = 'chrome-extension://';
const isExt = (e: Ev) => JSON.stringify(e.args ?? {}).includes(EXT);
const thread = (e: Ev) => (e.tdur ?? e.dur ?? 0) / 1000;

/** Source areas of the profile, by path prefix (first match wins). */
const AREAS: [string, RegExp][] = [
  ['extraction (lib/extract)', /^lib\/extract\//],
  [
    'badge: Preact, components, mount',
    /^(node_modules\/preact|components\/|entrypoints\/content\/(badge|shadow-host|lazy-panel))/,
  ],
  ['polyfill + WXT context', /^node_modules\/(webextension-polyfill|wxt|@wxt-dev)/],
  ['messaging + zod', /^(lib\/messaging|node_modules\/zod|lib\/zod)/],
  ['i18n catalogue + formatting', /^lib\/i18n\//],
  ['content wiring (page.ts, lib/content, lib/inpage)', /^(entrypoints\/|lib\/content\/|lib\/inpage\/)/],
];

interface Run {
  trace: Record<string, number>;
  profile: Record<string, number>;
}

/**
 * `extAt`: times (trace clock, µs) of profile samples running extension code. Tasks resumed from a
 * promise or a message reply carry no script URL in the trace, so a task counts as the extension's
 * when it holds an extension script event or one such sample.
 */
function fromTrace(events: Ev[], extAt: number[]): Record<string, number> {
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const on = events.filter((e) => main.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  // The outermost task events (Chromium nests ThreadControllerImpl::RunTask inside RunTask).
  const outer = on.some((e) => e.name === 'RunTask') ? 'RunTask' : 'ThreadControllerImpl::RunTask';
  const tasks = on.filter((e) => e.name === outer);
  const out: Record<string, number> = {};
  const add = (k: string, v: number) => (out[k] = (out[k] ?? 0) + v);
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inner = on.filter((e) => e !== t && e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < end);
    if (!inner.some(isExt) && !extAt.some((ts) => ts >= t.ts && ts < end)) continue;
    const sum = (name: string, only?: (e: Ev) => boolean) =>
      inner.filter((e) => e.name === name && (!only || only(e))).reduce((s, e) => s + thread(e), 0);
    const total = thread(t);
    const injected = inner.some((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').endsWith(SCRIPT));
    add('all extension tasks', total);
    if (injected) {
      const runs = inner.filter((e) => e.name === 'v8.run' && isExt(e));
      const inRun = (e: Ev) => runs.some((r) => e.ts >= r.ts && e.ts < r.ts + (r.dur ?? 0));
      const lazy = sum('V8.CompileCode', inRun);
      // A postMessage captures the caller's source location; V8 then re-parses the caller for its positions.
      const post = sum('DOMWindow::DoPostMessage', inRun);
      add('script: compile (top level)', sum('v8.compile', isExt));
      add('script: lazy function compiles during evaluation', lazy);
      add('script: window.postMessage (WXT context start)', post);
      add('script: evaluation (rest)', runs.reduce((s, e) => s + thread(e), 0) - lazy - post);
      add('script task: other', total - sum('EvaluateScript', isExt));
    } else {
      const lazy = sum('V8.CompileCode');
      const style = sum('UpdateLayoutTree') + sum('Layout');
      const gc = sum('MinorGC') + sum('MajorGC') + sum('V8.GC_SCAVENGER');
      add('later tasks: lazy function compiles', lazy);
      add('later tasks: style + layout', style);
      add('later tasks: GC', gc);
      add('later tasks: rest (JS run, messaging, DOM)', total - lazy - style - gc);
    }
  }
  return out;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; lineNumber: number; columnNumber: number; functionName: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The profile's extension JS by source area, and the times of its samples in extension code. */
function fromProfile(
  profile: Profile,
  areaOf: (url: string, line: number, col: number) => string,
): { areas: Record<string, number>; extAt: number[] } {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const out: Record<string, number> = {};
  const extAt: number[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = byId.get(n)!.callFrame;
      if (!f.url.startsWith(EXT)) continue;
      // ATTRIBUTE_FUNCTIONS=1: by function (the minified name and its source file) instead of by area.
      const area = process.env.ATTRIBUTE_FUNCTIONS
        ? `${f.functionName || '(anonymous)'} in ${sourceOf(f.url, f.lineNumber, f.columnNumber)}`
        : areaOf(f.url, f.lineNumber, f.columnNumber);
      out[area] = (out[area] ?? 0) + ms;
      out['all extension JS (profile)'] = (out['all extension JS (profile)'] ?? 0) + ms;
      extAt.push(at);
      break;
    }
  });
  return { areas: out, extAt };
}

const maps = new Map<string, ReturnType<typeof readSourceMap>>();
function sourceOf(url: string, line: number, col: number): string {
  const file = url.replace(/^chrome-extension:\/\/[^/]+/, '');
  let map = maps.get(file);
  if (!map) maps.set(file, (map = readSourceMap(join(dir!, file))));
  return map.sourceAt(line, col);
}
function areaOf(url: string, line: number, col: number): string {
  const source = sourceOf(url, line, col);
  return AREAS.find(([, re]) => re.test(source))?.[0] ?? `other: ${source}`;
}

const a = await launch(benchPages(), dir);
const runs: Run[] = [];
try {
  const warm = await a.context.newPage();
  await warm.goto(PRODUCT.url, { waitUntil: 'load' });
  await warm.waitForTimeout(3000);
  await warm.close();
  for (let i = 0; i < RUNS; i++) {
    const page = await a.context.newPage();
    const cdp: CDPSession = await a.context.newCDPSession(page);
    if (THROTTLE) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const events: Ev[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Ev[])));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(URL_, { waitUntil: 'load' });
    await page.waitForTimeout(THROTTLE ? 3000 : 2000);
    const { profile } = await cdp.send('Profiler.stop');
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    const js = fromProfile(profile as Profile, areaOf);
    runs.push({ trace: fromTrace(events, js.extAt), profile: js.areas });
    await page.close();
  }
} finally {
  await a.close();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : NaN;
};
for (const kind of ['trace', 'profile'] as const) {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r[kind])))];
  const rows = keys.map((k) => [k, median(runs.map((r) => r[kind][k] ?? 0))] as const).sort((x, y) => y[1] - x[1]);
  console.log(
    `\n${kind === 'trace' ? 'trace: thread time in extension tasks' : 'CPU profile: extension JS by source area'} (median of ${RUNS} loads, ms)`,
  );
  for (const [k, v] of rows) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
}
