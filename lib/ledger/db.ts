/**
 * The user's purchase ledger: their data, on their device only. A database of its own, apart
 * from the factor cache, so that replacing factor packs can never touch it.
 *
 * Schema versions are numbered, one file each under migrations/, never edited once released: add
 * a new file and a `version(n)` line here, and a test that seeds version n-1 (migrations.test.ts).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { StoredPurchase } from './record';
import type { MonthTotal } from './totals';
import { V1_STORES } from './migrations/v1';
import { upgradeToV2, V2_STORES } from './migrations/v2';

export const LEDGER_DB_NAME = 'embodied-ledger';

export class LedgerDb extends Dexie {
  purchases!: EntityTable<StoredPurchase, 'id'>;
  months!: Table<MonthTotal, string>;

  constructor(name = LEDGER_DB_NAME) {
    // Strict durability: a purchase the user confirmed is flushed to disk before we say it's saved.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores(V1_STORES);
    this.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  }
}
