/**
 * Messages about loading the on-demand part (extraction + badges). Handled by the background entry
 * itself, before the typed router: they carry no data and act only on the sender's own tab.
 */

/** From the detector: "this frame can hold a product, a listing or an order; load the rest". */
export const PAGE_INJECT = 'page.inject';
/**
 * Which on-demand script a PAGE_INJECT asks for: the product bundle (the detector saw a declared
 * product page, lib/content/detect.ts `injectKind`), the listing bundle (a shop's search results),
 * else the full script. A bundle asks for the full one itself when the page is not its kind.
 */
export type OnDemandBundle = 'product' | 'listing' | 'full';

/** The product bundle's hand-over (entrypoints/on-demand-product.content.ts): "load the full script here". */
export const FULL_INJECT_REQUEST = { type: PAGE_INJECT, bundle: 'full' } as const;

/** The script a PAGE_INJECT message asks for; anything but an explicit 'product' or 'listing' is the full script. */
export function injectBundle(m: { bundle?: unknown }): OnDemandBundle {
  return m.bundle === 'product' || m.bundle === 'listing' ? m.bundle : 'full';
}

/** From the popup (after a click on the toolbar button): run once on that tab (activeTab). */
export const PAGE_RUN_ON_TAB = 'page.run-on-tab';

/** From the on-demand part, on the first open of a badge's panel in a frame: load the panel's file there. */
export const PAGE_PANEL = 'page.panel';

/** The built always-on detector (entrypoints/detector.ts): manifest content script and run-time registration. */
export const DETECTOR_FILE = '/detector.js';
/**
 * When the detector runs: as soon as the document is parsed, not at "idle" (which Chromium may hold
 * back up to 200 ms after DOMContentLoaded while images load), so the badge comes sooner. A page
 * that renders its products later is looked at again (lib/content/recheck.ts).
 */
export const DETECTOR_RUN_AT = 'document_end';

/**
 * The mark, on the frame's isolated-world global, that the on-demand part is in (or on its way):
 * set by the detector before it asks, or by the background's probe (entrypoints/background/inject.ts).
 */
export const ON_DEMAND_MARK = '__embodiedOnDemand';

/** The built on-demand script, injected with scripting.executeScript (never web-accessible). */
export const ON_DEMAND_FILE = '/content-scripts/on-demand.js';

/** The built product bundle (entrypoints/on-demand-product.content.ts), injected like the full script. */
export const ON_DEMAND_PRODUCT_FILE = '/content-scripts/on-demand-product.js';

/** The built listing bundle (entrypoints/on-demand-listing.content.ts), injected like the full script. */
export const ON_DEMAND_LISTING_FILE = '/content-scripts/on-demand-listing.js';

/** The built panel (entrypoints/in-page-panel.tsx), injected like the on-demand script on the first open. */
export const PANEL_FILE = '/in-page-panel.js';

export function isPanelRequest(m: unknown): m is { type: typeof PAGE_PANEL } {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === PAGE_PANEL;
}

export function isInjectRequest(m: unknown): m is { type: typeof PAGE_INJECT; bundle?: unknown } {
  return typeof m === 'object' && m !== null && (m as { type?: unknown }).type === PAGE_INJECT;
}

export function isRunOnTabRequest(m: unknown): m is { type: typeof PAGE_RUN_ON_TAB; tabId: number } {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as { type?: unknown; tabId?: unknown };
  return r.type === PAGE_RUN_ON_TAB && typeof r.tabId === 'number' && Number.isInteger(r.tabId) && r.tabId >= 0;
}
