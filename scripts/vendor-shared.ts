/**
 * Copies the prepared open data and saved shop pages from ../shared into the project,
 * so that the build and the tests never read outside the repository.
 *   data/raw/            <- ../shared/data (raw sources, with SOURCES.md)
 *   tests/fixtures/pages <- ../shared/fixtures (pages, INDEX.tsv, licences, README)
 * Run: npm run vendor   (only needed when ../shared changes; the copies are committed)
 */
import { cpSync, existsSync, mkdirSync, readdirSync, chmodSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.EMBODIED_SHARED ?? join(root, '..', 'shared'));
if (!existsSync(shared)) {
  console.error(`vendor: no shared folder at ${shared} (set EMBODIED_SHARED)`);
  process.exit(1);
}

function copyWritable(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
  // The shared copy is read-only; keep our copies writable.
  const fix = (p: string) => {
    chmodSync(p, statSync(p).isDirectory() ? 0o755 : 0o644);
    if (statSync(p).isDirectory()) for (const f of readdirSync(p)) fix(join(p, f));
  };
  fix(to);
}

copyWritable(join(shared, 'data'), join(root, 'data', 'raw'));
copyWritable(join(shared, 'fixtures', 'pages'), join(root, 'tests', 'fixtures', 'pages'));
for (const f of ['README.md', 'LICENSE-MIT.txt', 'LICENSE-APACHE-2.0.txt']) {
  copyWritable(
    join(shared, 'fixtures', f),
    join(root, 'tests', 'fixtures', 'pages', f === 'README.md' ? 'SOURCES.md' : f),
  );
}
console.log(`vendor: copied ${shared}/data -> data/raw and ${shared}/fixtures -> tests/fixtures/pages`);
