/**
 * `npm run eval`: the estimator against published footprints it was not built from, side by side
 * with a spend-only baseline (price x sector factor). Prints the median absolute log10 error
 * (0.1 ~ within x1.26, 0.3 ~ within x2) and the share of references inside [low, high], by tier
 * and by source, plus the classifier's accuracy when its evaluation is available.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Estimate, estimateProducts } from '../lib/estimate';
import { createMemoryFactorSource } from '../lib/factors/source';
import { spendBaseline } from './eval/baseline';
import {
  addedReferenceCases,
  boaviztaCases,
  boaviztaSplit,
  catalogueCases,
  type EvalCase,
  foodCrossSourceCases,
  publishedCases,
  shopReferenceCases,
} from './eval/cases';
import { ISSUE_CATEGORIES, issueCategoryOf } from './eval/issue-categories';
import { MISS_CAUSES, missesByCause } from './eval/miss-causes';
import { calibrationReport, MIN_ROWS_TO_FIT, rangedRows } from './eval/calibration';
import { byGroup, type Scored, type Summary, summarise } from './eval/metrics';
import { SCOPE_CLASSES, SCOPE_LABEL, type ScopeClass, signedMedianLog10 } from './eval/scope';
import { readBoavizta } from './factors/boavizta';
import { buildPack } from './factors/pack';
import { loadClassifier } from './estimate/runtime';

const fmt = (x: number | null, pct = false) =>
  x === null ? '   -  ' : pct ? `${(x * 100).toFixed(0).padStart(4)}% ` : x.toFixed(3).padStart(6);
const line = (name: string, est: Summary, base?: Summary) =>
  `${name.padEnd(34)} ${String(est.n).padStart(4)} ${String(est.covered).padStart(4)}  ${fmt(est.medianAbsLog10)} ${fmt(est.inside, true)} ${fmt(est.within2x, true)}` +
  (base ? `   ${String(base.covered).padStart(4)}  ${fmt(base.medianAbsLog10)} ${fmt(base.inside, true)}` : '');

export async function runEval(): Promise<{ estimator: Scored[]; baseline: Scored[]; titleOnly: Scored[] }> {
  const { fit, validation } = boaviztaSplit(readBoavizta());
  const pack = buildPack({ boavizta: fit });
  const factors = createMemoryFactorSource(pack.manifest, pack.tables);
  const classifier = loadClassifier();
  const cases: EvalCase[] = [
    ...boaviztaCases(validation),
    ...foodCrossSourceCases(),
    ...publishedCases(),
    ...shopReferenceCases(),
    ...catalogueCases(),
    ...addedReferenceCases(),
  ];

  // Group by purchase year so each batch shares one `now` (exchange rates, price index year).
  const estimates = new Array(cases.length);
  const years = new Map<number, number[]>();
  cases.forEach((c, i) => years.set(c.now.getUTCFullYear(), [...(years.get(c.now.getUTCFullYear()) ?? []), i]));
  for (const [year, idx] of years) {
    const out = await estimateProducts(
      idx.map((i) => cases[i].product),
      { factors, classifier, now: new Date(Date.UTC(year, 5, 30)) },
    );
    idx.forEach((i, j) => (estimates[i] = out[j]));
  }
  const base = await spendBaseline(
    cases.map((c) => ({
      priceUsd: c.baselinePriceUsd,
      year: c.now.getUTCFullYear(),
      taxonomyId: c.baselineTaxonomyId,
    })),
    factors,
  );
  // Food cross-source rows only count when tier C used Clark 2022 for the named food (not the reference study, not a category default).
  const keep = cases.map(
    (c, i) =>
      !c.source.startsWith('food:') ||
      (estimates[i].tier === 'C' &&
        estimates[i].factors[0]?.id.startsWith('food:') &&
        /Clark/.test(estimates[i].method)),
  );
  const estimator: Scored[] = [];
  const baseline: Scored[] = [];
  cases.forEach((c, i) => {
    if (!keep[i]) return;
    const e = estimates[i];
    estimator.push({
      group: `${c.source}|${e.tier}`,
      reference: c.reference,
      central: e.kgCO2e,
      low: e.low,
      high: e.high,
      key: c.key,
      rule: rangeRuleOf(e),
      alwaysHeldOut: c.alwaysHeldOut,
      includesUse: c.includesUse,
      scope: c.scope,
      detail: rowDetail(c, e),
      flags: e.flags,
    });
    const b = base[i];
    baseline.push({
      group: `${c.source}|${e.tier}`,
      reference: c.reference,
      central: b?.central ?? null,
      low: b?.low ?? null,
      high: b?.high ?? null,
    });
  });
  return { estimator, baseline, titleOnly: await titleOnlyBoavizta(validation, factors, classifier) };
}

/**
 * The same Boavizta validation rows with no breadcrumbs: only the maker's product name (a page
 * that shows no category, or a held-out evaluation that gives titles only). Measures how much of
 * the accuracy rests on the shop's filing rather than on the title classifier.
 */
async function titleOnlyBoavizta(
  validation: ReturnType<typeof boaviztaSplit>['validation'],
  factors: ReturnType<typeof createMemoryFactorSource>,
  classifier: ReturnType<typeof loadClassifier>,
): Promise<Scored[]> {
  const cases = boaviztaCases(validation).map((c) => ({ ...c, product: { ...c.product, category: [] } }));
  const out: Scored[] = [];
  for (const c of cases) {
    const [e] = await estimateProducts([c.product], { factors, classifier, now: c.now });
    out.push({ group: `${c.source}|${e.tier}`, reference: c.reference, central: e.kgCO2e, low: e.low, high: e.high });
  }
  return out;
}

/** Title, mass, tier, method and factor ids of one row: the per-row view behind the category figures. */
function rowDetail(c: EvalCase, e: Estimate): string {
  const mass = c.product.weightKg ? `${c.product.weightKg} kg` : 'no mass';
  const factors = e.factors.map((f) => `${f.id}=${Number(f.value.toPrecision(3))}`).join(' ');
  const flags = e.flags.length ? ` flags=${e.flags.join(',')}` : '';
  return `${c.product.title} [${mass}] ${e.tier}: ${e.method} {${factors}} cat=${e.category ?? '-'}${flags}`;
}

/** Every company-reported, published and shop row, worst first: reference, estimate, error, how. */
function printRows(rows: Scored[]): void {
  const err = (r: Scored) => (r.central ? Math.log10(r.central / r.reference) : Number.NaN);
  const sorted = [...rows].sort((a, b) => Math.abs(err(b) || 99) - Math.abs(err(a) || 99));
  console.log('\nRows, worst first: group | reference | estimate [low-high] | log10 error | detail');
  for (const r of sorted)
    console.log(
      `${r.group} | ${r.reference} | ${r.central?.toPrecision(3) ?? '-'} [${r.low?.toPrecision(2) ?? '-'}-${r.high?.toPrecision(2) ?? '-'}] | ${Number.isNaN(err(r)) ? '-' : err(r).toFixed(2)} | ${r.detail ?? ''}`,
    );
}

/** The range rule of an estimate: its tier and the multipliers its Range step states ("C x0.25 to x1.6"). */
function rangeRuleOf(e: Estimate): string | null {
  const m = /^x[\d.]+ to x[\d.]+/.exec(e.steps.find((s) => s.label === 'Range')?.detail ?? '');
  return m ? `${e.tier} ${m[0]}` : null;
}

function regroup(rows: Scored[], key: (g: string) => string): Scored[] {
  return rows.map((r) => ({ ...r, group: key(r.group) }));
}

const pct = (x: number | null) => (x === null ? '-' : `${(x * 100).toFixed(0)}%`);

/** Per category group (Carbon Catalogue group or published kind): the figures and which tiers answered. */
function printCategoryTable(rows: Scored[]): void {
  const category = (g: string) => g.split('|')[0]!.replace(/^(catalogue|published|shop):/, '');
  const tiersOf = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const [c, t] = [category(r.group), r.group.split('|')[1]!];
    const m = tiersOf.get(c) ?? new Map<string, number>();
    m.set(t, (m.get(t) ?? 0) + 1);
    tiersOf.set(c, m);
  }
  console.log(
    `\nCompany-reported, published and shop footprints by category group (tiers: rows per tier)\n${'category'.padEnd(34)} ${'n'.padStart(4)} ${'est'.padStart(4)}  ${'mdAE'.padStart(6)} ${'in'.padStart(5)} ${'x2'.padStart(5)}   tiers`,
  );
  for (const [g, s] of byGroup(regroup(rows, category))) {
    const tiers = [...(tiersOf.get(g) ?? [])]
      .sort()
      .map(([t, n]) => `${t} ${n}`)
      .join(', ');
    console.log(`${line(g, s)}  ${tiers}`);
  }
  console.log(
    `\nSame rows by tier\n${'tier'.padEnd(34)} ${'n'.padStart(4)} ${'est'.padStart(4)}  ${'mdAE'.padStart(6)} ${'in'.padStart(5)} ${'x2'.padStart(5)}`,
  );
  for (const [g, s] of byGroup(regroup(rows, (g) => `tier ${g.split('|')[1]}`))) console.log(line(g, s));
}

/**
 * The same rows under the issue's twelve shop categories (scripts/eval/issue-categories.ts), with
 * the tiers that answered and how many references count the product's use energy ("use"), which a
 * cradle-to-shelf estimate should come out below.
 */
function printIssueCategoryTable(rows: Scored[]): void {
  const cat = (g: string) => issueCategoryOf(g.split('|')[0]!);
  console.log(
    `\nBy the issue's categories (${ISSUE_CATEGORIES.join(', ')}; other groups by their own name)\n${'category'.padEnd(34)} ${'n'.padStart(4)} ${'est'.padStart(4)}  ${'mdAE'.padStart(6)} ${'in'.padStart(5)} ${'x2'.padStart(5)}   tiers; use = references including use energy`,
  );
  const groups = byGroup(regroup(rows, cat));
  const order = [
    ...ISSUE_CATEGORIES,
    ...[...groups.keys()].filter((g) => !(ISSUE_CATEGORIES as readonly string[]).includes(g)).sort(),
  ];
  for (const g of order) {
    const s = groups.get(g);
    if (!s) {
      console.log(`${g.padEnd(34)}    0    -   no reference`);
      continue;
    }
    const inCat = rows.filter((r) => cat(r.group) === g);
    const tiers = new Map<string, number>();
    for (const r of inCat) tiers.set(r.group.split('|')[1]!, (tiers.get(r.group.split('|')[1]!) ?? 0) + 1);
    const use = inCat.filter((r) => r.includesUse).length;
    console.log(
      `${line(g, s)}  ${[...tiers]
        .sort()
        .map(([t, n]) => `${t} ${n}`)
        .join(', ')}${use ? `; use ${use}` : ''}`,
    );
    // Figures per tier inside the category (issue #8 asks for category and tier), when two or more answered.
    const answered = [...tiers.keys()].filter((t) => t !== 'unknown').sort();
    if (answered.length > 1)
      for (const t of answered)
        console.log(line(`  ${g}, tier ${t}`, summarise(inCat.filter((r) => r.group.endsWith(`|${t}`)))));
  }
  console.log(`  categories with a reference: ${order.filter((g) => groups.has(g)).length}, rows: ${rows.length}`);
}

/**
 * Per issue category, the references missed (no estimate, or beyond x2) by cause, as the estimate
 * states it (scripts/eval/miss-causes.ts): "+" over the reference, "-" under, "?" no estimate.
 */
function printMissCauses(rows: Scored[]): void {
  const cat = (r: Scored) => issueCategoryOf(r.group.split('|')[0]!);
  const by = missesByCause(rows, cat);
  console.log(
    `\nMisses (no estimate or beyond x2) by category and cause (first cause that applies: ${MISS_CAUSES.join(' > ')}; + over, - under, ? none)`,
  );
  const order = [
    ...ISSUE_CATEGORIES,
    ...[...by.keys()].filter((g) => !(ISSUE_CATEGORIES as readonly string[]).includes(g)).sort(),
  ];
  for (const g of order) {
    const m = by.get(g);
    if (!m) continue;
    const n = rows.filter((r) => cat(r) === g).length;
    const parts = MISS_CAUSES.filter((c) => m.has(c)).map((c) => {
      const v = m.get(c)!;
      const dir = [v.over && `+${v.over}`, v.under && `-${v.under}`, v.unknown && `?${v.unknown}`]
        .filter(Boolean)
        .join(' ');
      return `${c} ${dir}`;
    });
    const missed = [...m.values()].reduce((a, v) => a + v.over + v.under + v.unknown, 0);
    console.log(`${g.padEnd(22)} ${String(missed).padStart(3)} of ${String(n).padStart(3)}  ${parts.join('; ')}`);
  }
}

/**
 * Errors per scope class of the references (scripts/eval/scope.ts), with the signed median error
 * ("bias": below 0 the cradle-to-shelf estimates sit under the references), for every reference
 * and for the shop-product references alone, and the tiers that answered: scope drift shows as a
 * bias that moves with the class rather than an error averaged over all of them.
 */
function printScopeTable(all: Scored[], everyday: Scored[]): void {
  const bias = (x: number | null) => (x === null ? '   -  ' : `${x >= 0 ? '+' : ''}${x.toFixed(3)}`.padStart(6));
  console.log(
    `\nBy scope class of the reference (the estimate is cradle to shelf; bias = median log10(estimate / reference))\n${'scope class'.padEnd(34)} ${'n'.padStart(4)} ${'est'.padStart(4)}  ${'mdAE'.padStart(6)} ${'in'.padStart(5)} ${'x2'.padStart(5)}    bias   tiers`,
  );
  for (const [label, rows] of [
    ['all references', all],
    ['shop-product references', everyday],
  ] as const) {
    console.log(`  ${label}`);
    for (const c of SCOPE_CLASSES) {
      const inClass = rows.filter((r) => r.scope === c);
      if (!inClass.length) continue;
      const tiers = new Map<string, number>();
      for (const r of inClass) tiers.set(r.group.split('|')[1]!, (tiers.get(r.group.split('|')[1]!) ?? 0) + 1);
      console.log(
        `${line(`  ${SCOPE_LABEL[c as ScopeClass]}`, summarise(inClass))}  ${bias(signedMedianLog10(inClass))}   ${[
          ...tiers,
        ]
          .sort()
          .map(([t, n]) => `${t} ${n}`)
          .join(', ')}`,
      );
    }
  }
}

/** Held-out figures for the ranges fitted on the company-reported rows (scripts/eval/calibration.ts). */
function printCalibration(rows: Scored[], detail: boolean, label: string): void {
  const c = calibrationReport(rangedRows(rows));
  console.log(`\nRange calibration, ${label} (split by a hash of the PCF id; published and shop rows always held out)`);
  console.log(
    `  inside the shipped range, calibration half (in-sample):   ${pct(c.calibrationInside.inside)} of ${c.calibrationInside.n}`,
  );
  console.log(
    `  inside the shipped range, held-out half (out of sample):  ${pct(c.heldOutInside.inside)} of ${c.heldOutInside.n}`,
  );
  console.log(
    `  2-fold cross-validated (rules with ${MIN_ROWS_TO_FIT}+ rows refitted per fold, smaller rules pooled per tier): ${pct(c.crossValidated.inside)} of ${c.crossValidated.n}`,
  );
  for (const t of c.tiers)
    console.log(
      `    tier ${t.tier}: held-out half ${pct(t.heldOut.inside)} of ${t.heldOut.n}, cross-validated ${pct(t.crossValidated.inside)} of ${t.crossValidated.n}`,
    );
  if (!detail) return;
  console.log(
    '  per rule (n calibration / held-out): 5th-95th percentile of reference/central on the calibration half',
  );
  for (const r of c.rules)
    console.log(
      `    ${r.rule.padEnd(22)} ${String(r.nCalibration).padStart(3)} / ${String(r.nHeldOut).padStart(3)}  ${r.fit ? `x${r.fit.low.toPrecision(4)} .. x${r.fit.high.toPrecision(4)}${r.fit.pooled ? ' (pooled: too few rows alone)' : ''}` : 'too few to fit'}`,
    );
}

/** The references added after round 19 (data/eval/added-references.csv): their own table and rows, apart. */
function printAdded(rows: Scored[]): void {
  if (!rows.length) return;
  console.log(
    '\nReferences added after round 19 (data/eval/added-references.csv; not in any figure above), by source and overall',
  );
  const head = `${'group'.padEnd(34)} ${'n'.padStart(4)} ${'est'.padStart(4)}  ${'mdAE'.padStart(6)} ${'in'.padStart(5)} ${'x2'.padStart(5)}`;
  console.log(head);
  for (const [g, s] of byGroup(regroup(rows, (g) => g.split('|')[0]))) console.log(line(g, s));
  console.log(line('added references', summarise(rows)));
  for (const r of rows)
    console.log(
      `  ${r.group} | ${r.reference} | ${r.central === null ? '-' : r.central.toPrecision(3)} [${r.low === null ? '-' : r.low.toPrecision(2)}-${r.high === null ? '-' : r.high.toPrecision(2)}] | ${r.detail ?? ''}`.slice(
        0,
        260,
      ),
    );
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const all = await runEval();
  // References added after round 19 are reported apart, at the end, so the figures above stay comparable.
  const added = (r: Scored) => r.group.startsWith('added:');
  const addedRows = all.estimator.filter(added);
  const estimator = all.estimator.filter((r) => !added(r));
  const baseline = all.baseline.filter((r) => !added(r));
  const { titleOnly } = all;
  const head = `${'group'.padEnd(34)} ${'n'.padStart(4)} ${'est'.padStart(4)}  ${'mdAE'.padStart(6)} ${'in'.padStart(5)} ${'x2'.padStart(5)}    ${'base'.padStart(4)}  ${'mdAE'.padStart(6)} ${'in'.padStart(5)}`;
  console.log(
    'Estimator vs spend-only baseline: median |log10(estimate/reference)| (mdAE), share of references inside [low, high] (in), share within x2 of the central value (x2)',
  );
  console.log(
    'References: Carbon Catalogue (company-reported product footprints, Meinrenken et al. 2022; data/eval/carbon-catalogue.csv); Boavizta validation split (embodied = manufacturing + transport, end of life excluded, or total x (1 - use - end of life)); Poore & Nemecek 2018 per kg vs estimates from Clark 2022; data/eval/published-footprints.csv',
  );
  console.log(
    'Boavizta rows have no prices: both methods get a typical US price per device type (scripts/eval/cases.ts); the food rows have none (baseline -).\n',
  );
  const sections: [string, (g: string) => string][] = [
    ['By tier', (g) => `tier ${g.split('|')[1]}`],
    ['By source', (g) => g.split('|')[0]],
  ];
  for (const [title, key] of sections) {
    console.log(`${title}\n${head}`);
    const est = byGroup(regroup(estimator, key));
    const bas = byGroup(regroup(baseline, key));
    for (const [g, s] of est) console.log(line(g, s, bas.get(g)));
    console.log('');
  }
  const abc = (r: Scored) => /\|[ABC]$/.test(r.group);
  console.log(head);
  console.log(line('tiers A-C', summarise(estimator.filter(abc)), summarise(baseline.filter(abc))));
  const elec = (r: Scored) => r.group.startsWith('boavizta');
  console.log(line('electronics (Boavizta)', summarise(estimator.filter(elec)), summarise(baseline.filter(elec))));
  const cat = (r: Scored) => r.group.startsWith('catalogue');
  console.log(line('company-reported (Carbon Catalogue)', summarise(estimator.filter(cat))));
  const catTiers = byGroup(regroup(estimator.filter(cat), (g) => `  catalogue, tier ${g.split('|')[1]}`));
  for (const [g, s] of catTiers) console.log(line(g, s));
  const pub = (r: Scored) => r.group.startsWith('published');
  console.log(line('published footprints (shoes, socks, books)', summarise(estimator.filter(pub))));
  const companyAndPublished = estimator.filter((r) => cat(r) || pub(r));
  console.log(line('company-reported + published', summarise(companyAndPublished)));
  const shop = (r: Scored) => r.group.startsWith('shop');
  console.log(
    line('shop references, to shelf or whole life', summarise(estimator.filter((r) => shop(r) && !r.includesUse))),
  );
  console.log(
    line('shop references including use energy', summarise(estimator.filter((r) => shop(r) && r.includesUse))),
  );
  const everyday = estimator.filter((r) => cat(r) || pub(r) || shop(r));
  console.log(line('all shop-product references', summarise(everyday)));
  console.log(line('  without the use-energy ones', summarise(everyday.filter((r) => !r.includesUse))));
  console.log(line('overall', summarise(estimator), summarise(baseline)));
  const tiers = new Map<string, number>();
  for (const r of titleOnly) tiers.set(r.group.split('|')[1], (tiers.get(r.group.split('|')[1]) ?? 0) + 1);
  console.log(line('electronics, titles only', summarise(titleOnly)));
  console.log(
    `  tiers without breadcrumbs: ${[...tiers]
      .sort()
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}`,
  );

  if (process.argv.includes('--rows')) printRows(everyday);
  printScopeTable(estimator, everyday);
  printCategoryTable(everyday);
  printIssueCategoryTable(everyday);
  printMissCauses(everyday);
  // References that count use energy measure something else than the range is for: not calibrated on.
  printCalibration(companyAndPublished, process.argv.includes('--calibrate'), 'company-reported + published rows');
  printCalibration(
    everyday.filter((r) => !r.includesUse),
    false,
    'the same with the shop references that do not count use energy',
  );

  printAdded(addedRows);

  const classifierEval = join(import.meta.dirname, 'eval-classifier.ts');
  if (existsSync(classifierEval)) {
    try {
      const mod = (await import(classifierEval)) as {
        evaluateClassifier?: () => Promise<{
          overall: number;
          perClass: Record<string, { n: number; accuracy: number }>;
        }>;
      };
      if (mod.evaluateClassifier) {
        const r = await mod.evaluateClassifier();
        console.log(`\nClassifier accuracy: ${(r.overall * 100).toFixed(1)}% overall`);
        for (const [cls, v] of Object.entries(r.perClass).sort())
          console.log(`  ${cls.padEnd(40)} n=${String(v.n).padStart(5)}  ${(v.accuracy * 100).toFixed(1)}%`);
      }
    } catch (e) {
      console.log(`\nClassifier accuracy: unavailable (${(e as Error).message})`);
    }
  } else console.log('\nClassifier accuracy: scripts/eval-classifier.ts not present yet');
  console.log(`\n(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}

if (process.argv[1]?.endsWith('eval.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
