/**
 * The multilingual evaluation set (data/labels/eval-titles.csv, built from
 * data/labels/eval-sources/ by scripts/labels/build-eval-titles.ts): real shop titles from
 * public repositories' fixtures, seed data and open data, each with its source and licence,
 * labelled by hand with a Google taxonomy id, never used to build or tune the classifier.
 *
 * Each title is classified as a page would give it: title, the shop's breadcrumb where the
 * source had one, and the page language. Reported at the leaf (the labelled node), by the
 * review's rule ("right": the node, a deeper one, or an ancestor at level 2 or deeper), at level 2
 * (same second-level branch) and as missing (no category), overall, by language, by top-level and
 * by second-level category, and on the dev (~30%) and test (~70%) splits.
 */
import type { Classifier } from '../../lib/classify/index';
import type { Taxonomy } from '../../lib/classify/taxonomy';
import { readCsvRecords } from '../lib/csv';
import { EVAL_TITLES_CSV } from '../labels/build-eval-titles';
import { pct, scorePrediction } from './metrics';

export { EVAL_TITLES_CSV };

export interface EvalTally {
  n: number;
  answered: number;
  leaf: number;
  right: number;
  level2: number;
}

export interface EvalTitlesReport {
  all: EvalTally;
  /** The same rows classified from the title and language alone (no breadcrumb). */
  titleOnly: EvalTally;
  /** Rows whose source gave a shop breadcrumb. */
  withBreadcrumb: number;
  bySplit: Record<string, EvalTally>;
  byLang: Record<string, EvalTally>;
  byTopLevel: Record<string, EvalTally>;
  byLevel2: Record<string, EvalTally>;
  /** Test split only, by language and by top-level category. */
  test: { byLang: Record<string, EvalTally>; byTopLevel: Record<string, EvalTally> };
  /** Dev split only, by language. */
  dev: { byLang: Record<string, EvalTally> };
}

const empty = (): EvalTally => ({ n: 0, answered: 0, leaf: 0, right: 0, level2: 0 });

export function evaluateTitles(classifier: Classifier, taxonomy: Taxonomy, path = EVAL_TITLES_CSV): EvalTitlesReport {
  const report: EvalTitlesReport = {
    all: empty(),
    titleOnly: empty(),
    withBreadcrumb: 0,
    bySplit: {},
    byLang: {},
    byTopLevel: {},
    byLevel2: {},
    test: { byLang: {}, byTopLevel: {} },
    dev: { byLang: {} },
  };
  for (const r of readCsvRecords(path)) {
    const gold = Number(r.google_id);
    if (!taxonomy.has(gold)) throw new Error(`${path}: no taxonomy node ${r.google_id} for "${r.title}"`);
    const result = classifier.classify({
      title: r.title,
      category: r.breadcrumb ? r.breadcrumb.split(' > ') : null,
      lang: r.lang || null,
    });
    const predicted = result && result.id ? result.id : null;
    const s = scorePrediction(taxonomy, gold, predicted);
    const chain = taxonomy.ancestors(gold);
    const level2 = predicted !== null && chain.length >= 2 && taxonomy.ancestors(predicted)[1] === chain[1];
    if (r.breadcrumb) report.withBreadcrumb++;
    const bare = r.breadcrumb ? classifier.classify({ title: r.title, lang: r.lang || null }) : result;
    const bareId = bare && bare.id ? bare.id : null;
    const b = scorePrediction(taxonomy, gold, bareId);
    report.titleOnly.n++;
    if (bare) report.titleOnly.answered++;
    if (b.exact) report.titleOnly.leaf++;
    if (b.compatible) report.titleOnly.right++;
    if (bareId !== null && chain.length >= 2 && taxonomy.ancestors(bareId)[1] === chain[1]) report.titleOnly.level2++;
    const top = taxonomy.pathOf(chain[0]) ?? '?';
    const second = taxonomy.pathOf(chain[Math.min(1, chain.length - 1)]) ?? '?';
    const tallies = [
      report.all,
      (report.bySplit[r.split] ??= empty()),
      (report.byLang[r.lang] ??= empty()),
      (report.byTopLevel[top] ??= empty()),
      (report.byLevel2[second] ??= empty()),
    ];
    if (r.split === 'test')
      tallies.push((report.test.byLang[r.lang] ??= empty()), (report.test.byTopLevel[top] ??= empty()));
    if (r.split === 'dev') tallies.push((report.dev.byLang[r.lang] ??= empty()));
    for (const t of tallies) {
      t.n++;
      if (result) t.answered++;
      if (s.exact) t.leaf++;
      if (s.compatible) t.right++;
      if (level2) t.level2++;
    }
  }
  return report;
}

const line = (name: string, t: EvalTally) =>
  `  ${name.padEnd(60)} ${String(t.n).padStart(4)} ${pct(t.right, t.n).toFixed(1).padStart(6)}% ${pct(t.leaf, t.n).toFixed(1).padStart(6)}% ${pct(t.level2, t.n).toFixed(1).padStart(6)}% ${pct(
    t.n - t.answered,
    t.n,
  )
    .toFixed(1)
    .padStart(6)}%`;

const table = (title: string, m: Record<string, EvalTally>) => {
  console.log(`  -- ${title}`);
  for (const [k, t] of Object.entries(m).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)))
    console.log(line(k, t));
};

export function printEvalTitles(r: EvalTitlesReport): void {
  console.log(`\nMultilingual real titles (${EVAL_TITLES_CSV}), never tuned on (title + breadcrumb + page language):`);
  console.log(`  ${''.padEnd(60)}    n  right    leaf  level2  missing`);
  console.log(line('all', r.all));
  console.log(line(`all, title only (${r.withBreadcrumb} rows have a breadcrumb)`, r.titleOnly));
  for (const [k, t] of Object.entries(r.bySplit).sort()) console.log(line(`${k} split`, t));
  table('by language', r.byLang);
  table('by top-level category', r.byTopLevel);
  table('by second-level category', r.byLevel2);
  table('dev split, by language', r.dev.byLang);
  table('test split, by language', r.test.byLang);
  table('test split, by top-level category', r.test.byTopLevel);
}
