/**
 * Where the estimator reads factors from. Two implementations share this contract: the Dexie
 * cache in the extension (`cache.ts`) and an in-memory copy of the pack files for the CLIs,
 * eval and tests (`node.ts`). Look-ups are batched by key: callers gather every key a batch of
 * products needs and ask once per table.
 */
import type { PackManifest, Provenance, TableFile, TableName, TableRows } from './tables';

export interface FactorSource {
  /** Rows for the keys that exist; missing keys are simply absent from the map. */
  get<T extends TableName>(table: T, keys: readonly string[]): Promise<Map<string, TableRows[T]>>;
  /** Pack version and per-table provenance. */
  manifest(): Promise<PackManifest>;
  /** Pack version (same as `(await manifest()).version`). */
  version(): Promise<string>;
}

export class FactorPackMissingError extends Error {
  constructor(message = 'No factor pack is installed') {
    super(message);
    this.name = 'FactorPackMissingError';
  }
}

/** Provenance of one table from the manifest. */
export function provenanceOf(manifest: PackManifest, table: TableName): Provenance {
  const entry = manifest.tables.find((t) => t.table === table);
  if (!entry) return { source: 'unknown', version: 'unknown', year: null, licence: 'unknown', attribution: '' };
  const { source, version, year, licence, attribution } = entry;
  return { source, version, year, licence, attribution };
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys.filter((k) => typeof k === 'string' && k !== ''))];
}

/** A factor source over tables already in memory (the pack files parsed). */
export function createMemoryFactorSource(manifest: PackManifest, files: TableFile[]): FactorSource {
  const byTable = new Map<string, Map<string, unknown>>();
  for (const file of files) byTable.set(file.table, new Map(file.rows.map((r) => [r.key, r])));
  return {
    async get<T extends TableName>(table: T, keys: readonly string[]) {
      const rows = byTable.get(table);
      const out = new Map<string, TableRows[T]>();
      if (!rows) return out;
      for (const key of unique(keys)) {
        const row = rows.get(key);
        if (row !== undefined) out.set(key, row as TableRows[T]);
      }
      return out;
    },
    async manifest() {
      return manifest;
    },
    async version() {
      return manifest.version;
    },
  };
}

export { unique as uniqueKeys };
