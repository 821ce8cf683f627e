/** Load the factor pack files from a directory (CLIs, eval, tests): same data as the extension ships. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMemoryFactorSource, type FactorSource } from './source';
import type { PackManifest, TableFile } from './tables';

export async function readPackFile(dir: string, file: string): Promise<unknown> {
  return JSON.parse(await readFile(join(dir, file), 'utf8'));
}

export async function loadFactorSourceFromDir(dir: string): Promise<FactorSource> {
  const manifest = (await readPackFile(dir, 'manifest.json')) as PackManifest;
  const files = await Promise.all(manifest.tables.map((t) => readPackFile(dir, t.file) as Promise<TableFile>));
  return createMemoryFactorSource(manifest, files);
}
