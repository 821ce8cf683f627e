/**
 * Estimates never change silently: when the factor packs change (or an estimate is missing), the
 * popup shows how many purchases are affected and the totals before and after; only the user's
 * explicit "re-estimate" writes the new estimates.
 */
import type { Estimate } from '../estimate/schema';
import type { ProductInput } from '../estimate/input';
import type { LedgerDb } from './db';
import { estimateFields, type StoredPurchase } from './record';
import { rebuildMonths } from './totals';

export interface ReestimatePreview {
  count: number;
  /** Totals of the affected purchases (active ones), before and after, kg CO2e. */
  oldKg: number;
  newKg: number;
  oldUnknown: number;
  newUnknown: number;
  packVersion: string;
}

type EstimateFn = (products: ProductInput[]) => Promise<Estimate[]>;

async function stale(db: LedgerDb, currentPack: string): Promise<StoredPurchase[]> {
  return db.purchases.filter((p) => p.packVersion !== currentPack).toArray();
}

/** What the estimator is given for a stored purchase: its product as first seen, at the purchase's own date. */
export const toInput = (p: Pick<StoredPurchase, 'product' | 'day'>): ProductInput => {
  const input: Record<string, unknown> = { ...p.product };
  for (const k of Object.keys(input)) if (input[k] === null) delete input[k];
  // Exchange rate and price index of the year it was bought, not of the day it is re-estimated.
  return { ...(input as ProductInput), date: p.day };
};

async function newEstimates(list: StoredPurchase[], estimate: EstimateFn): Promise<Estimate[]> {
  const out: Estimate[] = [];
  for (let i = 0; i < list.length; i += 200) out.push(...(await estimate(list.slice(i, i + 200).map(toInput))));
  return out;
}

export async function previewReestimate(
  db: LedgerDb,
  currentPack: string,
  estimate: EstimateFn,
  now: Date,
): Promise<ReestimatePreview> {
  const list = await stale(db, currentPack);
  const fresh = await newEstimates(list, estimate);
  const preview: ReestimatePreview = {
    count: list.length,
    oldKg: 0,
    newKg: 0,
    oldUnknown: 0,
    newUnknown: 0,
    packVersion: currentPack,
  };
  list.forEach((p, i) => {
    if (p.status !== 'active') return;
    const next = estimateFields(fresh[i], p.quantity, p.userCategory, now);
    if (p.kgCO2e === null) preview.oldUnknown++;
    else preview.oldKg += p.kgCO2e;
    if (next.kgCO2e === null) preview.newUnknown++;
    else preview.newKg += next.kgCO2e;
  });
  return preview;
}

/** Writes the new estimates of every stale purchase, all or nothing. */
export async function applyReestimate(
  db: LedgerDb,
  currentPack: string,
  estimate: EstimateFn,
  now: Date,
): Promise<number> {
  const list = await stale(db, currentPack);
  const fresh = await newEstimates(list, estimate);
  const iso = now.toISOString();
  await db.transaction('rw', db.purchases, db.months, async () => {
    await db.purchases.bulkPut(
      list.map((p, i) => ({ ...p, ...estimateFields(fresh[i], p.quantity, p.userCategory, now), updatedAt: iso })),
    );
    await rebuildMonths(db.purchases, db.months);
  });
  return list.length;
}
