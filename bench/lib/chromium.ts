/**
 * Chromium for the bench: the same browser with and without the extension (A/B), saved pages served
 * at their real URLs by interception, and the browser's own accounting read over CDP (Performance
 * metrics, tracing), never timers inside the extension.
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_QUIET_ARGS, requireBrowser } from '../../scripts/lib/browsers';

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** `pages`: URL -> HTML body. Everything else is refused, so nothing reaches the network. */
export async function launch(pages: Map<string, Buffer | string>, extensionDir: string | null): Promise<Browser> {
  const dataDir = mkdtempSync(join(tmpdir(), 'embodied-bench-'));
  const context = await chromium.launchPersistentContext(dataDir, {
    executablePath: requireBrowser('chromium'),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      ...CHROMIUM_QUIET_ARGS,
    ],
  });
  // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with __name().
  await context.addInitScript('globalThis.__name ??= (f) => f;');
  await context.route(/^(https?|wss?):\/\//, (route) => {
    const body = pages.get(route.request().url().split('#')[0]);
    return body === undefined ? route.abort() : route.fulfill({ status: 200, contentType: 'text/html', body });
  });
  if (extensionDir && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Metrics {
  /** Main-thread script time of the page's renderer (all worlds), ms. */
  scriptMs: number;
  /** Main-thread task time, ms. */
  taskMs: number;
  /** Used JS heap of the renderer, bytes (after a forced GC when asked). */
  heapBytes: number;
}

export async function metrics(cdp: CDPSession, gc = false): Promise<Metrics> {
  if (gc) await cdp.send('HeapProfiler.collectGarbage');
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
  return {
    scriptMs: get('ScriptDuration') * 1000,
    taskMs: get('TaskDuration') * 1000,
    heapBytes: get('JSHeapUsedSize'),
  };
}

export interface LoadOptions {
  /** CPU slow-down factor (CDP Emulation.setCPUThrottlingRate). */
  throttle?: number;
  /** Wait this long after `load` so that the extension's work is over. */
  settleMs: number;
  /** Main-world script added before the page's own (timing probes). */
  initScript?: string;
  /** Record a trace of the load (devtools.timeline) for task attribution. */
  trace?: boolean;
  /** Called with the new tab before it navigates (e.g. to start a poller); awaited after the settle time. */
  watch?: (page: Page) => Promise<unknown>;
}

export interface Loaded {
  page: Page;
  cdp: CDPSession;
  metrics: Metrics;
  trace: TraceEvent[];
}

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string } };
}

/** Loads `url` in a fresh tab and reads the browser's accounting once the page has settled. */
export async function load(browser: Browser, url: string, opts: LoadOptions): Promise<Loaded> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (opts.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.throttle });
  if (opts.initScript) await page.addInitScript(opts.initScript);
  const trace: TraceEvent[] = [];
  if (opts.trace) {
    cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
      transferMode: 'ReportEvents',
    });
  }
  const watching = opts.watch?.(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(opts.settleMs);
  await watching;
  const m = await metrics(cdp);
  if (opts.trace) {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
  }
  if (opts.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { page, cdp, metrics: m, trace };
}

/** The extension worker's start-up marks (entrypoints/background/index.ts keeps them in `__embodiedSteps`) and its time origin. */
export async function workerSteps(browser: Browser): Promise<{ origin: number; steps: [string, number][] }> {
  const worker = browser.context.serviceWorkers().at(-1);
  return (
    (await worker?.evaluate(() => ({
      origin: performance.timeOrigin,
      steps: (globalThis as { __embodiedSteps?: [string, number][] }).__embodiedSteps ?? [],
    }))) ?? { origin: 0, steps: [] }
  );
}

/** Stops the extension's service worker (as the browser does after 30 s idle) and waits until it has. */
export async function stopWorker(browser: Browser): Promise<void> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  let stopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    if (e.versions.length && e.versions.every((v) => v.runningStatus === 'stopped')) stopped = true;
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  for (let i = 0; i < 40 && !stopped; i++) await page.waitForTimeout(50);
  await page.close();
}

/** The complete events on the renderers' main threads, and among them the tasks. */
export function rendererMain<E extends TraceEvent>(trace: E[]): { onMain: E[]; tasks: E[] } {
  const mainThreads = new Set(
    trace
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = trace.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  return { onMain, tasks: onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') };
}

/**
 * The longest main-thread task that ran extension code: a RunTask on the renderer's main thread
 * that encloses a script event (compile, evaluate, function call) whose URL is chrome-extension://.
 * Microtask continuations carry no URL and are not attributed (documented in bench/README.md).
 * `withoutEvaluation` leaves out the tasks that compile and evaluate an extension script.
 */
export function extensionTasks(trace: TraceEvent[], opts: { withoutEvaluation?: boolean } = {}): number[] {
  const { onMain, tasks } = rendererMain(trace);
  const ext = onMain.filter((e) => (e.args?.data?.url ?? '').startsWith('chrome-extension://'));
  const durations: number[] = [];
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inside = ext.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts < end);
    // withoutEvaluation: the tasks after the scripts' compile and top level (the page work itself).
    if (inside.length && !(opts.withoutEvaluation && inside.some((e) => e.name === 'EvaluateScript')))
      durations.push((t.dur ?? 0) / 1000);
  }
  return durations;
}
