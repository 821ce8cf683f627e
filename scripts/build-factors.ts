/**
 * `npm run factors` (first half): build the versioned factor pack tables from data/raw into
 * public/factors/. Same inputs give byte-identical outputs (sorted rows and keys, no timestamps).
 * Usage: tsx scripts/build-factors.ts [outDir]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildPack } from './factors/pack';
import { ROOT } from './factors/io';

export function writePack(outDir: string): { version: string; bytes: number } {
  const pack = buildPack();
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (const [file, text] of pack.files) {
    writeFileSync(join(outDir, file), text);
    bytes += Buffer.byteLength(text);
  }
  return { version: pack.manifest.version, bytes };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const out = process.argv[2] ?? join(ROOT, 'public', 'factors');
  const { version, bytes } = writePack(out);
  console.log(`factor pack ${version}: ${(bytes / 1024).toFixed(0)} kB written to ${out}`);
}
