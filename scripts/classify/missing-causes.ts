/**
 * `npx tsx scripts/classify/missing-causes.ts`: why the classifier gives no category (issue #15),
 * and what the back-offs that would give one instead are worth.
 *
 * A title with no category is missing for one of these causes (`abstentionCause`), read from the
 * evidence of both passes the classifier makes (lib/classify/index.ts: the strict head, then the
 * weak-head retry):
 *   no-evidence     no word, crumb or vote the model knows;
 *   thin            evidence, but less than MIN_EVIDENCE in all (the walk does not start);
 *   low-confidence  a node, but below MIN_CONFIDENCE;
 *   split           enough evidence, spread over departments so that none leads (no common
 *                   ancestor below the root: the walk stops there);
 *   other           none of these (a non-physical listing, a node without a path).
 *
 * Default: the development sets (eval-titles with breadcrumbs and from the title alone, the other
 * domains' titles, the saved pages with breadcrumbs, the reconstructed product pages, PriceRunner's
 * held-out clusters with the Bayes vote retrained without them, as classify:eval does). For each it
 * prints the shares by cause, then right / wrong / missing against each threshold of three
 * policies: MIN_CONFIDENCE, a thin back-off (below MIN_EVIDENCE, answer the strongest
 * department's node from evidence of at least `t`) and a split back-off (answer inside the
 * strongest department when it holds `r` times the next one's evidence). A back-off answer must be
 * at level 2 or deeper; a department alone is no category a footprint can use.
 *
 * `-- --file <csv>` (classify:eval --file's columns) and `-- --pages <labels.csv> [--only
 * <prefix>]` print the counts by cause only: no rows and no curves, so blind sets stay blind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createClassifier, MIN_CONFIDENCE, type Classifier, type ClassifyInput } from '../../lib/classify/index';
import { gather } from '../../lib/classify/gather';
import type { ClassifierModel } from '../../lib/classify/model';
import { loadParts, type ClassifierParts } from '../../lib/classify/parts';
import { decide, MIN_EVIDENCE, type Evidence } from '../../lib/classify/score';
import type { Taxonomy } from '../../lib/classify/taxonomy';
import { toMessage } from '../../lib/content/to-message';
import { extractFile } from '../../lib/extract/load';
import { parseCsv, readCsvRecords } from '../lib/csv';
import { buildClassifierModel, CLASSIFIER_JSON } from './build-model';
import { pct } from './metrics';
import { isHeldOutCluster, readPriceRunner } from './pricerunner';
import { trainBayes } from './train-bayes';

export type AbstentionCause = 'no-evidence' | 'thin' | 'low-confidence' | 'split' | 'other';

const known = (evidence: Evidence[], taxonomy: Taxonomy) => evidence.filter((e) => e.w > 0 && taxonomy.has(e.id));
const sum = (evidence: Evidence[]) => evidence.reduce((a, e) => a + e.w, 0);

/**
 * Why the passes' evidence gave no category. The last pass that has any evidence decides: the
 * classifier answers from the retry when the first pass settled nothing.
 */
export function abstentionCause(passes: Evidence[][], taxonomy: Taxonomy): AbstentionCause {
  const withEvidence = passes.map((p) => known(p, taxonomy)).filter((p) => p.length);
  const last = withEvidence.at(-1);
  if (!last) return 'no-evidence';
  if (sum(last) < MIN_EVIDENCE) return 'thin';
  const d = decide(last, taxonomy);
  if (!d) return 'split';
  return d.confidence < MIN_CONFIDENCE ? 'low-confidence' : 'other';
}

export interface BackOff {
  /** The node decided from the strongest department's evidence alone. */
  id: number;
  /** All the evidence. */
  total: number;
  /** The strongest department's evidence over the next one's (Infinity when it is alone). */
  lead: number;
}

/**
 * The answer a back-off would give: the strongest department's evidence alone, scaled to weigh
 * 1 in all, walked as decide() walks; null unless it reaches level 2.
 */
export function backOff(evidence: Evidence[], taxonomy: Taxonomy): BackOff | null {
  const ev = known(evidence, taxonomy);
  const total = sum(ev);
  if (!total) return null;
  const byDepartment = new Map<number, number>();
  for (const e of ev) {
    const d = taxonomy.ancestors(e.id)[0]!;
    byDepartment.set(d, (byDepartment.get(d) ?? 0) + e.w);
  }
  const [first, second] = [...byDepartment].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const inside = ev.filter((e) => taxonomy.ancestors(e.id)[0] === first![0]);
  const d = decide(
    inside.map((e) => ({ ...e, w: e.w / first![1] })),
    taxonomy,
  );
  if (!d || taxonomy.depth(d.id) < 2) return null;
  return { id: d.id, total, lead: second ? first![1] / second[1] : Infinity };
}

interface Item {
  input: ClassifyInput;
  gold: number[];
}

interface DevSet {
  name: string;
  items: Item[];
  classifier: Classifier;
  parts: ClassifierParts;
}

/** Right by the review's rule: the node, one under it, or its ancestor at level 2 or deeper. */
function isRight(taxonomy: Taxonomy, gold: number[], id: number): boolean {
  return gold.some(
    (g) => taxonomy.isAncestorOrSelf(g, id) || (taxonomy.isAncestorOrSelf(id, g) && taxonomy.depth(id) >= 2),
  );
}

const crumbsOf = (s: string | undefined) => (s ? s.split(' > ') : []);

function titleRows(path: string): Item[] {
  return readCsvRecords(path).map((r) => ({
    input: { title: r.title ?? '', category: crumbsOf(r.breadcrumb), lang: r.lang || null },
    gold: [Number(r.google_id ?? r.gold_gpt_id)],
  }));
}

/** Product pages of a labels file, extracted as eval:pages does. */
function pageRows(labels: string, only: string | null): Item[] {
  const base = dirname(labels);
  const [header, ...rows] = parseCsv(readFileSync(labels, 'utf8'));
  const col = (n: string) => header!.indexOf(n);
  const items: Item[] = [];
  for (const row of rows) {
    const page = row[col('page')] ?? '';
    if (!page || (only !== null && !page.startsWith(only))) continue;
    const file = join(base, page);
    let dir = dirname(file);
    while (!existsSync(join(dir, 'urls.json')) && dir.length > base.length) dir = dirname(dir);
    const urls = existsSync(join(dir, 'urls.json'))
      ? (JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) as Record<string, string>)
      : {};
    const url = urls[relative(dir, file)] ?? 'https://shop.example/product';
    const { output, lang } = extractFile(file, url);
    const p = output.product;
    if (!p?.title) continue;
    const m = toMessage({ ...p, title: p.title }, url, lang);
    items.push({
      input: {
        title: m.title,
        brand: m.brand ?? null,
        category: m.category ?? [],
        googleCategory: m.googleCategory ?? null,
        lang: m.lang ?? null,
        shop: new URL(url).hostname,
      },
      gold: [row[col('google_id')] ?? '', ...(row[col('also')] ?? '').split(/[;\s]+/)].filter(Boolean).map(Number),
    });
  }
  return items;
}

const passesOf = (parts: ClassifierParts, input: ClassifyInput) => [
  gather(parts, input).evidence,
  gather(parts, input, { weakHead: true }).evidence,
];

function printCauses(name: string, items: Item[], classifier: Classifier, parts: ClassifierParts): void {
  const counts = new Map<AbstentionCause, number>();
  let missing = 0;
  for (const it of items) {
    if (classifier.classify(it.input)) continue;
    missing++;
    const c = abstentionCause(passesOf(parts, it.input), parts.taxonomy);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const causes = (['no-evidence', 'thin', 'low-confidence', 'split', 'other'] as const)
    .map((c) => `${c} ${counts.get(c) ?? 0}`)
    .join(', ');
  console.log(`${name}: n=${items.length} missing ${missing} (${pct(missing, items.length)}%): ${causes}`);
}

type Outcome = 'right' | 'wrong' | 'missing';

/** Right / wrong / missing shares of a set of outcomes. */
function shares(outcomes: Outcome[]): string {
  const n = outcomes.length;
  const of = (o: Outcome) =>
    pct(outcomes.filter((x) => x === o).length, n)
      .toFixed(1)
      .padStart(5);
  return `right ${of('right')}  wrong ${of('wrong')}  missing ${of('missing')}`;
}

function printCurves(set: DevSet): void {
  const { taxonomy } = set.parts;
  const rows = set.items.map((it) => {
    const now = set.classifier.classify(it.input);
    const passes = passesOf(set.parts, it.input);
    const decisions = passes.map((p) => decide(p, taxonomy));
    const outcome = (id: number | null): Outcome =>
      id === null ? 'missing' : isRight(taxonomy, it.gold, id) ? 'right' : 'wrong';
    return {
      // A non-physical answer stays as it is at every threshold.
      nonPhysical: !!now?.nonPhysical,
      now: outcome(now && now.id ? now.id : null),
      decisions,
      cause: now ? null : abstentionCause(passes, taxonomy),
      backOff: now ? null : backOff(passes.findLast((p) => known(p, taxonomy).length) ?? [], taxonomy),
      outcome,
    };
  });
  console.log(`\n${set.name} (n=${set.items.length})`);
  console.log('  MIN_CONFIDENCE (both passes, as classifyWith)');
  for (const t of [0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4]) {
    const outcomes = rows.map((r) => {
      if (r.nonPhysical) return r.now;
      const d = r.decisions.find((x) => x && x.confidence >= t);
      return r.outcome(d ? d.id : null);
    });
    console.log(`    >= ${t.toFixed(2)}  ${shares(outcomes)}`);
  }
  const withBackOff = (apply: (r: (typeof rows)[number]) => boolean) =>
    shares(rows.map((r) => (r.backOff && apply(r) ? r.outcome(r.backOff.id) : r.now)));
  console.log(`  thin back-off (evidence below ${MIN_EVIDENCE}, at least t, answers the strongest department's node)`);
  for (const t of [Infinity, 0.2, 0.15, 0.1, 0.05, 0])
    console.log(
      `    t ${t === Infinity ? 'off ' : t.toFixed(2)}  ${withBackOff((r) => r.cause === 'thin' && r.backOff!.total >= t)}`,
    );
  console.log('  split back-off (no department leads; the strongest holds r x the next one)');
  for (const lead of [Infinity, 2.5, 2, 1.5, 1.25, 1])
    console.log(
      `    r ${lead === Infinity ? 'off ' : lead.toFixed(2)}  ${withBackOff((r) => r.cause === 'split' && r.backOff!.lead >= lead)}`,
    );
}

function devSets(): DevSet[] {
  const model = JSON.parse(readFileSync(CLASSIFIER_JSON, 'utf8')) as ClassifierModel;
  const parts = loadParts(model);
  const classifier = createClassifier(model);
  const evalTitles = titleRows('data/labels/eval-titles.csv');
  const pr = readPriceRunner();
  const train = pr.filter((r) => !isHeldOutCluster(r.cluster));
  const splitModel = buildClassifierModel(trainBayes(train, 'PriceRunner train clusters'), train);
  const shipped = { classifier, parts };
  return [
    { name: 'eval-titles (title + breadcrumb + language)', items: evalTitles, ...shipped },
    {
      name: 'eval-titles (title + language)',
      items: evalTitles.map((it) => ({ ...it, input: { title: it.input.title, lang: it.input.lang } })),
      ...shipped,
    },
    { name: 'titles-other', items: titleRows('data/labels/titles-other.csv'), ...shipped },
    {
      name: 'pages-with-breadcrumbs',
      items: readCsvRecords('data/labels/pages-with-breadcrumbs.csv').map((r) => ({
        input: {
          title: r.title ?? '',
          brand: r.brand || null,
          category: crumbsOf(r.category),
          googleCategory: r.google_category || null,
        },
        gold: [Number(r.gold_gpt_id)],
      })),
      ...shipped,
    },
    {
      name: 'reconstructed pages',
      items: pageRows('tests/fixtures/page-categories.csv', 'reconstructed'),
      ...shipped,
    },
    {
      name: 'PriceRunner held-out clusters',
      items: pr.filter((r) => isHeldOutCluster(r.cluster)).map((r) => ({ input: { title: r.title }, gold: [r.gold] })),
      classifier: createClassifier(splitModel),
      parts: loadParts(splitModel),
    },
  ];
}

function main(argv: string[]): void {
  const arg = (flag: string) => {
    const at = argv.indexOf(flag);
    return at >= 0 ? (argv[at + 1] ?? null) : null;
  };
  const file = arg('--file');
  const pages = arg('--pages');
  if (file || pages) {
    const model = JSON.parse(readFileSync(CLASSIFIER_JSON, 'utf8')) as ClassifierModel;
    const items = file ? titleRows(file) : pageRows(pages!, arg('--only'));
    printCauses(file ?? pages!, items, createClassifier(model), loadParts(model));
    return;
  }
  const sets = devSets();
  for (const s of sets) printCauses(s.name, s.items, s.classifier, s.parts);
  for (const s of sets) printCurves(s);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
