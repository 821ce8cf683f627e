/**
 * The one message protocol between the content script, the popup and the background worker.
 * Every request is parsed with Zod on receipt before any logic runs: the background treats
 * content-script messages as untrusted input (the page can influence what a content script sends).
 */
import { z } from '../zod';
import { EstimateSchema } from '../estimate/schema';
import { MAX_BATCH, MAX_RECORD_PRICE, MAX_RECORD_QUANTITY } from './limits';

const text = (max: number) => z.string().max(max);
const amount = z.number().finite().nonnegative();

/** A product as the content script found it (mirrors lib/extract/types Product; everything optional but the title). */
export const ProductInputSchema = z.object({
  title: text(1000).min(1),
  brand: text(200).nullish(),
  price: amount.nullish(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullish(),
  listPrice: amount.nullish(),
  availability: z.enum(['InStock', 'OutOfStock']).nullish(),
  sku: text(100).nullish(),
  gtin: text(100).nullish(),
  mpn: text(100).nullish(),
  asin: text(100).nullish(),
  category: z.array(text(200)).max(20).nullish(),
  googleCategory: text(500).nullish(),
  condition: z.enum(['new', 'used', 'refurbished']).nullish(),
  quantity: z.number().finite().positive().max(100_000).nullish(),
  weightKg: z.number().finite().positive().max(100_000).nullish(),
  dimensionsCm: z
    .object({ length: amount, width: amount, height: amount })
    .nullish(),
  materials: z
    .array(z.union([text(200), z.object({ name: text(200), share: z.number().min(0).max(1).nullable() })]))
    .max(30)
    .nullish(),
  url: text(2000).nullish(),
});
export type ProductMessage = z.infer<typeof ProductInputSchema>;


export const EstimateRequest = z.object({
  type: z.literal('estimate'),
  products: z.array(ProductInputSchema).min(1).max(MAX_BATCH),
});

export const RecordPurchaseRequest = z.object({
  type: z.literal('purchase.record'),
  /** Idempotency key chosen by the sender: a retried message never records twice. */
  key: text(200).min(8),
  /** The one-time token that came with this product's estimate for this tab (see record-tokens.ts). */
  recordToken: text(400).min(10),
  product: ProductInputSchema.extend({
    title: text(500).min(1),
    price: amount.max(MAX_RECORD_PRICE).nullish(),
  }),
  quantity: z.number().int().min(1).max(MAX_RECORD_QUANTITY),
  source: z.enum(['badge', 'order']),
  orderId: text(100).nullish(),
  /** The user confirmed recording the same product again on the same day. */
  allowSameDay: z.boolean().optional(),
});

export const ListPurchasesRequest = z.object({ type: z.literal('purchase.list') });
export const RemovePurchaseRequest = z.object({ type: z.literal('purchase.remove'), id: z.number().int().positive() });

export const RequestSchema = z.discriminatedUnion('type', [
  EstimateRequest,
  RecordPurchaseRequest,
  ListPurchasesRequest,
  RemovePurchaseRequest,
]);
export type Request = z.infer<typeof RequestSchema>;

/** Requests that only extension pages (popup, options) may send, never a content script. */
export const EXTENSION_PAGE_ONLY: ReadonlySet<Request['type']> = new Set(['purchase.list', 'purchase.remove']);

export const PurchaseSchema = z.object({
  id: z.number().int().positive(),
  key: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  shop: z.string().nullable(),
  price: z.number().nullable(),
  currency: z.string().nullable(),
  quantity: z.number().int().positive(),
  /** kg CO2e for the whole quantity; null when the estimate was unknown. */
  kgCO2e: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  tier: z.string(),
  category: z.string().nullable(),
  source: z.enum(['badge', 'order']),
  orderId: z.string().nullable(),
  purchasedAt: z.string(),
  /** YYYY-MM, indexed for monthly totals. */
  month: z.string(),
  /** The estimate for one unit, as shown when it was recorded. */
  estimate: EstimateSchema,
});
export type Purchase = z.infer<typeof PurchaseSchema>;

export interface LedgerSummary {
  purchases: Purchase[];
  totalKg: number;
  /** Purchases whose estimate was unknown and are not in the total. */
  unknownCount: number;
}

/** An estimate as the background sends it to a tab: with the token that allows recording it once. */
export type EstimateReply = z.infer<typeof EstimateSchema> & { recordToken?: string };

/**
 * What a content script learns from recording: whether a record was made, and, only when it asked
 * for a product already recorded today, that this is why (so it can ask "record again?"). Never the
 * stored record: keys could otherwise be guessed to read the ledger.
 */
export type RecordReply = { created: true } | { created: false; reason?: 'same-day' };

export type ResponseMap = {
  estimate: { estimates: EstimateReply[] };
  'purchase.record': RecordReply;
  'purchase.list': LedgerSummary;
  'purchase.remove': { removed: boolean };
};

export type Response<T extends Request['type']> = ({ ok: true } & ResponseMap[T]) | { ok: false; error: string };
