/** Shared by the ledger's tests: estimates, new purchases and throwaway databases. */
import type { Estimate } from '../estimate/schema';
import { LedgerDb } from './db';
import type { NewPurchase } from './ledger';
import { storedProduct } from './record';

export function estimateOf(kg: number | null, category = 'Home & Garden > Kitchen', packVersion = 'p1'): Estimate {
  return {
    kgCO2e: kg,
    low: kg === null ? null : kg / 2,
    high: kg === null ? null : kg * 2,
    tier: kg === null ? 'unknown' : 'D',
    category,
    categoryId: 1,
    confidence: 0.7,
    method: 'test',
    factors: [],
    steps: [],
    flags: [],
    packVersion,
  };
}

export function newPurchase(over: Partial<NewPurchase> & { title?: string; url?: string } = {}): NewPurchase {
  const { title = 'Mug', url = 'https://www.ikea.com/de/p/mug', ...rest } = over;
  return {
    key: `k-${Math.random().toString(36).slice(2)}`,
    product: storedProduct({ title, url, price: 4, currency: 'EUR' }),
    price: 4,
    currency: 'EUR',
    quantity: 1,
    condition: null,
    source: 'badge',
    orderId: null,
    now: new Date(2026, 2, 5, 12),
    ...rest,
  };
}

export function tempDbs() {
  const dbs: LedgerDb[] = [];
  return {
    open(name = `ledger-${Math.random()}`) {
      const db = new LedgerDb(name);
      dbs.push(db);
      return db;
    },
    async cleanup() {
      for (const db of dbs.splice(0)) await db.delete();
    },
  };
}
