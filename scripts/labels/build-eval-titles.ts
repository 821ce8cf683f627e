/**
 * Builds data/labels/eval-titles.csv from the hand-written source files in
 * data/labels/eval-sources/ (see eval-sources.ts). Deterministic: rows keep the source files'
 * order (files sorted by name), the split is a hash of the title.
 *
 *   npm run labels:eval-titles            write the CSV
 *   npm run labels:eval-titles -- --check fail if the CSV is not what the sources give
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { readTaxonomy } from '../classify/build-model';
import { readEvalSources, splitOf, type EvalSourceRow } from './eval-sources';

export const EVAL_TITLES_CSV = 'data/labels/eval-titles.csv';
export const EVAL_TITLES_COLUMNS = [
  'title',
  'breadcrumb',
  'lang',
  'google_id',
  'google_path',
  'label',
  'source',
  'licence',
  'split',
] as const;

const field = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

function evalTitlesCsv(rows: EvalSourceRow[], taxonomy: Taxonomy): string {
  const lines = [EVAL_TITLES_COLUMNS.join(',')];
  for (const r of rows) {
    const path = taxonomy.pathOf(r.googleId);
    if (!path) throw new Error(`${r.at}: no Google taxonomy node ${r.googleId}`);
    const cells = [
      r.title,
      r.breadcrumb,
      r.lang,
      String(r.googleId),
      path,
      r.label,
      r.source,
      r.licence,
      splitOf(r.title),
    ];
    lines.push(cells.map(field).join(','));
  }
  return lines.join('\n') + '\n';
}

export function buildEvalTitles(): string {
  return evalTitlesCsv(readEvalSources(), new Taxonomy(readTaxonomy().rows));
}

function main(): void {
  const csv = buildEvalTitles();
  if (process.argv.includes('--check')) {
    if (readFileSync(EVAL_TITLES_CSV, 'utf8') !== csv) {
      console.error(`${EVAL_TITLES_CSV} is out of date: run npm run labels:eval-titles`);
      process.exit(1);
    }
    console.log(`${EVAL_TITLES_CSV} matches its sources`);
    return;
  }
  writeFileSync(EVAL_TITLES_CSV, csv);
  console.log(`wrote ${EVAL_TITLES_CSV}: ${csv.split('\n').length - 2} titles`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
