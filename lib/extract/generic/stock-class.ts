/**
 * Availability from a class of the product's own box: an ancestor of the title whose class names
 * its stock ("<div class="product type-product … outofstock">" in WooCommerce, whatever the theme
 * prints; "<section class="product product--sold-out">" in Shopify themes). Whole class tokens only
 * (words-class.ts); the title's ancestors alone are read, so a related product's box never speaks.
 */
import type { Availability } from '../types';
import { onAncestors } from './ancestors';
import type { WordList } from '../words';
import { PRODUCT_BOX_IN_STOCK_CLASS, PRODUCT_BOX_OUT_OF_STOCK_CLASS } from '../words-class';

/** Ancestors of the title read: the product's box is near it, the page's wrappers say nothing. */
const MAX_LEVELS = 12;

let tokens: { out: Set<string>; in: Set<string> } | null = null;
const setOf = (list: WordList) => new Set(Object.values(list).flat());

export function availabilityFromBoxClass(titleEl: Element | null): Availability {
  tokens ??= { out: setOf(PRODUCT_BOX_OUT_OF_STOCK_CLASS), in: setOf(PRODUCT_BOX_IN_STOCK_CLASS) };
  const { out, in: inStock } = tokens;
  return onAncestors(titleEl?.parentElement ?? null, MAX_LEVELS, (box): Availability => {
    for (const raw of (box.getAttribute('class') ?? '').split(/\s+/)) {
      const t = raw.toLowerCase();
      if (out.has(t)) return 'OutOfStock';
      if (inStock.has(t)) return 'InStock';
    }
    return null;
  });
}
