/**
 * `npx tsx scripts/eval-coverage.ts`: which Google Product Taxonomy categories still reach
 * "unknown" when the page gives a mass, or a price, or both. Each leaf's own name is the title and
 * its id the page's category, so the classifier plays no part: this measures the factor tables'
 * coverage, not the classification. Physical goods only (the non-physical branches answer
 * "unknown" on purpose). Prints the counts per top-level branch and the unknown categories.
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
}

function taxonomyLeaves(): { id: number; path: string }[] {
  const text = readFileSync(join(DATA, 'raw', 'google_product_taxonomy_2021-09-21.en-US.txt'), 'utf8');
  return text
    .split('\n')
    .map((l) => /^(\d+) - (.+)$/.exec(l.trim()))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ id: Number(m[1]), path: m[2]! }));
}

/** For each category: does a 1 kg item (no price) get an estimate? A USD 30 item (no mass)? */
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
  const [withMass, withPrice] = [await run({ weightKg: 1 }), await run({ price: 30, currency: 'USD' })];
  return nodes
    .map((n, i) => ({ n, m: withMass[i]!, p: withPrice[i]! }))
    .filter(({ m }) => !m.flags.includes('not-a-physical-product'))
    .map(({ n, m, p }) => ({ id: n.id, path: n.path, mass: m.tier !== 'unknown', price: p.tier !== 'unknown' }));
}

async function main(): Promise<void> {
  const rows = await coverage();
  const pct = (k: number) => `${((k / rows.length) * 100).toFixed(1)}%`;
  const noMass = rows.filter((r) => !r.mass);
  console.log(
    `${rows.length} physical categories: unknown with a 1 kg mass ${noMass.length} (${pct(noMass.length)}), with a USD 30 price ${rows.filter((r) => !r.price).length}, with neither answering ${rows.filter((r) => !r.mass && !r.price).length}`,
  );
  const byTop = new Map<string, number>();
  for (const r of noMass) byTop.set(r.path.split(' > ')[0]!, (byTop.get(r.path.split(' > ')[0]!) ?? 0) + 1);
  for (const [t, k] of [...byTop].sort((a, b) => b[1] - a[1])) console.log(`  ${t.padEnd(34)} ${k}`);
  if (process.argv.includes('--list'))
    for (const r of noMass) console.log(`${r.id}\t${r.price ? 'price' : '-'}\t${r.path}`);
}

if (process.argv[1]?.endsWith('eval-coverage.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
