/**
 * What the extraction profiles (bench/profile-extract.ts, bench/profile-runs.ts) load: the whole
 * extraction as one unminified script (so a profile names the source's functions), and the saved
 * product pages served at their real URLs in Chromium without the extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { PAGES_DIR, ROOT } from '../../scripts/lib/demo-pages';
import type { Page } from '@playwright/test';
import { launch, type Browser } from './chromium';
import { addBundle } from './extract-bundle';

/** lib/extract/index.ts bundled unminified as an IIFE (`EmbodiedExtract`), for `page.addScriptTag`. */
export async function extractionScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: join(ROOT, 'lib', 'extract', 'index.ts'), formats: ['iife'], name: 'EmbodiedExtract' },
    },
  });
  return (Array.isArray(out) ? out[0] : (out as { output: { code?: string }[] })).output[0].code!;
}

/** The saved pages whose file name holds `filter` (all without one), as [file, url], and a browser serving them. */
export async function savedPagesBrowser(filter?: string): Promise<{ saved: [string, string][]; browser: Browser }> {
  const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
  const saved = Object.entries(urls).filter(
    ([file]) => existsSync(join(PAGES_DIR, file)) && (!filter || file.includes(filter)),
  );
  const browser = await launch(new Map(saved.map(([file, url]) => [url, readFileSync(join(PAGES_DIR, file))])), null);
  return { saved, browser };
}

/** One extraction of `url`'s page, with the script from `extractionScript` added to it: its kind. */
export function extractIn(page: Page, url: string): Promise<string> {
  return page.evaluate((url) => {
    const api = (
      globalThis as unknown as { EmbodiedExtract: { extractPage(d: Document, u: string): { kind: string } } }
    ).EmbodiedExtract;
    return api.extractPage(document, url).kind;
  }, url);
}

/** A node of a CPU profile (CDP Profiler), as the extraction profiles read it. */
export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber?: number };
  hitCount?: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

/** A CPU profile (CDP Profiler.stop), as the extraction profiles read it. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

/**
 * A CPU profile of extraction runs `from` to `to` (0-based) in a fresh tab of `url` with `code`
 * added: the runs the bench's figure takes its median from. `kind` is the last run's answer.
 */
export async function profileRuns(
  browser: Browser,
  url: string,
  code: string,
  opts: { from: number; to: number; intervalUs?: number },
): Promise<{ kind: string; profile: CpuProfile }> {
  const p = await browser.context.newPage();
  await p.goto(url, { waitUntil: 'domcontentloaded' });
  await addBundle(p, code);
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: opts.intervalUs ?? 50 });
  let kind = '';
  for (let i = 0; i <= opts.to; i++) {
    if (i === opts.from) await cdp.send('Profiler.start');
    kind = await extractIn(p, url);
  }
  const { profile } = await cdp.send('Profiler.stop');
  await p.close();
  return { kind, profile: profile as unknown as CpuProfile };
}
