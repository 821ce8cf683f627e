/**
 * The background worker's message handler: parse first, then act. Pure of browser globals:
 * the entrypoint passes in the sender's facts, the ledger and the estimator.
 */
import type { Estimate } from '../estimate/schema';
import type { ProductInput } from '../estimate/input';
import { listPurchases, recordPurchase, removePurchase } from '../ledger/ledger';
import type { LedgerDb } from '../ledger/db';
import { EXTENSION_PAGE_ONLY, RequestSchema, type Request, type Response } from '../messaging/protocol';

export interface RouterDeps {
  ledger: LedgerDb;
  estimate(products: ProductInput[]): Promise<Estimate[]>;
  /** Our own origin, e.g. chrome-extension://<id>/ : senders from it are extension pages. */
  extensionOrigin: string;
  log(message: string): void;
  now?: () => Date;
}

export interface SenderFacts {
  /** The sender's document URL (`sender.url`). */
  url?: string;
  /** Set when the message comes from a tab (a content script). */
  tabId?: number;
}

type AnyResponse = Response<Request['type']>;

export function createRouter(deps: RouterDeps) {
  // A content script's sender URL is the web page's; only our own pages have our origin (a popup
  // or options page opened in a tab still does, though it has a tab id).
  const fromExtensionPage = (s: SenderFacts) => typeof s.url === 'string' && s.url.startsWith(deps.extensionOrigin);

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
    if (EXTENSION_PAGE_ONLY.has(req.type) && !fromExtensionPage(sender)) {
      deps.log(`rejected '${req.type}' from a non-extension sender`);
      return { ok: false, error: 'not allowed from this sender' };
    }
    try {
      return await dispatch(req);
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      deps.log(`'${req.type}' failed: ${error}`);
      return { ok: false, error };
    }
  };

  async function dispatch(req: Request): Promise<AnyResponse> {
    switch (req.type) {
      case 'estimate':
        return { ok: true, estimates: await deps.estimate(req.products as ProductInput[]) };
      case 'purchase.record': {
        // Never trust a number from the page: the background estimates the product itself.
        const [estimate] = await deps.estimate([req.product as ProductInput]);
        const result = await recordPurchase(deps.ledger, {
          key: req.key,
          title: req.product.title,
          url: req.product.url ?? null,
          price: req.product.price ?? null,
          currency: req.product.currency ?? null,
          quantity: req.quantity,
          source: req.source,
          orderId: req.orderId ?? null,
          estimate,
          now: deps.now?.() ?? new Date(),
        });
        return { ok: true, ...result };
      }
      case 'purchase.list':
        return { ok: true, ...(await listPurchases(deps.ledger)) };
      case 'purchase.remove':
        return { ok: true, removed: await removePurchase(deps.ledger, req.id) };
    }
  }
}
