/**
 * Fixture report: extraction accuracy and speed over every saved page with an expected file.
 *   npm run fixtures:report            -> tables on stdout
 *   npm run fixtures:report -- --json  -> one JSON object
 * Accuracy is per field over product pages (a field counts when the expected file has it), tile and
 * line counts found vs expected on listing and order pages. Timing: parse (linkedom) and extraction
 * are measured apart; extraction is the median of 5 runs per page after one warm-up run.
 *   npm run fixtures:report -- --chromium  -> also time the same bundled extraction inside Chromium
 *     (/usr/bin/chromium or $CHROMIUM), on documents made by DOMParser (inert: no scripts, no network).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractPage } from '../lib/extract';
import { extractGenericProduct } from '../lib/extract/generic';
import { loadPage, sniffEncoding as sniff, type CliOutput } from '../lib/extract/load';
import type { Product } from '../lib/extract/types';
import { sameValue as same } from './lib/same-value';
import { htmlFiles } from './lib/html-files';

const ROOT = join(import.meta.dirname, '../tests/fixtures/pages');
const URLS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'urls.json'), 'utf8'));

type FieldName = keyof Product | 'identifiers' | 'kind';
const FIELDS: FieldName[] = [
  'kind',
  'title',
  'price',
  'currency',
  'listPrice',
  'availability',
  'identifiers',
  'brand',
  'category',
  'condition',
  'quantity',
  'weightKg',
  'dimensionsCm',
  'materials',
];
const IDS: (keyof Product)[] = ['sku', 'gtin', 'mpn', 'asin'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
}

const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '-');

/** Per page: median of 5 extraction runs (after a warm-up) inside headless Chromium, in ms. */
async function chromiumTimes(list: string[]): Promise<Map<string, number>> {
  const { buildSync } = await import('esbuild');
  const { chromium } = await import('playwright-core');
  const bundle = buildSync({
    entryPoints: [join(import.meta.dirname, '../lib/extract/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__embodiedExtract',
    write: false,
    platform: 'browser',
    target: 'es2022',
  }).outputFiles[0].text;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
  });
  const times = new Map<string, number>();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle });
    for (const p of list) {
      const html = new TextDecoder(sniff(readFileSync(join(ROOT, p)))).decode(readFileSync(join(ROOT, p)));
      const ms = await page.evaluate(
        ([h, url]) => {
          const doc = new DOMParser().parseFromString(h, 'text/html');
          const api = (
            globalThis as unknown as { __embodiedExtract: { extractPage: (d: Document, u: string) => unknown } }
          ).__embodiedExtract;
          api.extractPage(doc, url);
          const runs: number[] = [];
          for (let i = 0; i < 5; i++) {
            const t = performance.now();
            api.extractPage(doc, url);
            runs.push(performance.now() - t);
          }
          return runs.sort((a, b) => a - b)[2];
        },
        [html, URLS[p]] as const,
      );
      times.set(p, ms);
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function main() {
  const json = process.argv.includes('--json');
  const accuracy = new Map<FieldName, { right: number; total: number; wrong: string[] }>(
    FIELDS.map((f) => [f, { right: 0, total: 0, wrong: [] }]),
  );
  // The generic cascade alone (no shop adapter): what to expect on shops without one.
  const genericRight = new Map<FieldName, number>(FIELDS.map((f) => [f, 0]));
  const tiles: {
    page: string;
    kind: string;
    found: number;
    expected: number;
    titlesRight: number;
    pricesRight: number;
  }[] = [];
  const timing: { page: string; kind: string; kb: number; parseMs: number; extractMs: number; coldMs: number }[] = [];
  const errors: string[] = [];

  for (const page of htmlFiles(ROOT)) {
    const expPath = join(ROOT, page.replace(/\.html$/, '.expected.json'));
    if (!existsSync(expPath) || !URLS[page]) continue;
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as CliOutput;
    let out: CliOutput;
    try {
      const { doc, parseMs, bytes } = loadPage(join(ROOT, page));
      let t = performance.now();
      const first = extractPage(doc, URLS[page]);
      const coldMs = performance.now() - t;
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        t = performance.now();
        extractPage(doc, URLS[page]);
        runs.push(performance.now() - t);
      }
      timing.push({ page, kind: expected.kind, kb: bytes / 1024, parseMs, extractMs: median(runs), coldMs });
      out = { kind: first.kind, product: first.product, items: first.items, orders: first.orders };
      if (expected.product) {
        const g = (extractGenericProduct(doc, new URL(URLS[page])).product ?? {}) as Partial<Product>;
        for (const f of FIELDS) {
          if (f === 'kind') continue;
          const ok =
            f === 'identifiers'
              ? IDS.every((k) => same(g[k] ?? null, expected.product![k] ?? null))
              : same(g[f] ?? null, expected.product[f] ?? null);
          if (ok) genericRight.set(f, genericRight.get(f)! + 1);
        }
      }
    } catch (e) {
      errors.push(`${page}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const score = (f: FieldName, ok: boolean, detail: string) => {
      const a = accuracy.get(f)!;
      a.total++;
      if (ok) a.right++;
      else a.wrong.push(`${page}: ${detail}`);
    };
    score('kind', out.kind === expected.kind, `${out.kind} vs ${expected.kind}`);
    if (expected.product) {
      const got = (out.product ?? {}) as Partial<Product>;
      for (const f of FIELDS) {
        if (f === 'kind') continue;
        if (f === 'identifiers') {
          const ok = IDS.every((k) => same(got[k] ?? null, expected.product![k] ?? null));
          score(
            f,
            ok,
            IDS.map(
              (k) => `${k}=${JSON.stringify(got[k] ?? null)}/${JSON.stringify(expected.product![k] ?? null)}`,
            ).join(' '),
          );
          continue;
        }
        score(
          f,
          same(got[f] ?? null, expected.product[f] ?? null),
          `got ${JSON.stringify(got[f] ?? null)?.slice(0, 80)} expected ${JSON.stringify(expected.product[f] ?? null)?.slice(0, 80)}`,
        );
      }
    }
    if (expected.kind === 'listing' || expected.kind === 'order') {
      const n = Math.min(out.items.length, expected.items.length);
      let titlesRight = 0;
      let pricesRight = 0;
      for (let i = 0; i < n; i++) {
        if (same(out.items[i].title, expected.items[i].title)) titlesRight++;
        if (same(out.items[i].price, expected.items[i].price)) pricesRight++;
      }
      tiles.push({
        page,
        kind: expected.kind,
        found: out.items.length,
        expected: expected.items.length,
        titlesRight,
        pricesRight,
      });
    }
  }

  const chromium = process.argv.includes('--chromium') ? await chromiumTimes(timing.map((t) => t.page)) : null;
  const products = timing.filter((t) => t.kind === 'product');
  const chromeOf = (kind?: string) =>
    timing
      .filter((t) => !kind || t.kind === kind)
      .map((t) => chromium?.get(t.page))
      .filter((x): x is number => x !== undefined);
  const summary = {
    fields: Object.fromEntries(
      [...accuracy].map(([f, a]) => [
        f,
        { right: a.right, total: a.total, genericOnlyRight: f === 'kind' ? null : genericRight.get(f), wrong: a.wrong },
      ]),
    ),
    tiles,
    timing: {
      productExtractMedianMs: median(products.map((t) => t.extractMs)),
      productExtractMaxMs: Math.max(...products.map((t) => t.extractMs)),
      allExtractMedianMs: median(timing.map((t) => t.extractMs)),
      allExtractMaxMs: Math.max(...timing.map((t) => t.extractMs)),
      coldMaxMs: Math.max(...timing.map((t) => t.coldMs)),
      parseMedianMs: median(timing.map((t) => t.parseMs)),
      parseMaxMs: Math.max(...timing.map((t) => t.parseMs)),
      chromiumProductMedianMs: chromium ? median(chromeOf('product')) : null,
      chromiumProductMaxMs: chromium ? Math.max(...chromeOf('product')) : null,
      chromiumAllMedianMs: chromium ? median(chromeOf()) : null,
      chromiumAllMaxMs: chromium ? Math.max(...chromeOf()) : null,
      pages: timing.map((t) => ({ ...t, chromiumMs: chromium?.get(t.page) ?? null })),
    },
    errors,
  };
  if (json) {
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }

  const lines: string[] = [
    '# Extraction fixture report',
    '',
    '## Product pages: per-field accuracy',
    '',
    '| field | right | of | % | generic path alone |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const [f, a] of accuracy) {
    const g = f === 'kind' ? '-' : `${genericRight.get(f)}`;
    lines.push(
      `| ${f === 'kind' ? 'kind (all pages)' : f} | ${a.right} | ${a.total} | ${a.total ? Math.round((100 * a.right) / a.total) : '-'} | ${g} |`,
    );
  }
  lines.push(
    '',
    '## Listing and order pages: items found vs expected',
    '',
    '| page | kind | found | expected | titles right | prices right |',
    '|---|---|---:|---:|---:|---:|',
  );
  for (const t of tiles)
    lines.push(`| ${t.page} | ${t.kind} | ${t.found} | ${t.expected} | ${t.titlesRight} | ${t.pricesRight} |`);
  lines.push('', '## Timing in Node (linkedom), ms', '');
  lines.push(
    `- extraction, product pages: median ${fmt(summary.timing.productExtractMedianMs)}, max ${fmt(summary.timing.productExtractMaxMs)} (median of 5 warm runs per page)`,
  );
  lines.push(
    `- extraction, all pages: median ${fmt(summary.timing.allExtractMedianMs)}, max ${fmt(summary.timing.allExtractMaxMs)}; first (cold) run max ${fmt(summary.timing.coldMaxMs)}`,
  );
  lines.push(
    `- parse (not included above): median ${fmt(summary.timing.parseMedianMs)}, max ${fmt(summary.timing.parseMaxMs)}`,
  );
  if (chromium) {
    lines.push(
      `- Chromium, product pages: median ${fmt(summary.timing.chromiumProductMedianMs!)}, max ${fmt(summary.timing.chromiumProductMaxMs!)}; all pages: median ${fmt(summary.timing.chromiumAllMedianMs!)}, max ${fmt(summary.timing.chromiumAllMaxMs!)}`,
    );
  }
  lines.push('', '| page | KB | parse | extract (median) | cold | Chromium |', '|---|---:|---:|---:|---:|---:|');
  for (const t of timing)
    lines.push(
      `| ${t.page} | ${Math.round(t.kb)} | ${fmt(t.parseMs)} | ${fmt(t.extractMs)} | ${fmt(t.coldMs)} | ${chromium ? fmt(chromium.get(t.page) ?? NaN) : '-'} |`,
    );
  const wrong = [...accuracy].flatMap(([f, a]) => a.wrong.map((w) => `- ${f}: ${w}`));
  lines.push('', '## What is wrong', '', ...(wrong.length ? wrong : ['- nothing']));
  if (errors.length) lines.push('', '## Errors', '', ...errors.map((e) => `- ${e}`));
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
