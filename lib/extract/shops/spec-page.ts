/**
 * What a shop spec reads in the page for a product: its title element, its shown prices and the
 * badge anchor. DOM reads only, importing nothing but the text reader, so the product bundle reads
 * them with the same code as the spec's adapter (./spec.ts) and leaves the parsing to the worker.
 */
import { firstText, priceTextOf, textOf } from '../element-text';

/** What a spec's product rules read in the page: its title element's text and its shown prices' texts. */
export interface ShownFacts {
  title: string | null;
  /** Texts of the elements matching the shown-price selectors, in fallback order (bounded). */
  prices: string[];
}

/** Shown-price elements read at most (the first that reads as one price wins). */
const MAX_SHOWN_PRICES = 50;

/** The spec's title element and shown prices, read in the page (DOM only: the product bundle runs it too). */
export function readShown(doc: ParentNode, title: string | null | undefined, prices: readonly string[]): ShownFacts {
  const out: ShownFacts = { title: title ? textOf(doc.querySelector(title)) || null : null, prices: [] };
  for (const sel of prices)
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      if (out.prices.length >= MAX_SHOWN_PRICES) return out;
      out.prices.push(priceTextOf(el));
    }
  return out;
}

/** The first anchor selector's element (with text, when `hasText`); null when the page has none (the caller falls back to the price, then the title). */
export function anchorIn(doc: Document, anchor: readonly string[], hasText: boolean): Element | null {
  if (hasText) return firstText(doc, anchor)?.el ?? null;
  for (const sel of anchor) {
    const el = doc.querySelector(sel);
    if (el) return el;
  }
  return null;
}
