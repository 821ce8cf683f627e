/**
 * Ledger operations. Pure functions of a LedgerDb so that they run the same in the background
 * worker and in tests. Every write updates the month totals in the same transaction.
 */
import type { Estimate } from '../estimate/schema';
import { isLegacyOrderKey } from '../content/order-keys';
import type { LedgerDb } from './db';
import { estimateFields, identityOf, localDay, shopOf, type StoredProduct, type StoredPurchase } from './record';
import { applyChange, type MonthTotal } from './totals';

export interface NewPurchase {
  key: string;
  product: StoredProduct;
  price: number | null;
  currency: string | null;
  quantity: number;
  condition: StoredPurchase['condition'];
  source: StoredPurchase['source'];
  orderId: string | null;
  now: Date;
  /** Record even when the same product was already recorded today. */
  allowSameDay?: boolean;
}

export type RecordResult =
  | { purchase: StoredPurchase; created: true }
  | { purchase: StoredPurchase; created: false; reason: 'exists' | 'same-day' };

/**
 * Records a purchase once per key; a second call with the same key makes nothing. The same
 * product (shop and item id or title) already recorded on the same local day is not recorded
 * again unless `allowSameDay`: a second click, or the order page of a purchase already added
 * from its badge. The record is written before any estimate: recording never waits on the factor
 * database (see `attachEstimate`).
 */
export async function recordPurchase(db: LedgerDb, p: NewPurchase): Promise<RecordResult> {
  return db.transaction('rw', db.purchases, db.months, async () => {
    const existing = await db.purchases.where('key').equals(p.key).first();
    if (existing) return { purchase: existing, created: false, reason: 'exists' };
    const shop = shopOf(p.product.url);
    const identity = identityOf(shop, p.product);
    // An order line recorded under the first key scheme: the same order and product is that line.
    if (p.orderId && !isLegacyOrderKey(p.key)) {
      const legacy = await db.purchases
        .where('identity')
        .equals(identity)
        .filter((x) => x.orderId === p.orderId && isLegacyOrderKey(x.key))
        .first();
      if (legacy) return { purchase: legacy, created: false, reason: 'exists' };
    }
    const day = localDay(p.now);
    if (!p.allowSameDay) {
      const today = await db.purchases
        .where('identity')
        .equals(identity)
        .filter((x) => x.day === day)
        .first();
      if (today) return { purchase: today, created: false, reason: 'same-day' };
    }
    const iso = p.now.toISOString();
    const record: Omit<StoredPurchase, 'id'> = {
      key: p.key,
      product: p.product,
      identity,
      shop,
      price: p.price,
      currency: p.currency,
      quantity: p.quantity,
      condition: p.condition,
      source: p.source,
      orderId: p.orderId,
      status: 'active',
      purchasedAt: iso,
      day,
      month: day.slice(0, 7),
      userCategory: null,
      ...estimateFields(null, p.quantity, null, p.now),
      createdAt: iso,
      updatedAt: iso,
    };
    const id = await db.purchases.add(record as StoredPurchase);
    const purchase = { ...record, id } as StoredPurchase;
    await applyChange(db.months, null, purchase);
    return { purchase, created: true };
  });
}

/** Gives a purchase its estimate, or a new one the user asked for. Totals follow. */
export async function attachEstimate(
  db: LedgerDb,
  id: number,
  estimate: Estimate,
  now: Date,
): Promise<StoredPurchase | null> {
  return update(db, id, (p) => ({ ...p, ...estimateFields(estimate, p.quantity, p.userCategory, now) }), now);
}

export interface PurchaseEdit {
  quantity?: number;
  /** null: back to the estimate's category. */
  userCategory?: string | null;
  condition?: StoredPurchase['condition'];
  /** A local calendar day, YYYY-MM-DD. */
  day?: string;
  status?: StoredPurchase['status'];
}

/** Applies the user's edit; the totals move with it. */
export async function editPurchase(
  db: LedgerDb,
  id: number,
  edit: PurchaseEdit,
  now: Date,
): Promise<{ before: StoredPurchase; after: StoredPurchase } | null> {
  let before: StoredPurchase | null = null;
  const after = await update(
    db,
    id,
    (p) => {
      before = p;
      const quantity = edit.quantity ?? p.quantity;
      const userCategory = edit.userCategory === undefined ? p.userCategory : edit.userCategory;
      const next: StoredPurchase = {
        ...p,
        quantity,
        userCategory,
        condition: edit.condition === undefined ? p.condition : edit.condition,
        status: edit.status ?? p.status,
      };
      if (edit.day && edit.day !== p.day) {
        const [y, m, d] = edit.day.split('-').map(Number);
        next.day = edit.day;
        next.month = edit.day.slice(0, 7);
        next.purchasedAt = new Date(y, m - 1, d, 12).toISOString();
      }
      // Same estimate, new quantity or category: the totals are recomputed, not re-estimated.
      return { ...next, ...estimateFields(p.estimate, quantity, userCategory, now), estimatedAt: p.estimatedAt };
    },
    now,
  );
  return after && before ? { before, after } : null;
}

async function update(
  db: LedgerDb,
  id: number,
  change: (p: StoredPurchase) => StoredPurchase,
  now: Date,
): Promise<StoredPurchase | null> {
  return db.transaction('rw', db.purchases, db.months, async () => {
    const found = await db.purchases.get(id);
    if (!found) return null;
    const next = { ...change(found), id, key: found.key, updatedAt: now.toISOString() };
    await db.purchases.put(next);
    await applyChange(db.months, found, next);
    return next;
  });
}

export async function hasKey(db: LedgerDb, key: string): Promise<boolean> {
  return (await db.purchases.where('key').equals(key).count()) > 0;
}

/** Removes a purchase and returns it, so the user can undo. */
export async function removePurchase(db: LedgerDb, id: number): Promise<StoredPurchase | null> {
  return db.transaction('rw', db.purchases, db.months, async () => {
    const found = await db.purchases.get(id);
    if (!found) return null;
    await db.purchases.delete(id);
    await applyChange(db.months, found, null);
    return found;
  });
}

/** Puts back a purchase exactly as it was (undo); false when its key is taken meanwhile. */
export async function restorePurchase(db: LedgerDb, p: StoredPurchase): Promise<boolean> {
  return db.transaction('rw', db.purchases, db.months, async () => {
    if (await db.purchases.get(p.id)) return false;
    if (await hasKey(db, p.key)) return false;
    await db.purchases.add(p);
    await applyChange(db.months, null, p);
    return true;
  });
}

export interface LedgerOverview {
  /** Every month with purchases, oldest first: a few hundred rows at most. */
  months: MonthTotal[];
  recent: StoredPurchase[];
  biggest: StoredPurchase[];
  /** Every purchase, returned ones included. */
  count: number;
  /** Purchases estimated with another factor pack than the current one, or not estimated yet. */
  stale: number;
}

/** What the popup shows, read from indexes and month rows only: never every purchase. */
export async function ledgerOverview(
  db: LedgerDb,
  currentPack: string | null,
  n = { recent: 8, biggest: 5 },
): Promise<LedgerOverview> {
  return db.transaction('r', db.purchases, db.months, async () => {
    const months = await db.months.orderBy('month').toArray();
    const recent = await db.purchases.orderBy('purchasedAt').reverse().limit(n.recent).toArray();
    const biggest = await db.purchases
      .orderBy('kgCO2e')
      .reverse()
      .filter((p) => p.status === 'active')
      .limit(n.biggest)
      .toArray();
    const total = await db.purchases.count();
    const current = currentPack === null ? 0 : await db.purchases.where('packVersion').equals(currentPack).count();
    return { months, recent, biggest, count: total, stale: currentPack === null ? 0 : total - current };
  });
}

/** The month rows alone: what the popup's totals, chart and breakdown need (a few dozen rows). */
export function ledgerMonths(db: LedgerDb): Promise<MonthTotal[]> {
  return db.months.orderBy('month').toArray();
}

/** One page of the history, newest first. */
export async function listPurchases(
  db: LedgerDb,
  offset = 0,
  limit = 50,
): Promise<{ purchases: StoredPurchase[]; count: number }> {
  return db.transaction('r', db.purchases, async () => ({
    purchases: await db.purchases.orderBy('purchasedAt').reverse().offset(offset).limit(limit).toArray(),
    count: await db.purchases.count(),
  }));
}
