import { afterEach, describe, expect, it } from 'vitest';
import type { Estimate } from '../estimate/schema';
import { LedgerDb } from './db';
import { listPurchases, recordPurchase } from './ledger';

const estimate: Estimate = {
  kgCO2e: 2.5, low: 1, high: 5, tier: 'D', category: 'Home & Garden', categoryId: 536, confidence: 0.7,
  method: 'test', factors: [], steps: [], flags: [], packVersion: 'p',
};
const base = { title: 'Mug', url: 'https://www.ikea.com/de/p/mug', price: 4, currency: 'EUR', quantity: 3, source: 'badge' as const, orderId: null, estimate, now: new Date('2026-03-05T12:00:00Z') };

describe('ledger', () => {
  const dbs: LedgerDb[] = [];
  const open = (name = `ledger-${Math.random()}`) => {
    const db = new LedgerDb(name);
    dbs.push(db);
    return db;
  };
  afterEach(async () => {
    for (const db of dbs.splice(0)) await db.delete();
  });

  it('stores the quantity-scaled estimate and the unit estimate, indexed by month', async () => {
    const db = open();
    const { purchase } = await recordPurchase(db, { ...base, key: 'k1-abcdefg' });
    expect(purchase).toMatchObject({ kgCO2e: 7.5, low: 3, high: 15, month: '2026-03', shop: 'ikea.com' });
    expect(purchase.estimate.kgCO2e).toBe(2.5);
    expect(await db.purchases.where('month').equals('2026-03').count()).toBe(1);
  });

  it('survives closing and reopening the database (a worker restart)', async () => {
    const name = `ledger-${Math.random()}`;
    const db = open(name);
    await recordPurchase(db, { ...base, key: 'k2-abcdefg' });
    db.close();
    const again = open(name);
    expect((await listPurchases(again)).totalKg).toBe(7.5);
  });

  it('the same product on the same local day is not recorded twice unless allowed', async () => {
    const db = open();
    expect((await recordPurchase(db, { ...base, key: 'k5-abcdefg' })).created).toBe(true);
    expect(await recordPurchase(db, { ...base, key: 'k6-abcdefg', title: ' mug ' })).toMatchObject({ created: false, reason: 'same-day' });
    // Another shop, or another day, is another purchase.
    expect((await recordPurchase(db, { ...base, key: 'k7-abcdefg', url: 'https://www.otto.de/p/mug' })).created).toBe(true);
    expect((await recordPurchase(db, { ...base, key: 'k8-abcdefg', now: new Date('2026-03-07T12:00:00Z') })).created).toBe(true);
    expect((await recordPurchase(db, { ...base, key: 'k9-abcdefg', allowSameDay: true })).created).toBe(true);
    expect(await db.purchases.count()).toBe(4);
  });

  it('an interrupted write leaves nothing half-written', async () => {
    const db = open();
    await recordPurchase(db, { ...base, key: 'k3-abcdefg' });
    // A record IndexedDB cannot clone (a function) makes the add throw inside the transaction.
    const broken = { ...base, allowSameDay: true, key: 'k4-abcdefg', estimate: { ...estimate, steps: [() => 1] as unknown as Estimate['steps'] } };
    await expect(recordPurchase(db, broken)).rejects.toThrow();
    const list = await listPurchases(db);
    expect(list.purchases.map((p) => p.key)).toEqual(['k3-abcdefg']);
  });
});
