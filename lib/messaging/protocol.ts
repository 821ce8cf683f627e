/**
 * The one message protocol between the content script, the popup and the background worker.
 * Every request is parsed with Zod on receipt before any logic runs: the background treats
 * content-script messages as untrusted input (the page can influence what a content script sends).
 *
 * Each schema is a `z.lazy`: Zod builds a schema when it is defined, and every module of the worker
 * runs its top level at each worker start, before the woken worker can answer the page that woke it
 * (bench: product page, worker stopped first). Built at the first message parsed instead.
 */
import { z } from '../zod';
import { EstimateSchema } from '../estimate/schema';
import { MAX_BATCH, MAX_RECORD_PRICE, MAX_RECORD_QUANTITY } from './limits';
import { FACTS_LIMITS } from '../extract/facts-limits';
import { MICRODATA_PROPS, PRODUCT_META_KEYS } from '../extract/generic/meta';
import { StoredPurchaseSchema, type StoredPurchase } from '../ledger/record';
import { MAX_IMPORT_CHARS, type LedgerExport } from '../ledger/transfer';
import type { LedgerOverview } from '../ledger/ledger';
import type { ReestimatePreview } from '../ledger/reestimate';
import { CorrectionSchema, type Correction } from '../corrections';
import type { SimilarPosition } from '../compare/similar';
import type { Settings } from '../settings/schema';
import type { FxRates } from '../ledger/display-price';
import type { MonthTotal } from '../ledger/totals';

const text = (max: number) => z.string().max(max);
const amount = z.number().finite().nonnegative();

/** A product as the content script found it (mirrors lib/extract/types Product; everything optional but the title). */
export const ProductInputSchema = z.lazy(() =>
  z.object({
    title: text(1000).min(1),
    brand: text(200).nullish(),
    price: amount.nullish(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .nullish(),
    listPrice: amount.nullish(),
    availability: z.enum(['InStock', 'OutOfStock']).nullish(),
    sku: text(100).nullish(),
    gtin: text(100).nullish(),
    mpn: text(100).nullish(),
    asin: text(100).nullish(),
    category: z.array(text(200)).max(20).nullish(),
    googleCategory: text(500).nullish(),
    condition: z.enum(['new', 'used', 'refurbished']).nullish(),
    /** `price` is the order's total (tax and delivery included) of an order of this one line: the page shows no line price. */
    priceIsOrderTotal: z.boolean().nullish(),
    quantity: z.number().finite().positive().max(100_000).nullish(),
    weightKg: z.number().finite().positive().max(100_000).nullish(),
    /** `weightKg` is the content's own mass (a size the page offers: "500 ml"), not a shipping weight. */
    weightIsContent: z.boolean().nullish(),
    dimensionsCm: z.object({ length: amount, width: amount, height: amount }).nullish(),
    materials: z
      .array(z.union([text(200), z.object({ name: text(200), share: z.number().min(0).max(1).nullable() })]))
      .max(30)
      .nullish(),
    url: text(2000).nullish(),
    /** The page's language (its `<html lang>`): a hint for the classifier. */
    lang: text(35).nullish(),
  }),
);
export type ProductMessage = z.infer<typeof ProductInputSchema>;

export const EstimateRequest = z.lazy(() =>
  z.object({
    type: z.literal('estimate'),
    products: z.array(ProductInputSchema).min(1).max(MAX_BATCH),
  }),
);

/** A product page's facts as the product bundle collects them (lib/extract/facts-page.ts), bounded as it bounds them. */
const ProductFactsSchema = z.lazy(() => {
  const L = FACTS_LIMITS;
  const line = (max: number) => text(max).nullable();
  return z.object({
    url: text(L.url).min(1),
    ld: z.array(text(L.text)).max(L.ldBlocks),
    metas: z.array(z.tuple([text(100), text(L.meta)])).max(PRODUCT_META_KEYS.length),
    microdata: z
      .object({
        props: z.partialRecord(z.enum(MICRODATA_PROPS), line(L.microdataValue)),
        brand: line(L.microdataValue),
        nameIsBrands: z.boolean(),
      })
      .nullable(),
    nextData: line(L.text),
    titleText: line(L.title),
    docTitle: line(L.docTitle),
    canonical: line(L.url),
    lang: line(L.lang),
    pairs: z.array(z.tuple([text(L.pairLabel), text(L.pairValue)])).max(L.pairs),
    crumbs: z.array(text(L.crumb)).max(L.crumbs),
    shown: z.object({ title: line(L.shownTitle), prices: z.array(text(L.shownPrice)).max(L.shownPrices) }).nullable(),
    itemId: z.object({ value: line(L.itemId) }).nullable(),
    priceDigits: z.object({
      current: z.array(text(L.priceDigits)).max(L.priceAmounts),
      former: z.array(text(L.priceDigits)).max(L.priceAmounts),
    }),
  });
});

/** The product bundle's request: read the product from its page's facts, and estimate it. */
const EstimateFactsRequest = z.lazy(() => z.object({ type: z.literal('estimate.facts'), facts: ProductFactsSchema }));

export const RecordPurchaseRequest = z.lazy(() =>
  z.object({
    type: z.literal('purchase.record'),
    /** Idempotency key chosen by the sender: a retried message never records twice. */
    key: text(200).min(8),
    /** The one-time token that came with this product's estimate for this tab (see record-tokens.ts). */
    recordToken: text(400).min(10),
    product: ProductInputSchema.unwrap().extend({
      title: text(500).min(1),
      price: amount.max(MAX_RECORD_PRICE).nullish(),
    }),
    quantity: z.number().int().min(1).max(MAX_RECORD_QUANTITY),
    source: z.enum(['badge', 'order']),
    orderId: text(100).nullish(),
    /** The user confirmed recording the same product again on the same day. */
    allowSameDay: z.boolean().optional(),
  }),
);

/** The user's correction of a product on the sender's own page; `null` removes it. Answers the new estimate. */
const SetCorrectionRequest = z.lazy(() =>
  z.object({
    type: z.literal('correction.set'),
    product: ProductInputSchema,
    correction: CorrectionSchema.nullable(),
  }),
);
const GetCorrectionRequest = z.lazy(() => z.object({ type: z.literal('correction.get'), product: ProductInputSchema }));

export const LedgerOverviewRequest = z.lazy(() => z.object({ type: z.literal('ledger.overview') }));
/** The popup's first request: the month rows and settings only, so totals paint before the lists arrive. */
const LedgerTotalsRequest = z.lazy(() => z.object({ type: z.literal('ledger.totals') }));
export const ListPurchasesRequest = z.lazy(() =>
  z.object({
    type: z.literal('purchase.list'),
    offset: z.number().int().nonnegative().optional(),
    limit: z.number().int().min(1).max(500).optional(),
  }),
);
export const EditPurchaseRequest = z.lazy(() =>
  z.object({
    type: z.literal('purchase.edit'),
    id: z.number().int().positive(),
    edit: z.object({
      quantity: z.number().int().min(1).max(100_000).optional(),
      userCategory: text(500).nullable().optional(),
      condition: z.enum(['new', 'used', 'refurbished']).nullable().optional(),
      day: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      status: z.enum(['active', 'returned']).optional(),
    }),
  }),
);
export const RemovePurchaseRequest = z.lazy(() =>
  z.object({ type: z.literal('purchase.remove'), id: z.number().int().positive() }),
);
/** Undo of a removal: the record exactly as `purchase.remove` returned it. */
export const RestorePurchaseRequest = z.lazy(() =>
  z.object({ type: z.literal('purchase.restore'), purchase: StoredPurchaseSchema }),
);
export const ReestimatePreviewRequest = z.lazy(() => z.object({ type: z.literal('reestimate.preview') }));
export const ReestimateApplyRequest = z.lazy(() => z.object({ type: z.literal('reestimate.apply') }));
export const ExportRequest = z.lazy(() => z.object({ type: z.literal('ledger.export') }));
export const ImportRequest = z.lazy(() =>
  z.object({ type: z.literal('ledger.import'), text: z.string().max(MAX_IMPORT_CHARS + 1) }),
);
export const EraseRequest = z.lazy(() => z.object({ type: z.literal('ledger.erase') }));

export const RequestSchema = z.lazy(() =>
  z.discriminatedUnion('type', [
    EstimateRequest,
    EstimateFactsRequest,
    RecordPurchaseRequest,
    SetCorrectionRequest,
    GetCorrectionRequest,
    LedgerOverviewRequest,
    LedgerTotalsRequest,
    ListPurchasesRequest,
    EditPurchaseRequest,
    RemovePurchaseRequest,
    RestorePurchaseRequest,
    ReestimatePreviewRequest,
    ReestimateApplyRequest,
    ExportRequest,
    ImportRequest,
    EraseRequest,
  ]),
);
export type Request = z.infer<typeof RequestSchema>;

/** The only requests a content script (a web page's tab) may send; everything else is for extension pages. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<Request['type']> = new Set([
  'estimate',
  'estimate.facts',
  'purchase.record',
  'correction.set',
  'correction.get',
]);

/** A purchase as extension pages see it: the stored record. */
export type Purchase = StoredPurchase;

/**
 * The taxonomy names of an estimate in the UI language, attached by the background (which knows
 * that language and holds the translated taxonomy): the content script never loads the taxonomy.
 * Absent in English and where no level has a translation.
 */
export const LocalNamesSchema = z.lazy(() =>
  z.object({
    /** The estimate's category path, each level in the UI language where translated, else in English. */
    category: text(1000).min(1),
  }),
);
export type LocalNames = z.infer<typeof LocalNamesSchema>;

/** An estimate as the background sends it to a tab: with the token that allows recording it once. */
export type EstimateReply = z.infer<typeof EstimateSchema> & {
  /** Names in the UI language (LocalNamesSchema); the English ones of the estimate otherwise. */
  local?: LocalNames;
  recordToken?: string;
  /** The user's own correction this estimate used ("corrected by you"). */
  corrected?: Correction;
  /** Where it sits among similar products ("lower / typical / higher"), when the category allows saying so. */
  similar?: SimilarPosition;
};

/**
 * What a content script learns from recording: whether a record was made, and, only when it asked
 * for a product already recorded today, that this is why (so it can ask "record again?"). Never the
 * stored record: keys could otherwise be guessed to read the ledger.
 */
export type RecordReply = { created: true } | { created: false; reason?: 'same-day' };

export type ResponseMap = {
  estimate: { estimates: EstimateReply[] };
  /**
   * The product the worker read (as the content script would send it) and its estimate; `undecided`:
   * the page needs the whole extraction (the full on-demand script); `none`: no product there.
   */
  'estimate.facts':
    { kind: 'product'; product: ProductMessage; estimate: EstimateReply } | { kind: 'undecided' } | { kind: 'none' };
  'purchase.record': RecordReply;
  'correction.set': { estimate: EstimateReply };
  'correction.get': { correction: Correction | null };
  /** `fx`: exchange-rate rows for the purchases' currencies and the display currency (empty without one). */
  'ledger.overview': LedgerOverview & { packVersion: string | null; settings: Settings; fx: FxRates };
  'ledger.totals': { months: MonthTotal[]; settings: Settings };
  'purchase.list': { purchases: Purchase[]; count: number; fx: FxRates };
  'purchase.edit': { purchase: Purchase | null };
  'purchase.remove': { removed: Purchase | null };
  'purchase.restore': { restored: boolean };
  'reestimate.preview': ReestimatePreview;
  'reestimate.apply': { updated: number };
  'ledger.export': { data: LedgerExport };
  'ledger.import': { added: number; skipped: number };
  'ledger.erase': { erased: true };
};

export type Response<T extends Request['type']> = ({ ok: true } & ResponseMap[T]) | { ok: false; error: string };
