/**
 * `npm run eval:pages`: the whole chain on whole pages, as the held-back review measures it. Each
 * page of a labels file (default `tests/fixtures/page-categories.csv`: `page, google_id, also, note`,
 * pages relative to `tests/fixtures/`, each folder with its `urls.json`) is extracted, classified
 * and estimated with the same code as the extension, and the category is scored by the review's
 * rule (issue #15): right when it is the labelled node, one of the `also` nodes, a node under one
 * of them, or an ancestor at level 2 or deeper; "broad" when it is only the top-level ancestor.
 * Also says how many pages end with a number at all (issue #8: "an estimate on 61% of the pages").
 *
 * `-- --labels <csv>` scores another labels file; `-- --json` prints the rows as JSON;
 * `-- --wrong` lists the pages that are wrong or missing (only for sets nobody tunes on by row).
 * `-- --only <prefix>` scores only the pages under that folder (`--only reconstructed/ --wrong`
 * lists a development set's errors without showing those of a test set in the same file).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClassifierModel } from '../lib/classify/model';
import { Taxonomy } from '../lib/classify/taxonomy';
import { toMessage } from '../lib/content/to-message';
import { extractFile } from '../lib/extract/load';
import { estimateProducts, type ProductInput } from '../lib/estimate';
import { scorePrediction } from './classify/metrics';
import { FACTORS_DIR, loadRuntime } from './estimate/runtime';
import { parseCsv } from './lib/csv';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

export type Verdict = 'right' | 'broad' | 'wrong' | 'missing' | 'no-product';

/** The shipped model's taxonomy (Google 2021-09-21), the one the classifier answers in. */
export function shippedTaxonomy(dir = FACTORS_DIR): Taxonomy {
  const model = JSON.parse(readFileSync(join(dir, 'classifier.json'), 'utf8')) as ClassifierModel;
  return Taxonomy.fromPacked(model.nodes);
}

/**
 * The review's rule, as classify:eval scores it (`scorePrediction`'s "compatible"): the labelled
 * node (or an accepted alternative), a node under it, or its ancestor at level 2 or deeper is
 * right; an ancestor at the top level only is "broad"; anything else is wrong.
 */
export function judge(taxonomy: Taxonomy, gold: number[], got: number | null): Verdict {
  if (got === null) return 'missing';
  if (gold.some((g) => scorePrediction(taxonomy, g, got).compatible)) return 'right';
  return gold.some((g) => taxonomy.isAncestorOrSelf(got, g)) ? 'broad' : 'wrong';
}

/** Whether `--only <prefix>` (if given) selects the page: a folder of the labels file. */
export function isSelected(page: string, argv: string[]): boolean {
  const at = argv.indexOf('--only');
  return at < 0 || page.startsWith(argv[at + 1] ?? '');
}

interface Row {
  page: string;
  gold: number[];
  note: string;
}

function readLabels(file: string): Row[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const col = (name: string) => {
    const i = header!.indexOf(name);
    if (i < 0) throw new Error(`${file}: no "${name}" column`);
    return i;
  };
  const [p, g, a, n] = [col('page'), col('google_id'), col('also'), col('note')];
  return rows
    .filter((r) => r.some((c) => c.trim()))
    .map((r) => ({
      page: r[p]!,
      gold: [r[g]!, ...(r[a] ?? '').split(/[;\s]+/)].filter(Boolean).map(Number),
      note: r[n] ?? '',
    }));
}

const pct = (n: number, of: number) => (of ? ((100 * n) / of).toFixed(1) : '-');

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--labels');
  const labels = at >= 0 ? argv[at + 1]! : join(FIXTURES, 'page-categories.csv');
  const base = at >= 0 ? dirname(labels) : FIXTURES;
  const taxonomy = shippedTaxonomy();
  const rows = readLabels(labels).filter((r) => isSelected(r.page, argv));
  for (const r of rows)
    for (const g of r.gold) if (!taxonomy.has(g)) throw new Error(`${r.page}: ${g} is not a 2021-09-21 Google id`);
  const urlsOf = new Map<string, Record<string, string>>();
  const deps = await loadRuntime();
  const out: {
    page: string;
    title: string | null;
    gold: number[];
    got: number | null;
    path: string | null;
    verdict: Verdict;
    kg: number | null;
    tier: string | null;
  }[] = [];
  for (const r of rows) {
    const file = join(base, r.page);
    // The URL of a page comes from the urls.json of the nearest folder above it that has one.
    let dir = dirname(file);
    while (!existsSync(join(dir, 'urls.json')) && dir.length > base.length) dir = dirname(dir);
    if (!urlsOf.has(dir))
      urlsOf.set(
        dir,
        existsSync(join(dir, 'urls.json')) ? JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) : {},
      );
    const url = urlsOf.get(dir)![relative(dir, file)] ?? 'https://shop.example/product';
    const { output, lang } = extractFile(file, url);
    const product = output.product;
    if (!product?.title) {
      out.push({
        page: r.page,
        title: null,
        gold: r.gold,
        got: null,
        path: null,
        verdict: 'no-product',
        kg: null,
        tier: null,
      });
      continue;
    }
    // As the content script sends it (lib/content/to-message.ts): with the page's URL and language.
    const input = toMessage({ ...product, title: product.title }, url, lang) as ProductInput;
    const [e] = await estimateProducts([input], deps);
    const got = e?.categoryId ?? null;
    out.push({
      page: r.page,
      title: product.title,
      gold: r.gold,
      got,
      path: e?.category ?? null,
      verdict: judge(taxonomy, r.gold, got),
      kg: e?.kgCO2e ?? null,
      tier: e?.tier ?? null,
    });
  }
  if (argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(out, null, 1)}\n`);
    return;
  }
  const n = out.length;
  const count = (v: Verdict) => out.filter((o) => o.verdict === v).length;
  const withNumber = out.filter((o) => o.kg !== null).length;
  console.log(`${relative(ROOT, labels)}: ${n} product pages`);
  console.log(
    `  category right ${pct(count('right'), n)}% (${count('right')}), with broad ${pct(count('right') + count('broad'), n)}%`,
  );
  console.log(
    `  wrong ${pct(count('wrong'), n)}% (${count('wrong')}), missing ${pct(count('missing'), n)}% (${count('missing')}), no product extracted ${pct(count('no-product'), n)}% (${count('no-product')})`,
  );
  console.log(`  a number on ${pct(withNumber, n)}% of the pages (${withNumber})`);
  const bySet = new Map<string, typeof out>();
  for (const o of out) bySet.set(o.page.split('/')[0]!, [...(bySet.get(o.page.split('/')[0]!) ?? []), o]);
  for (const [set, list] of bySet)
    console.log(
      `  ${set}: right ${pct(list.filter((o) => o.verdict === 'right').length, list.length)}% of ${list.length}, missing or none ${pct(list.filter((o) => o.verdict === 'missing' || o.verdict === 'no-product').length, list.length)}%`,
    );
  if (argv.includes('--wrong'))
    for (const o of out.filter((x) => x.verdict !== 'right'))
      console.log(
        `  ${o.verdict.padEnd(10)} ${o.page}: "${o.title ?? ''}" -> ${o.path ?? '-'} (gold ${o.gold.join('/')})`,
      );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `... | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).catch((e) => {
    console.error(`eval:pages: ${(e as Error).message}`);
    process.exit(1);
  });
}
