/**
 * The background worker's message handler: parse first, then act. Pure of browser globals:
 * the entrypoint passes in the sender's facts, the ledger and the estimator.
 */
import type { Estimate } from '../estimate/schema';
import type { ProductInput } from '../estimate/input';
import { storageErrorMessage } from '../ledger/errors';
import {
  attachEstimate,
  editPurchase,
  hasKey,
  ledgerMonths,
  ledgerOverview,
  listPurchases,
  recordPurchase,
  removePurchase,
  restorePurchase,
} from '../ledger/ledger';
import { storedProduct } from '../ledger/record';
import { applyReestimate, previewReestimate, toInput } from '../ledger/reestimate';
import { eraseLedger, exportLedger, ImportError, importLedger, parseExport } from '../ledger/transfer';
import type { LedgerDb } from '../ledger/db';
import {
  CONTENT_SCRIPT_REQUESTS,
  ProductInputSchema,
  RequestSchema,
  type EstimateReply,
  type LocalNames,
  type Request,
  type Response,
} from '../messaging/protocol';
import { productKey } from './estimator-service';
import { createRateLimiter } from './rate-limit';
import { createRecordTokens, memoryTokenPersistence, type RecordTokens } from './record-tokens';
import { matchesHostPatterns, sameSite, siteOf } from './site';
import { BUILT_IN_SHOPS_OFF } from '../messaging/limits';
import { productFromFacts } from '../extract/facts';
import type { ProductFacts } from '../extract/facts-page';
import { toMessage } from '../content/to-message';
import { DEFAULT_SETTINGS, type Settings } from '../settings/schema';
import type { SimilarPosition } from '../compare/similar';
import type { FxRates } from '../ledger/display-price';
import type { StoredPurchase } from '../ledger/record';
import {
  applyCorrection,
  areaCorrectionStore,
  correctionKey,
  memoryArea,
  type Correction,
  type CorrectionStore,
} from '../corrections';

export interface RouterDeps {
  ledger: LedgerDb;
  estimate(products: ProductInput[]): Promise<Estimate[]>;
  /** Where each estimate sits among similar products (the badge's relative label); absent in tests that do not need it. */
  similar?(estimates: Estimate[]): Promise<(SimilarPosition | null)[]>;
  /** Each estimate's taxonomy names in the UI language (null: English only); absent in tests that do not need them. */
  localNames?(estimates: Estimate[]): Promise<(LocalNames | null)[]>;
  /** Version of the installed factor packs; null when they are not ready. */
  packVersion?(): Promise<string | null>;
  /** The user's settings (validated and migrated); the popup gets them with its overview so it never loads Zod itself. */
  settings?(): Promise<Settings>;
  /** Rows of the shipped exchange-rate table for these currencies (display currency); none when absent. */
  fxRates?(currencies: readonly string[]): Promise<FxRates>;
  /** Match patterns of the built-in shops (the manifest's content scripts): refused while the setting turns them off. */
  builtInShopPatterns?: readonly string[];
  /** Our own origin, e.g. chrome-extension://<id>/ : senders from it are extension pages. */
  extensionOrigin: string;
  log(message: string): void;
  now?: () => Date;
  /** One-time record tokens (defaults to tokens kept in memory, for tests). */
  tokens?: RecordTokens;
  /** The user's corrections per product (defaults to memory, for tests). */
  corrections?: CorrectionStore;
  /** Purchases a tab may record: a burst, then a steady rate. */
  recordRate?: { capacity: number; perSecond: number };
}

export interface SenderFacts {
  /** The sender's document URL (`sender.url`). */
  url?: string;
  /** Set when the message comes from a tab (a content script). */
  tabId?: number;
  /** The sender's tab is in a private window. */
  incognito?: boolean;
}

type AnyResponse = Response<Request['type']>;

/** Exchange rates for showing these purchases in the display currency; nothing when none is set. */
async function ratesFor(deps: RouterDeps, current: Settings, purchases: StoredPurchase[]): Promise<FxRates> {
  if (!current.currency || !deps.fxRates) return {};
  const currencies = new Set([current.currency, ...purchases.flatMap((p) => (p.currency ? [p.currency] : []))]);
  return deps
    .fxRates([...currencies])
    .catch((e) => (deps.log(`exchange rates unavailable: ${e instanceof Error ? e.message : e}`), {}));
}

/** Each estimate with its place among similar products and its names in the UI language, where known. */
async function placeAndName<E extends Estimate>(deps: RouterDeps, estimates: E[]) {
  const none = () => estimates.map(() => null);
  const [similar, local] = await Promise.all([
    deps.similar ? deps.similar(estimates).catch(none) : [],
    deps.localNames ? deps.localNames(estimates).catch(none) : [],
  ]);
  return estimates.map((e, i) => ({
    ...e,
    ...(similar[i] ? { similar: similar[i] } : {}),
    ...(local[i] ? { local: local[i] } : {}),
  }));
}

/** Re-estimating past purchases with the installed factor pack: a preview, or the change itself. */
async function reestimate(
  deps: RouterDeps,
  req: Extract<Request, { type: 'reestimate.preview' | 'reestimate.apply' }>,
  version: string | null,
  at: Date,
): Promise<AnyResponse> {
  if (!version) return { ok: false, error: 'The factor data is not ready; try again in a moment.' };
  if (req.type === 'reestimate.preview')
    return { ok: true, ...(await previewReestimate(deps.ledger, version, deps.estimate, at)) };
  return { ok: true, updated: await applyReestimate(deps.ledger, version, deps.estimate, at) };
}

/**
 * The product of a product bundle's page, read from its facts (lib/extract/facts.ts) and shaped as
 * the content script would send it. It goes back to the page, which sends it again to record it
 * (with the estimate's record token) or to correct it.
 */
function readFacts(facts: ProductFacts): { kind: 'product'; product: ProductInput } | { kind: 'undecided' | 'none' } {
  const read = productFromFacts(facts);
  if (read.kind === 'none') return read;
  const title = read.kind === 'product' ? read.product.title : null;
  if (read.kind !== 'product' || !title) return { kind: 'undecided' };
  const parsed = ProductInputSchema.safeParse(toMessage({ ...read.product, title }, facts.url, facts.lang));
  return parsed.success ? { kind: 'product', product: parsed.data as ProductInput } : { kind: 'undecided' };
}

/** A product bundle's page (readFacts), estimated as an `estimate` request would estimate it. */
async function estimateFacts(
  facts: ProductFacts,
  estimateFor: (products: ProductInput[]) => Promise<EstimateReply[]>,
): Promise<AnyResponse> {
  const read = readFacts(facts);
  if (read.kind !== 'product') return { ok: true, kind: read.kind };
  const [estimate] = await estimateFor([read.product]);
  return { ok: true, kind: read.kind, product: read.product, estimate };
}

export function createRouter(deps: RouterDeps) {
  // A content script's sender URL is the web page's; only our own pages have our origin (a popup
  // or options page opened in a tab still does, though it has a tab id).
  const fromExtensionPage = (s: SenderFacts) => typeof s.url === 'string' && s.url.startsWith(deps.extensionOrigin);
  const now = () => deps.now?.() ?? new Date();
  const packVersion = () => (deps.packVersion ? deps.packVersion().catch(() => null) : Promise.resolve(null));
  const tokens = deps.tokens ?? createRecordTokens(memoryTokenPersistence());
  const corrections = deps.corrections ?? areaCorrectionStore(memoryArea());
  // 30 at once covers a long order page; then one every two seconds.
  const limiter = createRateLimiter({
    ...(deps.recordRate ?? { capacity: 30, perSecond: 0.5 }),
    now: () => (deps.now?.() ?? new Date()).getTime(),
  });
  /** A web page's tab, the only sender that estimates for a page and records purchases. */
  const webTab = (s: SenderFacts) =>
    s.tabId !== undefined && !fromExtensionPage(s) && siteOf(s.url) ? { tabId: s.tabId, site: siteOf(s.url)! } : null;

  const settings = () =>
    deps.settings ? deps.settings().catch(() => DEFAULT_SETTINGS) : Promise.resolve(DEFAULT_SETTINGS);
  /** A tab on a built-in shop while the user turned built-in shops off: nothing is estimated or recorded there. */
  const builtInOff = async (s: SenderFacts) =>
    !!deps.builtInShopPatterns &&
    s.tabId !== undefined &&
    !fromExtensionPage(s) &&
    matchesHostPatterns(s.url, deps.builtInShopPatterns) &&
    !(await settings()).builtInShops;

  return async function handle(message: unknown, sender: SenderFacts): Promise<AnyResponse> {
    const parsed = RequestSchema.safeParse(message);
    if (!parsed.success) {
      const type = (message as { type?: unknown } | null)?.type;
      const reason = parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ');
      deps.log(`rejected message${typeof type === 'string' ? ` '${type.slice(0, 40)}'` : ''}: ${reason}`);
      return { ok: false, error: `invalid message: ${reason}` };
    }
    const req = parsed.data;
    if (!CONTENT_SCRIPT_REQUESTS.has(req.type) && !fromExtensionPage(sender)) {
      deps.log(`rejected '${req.type}' from a non-extension sender`);
      return { ok: false, error: 'not allowed from this sender' };
    }
    try {
      return await dispatch(req, sender);
    } catch (e) {
      const raw = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      deps.log(`'${req.type}' failed: ${raw}`);
      if (e instanceof ImportError) return { ok: false, error: e.message };
      return { ok: false, error: storageErrorMessage(e) ?? (e instanceof Error ? e.message : String(e)) };
    }
  };

  /**
   * The correction key of a product a tab speaks about, only when the product is on the tab's own
   * site: a page can neither read nor write the corrections of another shop's products.
   */
  function ownKey(product: { url?: string | null; sku?: string | null }, sender: SenderFacts): string | null {
    if (!product.url || !sameSite(product.url, sender.url)) return null;
    return correctionKey(product);
  }

  /** The products as the user corrected them, with the correction each one used. */
  async function corrected(products: ProductInput[], sender: SenderFacts) {
    return Promise.all(
      products.map(async (p) => {
        const key = ownKey(p, sender);
        const correction = key ? await corrections.get(key) : null;
        return { product: applyCorrection(p, correction), correction };
      }),
    );
  }

  async function estimateFor(products: ProductInput[], sender: SenderFacts) {
    const tab = webTab(sender);
    const fixed = tab
      ? await corrected(products, sender)
      : products.map((p) => ({ product: p, correction: null as Correction | null }));
    const estimates = (await deps.estimate(fixed.map((f) => f.product))).map((e, i) =>
      fixed[i].correction ? { ...e, corrected: fixed[i].correction! } : e,
    );
    if (!tab) return estimates;
    const placed = await placeAndName(deps, estimates);
    if (sender.incognito) return placed;
    // Each estimate for a page's tab carries the one token that lets that tab record that product
    // (the product as the page shows it: that is what the record request sends back).
    return Promise.all(
      placed.map(async (e, i) => ({
        ...e,
        recordToken: await tokens.issue({ ...tab, product: productKey(products[i]) }),
      })),
    );
  }

  async function estimate(req: Extract<Request, { type: 'estimate' | 'estimate.facts' }>, sender: SenderFacts) {
    if (await builtInOff(sender)) return { ok: false as const, error: BUILT_IN_SHOPS_OFF };
    if (req.type === 'estimate.facts') return estimateFacts(req.facts as ProductFacts, (p) => estimateFor(p, sender));
    return { ok: true as const, estimates: await estimateFor(req.products as ProductInput[], sender) };
  }

  async function correction(
    req: Extract<Request, { type: 'correction.set' | 'correction.get' }>,
    sender: SenderFacts,
  ): Promise<AnyResponse> {
    const key = webTab(sender) ? ownKey(req.product, sender) : null;
    if (!key) {
      deps.log(`refused '${req.type}': not a product of the sender's own site`);
      return { ok: false, error: 'corrections are kept only for products of the page’s own site' };
    }
    if (await builtInOff(sender)) return { ok: false, error: BUILT_IN_SHOPS_OFF };
    if (req.type === 'correction.get') return { ok: true, correction: await corrections.get(key) };
    // Private windows leave nothing behind.
    if (sender.incognito) return { ok: false, error: 'not remembered in a private window' };
    await corrections.set(key, req.correction);
    const [estimate] = await estimateFor([req.product as ProductInput], sender);
    return { ok: true, estimate };
  }

  async function record(req: Extract<Request, { type: 'purchase.record' }>, sender: SenderFacts): Promise<AnyResponse> {
    const refuse = (error: string) => {
      deps.log(`refused 'purchase.record': ${error}`);
      return { ok: false as const, error };
    };
    const tab = webTab(sender);
    if (!tab) return refuse('purchases are recorded only from a web page');
    if (await builtInOff(sender)) return refuse(BUILT_IN_SHOPS_OFF);
    // Private windows: nothing goes into the ledger (a choice: no separate in-memory ledger).
    if (sender.incognito) return refuse('not recorded in a private window');
    if (req.product.url && !sameSite(req.product.url, sender.url))
      return refuse('the product is not on the page’s own site');
    if (!limiter.take(tab.tabId)) return refuse('too many purchases from this tab; try again in a minute');
    const check = await tokens.check(req.recordToken, { ...tab, product: productKey(req.product as ProductInput) });
    if (!check.ok) {
      // A retried message whose first try was recorded: the same answer as any existing key.
      if (check.reason === 'spent' && (await hasKey(deps.ledger, req.key))) return { ok: true, created: false };
      return refuse(`record token ${check.reason}`);
    }
    try {
      const result = await recordNow(req);
      if (result.created) await tokens.spend(check.nonce);
      else tokens.release(check.nonce);
      // Nothing about an existing record leaks back: only whether one was made (and the same-day question).
      if (result.created) return { ok: true, created: true };
      return result.reason === 'same-day'
        ? { ok: true, created: false, reason: 'same-day' }
        : { ok: true, created: false };
    } catch (e) {
      tokens.release(check.nonce);
      throw e;
    }
  }

  /** Record first, then estimate: a broken factor database never loses a purchase. */
  async function recordNow(req: Extract<Request, { type: 'purchase.record' }>) {
    const product = storedProduct(req.product);
    const result = await recordPurchase(deps.ledger, {
      key: req.key,
      product,
      price: product.price,
      currency: product.currency,
      quantity: req.quantity,
      condition: product.condition,
      source: req.source,
      orderId: req.orderId ?? null,
      now: now(),
      allowSameDay: req.allowSameDay,
    });
    // Never trust a number from the page: the background estimates the product itself.
    if (result.created) await estimateStored(result.purchase);
    return result;
  }

  /**
   * Estimates a stored purchase at its own date, with the user's correction of the product, and
   * keeps the estimate with it. A failure keeps the purchase, unestimated for now (shown as stale).
   */
  async function estimateStored(p: StoredPurchase): Promise<StoredPurchase | null> {
    try {
      const key = correctionKey(p.product);
      const product = applyCorrection(toInput(p), key ? await corrections.get(key) : null);
      const [estimate] = await deps.estimate([product]);
      return await attachEstimate(deps.ledger, p.id, estimate, now());
    } catch (e) {
      deps.log(`purchase ${p.id} kept without an estimate for now: ${e instanceof Error ? e.message : e}`);
      return null;
    }
  }

  /** The user's edit; a new date is a new exchange-rate and price year, so the purchase is estimated at it. */
  async function edit(req: Extract<Request, { type: 'purchase.edit' }>): Promise<AnyResponse> {
    const changed = await editPurchase(deps.ledger, req.id, req.edit, now());
    if (!changed) return { ok: true, purchase: null };
    const moved = changed.before.day !== changed.after.day && changed.after.estimate !== null;
    return { ok: true, purchase: (moved && (await estimateStored(changed.after))) || changed.after };
  }

  async function dispatch(req: Request, sender: SenderFacts): Promise<AnyResponse> {
    switch (req.type) {
      case 'estimate':
      case 'estimate.facts':
        return estimate(req, sender);
      case 'purchase.record':
        return record(req, sender);
      case 'correction.set':
      case 'correction.get':
        return correction(req, sender);
      case 'ledger.totals': {
        const [months, current] = await Promise.all([ledgerMonths(deps.ledger), settings()]);
        return { ok: true, months, settings: current };
      }
      case 'ledger.overview': {
        const [version, current] = await Promise.all([packVersion(), settings()]);
        const overview = await ledgerOverview(deps.ledger, version);
        return {
          ok: true,
          packVersion: version,
          settings: current,
          ...overview,
          fx: await ratesFor(deps, current, [...overview.recent, ...overview.biggest]),
        };
      }
      case 'purchase.list': {
        const [page, current] = await Promise.all([listPurchases(deps.ledger, req.offset, req.limit), settings()]);
        return { ok: true, ...page, fx: await ratesFor(deps, current, page.purchases) };
      }
      case 'purchase.edit':
        return edit(req);
      case 'purchase.remove':
        return { ok: true, removed: await removePurchase(deps.ledger, req.id) };
      case 'purchase.restore':
        return { ok: true, restored: await restorePurchase(deps.ledger, req.purchase) };
      case 'reestimate.preview':
      case 'reestimate.apply':
        return reestimate(deps, req, await packVersion(), now());
      case 'ledger.export':
        return { ok: true, data: await exportLedger(deps.ledger, now()) };
      case 'ledger.import':
        return { ok: true, ...(await importLedger(deps.ledger, parseExport(req.text))) };
      case 'ledger.erase':
        await eraseLedger(deps.ledger);
        return { ok: true, erased: true };
    }
  }
}
