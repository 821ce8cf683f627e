/**
 * Ledger operations. Pure functions of a LedgerDb so that they run the same in the background
 * worker and in tests.
 */
import type { Estimate } from '../estimate/schema';
import type { LedgerSummary, Purchase } from '../messaging/protocol';
import type { LedgerDb } from './db';

export interface NewPurchase {
  key: string;
  title: string;
  url: string | null;
  price: number | null;
  currency: string | null;
  quantity: number;
  source: Purchase['source'];
  orderId: string | null;
  /** The estimate for one unit. */
  estimate: Estimate;
  now: Date;
  /** Record even when the same product was already recorded today. */
  allowSameDay?: boolean;
}

export type RecordResult = { purchase: Purchase; created: true } | { purchase: Purchase; created: false; reason: 'exists' | 'same-day' };

/** The user's local calendar day of `d` as [start, end) ISO instants. */
export function localDayRange(d: Date): [string, string] {
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1);
  return [start.toISOString(), end.toISOString()];
}

const sameProduct = (a: { shop: string | null; title: string }, b: { shop: string | null; title: string }) =>
  a.shop === b.shop && a.title.trim().toLowerCase() === b.title.trim().toLowerCase();

function shopOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

const times = (v: number | null, n: number) => (v === null ? null : v * n);

/**
 * Records a purchase once per key; a second call with the same key makes nothing. The same
 * product (shop and title) already recorded on the same local day is not recorded again unless
 * `allowSameDay`: a second click or the order page of a purchase already added from its badge.
 */
export async function recordPurchase(db: LedgerDb, p: NewPurchase): Promise<RecordResult> {
  return db.transaction('rw', db.purchases, async () => {
    const existing = await db.purchases.where('key').equals(p.key).first();
    if (existing) return { purchase: existing, created: false, reason: 'exists' };
    if (!p.allowSameDay) {
      const [from, to] = localDayRange(p.now);
      const me = { shop: shopOf(p.url), title: p.title };
      const today = await db.purchases.where('purchasedAt').between(from, to, true, false).filter((x) => sameProduct(x, me)).first();
      if (today) return { purchase: today, created: false, reason: 'same-day' };
    }
    const iso = p.now.toISOString();
    const record: Omit<Purchase, 'id'> = {
      key: p.key,
      title: p.title,
      url: p.url,
      shop: shopOf(p.url),
      price: p.price,
      currency: p.currency,
      quantity: p.quantity,
      kgCO2e: times(p.estimate.kgCO2e, p.quantity),
      low: times(p.estimate.low, p.quantity),
      high: times(p.estimate.high, p.quantity),
      tier: p.estimate.tier,
      category: p.estimate.category,
      source: p.source,
      orderId: p.orderId,
      purchasedAt: iso,
      month: iso.slice(0, 7),
      estimate: p.estimate,
    };
    const id = await db.purchases.add(record as Purchase);
    return { purchase: { ...record, id } as Purchase, created: true };
  });
}

export async function hasKey(db: LedgerDb, key: string): Promise<boolean> {
  return (await db.purchases.where('key').equals(key).count()) > 0;
}

export async function listPurchases(db: LedgerDb): Promise<LedgerSummary> {
  const purchases = await db.purchases.orderBy('purchasedAt').reverse().toArray();
  let totalKg = 0;
  let unknownCount = 0;
  for (const p of purchases) {
    if (p.kgCO2e === null) unknownCount++;
    else totalKg += p.kgCO2e;
  }
  return { purchases, totalKg, unknownCount };
}

export async function removePurchase(db: LedgerDb, id: number): Promise<boolean> {
  return db.transaction('rw', db.purchases, async () => {
    const found = await db.purchases.get(id);
    if (!found) return false;
    await db.purchases.delete(id);
    return true;
  });
}
