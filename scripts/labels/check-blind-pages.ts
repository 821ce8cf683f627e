/**
 * Validates the shape of a blind set of product pages (tests/fixtures/blind-r*\/pages, what
 * `npm run extract:score` and `npm run eval:pages -- --labels` read) without extracting or
 * classifying anything: every page has an `*.expected.json` in the benchmark's product format
 * (title, price, currency, sku, availability, nothing else) and a URL in the folder's urls.json,
 * starts with a comment saying what it imitates, shows its expected title and (in the page or its
 * URL) its expected sku; and the set's labels file (`page,google_id,also,note`) labels every page
 * once with nodes of the 2021-09-21 taxonomy. Only problems are reported, never the expected values.
 * Run by its Vitest test (so by `npm test`) and by
 * `npx tsx scripts/labels/check-blind-pages.ts <pages dir> <labels csv>`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseCsv } from '../lib/csv';

const TAXONOMY_FILE = join(import.meta.dirname, '../../data/raw/google_product_taxonomy_2021-09-21.en-US.txt');
const PRODUCT_FIELDS = ['title', 'price', 'currency', 'sku', 'availability'];
const AVAILABILITY = new Set(['InStock', 'OutOfStock', 'PreOrder', 'BackOrder', 'LimitedAvailability']);

/** The ids of the 2021-09-21 taxonomy (lines `id - path`). */
export function taxonomyIds(text = readFileSync(TAXONOMY_FILE, 'utf8')): Set<number> {
  const ids = new Set<number>();
  for (const line of text.split('\n')) {
    const m = /^(\d+) - /.exec(line);
    if (m) ids.add(Number(m[1]));
  }
  return ids;
}

/** The `.html` files under a folder, as paths relative to it with `/` separators. */
function pagesUnder(root: string, dir = root): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return pagesUnder(root, p);
      return name.endsWith('.html') ? [relative(root, p).split('\\').join('/')] : [];
    });
}

/** The text of a page with the few entities a title may hold decoded and spaces folded. */
function pageText(html: string): string {
  return html
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}

function checkExpected(page: string, json: string, html: string, url: string | undefined): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [`${page}: expected.json is not JSON`];
  }
  const problems: string[] = [];
  const top = parsed as { kind?: unknown; product?: Record<string, unknown> };
  if (top.kind !== 'product') problems.push(`${page}: kind is not "product"`);
  const p = top.product;
  if (!p || typeof p !== 'object') return [...problems, `${page}: no product`];
  const keys = Object.keys(p);
  if (keys.join(',') !== PRODUCT_FIELDS.join(','))
    problems.push(`${page}: product fields are ${keys.join(',')}, not ${PRODUCT_FIELDS.join(',')}`);
  if (typeof p.title !== 'string' || !p.title.trim()) problems.push(`${page}: no title`);
  else if (!pageText(html).includes(p.title.replace(/\s+/g, ' ')))
    problems.push(`${page}: the title is not in the page`);
  if (typeof p.price !== 'number' || !Number.isFinite(p.price) || p.price <= 0)
    problems.push(`${page}: price is not a positive number`);
  if (typeof p.currency !== 'string' || !/^[A-Z]{3}$/.test(p.currency))
    problems.push(`${page}: currency is not an ISO 4217 code`);
  if (p.sku !== null) {
    if (typeof p.sku !== 'string' || !p.sku.trim()) problems.push(`${page}: sku is neither null nor a string`);
    else if (!html.includes(p.sku) && !(url ?? '').includes(p.sku))
      problems.push(`${page}: the sku is neither in the page nor in its URL`);
  }
  if (p.availability !== null && !AVAILABILITY.has(String(p.availability)))
    problems.push(`${page}: availability is not a schema.org ItemAvailability name or null`);
  return problems;
}

/**
 * The problems of a blind pages folder and its labels file (empty when both are valid).
 * `labelsBase` is the folder the labels' page paths are relative to (tests/fixtures).
 */
export function checkBlindPages(
  dir: string,
  labelsPath: string,
  labelsBase: string,
  ids: Set<number> = taxonomyIds(),
): string[] {
  const problems: string[] = [];
  const pages = pagesUnder(dir);
  if (!pages.length) return [`no pages under ${dir}`];
  let urls: Record<string, unknown> = {};
  try {
    urls = JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    problems.push('no readable urls.json');
  }
  for (const key of Object.keys(urls)) if (!pages.includes(key)) problems.push(`urls.json: ${key} is not a page`);
  const expectedFiles = new Set<string>();
  for (const page of pages) {
    const html = readFileSync(join(dir, page), 'utf8');
    if (!html.trimStart().startsWith('<!--')) problems.push(`${page}: does not start with a comment`);
    const url = urls[page];
    if (typeof url !== 'string' || !/^https?:\/\//.test(url)) problems.push(`${page}: no http(s) URL in urls.json`);
    else
      try {
        new URL(url);
      } catch {
        problems.push(`${page}: its URL does not parse`);
      }
    const expected = page.replace(/\.html$/, '.expected.json');
    expectedFiles.add(expected);
    let json: string;
    try {
      json = readFileSync(join(dir, expected), 'utf8');
    } catch {
      problems.push(`${page}: no ${expected}`);
      continue;
    }
    problems.push(...checkExpected(page, json, html, typeof url === 'string' ? url : undefined));
  }
  const prefix = relative(labelsBase, dir).split('\\').join('/') + '/';
  const [header, ...rows] = parseCsv(readFileSync(labelsPath, 'utf8').replace(/^\uFEFF/, ''));
  if (header?.join(',') !== 'page,google_id,also,note')
    return [...problems, 'labels: header is not page,google_id,also,note'];
  const labelled = new Map<string, number>();
  rows.forEach((cells, i) => {
    const [page = '', id = '', also = ''] = cells;
    const where = `labels line ${i + 2}`;
    if (!page.startsWith(prefix)) {
      problems.push(`${where}: ${page} is not under ${prefix}`);
      return;
    }
    const inner = page.slice(prefix.length);
    if (!pages.includes(inner)) problems.push(`${where}: ${inner} is not a page`);
    labelled.set(inner, (labelled.get(inner) ?? 0) + 1);
    for (const g of [id, ...also.split(';')].filter(Boolean))
      if (!/^\d+$/.test(g) || !ids.has(Number(g))) problems.push(`${where}: ${g} is not a taxonomy node`);
    if (!id) problems.push(`${where}: no google_id`);
  });
  for (const page of pages) {
    const n = labelled.get(page) ?? 0;
    if (n !== 1) problems.push(`${page}: labelled ${n} times, not once`);
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'tests/fixtures/blind-r20/pages';
  const labels = process.argv[3] ?? 'tests/fixtures/page-categories-r20.csv';
  const problems = checkBlindPages(dir, labels, 'tests/fixtures');
  for (const p of problems) console.error(p);
  console.log(problems.length ? `${problems.length} problem(s)` : 'ok');
  if (problems.length) process.exit(1);
}
