/**
 * The shop's listing plan (tiles found with one query, each read on its turn), in a module of its
 * own so that the listing bundle (entrypoints/on-demand-listing.content.ts) imports it without the
 * generic listing, product and order extraction that listing.ts and index.ts bring along; listing.ts
 * re-exports it for the full script. A page without a plan is not the listing bundle's: its script
 * hands over to the full on-demand script.
 */
import { adapterFor } from './shops';
import type { TilePlan } from './listing-plan';

/**
 * The plan of a page its shop's adapter declares a listing (by URL, no DOM read) and whose tiles it
 * can find; null otherwise (the whole-page extraction decides then). Never throws.
 */
export function planListing(doc: Document, url: URL): TilePlan | null {
  try {
    const adapter = adapterFor(url);
    if (!adapter?.listingPlan || adapter.detect?.(doc, url) !== 'listing') return null;
    const plan = adapter.listingPlan(doc, url);
    return plan?.tiles.length ? plan : null;
  } catch {
    return null;
  }
}
