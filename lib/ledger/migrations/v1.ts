/**
 * Ledger schema version 1 (milestone 1). Released: never edit this file; add a new version.
 * The record shape of this version is frozen in `V1Purchase` so that later migrations can read it
 * whatever the current code's types become.
 */
export const V1_STORES = {
  purchases: '++id, &key, purchasedAt, month, category',
};

export interface V1Purchase {
  id: number;
  key: string;
  title: string;
  url: string | null;
  shop: string | null;
  price: number | null;
  currency: string | null;
  quantity: number;
  kgCO2e: number | null;
  low: number | null;
  high: number | null;
  tier: string;
  category: string | null;
  source: 'badge' | 'order';
  orderId: string | null;
  purchasedAt: string;
  month: string;
  estimate: { category: string | null; packVersion: string; kgCO2e: number | null; tier: string } & Record<
    string,
    unknown
  >;
}
