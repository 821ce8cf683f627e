/**
 * The user's purchase ledger: their data, on their device only. A database of its own, apart
 * from the factor cache, so that replacing factor packs can never touch it.
 *
 * Schema versions are numbered and never edited once released: add a new `version(n)` with an
 * upgrade function and a test that seeds the old shape (see db.test.ts).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { Purchase } from '../messaging/protocol';

export const LEDGER_DB_NAME = 'embodied-ledger';

export class LedgerDb extends Dexie {
  purchases!: EntityTable<Purchase, 'id'>;

  constructor(name = LEDGER_DB_NAME) {
    // Strict durability: a purchase the user confirmed is flushed to disk before we say it's saved.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      // &key: idempotency key, so a retried message cannot record the same purchase twice.
      purchases: '++id, &key, purchasedAt, month, category',
    });
  }
}
