/**
 * `npx tsx scripts/eval-coverage.ts`: which Google Product Taxonomy categories still reach
 * "unknown" when the page gives a mass, or a price, or both. Each leaf's own name is the title and
 * its id the page's category, so the classifier plays no part: this measures the factor tables'
 * coverage, not the classification. Physical goods only (the non-physical branches answer
 * "unknown" on purpose). Prints the counts per top-level branch and the unknown categories.
 *
 * The third measure is the title alone (no price, no mass), as an order history gives it (Amazon's
 * lists no per-item prices): only a category's typical mass (data/typical-ranges.csv
 * `default_mass_kg`) with a per-kg factor, or an item the title names, answers then. Counted per
 * level-2 branch; `--list` lists the mass-less categories, `--list-title` the title-only ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimateProducts } from '../lib/estimate';
import { createMemoryFactorSource } from '../lib/factors/source';
import { buildPack } from './factors/pack';
import { DATA } from './factors/io';

interface CoverageRow {
  id: number;
  path: string;
  mass: boolean;
  price: boolean;
  /** Estimated from the title alone (no price, no mass). */
  title: boolean;
}

function taxonomyLeaves(): { id: number; path: string }[] {
  const text = readFileSync(join(DATA, 'raw', 'google_product_taxonomy_2021-09-21.en-US.txt'), 'utf8');
  return text
    .split('\n')
    .map((l) => /^(\d+) - (.+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ id: Number(m[1]), path: m[2]! }));
}

/** For each category: does a 1 kg item (no price) get an estimate? A USD 30 item (no mass)? The title alone? */
async function coverage(): Promise<CoverageRow[]> {
  const pack = buildPack();
  const factors = createMemoryFactorSource(pack.manifest, pack.tables);
  const nodes = taxonomyLeaves();
  const now = new Date(Date.UTC(2025, 5, 30));
  const title = (p: string) => p.split(' > ').slice(-1)[0]!;
  const run = (extra: object) =>
    estimateProducts(
      nodes.map((n) => ({ title: title(n.path), googleCategory: String(n.id), ...extra })),
      { factors, classifier: null, now },
    );
  const [withMass, withPrice, titleOnly] = [
    await run({ weightKg: 1 }),
    await run({ price: 30, currency: 'USD' }),
    await run({}),
  ];
  return nodes
    .map((n, i) => ({ n, m: withMass[i]!, p: withPrice[i]!, t: titleOnly[i]! }))
    .filter(({ m }) => !m.flags.includes('not-a-physical-product'))
    .map(({ n, m, p, t }) => ({
      id: n.id,
      path: n.path,
      mass: m.tier !== 'unknown',
      price: p.tier !== 'unknown',
      title: t.tier !== 'unknown',
    }));
}

/** Counts per branch (the path's first `depth` levels), largest first. */
function countBy(rows: CoverageRow[], depth: number): [string, number][] {
  const out = new Map<string, number>();
  for (const r of rows) {
    const k = r.path.split(' > ').slice(0, depth).join(' > ');
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return [...out].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

async function main(): Promise<void> {
  const rows = await coverage();
  const pct = (k: number) => `${((k / rows.length) * 100).toFixed(1)}%`;
  const noMass = rows.filter((r) => !r.mass);
  console.log(
    `${rows.length} physical categories: unknown with a 1 kg mass ${noMass.length} (${pct(noMass.length)}), with a USD 30 price ${rows.filter((r) => !r.price).length}, with neither answering ${rows.filter((r) => !r.mass && !r.price).length}`,
  );
  for (const [t, k] of countBy(noMass, 1)) console.log(`  ${t.padEnd(34)} ${k}`);
  const noTitle = rows.filter((r) => !r.title);
  console.log(`title only (no price, no mass): unknown ${noTitle.length} (${pct(noTitle.length)}); by level-2 branch:`);
  for (const [t, k] of countBy(noTitle, 2)) console.log(`  ${t.padEnd(60)} ${k}`);
  if (process.argv.includes('--list'))
    for (const r of noMass) console.log(`${r.id}\t${r.price ? 'price' : '-'}\t${r.path}`);
  if (process.argv.includes('--list-title')) for (const r of noTitle) console.log(`${r.id}\ttitle\t${r.path}`);
}

if (process.argv[1]?.endsWith('eval-coverage.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
