/**
 * Keeps the factor rows a worker has already read in memory, so that the second listing page (or
 * the next batch of tiles) costs no IndexedDB round trip for rows it has seen. Missing keys are
 * remembered too. One memo serves one pack version: the background creates it after the pack is
 * installed, and a new pack version only arrives with an extension update, which restarts the worker.
 */
import type { FactorSource } from './source';
import type { TableName, TableRows } from './tables';

export function memoizeFactorSource(source: FactorSource, maxRows = 20_000): FactorSource {
  const memo = new Map<string, unknown>(); // `${table}\u0000${key}` -> row, or null when absent
  const id = (table: string, key: string) => `${table}\u0000${key}`;
  return {
    async get<T extends TableName>(table: T, keys: readonly string[]) {
      const out = new Map<string, TableRows[T]>();
      const missing: string[] = [];
      for (const key of new Set(keys)) {
        const hit = memo.get(id(table, key));
        if (hit === undefined) missing.push(key);
        else if (hit !== null) out.set(key, hit as TableRows[T]);
      }
      if (missing.length) {
        const found = await source.get(table, missing);
        if (memo.size + missing.length > maxRows) memo.clear();
        for (const key of missing) {
          const row = found.get(key);
          memo.set(id(table, key), row ?? null);
          if (row !== undefined) out.set(key, row);
        }
      }
      return out;
    },
    manifest: () => source.manifest(),
    version: () => source.version(),
  };
}
