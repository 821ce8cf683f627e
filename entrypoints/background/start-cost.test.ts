/**
 * What a woken worker evaluates before it can answer the page that woke it (bench: product page,
 * worker stopped first). Every module the background imports runs its top level at each worker
 * start; Dexie is reached only through lib/background/dexie.ts (a lazy `require`), so its module
 * runs when a database is first opened. This walks the runtime imports (type-only imports are erased).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graph } from '../../scripts/lib/import-graph';
import { StoredProductSchema, StoredPurchaseSchema, storedProduct } from '../../lib/ledger/record';
import { ExportSchema } from '../../lib/ledger/transfer';
import { LocalNamesSchema, ProductInputSchema, RequestSchema } from '../../lib/messaging/protocol';
import { BudgetSchema, DEFAULT_SETTINGS, SettingsSchema } from '../../lib/settings/schema';

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

describe('schemas built on first use', () => {
  // Zod builds each schema when it is defined: these are defined as z.lazy, built at the first
  // parse (an import, a restore, a settings read), not at every worker start.
  it('the ledger, export and settings schemas are lazy and still validate', () => {
    for (const s of [StoredProductSchema, StoredPurchaseSchema, ExportSchema, BudgetSchema, SettingsSchema])
      expect(s._zod.def.type).toBe('lazy');
    expect(SettingsSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
    expect(SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, theme: 'neon' }).success).toBe(false);
    expect(BudgetSchema.safeParse({ period: 'year', kg: -1 }).success).toBe(false);
    expect(StoredProductSchema.safeParse(storedProduct({ title: 'Kettle' })).success).toBe(true);
    expect(Object.keys(storedProduct({ title: 'Kettle' }))).toContain('materials');
    expect(
      ExportSchema.safeParse({ format: 'embodied-ledger', version: 1, exportedAt: 'x', purchases: [{}] }).success,
    ).toBe(false);
  });

  it('the message schemas are lazy and still tell good messages from bad ones', () => {
    for (const s of [RequestSchema, ProductInputSchema, LocalNamesSchema]) expect(s._zod.def.type).toBe('lazy');
    expect(RequestSchema.safeParse({ type: 'estimate', products: [{ title: 'Kettle' }] }).success).toBe(true);
    expect(RequestSchema.safeParse({ type: 'estimate', products: [] }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'ledger.totals' }).success).toBe(true);
    expect(RequestSchema.safeParse({ type: 'no.such.request' }).success).toBe(false);
    const record = {
      type: 'purchase.record',
      key: 'k'.repeat(8),
      recordToken: 't'.repeat(10),
      quantity: 1,
      source: 'badge',
    };
    expect(RequestSchema.safeParse({ ...record, product: { title: 'Kettle' } }).success).toBe(true);
    expect(RequestSchema.safeParse({ ...record, product: { title: 'x'.repeat(501) } }).success).toBe(false);
  });
});
