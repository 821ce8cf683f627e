/**
 * Checks that a change to how the classifier model is built or encoded leaves its answers alone:
 * classifies the same inputs with a BASE model and code and with the working tree's, and counts
 * the inputs whose answer (node id, non-physical kind) differs, per set.
 *
 * Sets: data/labels/eval-titles.csv (with and without the breadcrumb), titles-other.csv,
 * pages-with-breadcrumbs.csv, every tests/fixtures/blind-r*\/titles.csv (with and without the
 * breadcrumb), the PriceRunner held-out titles classify:eval scores (with the shipped model and with
 * the model each side builds without the held-out clusters, as classify:eval does; skip with
 * --no-split), and the classifier inputs eval:pages makes of every tests/fixtures/page-categories*.csv
 * page (extracted once, with the working tree's extraction).
 *
 * Then the model itself: every key of either model's lexicon (its tables' and the names' keys read on
 * load) must read alike (Lexicon.reading: kind, language, nodes and weights), and the model's
 * other parts (nodes, Bayes vote, word lists) must be equal: a pure change of encoding shows 0
 * differences there whatever the titles.
 *
 * Blind sets stay blind: their differences are counted, never printed. `--list` prints the
 * differing inputs of the other sets.
 *
 * Usage: export BASE's code and model next to node_modules, then compare:
 *   git archive <BASE> lib scripts public/factors/classifier.json | tar -x -C /tmp/base
 *   ln -s "$PWD/node_modules" /tmp/base/node_modules
 *   npx tsx scripts/classify/check-invariance.ts --base /tmp/base [--no-split] [--list]
 * Exits 1 when any answer differs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Classification, Classifier, ClassifyInput } from '../../lib/classify/index';
import type { ClassifierModel } from '../../lib/classify/model';
import { readCsvRecords } from '../lib/csv';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');

/** One set of classifier inputs; `blind`: count its differences, never show them. */
export interface InputSet {
  name: string;
  blind: boolean;
  inputs: ClassifyInput[];
}

/** What the comparison looks at: the node and whether it sells a physical thing. */
export function answerOf(c: Classification | null): string {
  return c ? `${c.id}${c.nonPhysical ? `/${c.nonPhysical}` : ''}` : '-';
}

export interface SetDiff {
  name: string;
  blind: boolean;
  n: number;
  /** Indexes of the inputs whose answers differ, with both answers. */
  differ: { at: number; base: string; candidate: string }[];
}

/** Classifies every input of every set with both classifiers and lists where the answers differ. */
export function compareSets(
  sets: InputSet[],
  base: Pick<Classifier, 'classify'>,
  candidate: Pick<Classifier, 'classify'>,
): SetDiff[] {
  return sets.map(({ name, blind, inputs }) => {
    const differ: SetDiff['differ'] = [];
    inputs.forEach((input, at) => {
      const a = answerOf(base.classify(input));
      const b = answerOf(candidate.classify(input));
      if (a !== b) differ.push({ at, base: a, candidate: b });
    });
    return { name, blind, n: inputs.length, differ };
  });
}

/** A labelled CSV's rows as classify:eval and eval:pages-style callers give them. */
function titleRows(file: string, withCrumb: boolean): ClassifyInput[] {
  return readCsvRecords(file).map((r) => ({
    title: r.title ?? '',
    ...(withCrumb && r.breadcrumb ? { category: r.breadcrumb.split(' > ') } : {}),
    lang: r.lang || null,
  }));
}

function labelSets(): InputSet[] {
  const sets: InputSet[] = [];
  const evalTitles = join(ROOT, 'data', 'labels', 'eval-titles.csv');
  sets.push({ name: 'eval-titles', blind: false, inputs: titleRows(evalTitles, true) });
  sets.push({ name: 'eval-titles (title only)', blind: false, inputs: titleRows(evalTitles, false) });
  sets.push({
    name: 'titles-other',
    blind: false,
    inputs: readCsvRecords(join(ROOT, 'data', 'labels', 'titles-other.csv')).map((r) => ({ title: r.title ?? '' })),
  });
  const pages = readCsvRecords(join(ROOT, 'data', 'labels', 'pages-with-breadcrumbs.csv'));
  sets.push({
    name: 'pages-with-breadcrumbs (title)',
    blind: false,
    inputs: pages.map((r) => ({ title: r.title ?? '' })),
  });
  sets.push({
    name: 'pages-with-breadcrumbs (page data)',
    blind: false,
    inputs: pages.map((r) => ({
      title: r.title ?? '',
      brand: r.brand || null,
      category: r.category ? r.category.split(' > ') : null,
      googleCategory: r.google_category || null,
    })),
  });
  for (const dir of readdirSync(FIXTURES)
    .filter((d) => /^blind-r\d+$/.test(d))
    .sort()) {
    const file = join(FIXTURES, dir, 'titles.csv');
    if (!existsSync(file)) continue;
    sets.push({ name: dir, blind: true, inputs: titleRows(file, true) });
    sets.push({ name: `${dir} (title only)`, blind: true, inputs: titleRows(file, false) });
  }
  return sets;
}

/** The classifier inputs eval:pages makes of each labelled page (page-categories*.csv). */
async function pageSets(): Promise<InputSet[]> {
  const { extractFile } = await import('../../lib/extract/load');
  const { toMessage } = await import('../../lib/content/to-message');
  const { estimateProducts } = await import('../../lib/estimate');
  const { loadRuntime } = await import('../estimate/runtime');
  const deps = await loadRuntime();
  const shipped = deps.classifier!;
  const sets: InputSet[] = [];
  for (const file of readdirSync(FIXTURES)
    .filter((f) => /^page-categories.*\.csv$/.test(f))
    .sort()) {
    const labels = join(FIXTURES, file);
    // The default labels read pages from the fixtures folder, a named file from its own folder.
    const base = FIXTURES;
    const inputs: ClassifyInput[] = [];
    const capture: Classifier = {
      ...shipped,
      classify: (input) => {
        inputs.push(input);
        return shipped.classify(input);
      },
    };
    for (const r of readCsvRecords(labels)) {
      if (!r.page) continue;
      const path = join(base, r.page);
      let dir = dirname(path);
      while (!existsSync(join(dir, 'urls.json')) && dir.length > base.length) dir = dirname(dir);
      const urls = existsSync(join(dir, 'urls.json'))
        ? (JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) as Record<string, string>)
        : {};
      const url = urls[relative(dir, path)] ?? 'https://shop.example/product';
      const { output, lang } = extractFile(path, url);
      if (!output.product?.title) continue;
      const input = toMessage({ ...output.product, title: output.product.title }, url, lang);
      await estimateProducts([input as Parameters<typeof estimateProducts>[0][number]], {
        ...deps,
        classifier: capture,
      });
    }
    // page-categories.csv is the dev set; the numbered rounds' labels are held back.
    sets.push({ name: `pages ${file}`, blind: file !== 'page-categories.csv', inputs });
  }
  return sets;
}

/** A module of the tree at `root` (BASE's or the working tree's). */
const importFrom = async <T>(root: string, path: string): Promise<T> =>
  (await import(pathToFileURL(join(root, path)).href)) as T;

/** The PriceRunner titles classify:eval holds out, as it classifies them (title alone). */
async function priceRunnerSplit(root: string): Promise<{ titles: ClassifyInput[]; model: ClassifierModel }> {
  const pr = await importFrom<typeof import('./pricerunner')>(root, 'scripts/classify/pricerunner.ts');
  const bm = await importFrom<typeof import('./build-model')>(root, 'scripts/classify/build-model.ts');
  const tb = await importFrom<typeof import('./train-bayes')>(root, 'scripts/classify/train-bayes.ts');
  const all = pr.readPriceRunner();
  const train = all.filter((r) => !pr.isHeldOutCluster(r.cluster));
  const model = bm.buildClassifierModel(tb.trainBayes(train, 'split'), train);
  return { titles: all.filter((r) => pr.isHeldOutCluster(r.cluster)).map((r) => ({ title: r.title })), model };
}

/**
 * Every key of a model's lexicon: its tables' (lines "<key>|..." or "<refs>\t<key>|...", '\n'- or
 * ';'-separated) and its names' read on load.
 */
export function lexiconKeys(model: ClassifierModel, nameKeyText: (names: string) => string): string[] {
  const keys = model.lexicon.flatMap(([, , lines]) =>
    lines ? lines.split(/[\n;]/).flatMap((line) => line.slice(line.indexOf('\t') + 1).split('|')) : [],
  );
  if (model.nameSkip)
    for (const line of nameKeyText(model.nodes.names).split('\n'))
      if (!line.includes('\t')) keys.push(...line.slice(1).split('|'));
  return keys;
}

/** Keys of either model's lexicon that read differently, and parts of the model other than the lexicon's encoding that differ. */
async function compareModels(baseRoot: string): Promise<{ keys: number; differ: string[]; parts: string[] }> {
  const side = async (root: string) => {
    const lex = await importFrom<typeof import('../../lib/classify/lexicon')>(root, 'lib/classify/lexicon.ts');
    const names = await importFrom<typeof import('../../lib/classify/name-keys')>(root, 'lib/classify/name-keys.ts');
    const tax = await importFrom<typeof import('../../lib/classify/taxonomy')>(root, 'lib/classify/taxonomy.ts');
    const model = JSON.parse(readFileSync(join(root, 'public/factors/classifier.json'), 'utf8')) as ClassifierModel;
    const ids = tax.Taxonomy.fromPacked(model.nodes).ids;
    return {
      model,
      lexicon: new lex.Lexicon(model, ids, model.nodes.names),
      keys: lexiconKeys(model, names.nameKeyText),
    };
  };
  const [a, b] = [await side(baseRoot), await side(ROOT)];
  const keys = [...new Set([...a.keys, ...b.keys])].sort();
  const differ = keys.filter((k) => JSON.stringify(a.lexicon.reading(k)) !== JSON.stringify(b.lexicon.reading(k)));
  // What the lexicon's encoding leaves alone.
  const same = [
    'nodes',
    'bayes',
    'compoundHeads',
    'foldedHeads',
    'brandWords',
    'brandNouns',
    'cjkParts',
    'maxCjk',
    'departmentWords',
    'sources',
  ] as const;
  const parts = same.filter((k) => JSON.stringify(a.model[k]) !== JSON.stringify(b.model[k]));
  return { keys: keys.length, differ, parts };
}

async function classifierAt(root: string, model?: ClassifierModel): Promise<Classifier> {
  const lib = await importFrom<typeof import('../../lib/classify/index')>(root, 'lib/classify/index.ts');
  const json =
    model ?? (JSON.parse(readFileSync(join(root, 'public/factors/classifier.json'), 'utf8')) as ClassifierModel);
  return lib.createClassifier(json);
}

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--base');
  if (at < 0 || !argv[at + 1])
    throw new Error('usage: check-invariance.ts --base <dir with BASE lib/, scripts/, public/> [--no-split] [--list]');
  const baseRoot = resolve(argv[at + 1]!);
  const lexicon = await compareModels(baseRoot);
  console.log(
    `lexicon: ${lexicon.keys} keys, ${lexicon.differ.length} read differently; other model parts that differ: ${lexicon.parts.join(', ') || 'none'}`,
  );
  if (argv.includes('--list')) for (const k of lexicon.differ.slice(0, 50)) console.log(`  ${k}`);
  const [base, candidate] = [await classifierAt(baseRoot), await classifierAt(ROOT)];
  const sets = [...labelSets(), ...(await pageSets())];
  const pr = (await import('./pricerunner')) as typeof import('./pricerunner');
  const held = pr.readPriceRunner().filter((r) => pr.isHeldOutCluster(r.cluster));
  sets.push({
    name: 'pricerunner held-out (shipped model)',
    blind: false,
    inputs: held.map((r) => ({ title: r.title })),
  });
  const diffs = compareSets(sets, base, candidate);
  if (!argv.includes('--no-split')) {
    const [a, b] = [await priceRunnerSplit(baseRoot), await priceRunnerSplit(ROOT)];
    const split = { name: 'pricerunner held-out (split model)', blind: false, inputs: a.titles };
    diffs.push(...compareSets([split], await classifierAt(baseRoot, a.model), await classifierAt(ROOT, b.model)));
  }
  let total = 0;
  for (const d of diffs) {
    total += d.differ.length;
    console.log(`${d.name}: ${d.n} inputs, ${d.differ.length} differ`);
    if (!argv.includes('--list') || d.blind) continue;
    const inputs = sets.find((s) => s.name === d.name)?.inputs;
    for (const x of d.differ)
      console.log(`  ${x.base} -> ${x.candidate}: ${JSON.stringify(inputs?.[x.at] ?? { row: x.at })}`);
  }
  console.log(`${total} answers differ`);
  if (total || lexicon.differ.length || lexicon.parts.length) process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
