/**
 * Classifies titles read one per line from stdin (`title<TAB>lang<TAB>crumb > crumb`), printing
 * the node and the evidence, for looking at a failure class while building its rule.
 * `tsx scripts/classify/try-titles.ts [model json] [--explain] < titles.txt`
 */
import { readFileSync } from 'node:fs';
import { createClassifier } from '../../lib/classify/index';

function main(): void {
  const args = process.argv.slice(2);
  const explain = args.includes('--explain');
  const modelPath = args.find((a) => !a.startsWith('--')) ?? 'public/factors/classifier.json';
  const classifier = createClassifier(JSON.parse(readFileSync(modelPath, 'utf8')));
  for (const line of readFileSync(0, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const [title = '', lang = '', crumb = ''] = line.split('\t');
    const input = { title, lang: lang || null, category: crumb ? crumb.split(' > ') : null };
    const got = classifier.classify(input);
    console.log(`${title}\n  -> ${got ? `${got.path} (${got.confidence}, ${got.via})` : '-'}`);
    if (explain) for (const e of classifier.explain(input)) console.log(`     ${e.weight}\t${e.source}\t${e.path}`);
  }
}

main();
