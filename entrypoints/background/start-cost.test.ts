/**
 * What a woken worker evaluates before it can answer the page that woke it (bench: product page,
 * worker stopped first). Every module the background imports runs its top level at each worker
 * start; Dexie is reached only through lib/background/dexie.ts (a lazy `require`), so its module
 * runs when a database is first opened. This walks the runtime imports (type-only imports are erased).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graph } from '../../scripts/lib/import-graph';

const ROOT = resolve(__dirname, '../..');

describe('background start', () => {
  const background = graph(join(ROOT, 'entrypoints/background/index.ts'));

  it('reaches both databases (ledger and factor cache)', () => {
    expect(background).toContain('lib/ledger/db.ts');
    expect(background).toContain('lib/factors/cache.ts');
    expect(background).toContain('lib/background/dexie.ts');
  });

  it('imports no Dexie statically: it is evaluated on the first database use, not at every start', () => {
    expect([...background].filter((m) => m === 'dexie' || m.startsWith('dexie/'))).toEqual([]);
  });

  it('the check itself sees Dexie where it is imported statically (the migrations test seeds old versions with it)', () => {
    expect(graph(join(ROOT, 'lib/ledger/migrations/migrations.test.ts'))).toContain('dexie');
  });
});
