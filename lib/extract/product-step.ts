/**
 * The declared half of page extraction, shared by the whole extraction (index.ts) and the product
 * bundle's entry (entry-product.ts): the page kind its JSON-LD declares, and the generic product
 * refined by the shop's adapter. Nothing here imports the listing or order steps, so the product
 * bundle stays without them.
 */
import type { PageKind, Product } from './types';
import type { ShopAdapter } from './adapter';
import { extractGenericProduct } from './generic';
import { declaredKindOf, ldNodesOf } from './generic/jsonld';
import type { PageIndex } from './generic/page-index';

/** `f()`, or `fallback` when it throws: one failing step never fails the page. */
export function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** Cheap declared-kind signals from JSON-LD types; null when they say nothing. */
export function declaredKind(idx: PageIndex): PageKind | null {
  return declaredKindOf(ldNodesOf(idx));
}

/** The generic product, refined by the shop's adapter. */
export function runProduct(
  doc: Document,
  url: URL,
  adapter: ShopAdapter | null,
  idx: PageIndex | null,
): { product: Product | null; anchor: Element | null; declared: boolean; confident: boolean } {
  const generic = safe(() => extractGenericProduct(doc, url, idx ?? undefined), {
    product: null,
    anchor: null,
    declared: false,
    confident: false,
  });
  if (!adapter) return { ...generic, product: plain(generic.product) };
  const product = adapter.product
    ? safe(() => adapter.product!(doc, url, generic.product), generic.product)
    : generic.product;
  const anchor = (adapter.productAnchor ? safe(() => adapter.productAnchor!(doc, url), null) : null) ?? generic.anchor;
  // `confident` read only when asked (the generic result computes it on first read: the visible
  // price search, which an adapter stating the price may have spared).
  return {
    product: plain(product),
    anchor,
    declared: generic.declared,
    get confident() {
      return generic.confident;
    },
  };
}

/**
 * The product as a plain object: the generic product computes some fields when first read (an
 * adapter that sets them itself skips that work); every field is read here, in the same turn as
 * the rest of the extraction, so nothing is computed later on a page that has changed.
 */
export function plain(product: Product | null): Product | null {
  return product ? safe(() => ({ ...product }), null) : null;
}
