/**
 * Measures the product -> taxonomy classifier.
 *
 * 1. PriceRunner titles (10 electronics/appliance classes): whole product clusters are held out
 *    (FNV hash of cluster_id, 20%); the naive Bayes vote is retrained on the other clusters, so no
 *    held-out product was seen in training. Fridges and fridge freezers share one taxonomy node.
 * 3. data/labels/pages-with-breadcrumbs.csv: the saved product pages whose extraction found breadcrumbs,
 *    classified from the title alone and from title + brand + breadcrumbs.
 * 2. data/labels/titles-other.csv: real titles from the saved shop pages, labelled by hand, in
 *    English, German, French and Spanish. Never used for training. Rows are split by a hash of the
 *    title into "dev" (errors inspected while tuning the lexicon) and "test" (only aggregate figures
 *    were looked at); both are reported.
 *
 * A prediction is "exact" when it is the gold node and "right" (compatible) when it is the gold
 * node, a descendant, or an ancestor below the top level: the estimator then walks up through
 * correct nodes only. No answer (null) counts as wrong.
 *
 * `npm run classify:eval` prints the tables; scripts/eval.ts imports evaluateClassifier().
 *
 * `npm run classify:eval -- --file <csv>` reports one labelled CSV alone with the shipped model
 * (columns title, breadcrumb, lang, google_id, google_path; optional non_physical and hard_class,
 * as in tests/fixtures/blind-r17/titles.csv): right / leaf / level 2 / wrong / missing overall,
 * title only, by language, by top level and by hard class, and the rows that sell no physical thing
 * separately.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { createClassifier, type Classification, type Classifier } from '../lib/classify/index';
import { Taxonomy } from '../lib/classify/taxonomy';
import { readCsvRecords } from './lib/csv';
import { buildClassifierModel, CLASSIFIER_JSON } from './classify/build-model';
import { addScore, CONFIDENCE_BANDS, emptyTally, pct, scorePrediction, type Tally } from './classify/metrics';
import { isHeldOutCluster, PRICERUNNER_CSV, readPriceRunner } from './classify/pricerunner';
import { trainBayes } from './classify/train-bayes';
import { evaluateTitles, printEvalTitles, type EvalTitlesReport } from './classify/eval-titles';
import type { ClassifierModel } from '../lib/classify/model';

export const OTHER_LABELS_CSV = 'data/labels/titles-other.csv';
/** Product pages whose extraction found breadcrumbs: title, brand and breadcrumbs as the page gives them. */
export const PAGE_LABELS_CSV = 'data/labels/pages-with-breadcrumbs.csv';

interface Row {
  title: string;
  gold: number;
  group: string;
  domain?: string;
  split?: 'dev' | 'test';
}

interface Outcome {
  row: Row;
  result: Classification | null;
}

export interface ClassStat {
  n: number;
  accuracy: number;
  exact: number;
}

export interface SetReport {
  n: number;
  /** Share right (compatible), 0-1. */
  accuracy: number;
  exact: number;
  topLevel: number;
  coverage: number;
  perClass: Record<string, ClassStat>;
}

export interface CalibrationBand {
  from: number;
  n: number;
  accuracy: number;
}

export interface Calibration {
  bands: CalibrationBand[];
  atLeast07: { coverage: number; accuracy: number };
  atLeast05: { coverage: number; accuracy: number };
}

export interface ClassifierEvaluation {
  /** Share right on the other-domains set (the harder, held-back-like case), 0-1. */
  overall: number;
  /** Other-domains set per top-level taxonomy branch. */
  perClass: Record<string, { n: number; accuracy: number }>;
  pricerunner: SetReport;
  otherDomains: SetReport & { dev: SetReport; test: SetReport; perDomain: Record<string, ClassStat> };
  /** Saved product pages: the title alone, then title + brand + breadcrumbs (the page's own data). */
  pages: { titleOnly: SetReport; withPageData: SetReport; via: Record<string, number> };
  /** Confidence vs accuracy on both sets together, and on each set. */
  calibration: Calibration & { pricerunner: Calibration; otherDomains: Calibration };
  model: { version: string; bytes: number; gzipBytes: number; msPerTitle: number; loadMs: number };
  /** data/labels/eval-titles.csv: real titles in many languages, by language and top-level. */
  evalTitles: EvalTitlesReport;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function report(taxonomy: Taxonomy, outcomes: Outcome[]): SetReport {
  const all = emptyTally();
  const per = new Map<string, Tally>();
  for (const { row, result } of outcomes) {
    const s = scorePrediction(taxonomy, row.gold, result?.id ?? null);
    addScore(all, s, result !== null);
    const t = per.get(row.group) ?? emptyTally();
    addScore(t, s, result !== null);
    per.set(row.group, t);
  }
  const perClass: Record<string, ClassStat> = {};
  for (const [k, t] of [...per.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    perClass[k] = { n: t.n, accuracy: t.compatible / t.n, exact: t.exact / t.n };
  }
  const n = all.n || 1;
  return {
    n: all.n,
    accuracy: all.compatible / n,
    exact: all.exact / n,
    topLevel: all.topLevel / n,
    coverage: all.answered / n,
    perClass,
  };
}

function calibration(taxonomy: Taxonomy, outcomes: Outcome[]): Calibration {
  const bands = CONFIDENCE_BANDS.map((from) => ({ from, n: 0, right: 0 }));
  const at = (min: number) => {
    const sel = outcomes.filter((o) => o.result && o.result.confidence >= min);
    const right = sel.filter((o) => scorePrediction(taxonomy, o.row.gold, o.result!.id).compatible).length;
    return { coverage: sel.length / (outcomes.length || 1), accuracy: sel.length ? right / sel.length : 0 };
  };
  for (const o of outcomes) {
    if (!o.result) continue;
    const band = [...bands].reverse().find((b) => o.result!.confidence >= b.from)!;
    band.n++;
    if (scorePrediction(taxonomy, o.row.gold, o.result.id).compatible) band.right++;
  }
  return {
    bands: bands.map((b) => ({ from: b.from, n: b.n, accuracy: b.n ? b.right / b.n : 0 })),
    atLeast07: at(0.7),
    atLeast05: at(0.5),
  };
}

const run = (c: Classifier, rows: Row[]): Outcome[] =>
  rows.map((row) => ({ row, result: c.classify({ title: row.title }) }));

export async function evaluateClassifier(): Promise<ClassifierEvaluation> {
  // 1. PriceRunner, held-out clusters, Bayes retrained without them.
  const pr = readPriceRunner();
  const train = pr.filter((r) => !isHeldOutCluster(r.cluster));
  const heldOut = pr.filter((r) => isHeldOutCluster(r.cluster));
  const splitModel = buildClassifierModel(trainBayes(train, `PriceRunner train clusters: ${PRICERUNNER_CSV}`), train);
  const taxonomy = Taxonomy.fromPacked(splitModel.nodes);
  const prOutcomes = run(
    createClassifier(splitModel),
    heldOut.map((r) => ({ title: r.title, gold: r.gold, group: r.label })),
  );

  // 2. Other domains, with the shipped model (trained on all PriceRunner titles, none of these).
  const shippedJson = readFileSync(CLASSIFIER_JSON, 'utf8');
  // What the worker does on start: parse the pack and build the classifier.
  const l0 = performance.now();
  const shipped = createClassifier(JSON.parse(shippedJson));
  const loadMs = performance.now() - l0;
  const otherRows: Row[] = readCsvRecords(OTHER_LABELS_CSV).map((r) => {
    const gold = Number(r.gold_gpt_id);
    if (taxonomy.pathOf(gold) !== r.gold_path)
      throw new Error(`${OTHER_LABELS_CSV}: id ${gold} is not "${r.gold_path}"`);
    return {
      title: r.title,
      gold,
      group: r.gold_path.split(' > ')[0],
      domain: r.domain,
      split: fnv(r.title) % 2 ? 'test' : 'dev',
    };
  });
  const otherOutcomes = run(shipped, otherRows);
  const other = report(taxonomy, otherOutcomes);
  const byDomain = report(
    taxonomy,
    otherOutcomes.map((o) => ({ ...o, row: { ...o.row, group: o.row.domain ?? '' } })),
  );

  // 3. Product pages with their breadcrumbs, as extraction returns them.
  const pageRecords = readCsvRecords(PAGE_LABELS_CSV);
  const pageRows: Row[] = pageRecords.map((r) => ({
    title: r.title,
    gold: Number(r.gold_gpt_id),
    group: r.gold_path.split(' > ')[0],
  }));
  const withData: Outcome[] = pageRecords.map((r, i) => ({
    row: pageRows[i],
    result: shipped.classify({
      title: r.title,
      brand: r.brand || null,
      category: r.category ? r.category.split(' > ') : null,
      googleCategory: r.google_category || null,
    }),
  }));
  const via: Record<string, number> = {};
  for (const o of withData) if (o.result) via[o.result.via] = (via[o.result.via] ?? 0) + 1;

  // 4. Speed and size.
  const titles = [...heldOut.slice(0, 2000).map((r) => r.title), ...otherRows.map((r) => r.title)];
  const t0 = performance.now();
  for (const title of titles) shipped.classify({ title });
  const msPerTitle = (performance.now() - t0) / titles.length;

  // CLASSIFY_EVAL_DUMP=file: one line per title (set, gold, prediction, title), to diff two runs.
  if (process.env.CLASSIFY_EVAL_DUMP) {
    const line = (set: string) => (o: Outcome) =>
      [
        set,
        o.row.gold,
        o.result?.id ?? '-',
        scorePrediction(taxonomy, o.row.gold, o.result?.id ?? null).compatible ? 'ok' : 'WRONG',
        o.row.title,
      ].join('\t');
    writeFileSync(
      process.env.CLASSIFY_EVAL_DUMP,
      [...prOutcomes.map(line('pr')), ...otherOutcomes.map(line('other'))].join('\n') + '\n',
    );
  }
  return {
    overall: other.accuracy,
    perClass: Object.fromEntries(Object.entries(other.perClass).map(([k, v]) => [k, { n: v.n, accuracy: v.accuracy }])),
    pricerunner: report(taxonomy, prOutcomes),
    otherDomains: {
      ...other,
      perDomain: byDomain.perClass,
      dev: report(
        taxonomy,
        otherOutcomes.filter((o) => o.row.split === 'dev'),
      ),
      test: report(
        taxonomy,
        otherOutcomes.filter((o) => o.row.split === 'test'),
      ),
    },
    pages: { titleOnly: report(taxonomy, run(shipped, pageRows)), withPageData: report(taxonomy, withData), via },
    calibration: {
      ...calibration(taxonomy, [...prOutcomes, ...otherOutcomes]),
      pricerunner: calibration(taxonomy, prOutcomes),
      otherDomains: calibration(taxonomy, otherOutcomes),
    },
    model: {
      version: JSON.parse(shippedJson).version,
      bytes: Buffer.byteLength(shippedJson),
      gzipBytes: gzipSync(shippedJson).length,
      msPerTitle,
      loadMs,
    },
    evalTitles: evaluateTitles(shipped, taxonomy),
  };
}

export interface EvalArgs {
  /** A labelled CSV to report alone, instead of the default sets. */
  file: string | null;
}

/** Command-line arguments after the script name: `--file <csv>` or `--file=<csv>`, nothing else. */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  let file: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let value: string | undefined;
    if (arg === '--file') value = argv[++i];
    else if (arg.startsWith('--file=')) value = arg.slice('--file='.length);
    else throw new Error(`classify:eval: unknown argument "${arg}" (usage: --file <csv>)`);
    if (!value || value.startsWith('--')) throw new Error('classify:eval: --file needs the path of a CSV');
    if (file !== null) throw new Error('classify:eval: --file given twice');
    file = value;
  }
  return { file };
}

export interface FileTally {
  n: number;
  /** The review's rule: the labelled node, a deeper one, or an ancestor at level 2 or deeper. */
  right: number;
  /** The labelled node exactly. */
  leaf: number;
  /** The same second-level branch. */
  level2: number;
  /** An answer that is not right. */
  wrong: number;
  /** No answer. */
  missing: number;
}

export interface FileReport {
  path: string;
  /** Rows that sell a physical thing, classified with title, breadcrumb and language. */
  all: FileTally;
  /** The same rows from the title and language alone. */
  titleOnly: FileTally;
  withBreadcrumb: number;
  byLang: Record<string, FileTally>;
  byTopLevel: Record<string, FileTally>;
  byHardClass: Record<string, FileTally>;
  /** Physical rows the classifier called not physical (counted as wrong above too). */
  physicalFlaggedNonPhysical: number;
  /** Rows labelled as selling no physical thing (column non_physical). */
  nonPhysical: {
    n: number;
    /** Called not physical, whatever the kind. */
    flagged: number;
    /** Called not physical with the labelled kind. */
    sameKind: number;
    /** Answered with a physical category. */
    asPhysical: number;
    missing: number;
    byKind: Record<string, { n: number; flagged: number; sameKind: number }>;
  };
}

const emptyFileTally = (): FileTally => ({ n: 0, right: 0, leaf: 0, level2: 0, wrong: 0, missing: 0 });

/** Scores one labelled CSV (see parseEvalArgs) with a classifier. */
export function evaluateFile(classifier: Classifier, taxonomy: Taxonomy, path: string): FileReport {
  const report: FileReport = {
    path,
    all: emptyFileTally(),
    titleOnly: emptyFileTally(),
    withBreadcrumb: 0,
    byLang: {},
    byTopLevel: {},
    byHardClass: {},
    physicalFlaggedNonPhysical: 0,
    nonPhysical: { n: 0, flagged: 0, sameKind: 0, asPhysical: 0, missing: 0, byKind: {} },
  };
  const add = (t: FileTally, gold: number, result: Classification | null) => {
    const predicted = result && result.id ? result.id : null;
    const s = scorePrediction(taxonomy, gold, predicted);
    const chain = taxonomy.ancestors(gold);
    t.n++;
    if (!result) t.missing++;
    else if (!s.compatible) t.wrong++;
    if (s.compatible) t.right++;
    if (s.exact) t.leaf++;
    if (predicted !== null && chain.length >= 2 && taxonomy.ancestors(predicted)[1] === chain[1]) t.level2++;
  };
  readCsvRecords(path).forEach((r, i) => {
    const where = `${path}: row ${i + 2} ("${r.title}")`;
    if (!r.title) throw new Error(`${where}: no title`);
    const gold = r.google_id ? Number(r.google_id) : null;
    if (gold !== null && !taxonomy.has(gold)) throw new Error(`${where}: no taxonomy node ${r.google_id}`);
    if (gold !== null && r.google_path && taxonomy.pathOf(gold) !== r.google_path)
      throw new Error(`${where}: node ${gold} is "${taxonomy.pathOf(gold)}", not "${r.google_path}"`);
    const lang = r.lang || null;
    const result = classifier.classify({
      title: r.title,
      category: r.breadcrumb ? r.breadcrumb.split(' > ') : null,
      lang,
    });
    const kind = r.non_physical ?? '';
    if (kind) {
      const np = report.nonPhysical;
      const k = (np.byKind[kind] ??= { n: 0, flagged: 0, sameKind: 0 });
      np.n++;
      k.n++;
      if (!result) np.missing++;
      else if (result.nonPhysical) {
        np.flagged++;
        k.flagged++;
        if (result.nonPhysical === kind) {
          np.sameKind++;
          k.sameKind++;
        }
      } else np.asPhysical++;
      return;
    }
    if (gold === null) throw new Error(`${where}: no google_id and no non_physical kind`);
    if (result?.nonPhysical) report.physicalFlaggedNonPhysical++;
    const top = taxonomy.pathOf(taxonomy.ancestors(gold)[0]) ?? '?';
    for (const t of [
      report.all,
      (report.byLang[r.lang || '?'] ??= emptyFileTally()),
      (report.byTopLevel[top] ??= emptyFileTally()),
      ...(r.hard_class ? [(report.byHardClass[r.hard_class] ??= emptyFileTally())] : []),
    ])
      add(t, gold, result);
    if (r.breadcrumb) report.withBreadcrumb++;
    add(report.titleOnly, gold, r.breadcrumb ? classifier.classify({ title: r.title, lang }) : result);
  });
  return report;
}

function printFileReport(r: FileReport, model: string): void {
  const row = (name: string, t: FileTally) =>
    `  ${name.padEnd(44)} ${String(t.n).padStart(4)} ${[t.right, t.leaf, t.level2, t.wrong, t.missing]
      .map((x) => pct(x, t.n).toFixed(1).padStart(6) + '%')
      .join(' ')}`;
  const table = (title: string, m: Record<string, FileTally>) => {
    console.log(`  -- ${title}`);
    for (const [k, t] of Object.entries(m).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)))
      console.log(row(k, t));
  };
  console.log(`\n${r.path} (model ${model}), title + breadcrumb + page language:`);
  console.log(`  ${''.padEnd(44)}    n   right    leaf  level2   wrong missing`);
  console.log(row('physical rows', r.all));
  console.log(row(`title only (${r.withBreadcrumb} rows have a breadcrumb)`, r.titleOnly));
  table('by language', r.byLang);
  table('by top-level category', r.byTopLevel);
  if (Object.keys(r.byHardClass).length) table('by hard class', r.byHardClass);
  console.log(`  physical rows called not physical: ${r.physicalFlaggedNonPhysical} of ${r.all.n}`);
  const np = r.nonPhysical;
  console.log(
    `\n  Not a physical product (n=${np.n}): called not physical ${pct(np.flagged, np.n)}% (same kind ${pct(np.sameKind, np.n)}%), ` +
      `given a physical category ${pct(np.asPhysical, np.n)}%, missing ${pct(np.missing, np.n)}%`,
  );
  for (const [k, v] of Object.entries(np.byKind).sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1)))
    console.log(`    ${k.padEnd(14)} n=${v.n} called not physical ${v.flagged}, same kind ${v.sameKind}`);
}

function printSet(name: string, r: SetReport, classHeader: string): void {
  console.log(
    `\n${name}: n=${r.n}  right ${pct(r.accuracy, 1)}%  exact ${pct(r.exact, 1)}%  top-level ${pct(r.topLevel, 1)}%  answered ${pct(r.coverage, 1)}%`,
  );
  console.log(`  ${classHeader.padEnd(34)}    n  right  exact`);
  for (const [k, v] of Object.entries(r.perClass)) {
    console.log(
      `  ${k.padEnd(34)} ${String(v.n).padStart(4)} ${pct(v.accuracy, 1).toFixed(1).padStart(5)}% ${pct(v.exact, 1).toFixed(1).padStart(5)}%`,
    );
  }
}

async function main(): Promise<void> {
  const args = parseEvalArgs(process.argv.slice(2));
  if (args.file) {
    const model = JSON.parse(readFileSync(CLASSIFIER_JSON, 'utf8')) as ClassifierModel;
    printFileReport(evaluateFile(createClassifier(model), Taxonomy.fromPacked(model.nodes), args.file), model.version);
    return;
  }
  const e = await evaluateClassifier();
  printSet('PriceRunner held-out clusters (20%)', e.pricerunner, 'PriceRunner class');
  printSet('Other domains (data/labels/titles-other.csv)', e.otherDomains, 'top-level branch');
  console.log('  by domain:');
  for (const [k, v] of Object.entries(e.otherDomains.perDomain))
    console.log(
      `    ${k.padEnd(32)} ${String(v.n).padStart(4)} ${pct(v.accuracy, 1).toFixed(1).padStart(5)}% ${pct(v.exact, 1).toFixed(1).padStart(5)}%`,
    );
  for (const s of ['dev', 'test'] as const) {
    const r = e.otherDomains[s];
    console.log(`  ${s} half: n=${r.n} right ${pct(r.accuracy, 1)}% exact ${pct(r.exact, 1)}%`);
  }
  const { titleOnly, withPageData } = e.pages;
  console.log(
    `\nSaved product pages with breadcrumbs (n=${titleOnly.n}): title only right ${pct(titleOnly.accuracy, 1)}% (exact ${pct(titleOnly.exact, 1)}%); ` +
      `title + brand + breadcrumbs right ${pct(withPageData.accuracy, 1)}% (exact ${pct(withPageData.exact, 1)}%); via ${JSON.stringify(e.pages.via)}`,
  );
  const sets = [
    ['both sets', e.calibration],
    ['PriceRunner held-out', e.calibration.pricerunner],
    ['other domains', e.calibration.otherDomains],
  ] as const;
  for (const [name, c] of sets) {
    console.log(`\nConfidence vs accuracy (${name}), bands by lower bound:`);
    console.log('  ' + c.bands.map((b) => `>=${b.from.toFixed(1)}: n=${b.n} right ${pct(b.accuracy, 1)}%`).join(' | '));
    console.log(
      `  confidence >= 0.7: answered ${pct(c.atLeast07.coverage, 1)}% of titles, right ${pct(c.atLeast07.accuracy, 1)}%;  >= 0.5: answered ${pct(c.atLeast05.coverage, 1)}%, right ${pct(c.atLeast05.accuracy, 1)}%`,
    );
  }
  printEvalTitles(e.evalTitles);
  console.log(
    `\nModel ${e.model.version}: ${e.model.bytes} bytes (${e.model.gzipBytes} gzipped), load ${e.model.loadMs.toFixed(1)} ms (JSON.parse + createClassifier), ${e.model.msPerTitle.toFixed(3)} ms per title`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
