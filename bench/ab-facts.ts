/**
 * Same-page A/B of the product bundle's facts collection (lib/extract/facts-page.ts) of two
 * checkouts, cold: each run is a fresh tab of a saved product page with one build's bundle added,
 * and the first `collectProductFacts` on it (functions and regexes compiled on first use, as on a
 * real page load) is timed by its task's main-thread CPU time from the trace (lib/thread-time.ts).
 * Builds alternate run by run, so a busy machine slows both alike; their facts must be identical.
 *
 *   npx tsx bench/ab-facts.ts <dir of A> <dir of B> [page filter (default: the bench's otto page)]
 *
 * AB_ROUNDS (15) sets the runs per build. A directory is a checkout holding lib/. FACTS_THROTTLE=4:
 * the CPU slowed 4 times (as the bench's throttled row), timed by the page's clock (wall time).
 * FACTS_PROFILE=1: instead, a CPU profile of A's cold runs, self time by function (unminified).
 * FACTS_WORLD=isolated: the bundle runs in a new isolated world of the page (CDP
 * Page.createIsolatedWorld), as a content script does, where no element has a wrapper yet: in the
 * page's own world its scripts have already touched many of them.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { PAGES_DIR } from '../scripts/lib/demo-pages';
import type { Page } from '@playwright/test';
import { launch } from './lib/chromium';
import { addBundle } from './lib/extract-bundle';
import { PRODUCT } from './lib/pages';
import { startThreadClock } from './lib/thread-time';
import { pageSpecs } from '../lib/extract/shops/page-specs';

const [dirA, dirB, filter] = process.argv.slice(2);
if (!dirA || !dirB) throw new Error('usage: ab-facts.ts <dir A> <dir B> [page filter]');
const ROUNDS = Number(process.env.AB_ROUNDS ?? 15);
const PROFILE = !!process.env.FACTS_PROFILE;
const THROTTLE = Number(process.env.FACTS_THROTTLE ?? 0);
const ISOLATED = process.env.FACTS_WORLD === 'isolated';

const entry = (lib: string) => `
import { collectProductFacts } from '${lib}/facts-page';
import { pageSpecFor } from '${lib}/shops/page-spec';
// The specs as the build puts them in the bundle (wxt.config.ts: __EMBODIED_PAGE_SPECS_JSON__), from this checkout.
const specs = ${JSON.stringify(pageSpecs())};
export function facts(doc, href) {
  const page = collectProductFacts(doc, href, pageSpecFor(specs, new URL(href)));
  return page.kind === 'facts' ? JSON.stringify(page.facts) : page.kind;
}
`;

async function bundle(dir: string, name: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'ab-facts-'));
  const file = join(tmp, 'entry.js');
  writeFileSync(file, entry(join(resolve(dir), 'lib', 'extract')));
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: !PROFILE, lib: { entry: file, formats: ['iife'], name } },
    });
    return (Array.isArray(out) ? out[0] : (out as { output: { code?: string }[] })).output[0].code!;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const saved = Object.entries(urls).filter(
  ([file]) => existsSync(join(PAGES_DIR, file)) && (filter ? file.includes(filter) : file === PRODUCT.file),
);
const codes = [await bundle(dirA, 'FactsA'), await bundle(dirB, 'FactsB')];
const names = ['FactsA', 'FactsB'];
const browser = await launch(new Map(saved.map(([file, url]) => [url, readFileSync(join(PAGES_DIR, file))])), null);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const self = new Map<string, number>();

/** A new isolated world of the page's main frame holding `code`: `evaluate` runs a function there. */
async function isolatedWorld(page: Page, code: string) {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'ab-facts',
  });
  const run = async (expression: string): Promise<unknown> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  };
  await run(code);
  const evaluate = async <A, R>(fn: (args: A) => R, args: A): Promise<R> =>
    (await run(`(${fn.toString()})(${JSON.stringify(args)})`)) as R;
  return { evaluate };
}

/** One cold run of build `b` in a fresh tab: its facts, and the task's thread time (or a profile). */
async function coldRun(url: string, b: number, label: string): Promise<{ out: string; ms: number }> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const world = ISOLATED ? await isolatedWorld(page, codes[b]!) : null;
  if (!world) await addBundle(page, codes[b]!);
  const cdp = PROFILE ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  const throttled = THROTTLE ? await page.context().newCDPSession(page) : null;
  await throttled?.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  const clock = PROFILE || THROTTLE ? null : await startThreadClock(page);
  const run = ([name, url, label]: readonly [string, string, string]) => {
    performance.mark(label);
    const t = performance.now();
    const out = (globalThis as unknown as Record<string, { facts(d: Document, u: string): string }>)[name]!.facts(
      document,
      url,
    );
    return [out, performance.now() - t] as const;
  };
  const args = [names[b]!, url, label] as const;
  const [out, wall] = world ? await world.evaluate(run, args) : await page.evaluate(run, args);
  let ms = THROTTLE ? wall : NaN;
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    const nodes = profile.nodes as ProfileNode[];
    const dt = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples?.length ?? 1);
    for (const n of nodes) {
      const f = n.callFrame;
      if (f.functionName === '(idle)') continue;
      const key = `${f.functionName || '(anon)'}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (n.hitCount ?? 0) * dt);
    }
  } else if (clock) ms = (await clock.stop()).get(label) ?? NaN;
  await page.close();
  return { out, ms };
}

try {
  for (const [file, url] of saved) {
    const times: number[][] = [[], []];
    let outs: string[] = [];
    for (let r = 0; r < ROUNDS; r++)
      for (const k of [0, 1]) {
        const b = (k + r) % 2;
        if (PROFILE && b === 1) continue;
        const { out, ms } = await coldRun(url, b, `facts:${b}:${r}`);
        outs[b] = out;
        times[b]!.push(ms);
      }
    if (!PROFILE && outs[0] !== outs[1]) console.log(`${file}: FACTS DIFFER\nA ${outs[0]}\nB ${outs[1]}`);
    outs = [];
    if (!PROFILE)
      console.log(
        `${file.padEnd(46)} cold facts ms, median of ${ROUNDS}: A ${median(times[0]!).toFixed(2)}  B ${median(times[1]!).toFixed(2)}`,
      );
  }
} finally {
  await browser.close();
}
if (PROFILE) {
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`self time by function, A's cold runs (${ROUNDS} per page), total ${total.toFixed(1)} ms`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 40)))
    console.log(`${v.toFixed(2).padStart(8)}  ${k}`);
}
