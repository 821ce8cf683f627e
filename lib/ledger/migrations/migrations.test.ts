/**
 * One test per schema version: seed the previous version's data with that version's own schema,
 * open the current database, and check that every record survived with its meaning.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDb } from '../db';
import { StoredPurchaseSchema } from '../record';
import { V1_STORES, type V1Purchase } from './v1';

const names: string[] = [];
afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

function v1Purchase(i: number, over: Partial<V1Purchase> = {}): Omit<V1Purchase, 'id'> {
  const kg = i % 5 === 0 ? null : i * 1.5;
  const estimate = {
    kgCO2e: kg,
    low: kg && kg / 2,
    high: kg && kg * 2,
    tier: kg === null ? 'unknown' : 'C',
    category: i % 2 ? 'Electronics > Phones' : 'Apparel & Accessories',
    categoryId: 1,
    confidence: 0.5,
    method: 'm',
    factors: [],
    steps: [],
    flags: [],
    packVersion: '2026.1',
  };
  return {
    key: `order-${i}-abcdef`,
    title: `Thing ${i}`,
    url: i % 3 ? `https://www.otto.de/p/${i}` : null,
    shop: i % 3 ? 'otto.de' : null,
    price: i % 4 ? i * 10 : null,
    currency: i % 4 ? 'EUR' : null,
    quantity: 1 + (i % 3),
    kgCO2e: kg === null ? null : kg * (1 + (i % 3)),
    low: kg === null ? null : (kg / 2) * (1 + (i % 3)),
    high: kg === null ? null : kg * 2 * (1 + (i % 3)),
    tier: estimate.tier,
    category: estimate.category,
    source: i % 2 ? 'badge' : 'order',
    orderId: i % 2 ? null : `O-${i}`,
    purchasedAt: new Date(Date.UTC(2025, i % 12, 1 + (i % 27), 10)).toISOString(),
    month: new Date(Date.UTC(2025, i % 12, 1)).toISOString().slice(0, 7),
    estimate,
    ...over,
  };
}

describe('ledger migrations', () => {
  it('version 1 -> 2: every purchase keeps its key, product, price, quantity, estimate and date; month totals are built', async () => {
    const name = `mig-${Math.random()}`;
    names.push(name);
    const old = new Dexie(name);
    old.version(1).stores(V1_STORES);
    const seeded = Array.from({ length: 60 }, (_, i) => v1Purchase(i));
    await old.table('purchases').bulkAdd(seeded);
    old.close();

    const db = new LedgerDb(name);
    const all = await db.purchases.orderBy('id').toArray();
    expect(all).toHaveLength(seeded.length);
    all.forEach((p, i) => {
      const was = seeded[i];
      expect(StoredPurchaseSchema.safeParse(p).success).toBe(true);
      expect(p).toMatchObject({
        key: was.key,
        shop: was.shop,
        price: was.price,
        currency: was.currency,
        quantity: was.quantity,
        kgCO2e: was.kgCO2e,
        low: was.low,
        high: was.high,
        category: was.category,
        source: was.source,
        orderId: was.orderId,
        purchasedAt: was.purchasedAt,
        month: was.month,
        status: 'active',
        packVersion: '2026.1',
        product: { title: was.title, url: was.url },
      });
      expect(p.estimate).toEqual(was.estimate);
    });
    const months = await db.months.toArray();
    expect(months.reduce((s, m) => s + m.count, 0)).toBe(60);
    const kg = seeded.reduce((s, p) => s + (p.kgCO2e ?? 0), 0);
    expect(months.reduce((s, m) => s + m.kg, 0)).toBeCloseTo(kg, 6);
    expect(months.reduce((s, m) => s + m.unknown, 0)).toBe(seeded.filter((p) => p.kgCO2e === null).length);
    db.close();
  });
});
