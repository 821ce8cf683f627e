/**
 * Dexie, evaluated on first use rather than at every worker start.
 *
 * The worker is one classic script (Chrome's extension service workers cannot `import()` later, nor
 * `importScripts()` after their first evaluation), so every module in it runs its top level before
 * the woken worker can answer the page that woke it. Dexie's module (97 kB, a third of the worker)
 * is CommonJS: reached through `require`, the bundler keeps it wrapped and runs it on the first call
 * here, i.e. when a database is first opened (an estimate or a ledger message), not while the page
 * waits for its badge. Same module and same instance as `import Dexie from 'dexie'` (Dexie's own
 * wrapper shares it through `Symbol.for('Dexie')`).
 */
import type { DexieConstructor } from 'dexie';

let loaded: DexieConstructor | null = null;

export function dexie(): DexieConstructor {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- on purpose: a lazy, same-bundle module (see above)
    const m: unknown = require('dexie');
    const D = ((m as { default?: unknown }).default ?? m) as DexieConstructor;
    const key = Symbol.for('Dexie');
    const g = globalThis as unknown as Record<symbol, DexieConstructor | undefined>;
    loaded = g[key] ??= D;
  }
  return loaded;
}
