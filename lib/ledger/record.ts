/**
 * The stored purchase: the ledger's own schema, apart from the message schemas, so that the wire
 * format can change without touching what is on disk (and the reverse needs a numbered migration).
 */
import { z } from '../zod';
import { EstimateSchema, TierSchema } from '../estimate/schema';

const iso = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

/**
 * The product as it was estimated (the estimator's input fields), so that a re-estimate with a
 * newer factor pack starts from exactly what the first estimate saw.
 */
export const StoredProductSchema = z.lazy(() =>
  z.object({
    title: z.string().min(1).max(1000),
    brand: z.string().max(200).nullable(),
    url: z.string().max(2000).nullable(),
    price: z.number().nonnegative().finite().nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable(),
    sku: z.string().max(100).nullable(),
    gtin: z.string().max(100).nullable(),
    mpn: z.string().max(100).nullable(),
    asin: z.string().max(100).nullable(),
    /** The shop's own category path, as the page gave it. */
    category: z.array(z.string().max(200)).max(20).nullable(),
    googleCategory: z.string().max(500).nullable(),
    condition: z.enum(['new', 'used', 'refurbished']).nullable(),
    /** `price` is the total of an order of this one line (the page showed no line price); absent in records before it. */
    priceIsOrderTotal: z.boolean().nullish(),
    /** The page's language (`<html lang>`), the classifier's hint; absent in records before it. */
    lang: z.string().max(35).nullish(),
    /** Pack size (units in one item), not how many were bought. */
    quantity: z.number().positive().finite().nullable(),
    weightKg: z.number().positive().finite().nullable(),
    dimensionsCm: z.object({ length: z.number(), width: z.number(), height: z.number() }).nullable(),
    materials: z
      .array(
        z.union([
          z.string().max(200),
          z.object({ name: z.string().max(200), share: z.number().min(0).max(1).nullable() }),
        ]),
      )
      .max(30)
      .nullable(),
  }),
);

/** Every product field, null when absent (stored records have no optional keys). */
export function storedProduct(p: { title: string } & Partial<Record<keyof StoredProduct, unknown>>): StoredProduct {
  const keys = Object.keys(StoredProductSchema.unwrap().shape) as (keyof StoredProduct)[];
  return Object.fromEntries(keys.map((k) => [k, p[k] ?? null])) as StoredProduct;
}

export const StoredPurchaseSchema = z.lazy(() =>
  z.object({
    id: z.number().int().positive(),
    /** Idempotency key chosen by the sender (badge or order line): one record per key, ever. */
    key: z.string().min(1).max(200),
    product: StoredProductSchema,
    /** shop + item id (or title), lower case: what "the same product" means for the same-day check. */
    identity: z.string().max(1200),
    shop: z.string().max(300).nullable(),
    price: z.number().nonnegative().finite().nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullable(),
    quantity: z.number().int().positive().max(100_000),
    condition: z.enum(['new', 'used', 'refurbished']).nullable(),
    source: z.enum(['badge', 'order']),
    orderId: z.string().max(100).nullable(),
    /** Returned purchases stay in the history and leave every total. */
    status: z.enum(['active', 'returned']),
    purchasedAt: iso,
    /** Local calendar day and month of the purchase, indexed for totals. */
    day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    month: z.string().regex(/^\d{4}-\d{2}$/),
    /** The category the totals use: the user's correction, or the estimate's. */
    category: z.string().max(500).nullable(),
    userCategory: z.string().max(500).nullable(),
    /** The estimate of one unit; null until the background could estimate it. */
    estimate: EstimateSchema.nullable(),
    /** For the whole quantity, kg CO2e; null when unknown. */
    kgCO2e: z.number().nonnegative().nullable(),
    low: z.number().nonnegative().nullable(),
    high: z.number().nonnegative().nullable(),
    tier: TierSchema,
    packVersion: z.string().nullable(),
    estimatedAt: iso.nullable(),
    createdAt: iso,
    updatedAt: iso,
  }),
);
export type StoredPurchase = z.infer<typeof StoredPurchaseSchema>;
export type StoredProduct = z.infer<typeof StoredProductSchema>;

export function shopOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function identityOf(
  shop: string | null,
  p: Pick<StoredProduct, 'title' | 'asin' | 'gtin' | 'sku' | 'mpn'>,
): string {
  const id = p.asin ?? p.gtin ?? p.sku ?? p.mpn ?? p.title.trim().replace(/\s+/g, ' ');
  return `${shop ?? ''}|${id}`.toLowerCase();
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar day, YYYY-MM-DD. */
export const localDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const times = (v: number | null, n: number) => (v === null ? null : v * n);

/** The estimate-derived fields of a record for `quantity` units of `estimate`. */
export function estimateFields(
  estimate: StoredPurchase['estimate'],
  quantity: number,
  userCategory: string | null,
  at: Date,
) {
  return {
    estimate,
    kgCO2e: times(estimate?.kgCO2e ?? null, quantity),
    low: times(estimate?.low ?? null, quantity),
    high: times(estimate?.high ?? null, quantity),
    tier: estimate?.tier ?? ('unknown' as const),
    category: userCategory ?? estimate?.category ?? null,
    packVersion: estimate?.packVersion ?? null,
    estimatedAt: estimate ? at.toISOString() : null,
  };
}
