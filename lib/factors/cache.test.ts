import { describe, expect, it } from 'vitest';
import { createDexieFactorSource, FactorDb, installFactorPacks } from './cache';
import type { TableFile } from './tables';
import { makeTestPack as makePack } from './test-pack';

let dbCount = 0;
const freshDb = () => `factors-test-${++dbCount}-${Math.random().toString(36).slice(2)}`;

const loader = (files: Map<string, unknown>, failOn?: string) => async (file: string) => {
  if (file === failOn) throw new Error(`network error loading ${file}`);
  if (!files.has(file)) throw new Error(`missing ${file}`);
  return structuredClone(files.get(file));
};

async function rowCount(dbName: string): Promise<number> {
  const db = new FactorDb(dbName);
  const n = await db.rows.count();
  db.close();
  return n;
}

describe('factor cache (Dexie)', () => {
  it('installs a pack and reads only requested keys', async () => {
    const dbName = freshDb();
    expect(await installFactorPacks(loader(makePack('p1', 0.19)), { dbName })).toEqual({
      version: 'p1',
      installed: true,
    });
    const source = createDexieFactorSource({ dbName });
    const rows = await source.get('vat', ['DE', 'XX', 'DE']);
    expect([...rows.keys()]).toEqual(['DE']);
    expect(rows.get('DE')?.standard).toBe(0.19);
    expect(await source.version()).toBe('p1');
    expect((await source.manifest()).tables).toHaveLength(2);
  });

  it('re-installing the same version is a no-op', async () => {
    const dbName = freshDb();
    await installFactorPacks(loader(makePack('p1', 0.19)), { dbName });
    let loads = 0;
    const counting = async (f: string) => {
      loads++;
      return loader(makePack('p1', 0.19))(f);
    };
    expect(await installFactorPacks(counting, { dbName })).toEqual({ version: 'p1', installed: false });
    expect(loads).toBe(1); // only the manifest
  });

  it('upgrades to a new version and deletes the old generation', async () => {
    const dbName = freshDb();
    await installFactorPacks(loader(makePack('p1', 0.19)), { dbName });
    expect(await installFactorPacks(loader(makePack('p2', 0.16)), { dbName })).toEqual({
      version: 'p2',
      installed: true,
    });
    const source = createDexieFactorSource({ dbName });
    expect((await source.get('vat', ['DE'])).get('DE')?.standard).toBe(0.16);
    expect(await rowCount(dbName)).toBe(3);
  });

  it('an install interrupted halfway leaves the old version working, and is retried next time', async () => {
    const dbName = freshDb();
    await installFactorPacks(loader(makePack('p1', 0.19)), { dbName });
    const source = createDexieFactorSource({ dbName });
    await expect(installFactorPacks(loader(makePack('p2', 0.16), 'vat.json'), { dbName })).rejects.toThrow(
      /network error/,
    );
    expect(await source.version()).toBe('p1');
    expect((await source.get('vat', ['DE'])).get('DE')?.standard).toBe(0.19);
    expect((await source.get('cpi', ['2022'])).get('2022')?.cpi).toBe(292.655);
    // retry succeeds and cleans up
    expect(await installFactorPacks(loader(makePack('p2', 0.16)), { dbName })).toEqual({
      version: 'p2',
      installed: true,
    });
    expect((await source.get('vat', ['DE'])).get('DE')?.standard).toBe(0.16);
    expect(await rowCount(dbName)).toBe(3);
  });

  it('rejects a pack file whose row count disagrees with the manifest, keeping nothing active', async () => {
    const dbName = freshDb();
    const files = makePack('p1', 0.19);
    (files.get('vat.json') as TableFile<'vat'>).rows.pop();
    await expect(installFactorPacks(loader(files), { dbName })).rejects.toThrow(/rows/);
    await expect(createDexieFactorSource({ dbName }).version()).rejects.toThrow(/No factor pack/);
  });
});
