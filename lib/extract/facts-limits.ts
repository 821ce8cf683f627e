/** The product page facts' bounds (./facts-page.ts), apart so the worker's message schema imports only them. */

/**
 * Bounds of what goes to the worker (a message is copied, and the worker's schema holds it to these):
 * at most `text` characters of JSON-LD and app state in all (a page with more is read by the whole
 * extraction instead), and each other string cut to its bound.
 */
export const FACTS_LIMITS = {
  text: 2_000_000,
  ldBlocks: 50,
  meta: 2000,
  title: 400,
  docTitle: 1000,
  url: 2000,
  lang: 40,
  pairs: 10_000,
  pairLabel: 100,
  pairValue: 400,
  crumbs: 20,
  crumb: 200,
  shownTitle: 1000,
  shownPrices: 50,
  shownPrice: 200,
  microdataValue: 400,
  itemId: 60,
  priceAmounts: 20,
  priceDigits: 40,
} as const;
