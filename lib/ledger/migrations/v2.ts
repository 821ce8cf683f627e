/**
 * Ledger schema version 2 (milestone 2). Released with milestone 2: never edit; add a version 3.
 *
 * - purchases take the stored-record shape of record.ts: product details, status (returned),
 *   condition, user category, local day, estimate metadata, created/updated times;
 * - `months` keeps running totals per month, so the popup opens without reading every purchase.
 */
import type { Transaction } from 'dexie';
import { identityOf, storedProduct, type StoredPurchase } from '../record';
import type { V1Purchase } from './v1';
import { rebuildMonths } from '../totals';

export const V2_STORES = {
  purchases: '++id, &key, purchasedAt, month, day, identity, kgCO2e, packVersion',
  months: '&month',
};

export function v1ToV2(p: V1Purchase): StoredPurchase {
  const product = storedProduct({ title: p.title, url: p.url, price: p.price, currency: p.currency });
  const tiers = ['A', 'B', 'C', 'D', 'E', 'unknown'] as const;
  return {
    id: p.id,
    key: p.key,
    product,
    identity: identityOf(p.shop, product),
    shop: p.shop,
    price: p.price,
    currency: p.currency,
    quantity: p.quantity,
    condition: null,
    source: p.source,
    orderId: p.orderId,
    status: 'active',
    purchasedAt: p.purchasedAt,
    // Version 1 kept UTC instants only; their UTC day is the best day we have.
    day: p.purchasedAt.slice(0, 10),
    month: p.month,
    category: p.category,
    userCategory: null,
    estimate: p.estimate as unknown as StoredPurchase['estimate'],
    kgCO2e: p.kgCO2e,
    low: p.low,
    high: p.high,
    tier: (tiers as readonly string[]).includes(p.tier) ? (p.tier as StoredPurchase['tier']) : 'unknown',
    packVersion: p.estimate?.packVersion ?? null,
    estimatedAt: p.purchasedAt,
    createdAt: p.purchasedAt,
    updatedAt: p.purchasedAt,
  };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const purchases = tx.table('purchases');
  await purchases.toCollection().modify((p: Record<string, unknown>) => {
    const next = v1ToV2(p as unknown as V1Purchase);
    for (const k of Object.keys(p)) delete p[k];
    Object.assign(p, next);
  });
  await rebuildMonths(purchases, tx.table('months'));
}
