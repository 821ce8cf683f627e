/**
 * The multilingual set's dev-split rows of some languages with what the classifier says, for
 * looking at failures while tuning (the test split is never printed: it is reported in aggregate
 * only). `tsx scripts/classify/dev-errors.ts ru,zh,it [model json]`.
 */
import { readFileSync } from 'node:fs';
import { createClassifier } from '../../lib/classify/index';
import { readCsvRecords } from '../lib/csv';
import { EVAL_TITLES_CSV } from '../labels/build-eval-titles';

function main(): void {
  const [langsArg = '', modelPath = 'public/factors/classifier.json'] = process.argv.slice(2);
  const langs = new Set(langsArg.split(',').filter(Boolean));
  const classifier = createClassifier(JSON.parse(readFileSync(modelPath, 'utf8')));
  for (const r of readCsvRecords(EVAL_TITLES_CSV)) {
    if (r.split !== 'dev' || (langs.size && !langs.has(r.lang ?? ''))) continue;
    const got = classifier.classify({
      title: r.title ?? '',
      category: r.breadcrumb ? r.breadcrumb.split(' > ') : null,
      lang: r.lang || null,
    });
    console.log(`${r.lang}\t${r.title}\t[${r.breadcrumb}]\n  gold ${r.google_path}\n  got  ${got ? got.path : '-'}`);
  }
}

main();
