/**
 * The user's purchase ledger: their data, on their device only. A database of its own, apart
 * from the factor cache, so that replacing factor packs can never touch it.
 *
 * Schema versions are numbered, one file each under migrations/, never edited once released: add
 * a new file and a `version(n)` line here, and a test that seeds version n-1 (migrations.test.ts).
 */
import type { Dexie, EntityTable, Table } from 'dexie';
import { dexie } from '../background/dexie';
import type { StoredPurchase } from './record';
import type { MonthTotal } from './totals';
import { V1_STORES } from './migrations/v1';
import { upgradeToV2, V2_STORES } from './migrations/v2';

export const LEDGER_DB_NAME = 'embodied-ledger';

export interface LedgerDb extends Dexie {
  purchases: EntityTable<StoredPurchase, 'id'>;
  months: Table<MonthTotal, string>;
}

let LedgerDbClass: (new (name: string) => LedgerDb) | null = null;
/** Defined on the first `new LedgerDb()`: Dexie is evaluated then, not at the worker's start (../background/dexie.ts). */
function ledgerDbClass(): new (name: string) => LedgerDb {
  return (LedgerDbClass ??= class extends dexie() {
    declare purchases: EntityTable<StoredPurchase, 'id'>;
    declare months: Table<MonthTotal, string>;

    constructor(name: string) {
      // Strict durability: a purchase the user confirmed is flushed to disk before we say it's saved.
      super(name, { chromeTransactionDurability: 'strict' });
      this.version(1).stores(V1_STORES);
      this.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    }
  });
}

/** `new LedgerDb(name?)`: the ledger's database (a Dexie instance). */
export const LedgerDb = function LedgerDb(name: string = LEDGER_DB_NAME): LedgerDb {
  return new (ledgerDbClass())(name);
} as unknown as new (name?: string) => LedgerDb;
