/**
 * Where product-page extraction spends its time in Chromium, phase by phase: each phase of the
 * cascade runs on its own in a task of its own on each saved product page, and its time is that
 * task's main-thread CPU time from the trace (lib/thread-time.ts), median over the runs.
 *
 *   npx tsx bench/phases-extract.ts [dir holding lib/ (default: this checkout)] [second dir: A/B]
 *
 * With two directories both builds are added to each page and each phase runs A, B alternating
 * (PHASE_PAGES=<substring> limits the pages, PHASE_RUNS the runs).
 *
 * Phases: the page index (one walk of the document), structured data (JSON-LD, microdata, meta),
 * the title element, the visible price search, the spec pairs and what is read from them, the
 * generic cascade as a whole (its lazily computed fields excluded), then those fields (availability,
 * item id: read from the generic product, so 0 where structured data settles them or where the
 * checkout computes them eagerly), the shop adapter, and the whole extraction; `noop` is the cost
 * of an empty task (the harness's own share of each figure).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { PAGES_DIR, ROOT } from '../scripts/lib/demo-pages';
import { launch } from './lib/chromium';
import { addBundle } from './lib/extract-bundle';
import { startThreadClock } from './lib/thread-time';

// Directories holding lib/ (default: this checkout); two: A/B, both builds in the same page, alternating.
const dirs = (process.argv.length > 2 ? process.argv.slice(2) : [ROOT]).map((d) => resolve(d));
const filter = process.env.PHASE_PAGES;
const RUNS = Number(process.env.PHASE_RUNS ?? 7);

/** The bundle's entry: phases as functions of (document, url), built from `dir`'s lib/extract. */
const entry = (lib: string) => `
import { extractPage } from '${lib}/index';
import { adapterFor } from '${lib}/shops';
import { indexPage } from '${lib}/generic/page-index';
import { ldNodesOf, productFromJsonLd } from '${lib}/generic/jsonld';
import { productFromMeta, productFromMicrodata } from '${lib}/generic/meta';
import { findTitleElement } from '${lib}/generic/dom';
import { findVisiblePrice } from '${lib}/generic/price';
import { pageLocale, extractGenericProduct } from '${lib}/generic';
import { currencyFromHost } from '${lib}/money';
import {
  collectSpecPairs, identifiersFromSpecs, weightFromSpecs, dimensionsFromSpecs, materialsFromSpecs,
  conditionFromSpecs, quantityFromSpecs,
} from '${lib}/generic/specs';

export function phases(doc, href) {
  const url = new URL(href);
  const adapter = adapterFor(url);
  const idx = indexPage(doc);
  const nodes = ldNodesOf(idx);
  const ld = productFromJsonLd(nodes, url);
  const meta = productFromMeta(idx);
  const titleEl = findTitleElement(idx, [ld?.title ?? null, meta.title ?? null, idx.title]);
  const money = { currency: ld?.currency ?? meta.currency ?? currencyFromHost(url.hostname), locale: pageLocale(idx), host: url.hostname };
  const pairs = collectSpecPairs(idx);
  let generic = null;
  return {
    index: () => indexPage(doc),
    structured: () => [productFromJsonLd(ldNodesOf(idx), url), productFromMicrodata(idx), productFromMeta(idx)],
    title: () => findTitleElement(idx, [ld?.title ?? null, meta.title ?? null, idx.title]),
    price: () => findVisiblePrice(idx, titleEl, money),
    specPairs: () => collectSpecPairs(idx),
    specReads: () => [identifiersFromSpecs(pairs), weightFromSpecs(pairs), dimensionsFromSpecs(pairs),
      materialsFromSpecs(pairs), conditionFromSpecs(pairs), quantityFromSpecs(pairs)],
    generic: () => (generic = extractGenericProduct(doc, url, idx)),
    availability: () => generic?.product?.availability,
    itemId: () => generic?.product?.sku,
    adapter: () => {
      const g = extractGenericProduct(doc, url, idx).product;
      const p = adapter?.product ? adapter.product(doc, url, g) : g;
      return [p && { ...p }, adapter?.productAnchor?.(doc, url)];
    },
    whole: () => extractPage(doc, href),
    noop: () => 0,
  };
}
`;

async function bundle(dir: string, name: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'phases-'));
  const file = join(tmp, 'entry.js');
  writeFileSync(file, entry(join(dir, 'lib', 'extract')));
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: !process.env.PHASE_BUNDLE,
        lib: { entry: file, formats: ['iife'], name },
      },
    });
    return (Array.isArray(out) ? out[0] : (out as { output: { code?: string }[] })).output[0].code!;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const PHASES = [
  'index',
  'structured',
  'title',
  'price',
  'specPairs',
  'specReads',
  'generic',
  'availability',
  'itemId',
  'adapter',
  'whole',
  'noop',
];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;

const names = dirs.map((_, i) => `ExtractPhases${i}`);
const codes = await Promise.all(dirs.map((d, i) => bundle(d, names[i]!)));
// PHASE_BUNDLE=<file>: write the (unminified) bundle there and stop, for a profiler.
if (process.env.PHASE_BUNDLE) {
  writeFileSync(process.env.PHASE_BUNDLE, codes[0]!);
  process.exit(0);
}
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const saved = Object.entries(urls).filter(
  ([file]) => existsSync(join(PAGES_DIR, file)) && (!filter || file.includes(filter)),
);
const browser = await launch(new Map(saved.map(([file, url]) => [url, readFileSync(join(PAGES_DIR, file))])), null);
const cell = (xs: number[]) => xs.map((v) => v.toFixed(2)).join('>');
const width = dirs.length * 6;
console.log(
  `net main-thread ms (the empty task's time taken off), median of ${RUNS} runs${dirs.length > 1 ? '; A>B' : ''}`,
);
console.log(['page'.padEnd(44), ...PHASES.map((p) => p.padStart(width))].join(' '));
// all[phase][build] = per-page figures
const all = PHASES.map(() => dirs.map(() => [] as number[]));
type Phases = Record<string, () => unknown>;
try {
  for (const [file, url] of saved) {
    const page = await browser.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    for (const code of codes) await addBundle(page, code);
    const kind = await page.evaluate(
      ([url, names]) => {
        const g = globalThis as unknown as Record<string, { phases(d: Document, u: string): Phases }> & {
          __phases: Phases[];
        };
        g.__phases = names.map((n) => g[n]!.phases(document, url));
        for (const ph of g.__phases) for (const f of Object.values(ph)) f(); // warm: every function compiled
        return (g.__phases[0]!.whole!() as { kind: string }).kind;
      },
      [url, names] as const,
    );
    if (kind !== 'product') {
      await page.close();
      continue;
    }
    const clock = await startThreadClock(page);
    for (let r = 0; r < RUNS; r++)
      for (const p of PHASES)
        for (let k = 0; k < dirs.length; k++) {
          const b = (k + r) % dirs.length; // alternate which build goes first
          await page.evaluate(
            ([p, b, label]) => {
              performance.mark(label);
              (globalThis as unknown as { __phases: Phases[] }).__phases[b]![p]!();
            },
            [p, b, `${p}:${b}:${r}`] as const,
          );
        }
    const t = await clock.stop();
    await page.close();
    const raw = (p: string, b: number) => median([...Array(RUNS).keys()].map((r) => t.get(`${p}:${b}:${r}`) ?? NaN));
    const row = PHASES.map((p) => dirs.map((_, b) => (p === 'noop' ? raw(p, b) : raw(p, b) - raw('noop', b))));
    row.forEach((v, i) => v.forEach((x, b) => all[i]![b]!.push(x)));
    console.log([file.padEnd(44), ...row.map((v) => cell(v).padStart(width))].join(' '));
  }
} finally {
  await browser.close();
}
const summary = (label: string, f: (xs: number[]) => number) =>
  console.log([label.padEnd(44), ...all.map((per) => cell(per.map(f)).padStart(width))].join(' '));
summary('median', median);
summary('max', (xs) => Math.max(...xs));
