/**
 * `npm run bench`: speed and size figures, printed, never asserted (timed tests flake).
 *   1. bundle and pack sizes (raw and gzipped) of both builds
 *   2. extraction time per saved page in Node (parse kept apart) and in Chromium
 *   3. estimation: Node batch throughput; in the extension, message round trips cold and warm
 * Needs the builds (`npm run build`); builds them when missing.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { loadPage } from '../lib/extract/load';
import { extractPage } from '../lib/extract';
import { estimateProducts } from '../lib/estimate';
import { loadFactorSourceFromDir, readPackFile } from '../lib/factors/node';
import { createClassifier, type ClassifierModel } from '../lib/classify';
import type { ProductInput } from '../lib/estimate/input';
import { DEMO_PAGES, PAGES_DIR, ROOT } from './lib/demo-pages';
import { launchChromium } from './lib/launch-chromium';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const ms = (x: number) => `${x.toFixed(2)} ms`;
const kb = (x: number) => `${(x / 1024).toFixed(1)} kB`;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

// 1. Sizes -------------------------------------------------------------------------------------
if (!existsSync(join(ROOT, '.output', 'chrome-mv3')) || !existsSync(join(ROOT, '.output', 'firefox-mv3'))) {
  execSync('npm run --silent build', { cwd: ROOT, stdio: 'ignore' });
}
console.log('## Bundle sizes (raw / gzipped)');
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(ROOT, '.output', target);
  let code = 0;
  let codeGz = 0;
  let packs = 0;
  let packsGz = 0;
  console.log(`\n${target}`);
  for (const f of files(dir).sort()) {
    const body = readFileSync(f);
    const gz = gzipSync(body, { level: 9 }).length;
    const rel = relative(dir, f);
    if (rel.startsWith('factors/')) {
      packs += body.length;
      packsGz += gz;
    } else if (/\.(js|css|html)$/.test(rel)) {
      code += body.length;
      codeGz += gz;
      console.log(`  ${rel.padEnd(42)} ${kb(body.length).padStart(10)} ${kb(gz).padStart(10)}`);
    }
  }
  console.log(`  ${'code total'.padEnd(42)} ${kb(code).padStart(10)} ${kb(codeGz).padStart(10)}`);
  console.log(`  ${'factor packs (public/factors)'.padEnd(42)} ${kb(packs).padStart(10)} ${kb(packsGz).padStart(10)}`);
}

// 2. Extraction in Node ----------------------------------------------------------------------------
const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
const pages = Object.entries(urls).filter(([file]) => existsSync(join(PAGES_DIR, file)));
console.log(`\n## Extraction in Node (linkedom), ${pages.length} saved pages, median of 5 runs each`);
const byKind: Record<string, number[]> = {};
const parse: number[] = [];
const extracted: ProductInput[] = [];
for (const [file, url] of pages) {
  const { doc, parseMs } = loadPage(join(PAGES_DIR, file));
  parse.push(parseMs);
  const runs: number[] = [];
  let kind = 'other';
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = extractPage(doc, url);
    runs.push(performance.now() - t0);
    kind = r.kind;
    if (i === 0) {
      if (r.product?.title) extracted.push({ ...r.product, title: r.product.title });
      for (const it of r.items) if (it.title) extracted.push({ title: it.title, price: it.price, currency: it.currency, url: it.url });
    }
  }
  (byKind[kind] ??= []).push(median(runs));
}
for (const [kind, xs] of Object.entries(byKind)) {
  console.log(`  ${kind.padEnd(8)} pages: ${String(xs.length).padStart(3)}  median ${ms(median(xs))}  max ${ms(Math.max(...xs))}`);
}
console.log(`  parse (not extraction): median ${ms(median(parse))}  max ${ms(Math.max(...parse))}`);

// 3a. Estimation in Node -------------------------------------------------------------------------------
const packDir = join(ROOT, 'public', 'factors');
const factors = await loadFactorSourceFromDir(packDir);
const classifier = createClassifier((await readPackFile(packDir, 'classifier.json')) as ClassifierModel);
const t0 = performance.now();
const estimates = await estimateProducts(extracted, { factors, classifier });
const estMs = performance.now() - t0;
const tiers: Record<string, number> = {};
for (const e of estimates) tiers[e.tier] = (tiers[e.tier] ?? 0) + 1;
console.log(`\n## Estimation in Node: ${extracted.length} products from the saved pages in one batch`);
console.log(`  ${ms(estMs)} total, ${ms(estMs / extracted.length)} per product; tiers ${JSON.stringify(tiers)}`);

// 2b + 3b. In Chromium ---------------------------------------------------------------------------
const bundle = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: { entry: join(ROOT, 'lib', 'extract', 'index.ts'), formats: ['iife'], name: 'EmbodiedExtract' },
  },
});
const iife = (Array.isArray(bundle) ? bundle[0] : bundle as { output: { code?: string }[] }).output[0].code!;
const served = pages.map(([file, url]) => ({ name: file, file, url, kind: 'product' as const }));
const session = await launchChromium([...served, ...DEMO_PAGES.filter((d) => !urls[d.file])]);
try {
  console.log(`\n## Extraction in Chromium (same code, injected), median of 5 runs each`);
  const inBrowser: Record<string, number[]> = {};
  for (const p of served) {
    const page = await session.context.newPage();
    await page.goto(p.url, { waitUntil: 'domcontentloaded' });
    await page.addScriptTag({ content: iife });
    const r = await page.evaluate((url) => {
      const api = (globalThis as unknown as { EmbodiedExtract: { extractPage(d: Document, u: string): { kind: string } } }).EmbodiedExtract;
      const runs: number[] = [];
      let kind = 'other';
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        kind = api.extractPage(document, url).kind;
        runs.push(performance.now() - t);
      }
      runs.sort((a, b) => a - b);
      return { kind, median: runs[2] };
    }, p.url);
    (inBrowser[r.kind] ??= []).push(r.median);
    await page.close();
  }
  for (const [kind, xs] of Object.entries(inBrowser)) {
    console.log(`  ${kind.padEnd(8)} pages: ${String(xs.length).padStart(3)}  median ${ms(median(xs))}  max ${ms(Math.max(...xs))}`);
  }

  console.log('\n## Estimate messages to the background worker (from an extension page)');
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  // The content script already estimated the saved pages' products while they loaded above: give
  // each benchmark product a fresh title so the session cache can't answer for it.
  const fresh = (tag: string, from: number, n: number) =>
    extracted.slice(from, from + n).map((p, i) => ({ ...p, title: `${p.title} (bench ${tag} ${i})` }));
  const one = fresh('one', 0, 1);
  const batch = fresh('batch', 1, 50);
  const coldBatch = fresh('cold', 51, 50);
  const timeMessage = (products: ProductInput[]) =>
    popup.evaluate(async (products) => {
      const t = performance.now();
      const r = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({ type: 'estimate', products });
      if (!r.ok) throw new Error(JSON.stringify(r));
      return performance.now() - t;
    }, products);
  console.log(`  one new product: ${ms(await timeMessage(one))}`);
  console.log(`  same product again (session cache): ${ms(await timeMessage(one))}`);
  console.log(`  batch of ${batch.length} new products: ${ms(await timeMessage(batch))}`);
  const cdp = await session.context.newCDPSession(popup);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await new Promise((r) => setTimeout(r, 500));
  console.log(`  after the worker was stopped, ${coldBatch.length} new products (worker start + classifier load, packs already installed): ${ms(await timeMessage(coldBatch))}`);
} finally {
  await session.close();
}
