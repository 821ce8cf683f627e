/**
 * A small two-table factor pack for the cache's tests; `vat` rows change with `deRate` so an
 * upgrade from one version to the next is visible to readers.
 */
import type { PackManifest, TableFile } from './tables';

export function makeTestPack(version: string, deRate: number): Map<string, unknown> {
  const prov = { source: 's', version: 'v', year: 2025, licence: 'CC0', attribution: 'a' };
  const vat: TableFile<'vat'> = {
    table: 'vat',
    ...prov,
    rows: [
      { key: 'DE', currency: 'EUR', standard: deRate, food: 0.07, books: 0.07, year: 2025, source: 'x' },
      { key: 'GB', currency: 'GBP', standard: 0.2, food: 0, books: 0, year: 2025, source: 'x' },
    ],
  };
  const cpi: TableFile<'cpi'> = {
    table: 'cpi',
    ...prov,
    rows: [{ key: '2022', year: 2022, cpi: 292.655, months: 12 }],
  };
  const manifest: PackManifest = {
    version,
    tables: [
      { table: 'cpi', file: 'cpi.json', rows: 1, sha256: '-', ...prov },
      { table: 'vat', file: 'vat.json', rows: 2, sha256: '-', ...prov },
    ],
  };
  return new Map<string, unknown>([
    ['manifest.json', manifest],
    ['cpi.json', cpi],
    ['vat.json', vat],
  ]);
}
