import { afterEach, describe, expect, it } from 'vitest';
import {
  attachEstimate,
  editPurchase,
  ledgerOverview,
  listPurchases,
  recordPurchase,
  removePurchase,
  restorePurchase,
} from './ledger';
import { estimateOf, newPurchase, tempDbs } from './test-fixtures';
import type { LedgerDb } from './db';

const t = tempDbs();
afterEach(() => t.cleanup());

async function buy(db: LedgerDb, kg: number | null, over: Parameters<typeof newPurchase>[0] = {}) {
  const r = await recordPurchase(db, newPurchase({ allowSameDay: true, ...over }));
  if (!r.created) throw new Error('not created');
  return (await attachEstimate(
    db,
    r.purchase.id,
    estimateOf(kg, over.title === 'Shirt' ? 'Apparel & Accessories > Clothing' : undefined),
    new Date(),
  ))!;
}

const month = async (db: LedgerDb, m: string) => (await db.months.get(m)) ?? null;

describe('ledger', () => {
  it('records first, estimates after: the totals follow the estimate times the quantity', async () => {
    const db = t.open();
    const r = await recordPurchase(db, newPurchase({ quantity: 3 }));
    expect(r).toMatchObject({
      created: true,
      purchase: { kgCO2e: null, tier: 'unknown', month: '2026-03', day: '2026-03-05', shop: 'ikea.com' },
    });
    expect(await month(db, '2026-03')).toMatchObject({ count: 1, unknown: 1, kg: 0 });
    const p = await attachEstimate(db, r.purchase.id, estimateOf(2.5), new Date());
    expect(p).toMatchObject({
      kgCO2e: 7.5,
      low: 3.75,
      high: 15,
      packVersion: 'p1',
      category: 'Home & Garden > Kitchen',
    });
    expect(await month(db, '2026-03')).toMatchObject({
      count: 1,
      unknown: 0,
      kg: 7.5,
      categories: [{ name: 'Home & Garden', kg: 7.5, count: 1 }],
    });
  });

  it('totals by month and category; returned items stay in the history and leave the totals', async () => {
    const db = t.open();
    await buy(db, 2, { now: new Date(2026, 0, 10) });
    await buy(db, 3, { now: new Date(2026, 0, 20), title: 'Shirt' });
    const lamp = await buy(db, 10, { now: new Date(2026, 1, 1), title: 'Lamp' });
    await buy(db, null, { now: new Date(2026, 1, 2), title: 'Mystery' });
    expect(await month(db, '2026-01')).toMatchObject({
      count: 2,
      kg: 5,
      categories: [
        { name: 'Home & Garden', kg: 2 },
        { name: 'Apparel & Accessories', kg: 3 },
      ],
    });
    expect(await month(db, '2026-02')).toMatchObject({ count: 2, kg: 10, unknown: 1 });

    await editPurchase(db, lamp.id, { status: 'returned' }, new Date());
    expect(await month(db, '2026-02')).toMatchObject({ count: 1, kg: 0, unknown: 1 });
    expect((await listPurchases(db)).count).toBe(4);
    const o = await ledgerOverview(db, 'p1');
    expect(o.biggest.map((p) => p.product.title)).toEqual(['Shirt', 'Mug']);
    expect(o.recent[0].product.title).toBe('Mystery');
    expect(o.stale).toBe(0);
    // Not estimated yet, or estimated with another pack: stale until the user re-estimates.
    await recordPurchase(db, newPurchase({ title: 'Pending' }));
    const old = await buy(db, 1, { title: 'Old' });
    await db.purchases.update(old.id, { packVersion: 'p0' });
    expect((await ledgerOverview(db, 'p1')).stale).toBe(2);
  });

  it('edits quantity, category, condition and date; the totals move with them', async () => {
    const db = t.open();
    const p = await buy(db, 2, { now: new Date(2026, 0, 10) });
    const r = await editPurchase(
      db,
      p.id,
      { quantity: 4, userCategory: 'Toys', condition: 'used', day: '2025-12-31' },
      new Date(),
    );
    expect(r?.after).toMatchObject({
      quantity: 4,
      kgCO2e: 8,
      category: 'Toys',
      condition: 'used',
      month: '2025-12',
      day: '2025-12-31',
    });
    expect(await month(db, '2026-01')).toBeNull();
    expect(await month(db, '2025-12')).toMatchObject({ kg: 8, categories: [{ name: 'Toys', kg: 8 }] });
    await editPurchase(db, p.id, { userCategory: null }, new Date());
    expect(await month(db, '2025-12')).toMatchObject({ categories: [{ name: 'Home & Garden' }] });
  });

  it('remove and undo give back the same record and totals', async () => {
    const db = t.open();
    const p = await buy(db, 2);
    const removed = await removePurchase(db, p.id);
    expect(removed).toEqual(p);
    expect(await db.months.count()).toBe(0);
    expect(await restorePurchase(db, removed!)).toBe(true);
    expect(await db.purchases.get(p.id)).toEqual(p);
    expect(await month(db, '2026-03')).toMatchObject({ kg: 2, count: 1 });
    expect(await restorePurchase(db, removed!)).toBe(false);
  });

  it('the same product on the same local day is not recorded twice unless allowed; one key records once', async () => {
    const db = t.open();
    const first = newPurchase();
    expect((await recordPurchase(db, first)).created).toBe(true);
    expect(await recordPurchase(db, { ...first })).toMatchObject({ created: false, reason: 'exists' });
    expect(await recordPurchase(db, newPurchase({ title: ' mug ' }))).toMatchObject({
      created: false,
      reason: 'same-day',
    });
    // Another shop, or another day, is another purchase.
    expect((await recordPurchase(db, newPurchase({ url: 'https://www.otto.de/p/mug' }))).created).toBe(true);
    expect((await recordPurchase(db, newPurchase({ now: new Date(2026, 2, 7) }))).created).toBe(true);
    expect((await recordPurchase(db, newPurchase({ allowSameDay: true }))).created).toBe(true);
    expect(await db.purchases.count()).toBe(4);
  });

  it('an order line recorded under a first-scheme key is not recorded again under its new key', async () => {
    const db = t.open();
    const line = { source: 'order' as const, orderId: '10023', allowSameDay: true };
    const old = newPurchase({ ...line, key: 'order:ikea.com:10023:0:Mug|4|1' });
    expect((await recordPurchase(db, old)).created).toBe(true);
    const again = newPurchase({
      ...line,
      key: 'order:v2:ikea.com:10023:url:ikea.com/de/p/mug',
      now: new Date(2026, 5, 1),
    });
    expect(await recordPurchase(db, again)).toMatchObject({ created: false, reason: 'exists' });
    // Another order, or another product of the order, is another line; old records stay as they were.
    expect((await recordPurchase(db, { ...again, key: 'order:v2:ikea.com:10024:x', orderId: '10024' })).created).toBe(
      true,
    );
    expect(
      (await recordPurchase(db, newPurchase({ ...line, key: 'order:v2:ikea.com:10023:t:lamp', title: 'Lamp' })))
        .created,
    ).toBe(true);
    expect((await db.purchases.where('key').equals(old.key).first())?.product.title).toBe('Mug');
  });

  it('survives closing and reopening the database (a worker restart)', async () => {
    const name = `ledger-${Math.random()}`;
    const db = t.open(name);
    await buy(db, 2);
    db.close();
    const again = t.open(name);
    expect(await month(again, '2026-03')).toMatchObject({ kg: 2 });
  });

  it('an interrupted write leaves nothing half-written, totals included', async () => {
    const db = t.open();
    await buy(db, 2);
    // A record IndexedDB cannot clone (a function) makes the add throw inside the transaction.
    const broken = newPurchase({ allowSameDay: true, title: 'Broken' });
    (broken.product as unknown as Record<string, unknown>).brand = () => 1;
    await expect(recordPurchase(db, broken)).rejects.toThrow();
    expect((await listPurchases(db)).purchases.map((p) => p.product.title)).toEqual(['Mug']);
    expect(await month(db, '2026-03')).toMatchObject({ count: 1, kg: 2 });
  });
});
