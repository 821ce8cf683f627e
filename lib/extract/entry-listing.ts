/**
 * The listing bundle's extraction entry (entrypoints/on-demand-listing.content.ts): the shop's
 * listing plan only (tiles found with one query, each read on its turn), as listing.ts's
 * `planListing`, without the generic listing, product and order extraction that module and
 * index.ts bring along. A page without a plan is not this bundle's: its script hands over to the
 * full on-demand script. tests/extract/entry-listing.test.ts holds it to listing.ts's answer.
 */
import { adapterFor } from './shops';
import type { TilePlan } from './listing-plan';

export function planShopListing(doc: Document, url: URL): TilePlan | null {
  try {
    const adapter = adapterFor(url);
    if (!adapter?.listingPlan || adapter.detect?.(doc, url) !== 'listing') return null;
    const plan = adapter.listingPlan(doc, url);
    return plan?.tiles.length ? plan : null;
  } catch {
    return null;
  }
}
