/**
 * Score extraction on any folder of saved pages with expected output, by the benchmark's metric
 * (scripts/lib/benchmark-score.ts): per field TP / FP / FN, precision, recall, F1.
 *   npm run extract:score -- <folder>            -> the table of aggregates only
 *   npm run extract:score -- <folder> --errors   -> the table, then every error by page
 *   npm run extract:score -- <folder> --json     -> one JSON object (counts; errors too with --errors)
 * Errors are opt-in so that a blind set can be measured without its pages' names and values
 * reaching whoever runs it.
 * The folder holds `*.html` pages (any depth), each with `*.expected.json` beside it (the shape
 * `npm run extract` prints), and a `urls.json` mapping each page's path (relative to the folder)
 * to its URL. Only product pages (expected kind "product") are scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractFile, type CliOutput } from '../lib/extract/load';
import { SCORED_FIELDS, scoreField, scoreReport, type ScoredField } from './lib/benchmark-score';
import { htmlFiles } from './lib/html-files';

function main() {
  const args = process.argv.slice(2);
  const folder = args.find((a) => !a.startsWith('--'));
  if (!folder || !existsSync(join(folder, 'urls.json'))) {
    console.error(
      'usage: npm run extract:score -- <folder with *.html, *.expected.json and urls.json> [--errors] [--json]',
    );
    process.exitCode = 2;
    return;
  }
  const root = resolve(folder);
  const urls: Record<string, string> = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8'));
  const rows: Record<ScoredField, { page: string; truth: string | number | null; pred: string | number | null }[]> = {
    price: [],
    sku: [],
    availability: [],
  };
  const skipped: string[] = [];
  for (const page of htmlFiles(root)) {
    const expPath = join(root, page.replace(/\.html$/, '.expected.json'));
    if (!existsSync(expPath) || !urls[page]) {
      skipped.push(`${page}: no expected file or URL`);
      continue;
    }
    const expected = JSON.parse(readFileSync(expPath, 'utf8')) as CliOutput;
    if (expected.kind !== 'product' || !expected.product) continue;
    let got: CliOutput['product'] = null;
    try {
      got = extractFile(join(root, page), urls[page]).output.product;
    } catch (e) {
      skipped.push(`${page}: ${e instanceof Error ? e.message : String(e)} (scored as no prediction)`);
    }
    for (const f of SCORED_FIELDS) rows[f].push({ page, truth: expected.product[f] ?? null, pred: got?.[f] ?? null });
  }
  const scores = Object.fromEntries(SCORED_FIELDS.map((f) => [f, scoreField(f, rows[f])])) as Record<
    ScoredField,
    ReturnType<typeof scoreField>
  >;
  if (args.includes('--json')) {
    process.stdout.write(
      JSON.stringify(scoreReport(rows.price.length, scores, skipped, args.includes('--errors')), null, 2) + '\n',
    );
    return;
  }
  const p = (x: number) => x.toFixed(3);
  const lines = [
    `# Extraction score: ${rows.price.length} product pages in ${folder}`,
    '',
    '| field | TP | FP | FN | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const f of SCORED_FIELDS) {
    const s = scores[f];
    lines.push(`| ${f} | ${s.tp} | ${s.fp} | ${s.fn} | ${p(s.precision)} | ${p(s.recall)} | ${p(s.f1)} |`);
  }
  const errorCount = SCORED_FIELDS.reduce((n, f) => n + scores[f].errors.length, 0);
  if (!args.includes('--errors')) {
    if (errorCount) lines.push('', `${errorCount} errors (add --errors to list them by page)`);
    if (skipped.length) lines.push(`${skipped.length} pages skipped (add --errors to list them)`);
    process.stdout.write(lines.join('\n') + '\n');
    return;
  }
  for (const f of SCORED_FIELDS)
    if (scores[f].errors.length) lines.push('', `## ${f}`, '', ...scores[f].errors.map((e) => `- ${e}`));
  if (skipped.length) lines.push('', '## Skipped', '', ...skipped.map((s) => `- ${s}`));
  process.stdout.write(lines.join('\n') + '\n');
}

main();
