/**
 * The factor cache in the extension: the shipped pack files copied into IndexedDB (Dexie), in
 * their own database (`embodied-factors`) so that replacing factors can never touch user data.
 *
 * Generations: every pack version is written as its own generation of rows; a pointer record
 * (`meta.active`) names the generation readers use. A new version is loaded completely first and
 * the pointer is switched in one final transaction, so readers see the old pack until the new
 * one is whole. An interrupted install leaves the pointer on the old generation (the half-written
 * rows are cleared and rewritten on the next attempt); old generations are deleted after a switch.
 */
import type { Dexie, Table } from 'dexie';
import { dexie } from '../background/dexie';
import { FactorPackMissingError, type FactorSource, uniqueKeys } from './source';
import { TABLE_NAMES, type PackManifest, type TableName, type TableRows } from './tables';

export const FACTOR_DB_NAME = 'embodied-factors';

interface StoredRow {
  gen: string;
  table: string;
  key: string;
  row: unknown;
}
interface MetaRecord {
  name: 'active';
  version: string;
  manifest: PackManifest;
}

export interface FactorDb extends Dexie {
  rows: Table<StoredRow, [string, string, string]>;
  meta: Table<MetaRecord, string>;
}

let FactorDbClass: (new (name: string) => FactorDb) | null = null;
/** `new FactorDb(name?)`; Dexie is evaluated on the first one, not at the worker's start (../background/dexie.ts). */
export const FactorDb = function FactorDb(name: string = FACTOR_DB_NAME): FactorDb {
  FactorDbClass ??= class extends dexie() {
    declare rows: Table<StoredRow, [string, string, string]>;
    declare meta: Table<MetaRecord, string>;
    constructor(n: string) {
      super(n);
      // Numbered schema versions: add a new version() with an upgrade, never edit a released one.
      this.version(1).stores({ rows: '[gen+table+key]', meta: 'name' });
    }
  };
  return new FactorDbClass(name);
} as unknown as new (name?: string) => FactorDb;

const CHUNK = 2000;

function assertManifest(value: unknown): PackManifest {
  const m = value as PackManifest;
  if (!m || typeof m.version !== 'string' || !m.version || !Array.isArray(m.tables))
    throw new Error('Invalid factor pack manifest');
  for (const t of m.tables) {
    if (!TABLE_NAMES.includes(t.table) || typeof t.file !== 'string')
      throw new Error(`Invalid manifest entry for ${String(t.table)}`);
  }
  return m;
}

async function deleteGeneration(db: FactorDb, gen: string): Promise<void> {
  await db.rows.where('[gen+table+key]').between([gen], [gen, dexie().maxKey]).delete();
}

async function deleteOtherGenerations(db: FactorDb, gen: string): Promise<void> {
  await db.rows.where('[gen+table+key]').below([gen]).delete();
  await db.rows.where('[gen+table+key]').above([gen, dexie().maxKey]).delete();
}

/**
 * Install the shipped pack when its version differs from the installed one.
 * `load(file)` returns a parsed pack file (the background passes a fetch of
 * `browser.runtime.getURL('/factors/<file>')`).
 */
export async function installFactorPacks(
  load: (file: string) => Promise<unknown>,
  opts: { dbName?: string } = {},
): Promise<{ version: string; installed: boolean }> {
  const manifest = assertManifest(await load('manifest.json'));
  const db = new FactorDb(opts.dbName);
  try {
    const active = await db.meta.get('active');
    if (active?.version === manifest.version) return { version: manifest.version, installed: false };
    const gen = manifest.version;
    await deleteGeneration(db, gen); // leftovers of an interrupted attempt
    for (const entry of manifest.tables) {
      const file = (await load(entry.file)) as { table?: string; rows?: { key: string }[] };
      if (!file || file.table !== entry.table || !Array.isArray(file.rows))
        throw new Error(`Invalid pack file ${entry.file}`);
      if (file.rows.length !== entry.rows)
        throw new Error(`Pack file ${entry.file} has ${file.rows.length} rows, manifest says ${entry.rows}`);
      const rows = file.rows.map((row) => ({ gen, table: entry.table, key: row.key, row }));
      for (let i = 0; i < rows.length; i += CHUNK) await db.rows.bulkPut(rows.slice(i, i + CHUNK));
    }
    // The switch: one small transaction. Before it commits readers use the old generation.
    await db.transaction('rw', db.meta, async () => {
      await db.meta.put({ name: 'active', version: gen, manifest });
    });
    await deleteOtherGenerations(db, gen);
    return { version: gen, installed: true };
  } finally {
    db.close();
  }
}

/** Reads only the keys a batch asks for (bulkGet on the active generation), never a whole table. */
export function createDexieFactorSource(opts: { dbName?: string } = {}): FactorSource {
  let db: FactorDb | null = null;
  const open = () => (db ??= new FactorDb(opts.dbName));
  const active = async () => {
    const a = await open().meta.get('active');
    if (!a) throw new FactorPackMissingError();
    return a;
  };
  return {
    async get<T extends TableName>(table: T, keys: readonly string[]) {
      const wanted = uniqueKeys(keys);
      const out = new Map<string, TableRows[T]>();
      if (!wanted.length) return out;
      const d = open();
      // Pointer and rows in one read transaction: a concurrent switch cannot mix generations.
      await d.transaction('r', d.meta, d.rows, async () => {
        const a = await d.meta.get('active');
        if (!a) throw new FactorPackMissingError();
        const found = await d.rows.bulkGet(wanted.map((k) => [a.version, table, k] as [string, string, string]));
        found.forEach((r, i) => {
          if (r) out.set(wanted[i], r.row as TableRows[T]);
        });
      });
      return out;
    },
    async manifest() {
      return (await active()).manifest;
    },
    async version() {
      return (await active()).version;
    },
  };
}
