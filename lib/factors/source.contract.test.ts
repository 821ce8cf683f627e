/** One contract, two implementations: the Dexie cache and the Node loader must answer alike. */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createDexieFactorSource, installFactorPacks } from './cache';
import { loadFactorSourceFromDir, readPackFile } from './node';
import type { FactorSource } from './source';
import { estimateProducts } from '../estimate';

const DIR = join(import.meta.dirname, '..', '..', 'public', 'factors');
const sources: Record<string, FactorSource> = {};

beforeAll(async () => {
  sources.node = await loadFactorSourceFromDir(DIR);
  const dbName = `contract-${Math.random().toString(36).slice(2)}`;
  await installFactorPacks((file) => readPackFile(DIR, file), { dbName });
  sources.dexie = createDexieFactorSource({ dbName });
}, 60_000);

const cases: [table: 'crosswalk' | 'spend' | 'fx' | 'vat' | 'food-aliases' | 'devices', keys: string[]][] = [
  ['crosswalk', ['328', '212', '999999999', '']],
  ['spend', ['334111', '315280', 'nope']],
  ['fx', ['EUR', 'JPY', 'XXX']],
  ['vat', ['DE', 'US', 'XX']],
  ['food-aliases', ['rinderhackfleisch', 'beef mince', 'not a food']],
  ['devices', ['laptop', 'toaster']],
];

describe.each(['node', 'dexie'])('FactorSource contract: %s', (name) => {
  it.each(cases)('get(%s) returns exactly the existing keys', async (table, keys) => {
    const rows = await sources[name].get(table, keys);
    const other = await sources[name === 'node' ? 'dexie' : 'node'].get(table, keys);
    expect([...rows.keys()].sort()).toEqual([...other.keys()].sort());
    for (const [k, v] of rows) {
      expect((v as { key: string }).key).toBe(k);
      expect(v).toEqual(other.get(k));
    }
    expect(rows.size).toBeGreaterThan(0);
    expect(rows.size).toBeLessThan(keys.length);
  });

  it('reports the same pack version and manifest', async () => {
    expect(await sources[name].version()).toBe(await sources.node.version());
    expect((await sources[name].manifest()).tables.map((t) => t.table)).toEqual(
      (await sources.node.manifest()).tables.map((t) => t.table),
    );
  });

  it('an empty key list returns an empty map', async () => {
    expect((await sources[name].get('spend', [])).size).toBe(0);
  });
});

describe('the estimator gives the same answers from either source', () => {
  it('same estimates for a mixed batch', async () => {
    const products = [
      { title: 'T-Shirt', price: 29.99, currency: 'EUR', url: 'https://www.amazon.de/x', googleCategory: '212' },
      { title: 'Dell Latitude 5420 14"', brand: 'Dell', googleCategory: '328' },
      { title: 'Beef mince 500 g', price: 4.5, currency: 'GBP', googleCategory: '4628' },
      { title: 'Kochtopf', weightKg: 1.8, materials: ['Edelstahl'], googleCategory: '6070' },
      { title: 'Mystery' },
    ];
    const now = new Date('2025-06-15T00:00:00Z');
    const a = await estimateProducts(products, { factors: sources.node, classifier: null, now });
    const b = await estimateProducts(products, { factors: sources.dexie, classifier: null, now });
    expect(b).toEqual(a);
    expect(a.map((e) => e.tier)).toEqual(['B', 'A', 'C', 'C', 'unknown']);
  });
});
