/**
 * The product page's extraction entry, for the product bundle of the on-demand part
 * (entrypoints/on-demand-product.content.ts): the first, declared half of `extractPageWithAnchors`
 * (index.ts) and nothing of its listing and order steps, so that a product page's script neither
 * parses nor compiles the generic listing and order code.
 *
 * It answers only where the whole extraction would answer the same without those steps: the shop's
 * adapter says "product", or the page declares its product (JSON-LD, microdata, OpenGraph). Every
 * other page (the adapter says listing or order, or nothing is declared, so that order lines or
 * repeated tiles may win over a heading-plus-price guess) is `undecided`: the caller then loads the
 * whole extraction (the full on-demand script) and asks it. tests/extract/entry-product.test.ts
 * holds the two to the same answers on every saved page.
 */
import type { PageKind, Product } from './types';
import { declaredKind, runProduct, safe } from './product-step';
import { indexPage } from './generic/page-index';
import { adapterFor } from './shops';
import { sharingPageIds } from './shops/page-ids';

export type ProductPage =
  | { kind: 'product'; product: Product; anchor: Element | null }
  /** The adapter says "product" but nothing was found: the whole extraction finds nothing either. */
  | { kind: 'none' }
  /** Not decidable without the listing and order steps: ask the whole extraction. */
  | { kind: 'undecided' };

const UNDECIDED: ProductPage = { kind: 'undecided' };

/** The page's product where the declared half of the extraction decides it; `undecided` elsewhere. */
export function extractProductPage(doc: Document, url: string): ProductPage {
  return sharingPageIds(doc, () => extractOnce(doc, url));
}

function extractOnce(doc: Document, url: string): ProductPage {
  const u = safe(() => new URL(url), null);
  if (!u || !doc?.documentElement) return { kind: 'none' };
  const adapter = safe(() => adapterFor(u), null);
  let kind: PageKind | null = adapter?.detect ? safe(() => adapter.detect!(doc, u), null) : null;
  if (kind !== null && kind !== 'product') return UNDECIDED;
  const idx = safe(() => indexPage(doc), null);
  if (idx) kind ??= safe(() => declaredKind(idx), null);
  if (kind !== null && kind !== 'product') return UNDECIDED;
  const p = runProduct(doc, u, adapter, idx);
  if (p.product && (kind === 'product' || p.declared)) return { kind: 'product', product: p.product, anchor: p.anchor };
  return kind === 'product' ? { kind: 'none' } : UNDECIDED;
}
