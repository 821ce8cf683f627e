/**
 * Round 24 (#8): every emission factor row of the shipped packs says what statistic it is, and the
 * estimate carries it (with the count of values a median was taken over) to the panel and popup.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks } from './shipped-packs';

const pack = (name: string) =>
  JSON.parse(readFileSync(`public/factors/${name}.json`, 'utf8')) as { rows: Record<string, unknown>[] };
const STATISTICS = ['mean', 'median', 'point'];

describe('every emission factor row of every shipped pack carries its statistic (#8)', () => {
  // The packs whose rows are emission factors; the money tables (fx, cpi, price-index, vat), the
  // crosswalk, names, aliases and the classifier carry none.
  it.each(['materials', 'food', 'items', 'devices', 'spend', 'category-spread'])('%s', (name) => {
    const rows = pack(name).rows;
    expect(rows.length).toBeGreaterThan(5);
    const missing = rows.filter((r) => !STATISTICS.includes(r.statistic as string)).map((r) => r.key);
    expect(missing).toEqual([]);
  });
  it('boavizta: every manufacturer footprint', () => {
    const products = pack('boavizta').rows.flatMap((r) => r.products as Record<string, unknown>[]);
    expect(products.length).toBeGreaterThan(100);
    expect(products.filter((p) => p.statistic !== 'point')).toEqual([]);
  });
  it('typical: every per-item making step says its statistic first', () => {
    const processes = pack('typical')
      .rows.map((r) => r.process as { statistic: string } | undefined)
      .filter((p) => p !== undefined);
    expect(processes.length).toBeGreaterThan(0);
    for (const p of processes) expect(p.statistic).toMatch(/^(mean|median|point)\b/);
  });
  it('a median says how many values it is the median of (devices, parent-category spread)', () => {
    for (const name of ['devices', 'category-spread'])
      for (const r of pack(name).rows) {
        expect(r.statistic).toBe('median');
        expect(r.n).toBeGreaterThan(0);
      }
  });
});

describe('the estimate carries the row statistic and its count to the panel', () => {
  it('a laptop: the Boavizta median, with the number of laptops', async () => {
    const e = await estimateOnShippedPacks({ title: 'Laptop 14 inch', googleCategory: '328' });
    const f = e.factors.find((x) => x.id === 'devices:laptop')!;
    const n = (pack('devices').rows.find((r) => r.key === 'laptop') as { n: number }).n;
    expect(f.statistic).toBe('median');
    expect(f.n).toBe(n);
  });
  it('a point value carries no count', async () => {
    const e = await estimateOnShippedPacks({ title: 'Jeans', googleCategory: '204' });
    expect(e.factors.find((x) => x.id === 'items:jeans')).toMatchObject({ statistic: 'point' });
    expect(e.factors.find((x) => x.id === 'items:jeans')!.n).toBeUndefined();
  });
});
