/**
 * Shops as data: a ShopSpec says where a shop lives (hosts), which URLs are which page kind, where
 * its item id sits in the URL and which elements show the price (for the badge), with its
 * detection test URLs beside them. `adapterFromSpec` is the one interpreter that turns a spec into
 * the ShopAdapter contract. Code hooks only where a shop needs code (Zalando's client-side
 * material table); Amazon, eBay, AliExpress and the other big adapters stay code.
 */
import type { ShopAdapter } from '../adapter';
import type { PageKind, Product } from '../types';

export interface ShopSpec {
  id: string;
  /** Domains the shop serves; each matches itself and its subdomains ("*://*.otto.de/*"). */
  hosts: string[];
  /** Page kind by URL path, first match wins; no match lets the generic detection decide. */
  pages: { kind: Exclude<PageKind, 'other'>; path: RegExp }[];
  /** The shop's item id in the URL path (capture group 1), used when the page declares none. */
  skuInPath?: RegExp;
  /** Item ids are written in capitals on the page ("AR322O0BC-C11") but lowercase in URLs. */
  skuUpperCase?: boolean;
  /** Elements showing the price, most specific first; the badge falls back to the h1. */
  anchor: string[];
  /** Code for what data cannot say, run after the spec's own product rule. */
  hooks?: Pick<ShopAdapter, 'product'>;
}

function kindOf(spec: ShopSpec, url: URL): PageKind | null {
  return spec.pages.find((p) => p.path.test(url.pathname))?.kind ?? null;
}

function skuOf(spec: ShopSpec, url: URL): string | null {
  const raw = spec.skuInPath?.exec(url.pathname)?.[1] ?? null;
  return raw && spec.skuUpperCase ? raw.toUpperCase() : raw;
}

export function adapterFromSpec(spec: ShopSpec): ShopAdapter {
  const product = (doc: Document, url: URL, generic: Product | null): Product | null => {
    if (!generic) return null;
    const withSku = spec.skuInPath ? { ...generic, sku: generic.sku ?? skuOf(spec, url) } : generic;
    return spec.hooks?.product ? spec.hooks.product(doc, url, withSku) : withSku;
  };
  return {
    id: spec.id,
    matches: spec.hosts.map((h) => `*://*.${h}/*`),
    detect: (_doc, url) => kindOf(spec, url),
    product,
    productAnchor: (doc) => {
      for (const sel of spec.anchor) {
        const el = doc.querySelector(sel);
        if (el) return el;
      }
      return doc.querySelector('h1');
    },
  };
}
