/**
 * The multilingual evaluation set (data/labels/eval-titles.csv): real shop titles from public
 * repositories' fixtures and sample data, each with its source, labelled by hand with a Google
 * taxonomy id, never used to build or tune the classifier. Reported at the leaf (the labelled
 * node), by the review's rule (the node, a deeper one, or an ancestor at level 2 or deeper), and at
 * level 2 (same level-2 branch), by language and by top-level category.
 */
import type { Classifier } from '../../lib/classify/index';
import type { Taxonomy } from '../../lib/classify/taxonomy';
import { readCsvRecords } from '../lib/csv';
import { pct, scorePrediction } from './metrics';

export const EVAL_TITLES_CSV = 'data/labels/eval-titles.csv';

export interface EvalTally {
  n: number;
  answered: number;
  leaf: number;
  right: number;
  level2: number;
}

export interface EvalTitlesReport {
  all: EvalTally;
  byLang: Record<string, EvalTally>;
  byTopLevel: Record<string, EvalTally>;
}

const empty = (): EvalTally => ({ n: 0, answered: 0, leaf: 0, right: 0, level2: 0 });

export function evaluateTitles(classifier: Classifier, taxonomy: Taxonomy, path = EVAL_TITLES_CSV): EvalTitlesReport {
  const report: EvalTitlesReport = { all: empty(), byLang: {}, byTopLevel: {} };
  for (const r of readCsvRecords(path)) {
    const gold = Number(r.google_id);
    if (!taxonomy.has(gold)) throw new Error(`${path}: no taxonomy node ${r.google_id} for "${r.title}"`);
    if (!r.source) throw new Error(`${path}: "${r.title}" has no source`);
    const result = classifier.classify({ title: r.title, category: r.breadcrumb ? r.breadcrumb.split(' > ') : null, lang: r.lang || null });
    const predicted = result && result.id ? result.id : null;
    const s = scorePrediction(taxonomy, gold, predicted);
    const level2 = predicted !== null && taxonomy.depth(gold) >= 2 && taxonomy.ancestors(predicted)[1] === taxonomy.ancestors(gold)[1];
    const top = taxonomy.pathOf(taxonomy.ancestors(gold)[0]) ?? '?';
    for (const t of [report.all, (report.byLang[r.lang] ??= empty()), (report.byTopLevel[top] ??= empty())]) {
      t.n++;
      if (result) t.answered++;
      if (s.exact) t.leaf++;
      if (s.compatible) t.right++;
      if (level2 || (s.exact && taxonomy.depth(gold) < 2)) t.level2++;
    }
  }
  return report;
}

const line = (name: string, t: EvalTally) =>
  `  ${name.padEnd(34)} ${String(t.n).padStart(4)} ${pct(t.right, t.n).toFixed(1).padStart(6)}% ${pct(t.leaf, t.n).toFixed(1).padStart(6)}% ${pct(t.level2, t.n).toFixed(1).padStart(6)}% ${pct(t.n - t.answered, t.n).toFixed(1).padStart(6)}%`;

export function printEvalTitles(r: EvalTitlesReport): void {
  console.log(`\nMultilingual real titles (${EVAL_TITLES_CSV}), never tuned on:`);
  console.log(`  ${''.padEnd(34)}    n  right    leaf  level2  missing`);
  console.log(line('all', r.all));
  for (const [k, t] of Object.entries(r.byLang).sort()) console.log(line(`lang ${k}`, t));
  for (const [k, t] of Object.entries(r.byTopLevel).sort()) console.log(line(k, t));
}
