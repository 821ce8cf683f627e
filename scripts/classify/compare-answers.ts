/**
 * Whether two classifier models answer alike (#15: room in the model's size budget without
 * changing what it answers). Classifies every title of every labelled and development set with
 * both models (the same runtime code) and counts the answers that differ (node, or the
 * not-a-physical-product kind): the labelled titles (data/labels), the development sets
 * (tests/fixtures/dev-*.csv), the estimate evaluation sets (data/eval), the PriceRunner titles,
 * and the blind titles (tests/fixtures/blind-r* /titles.csv), of which only the counts are printed.
 *
 * `tsx scripts/classify/compare-answers.ts <model A json> <model B json> [--rows]`: `--rows`
 * prints the first differing rows of the sets that are not blind. Exits with 1 when any differ.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClassifier, type Classifier, type ClassifyInput } from '../../lib/classify/index';
import { readCsvRecords } from '../lib/csv';
import { PRICERUNNER_CSV } from './pricerunner';

const FIXTURES = 'tests/fixtures';

/** The title sets, each with whether it is blind (counts only). */
export function titleSets(): { file: string; blind: boolean }[] {
  const csvs = (dir: string, keep: (f: string) => boolean) =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.csv') && keep(f))
          .sort()
          .map((f) => join(dir, f))
      : [];
  const blind = readdirSync(FIXTURES)
    .filter((d) => d.startsWith('blind-r') && existsSync(join(FIXTURES, d, 'titles.csv')))
    .sort()
    .map((d) => ({ file: join(FIXTURES, d, 'titles.csv'), blind: true }));
  return [
    ...csvs('data/labels', () => true),
    ...csvs(FIXTURES, (f) => f.startsWith('dev-')),
    ...csvs('data/eval', () => true),
    PRICERUNNER_CSV,
  ]
    .map((file) => ({ file, blind: false }))
    .concat(blind);
}

/** A row as the classifier's input: title, breadcrumb or shop category, page category, brand, language. */
export function inputOf(r: Record<string, string>): ClassifyInput | null {
  const title = r.title ?? r.product_title ?? '';
  if (!title.trim()) return null;
  const crumb = r.breadcrumb || r.category || '';
  return {
    title,
    brand: r.brand || null,
    category: crumb ? crumb.split(' > ') : null,
    googleCategory: r.google_category || null,
    lang: r.lang || null,
  };
}

const answer = (c: Classifier, input: ClassifyInput): string => {
  const got = c.classify(input);
  return got ? `${got.id}${got.nonPhysical ? `:${got.nonPhysical}` : ''}` : '-';
};

function main(argv: string[]): void {
  const [a, b] = argv.filter((x) => !x.startsWith('--'));
  if (!a || !b) throw new Error('usage: compare-answers.ts <model A json> <model B json> [--rows]');
  const [ca, cb] = [a, b].map((p) => createClassifier(JSON.parse(readFileSync(p, 'utf8'))));
  let total = 0;
  let changed = 0;
  for (const { file, blind } of titleSets()) {
    const rows = readCsvRecords(file);
    let n = 0;
    const diff: string[] = [];
    for (const r of rows) {
      const input = inputOf(r);
      if (!input) continue;
      n++;
      const [x, y] = [answer(ca!, input), answer(cb!, input)];
      if (x !== y) diff.push(`    ${JSON.stringify(input.title)} [${input.lang ?? ''}]: ${x} -> ${y}`);
    }
    total += n;
    changed += diff.length;
    console.log(`${file}: ${n} titles, ${diff.length} answers differ${blind ? ' (blind: counts only)' : ''}`);
    if (!blind && argv.includes('--rows')) for (const line of diff.slice(0, 20)) console.log(line);
  }
  console.log(`all: ${total} titles, ${changed} answers differ`);
  process.exitCode = changed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
