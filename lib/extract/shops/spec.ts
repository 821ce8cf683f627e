/**
 * Shops as data: a ShopSpec says where a shop lives (hosts), which URLs are which page kind, where
 * its item id sits in the URL, which elements show the title and price, and how its result cards
 * read (spec-tiles.ts). `adapterFromSpec` is the one interpreter that turns a spec into the
 * ShopAdapter contract. Code hooks only where a shop needs code (Zalando's client-side material
 * table, IKEA's attribute-only category cards); Amazon, eBay and AliExpress stay code.
 */
import type { ShopAdapter } from '../adapter';
import type { PageKind, Product } from '../types';
import { cleanTitle, pageHints, priceFromText } from '../listing-tile';
import { anchorIn, readShown, type ShownFacts } from './spec-page';
import type { MoneyHints } from '../money';
import { emptyProduct, withFields } from './product-base';
import { listingFromTiles, tilesPlan, type TileSpec } from './spec-tiles';

/** The price a product page shows, read where the page's data (JSON-LD, og:price) falls short. */
export interface ShownPrice {
  /** Elements showing the price, ordered fallbacks; each is read as one run of text ("$", "79", ".99"). */
  selectors: string[];
  /** 'always': the shown price wins over the page's data; 'missing': it only fills an absent price. */
  use: 'always' | 'missing';
  /**
   * The page's data is in the seller's currency, not the visitor's (Etsy): the shown price brings
   * its own currency (unknown stays unknown), and the data's list price survives only when it is
   * above the shown price in the same currency.
   */
  dataInOtherCurrency?: boolean;
}

export interface ShopSpec {
  id: string;
  /** Domains the shop serves; each matches itself and its subdomains ("*://*.otto.de/*"). */
  hosts: string[];
  /** Page kind by URL path, first match wins; no match lets the generic detection decide. */
  pages: { kind: Exclude<PageKind, 'other'>; path: RegExp }[];
  /** The shop's item id in the URL path (the first capture group that matched), used when the page declares none. */
  skuInPath?: RegExp;
  /** Item ids are written in capitals on the page ("AR322O0BC-C11") but lowercase in URLs. */
  skuUpperCase?: boolean;
  /** The product page's title element; it wins over the data, and makes a product when the data has none. */
  title?: string;
  price?: ShownPrice;
  /** Elements showing the price, most specific first; the badge falls back to the h1. */
  anchor: string[];
  /** The anchor must have text (a shop that leaves empty price boxes of older layouts in the page). */
  anchorHasText?: boolean;
  /** Result cards on listing pages; without them the generic tile finder reads the listing. */
  tiles?: TileSpec;
  /** Code for what data cannot say: `product` runs after the spec's own rules, `listing` instead of `tiles`. */
  hooks?: Pick<ShopAdapter, 'product' | 'listing'>;
}

export function kindOf(spec: Pick<ShopSpec, 'pages'>, url: URL): PageKind | null {
  return spec.pages.find((p) => p.path.test(url.pathname))?.kind ?? null;
}

function skuOf(spec: ShopSpec, url: URL): string | null {
  const m = spec.skuInPath?.exec(url.pathname);
  const raw = m?.slice(1).find((g) => g !== undefined) ?? null;
  return raw && spec.skuUpperCase ? raw.toUpperCase() : raw;
}

function withShownPrice(rule: ShownPrice, shown: ShownFacts, hints: MoneyHints, p: Product): Product {
  if (rule.use === 'missing' && p.price !== null) return p;
  let money: { price: number; currency: string | null } | null = null;
  for (const text of shown.prices) if ((money = priceFromText(text, hints))) break;
  if (!money) return p;
  if (!rule.dataInOtherCurrency) return withFields(p, { price: money.price, currency: money.currency ?? p.currency });
  const sameCurrencyAbove = p.listPrice !== null && p.listPrice > money.price && p.currency === money.currency;
  return withFields(p, {
    price: money.price,
    currency: money.currency,
    listPrice: sameCurrencyAbove ? p.listPrice : null,
  });
}

/**
 * The spec's rules on the generic product, from what was read in the page (pure: the worker runs it
 * on a product page's facts); the spec's code hook, if any, is not run here.
 */
export function productFromShown(
  spec: ShopSpec,
  shown: ShownFacts,
  url: URL,
  hints: MoneyHints,
  generic: Product | null,
): Product | null {
  const title = cleanTitle(shown.title);
  if (!generic && !title) return null;
  let p = generic ?? emptyProduct();
  if (title) p = withFields(p, { title });
  if (spec.skuInPath) p = withFields(p, { sku: p.sku ?? skuOf(spec, url) });
  if (spec.price) p = withShownPrice(spec.price, shown, hints, p);
  return p;
}

function productRule(spec: ShopSpec) {
  return (doc: Document, url: URL, generic: Product | null): Product | null => {
    const shown = readShown(doc, spec.title, spec.price?.selectors ?? []);
    const p = productFromShown(spec, shown, url, pageHints(doc, url), generic);
    return p && spec.hooks?.product ? spec.hooks.product(doc, url, p) : p;
  };
}

function anchorRule(spec: ShopSpec) {
  return (doc: Document): Element | null => anchorIn(doc, spec.anchor, !!spec.anchorHasText);
}

export function adapterFromSpec(spec: ShopSpec): ShopAdapter {
  const tiles = spec.tiles;
  const listing =
    spec.hooks?.listing ?? (tiles ? (doc: Document, url: URL) => listingFromTiles(tiles, doc, url) : null);
  return {
    id: spec.id,
    matches: spec.hosts.map((h) => `*://*.${h}/*`),
    detect: (_doc, url) => kindOf(spec, url),
    product: productRule(spec),
    ...(listing ? { listing } : {}),
    // Cards read on demand (the content script reads those near the viewport); a code hook has none.
    ...(tiles && !spec.hooks?.listing ? { listingPlan: (doc: Document, url: URL) => tilesPlan(tiles, doc, url) } : {}),
    productAnchor: anchorRule(spec),
  };
}
