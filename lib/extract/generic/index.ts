/**
 * The generic product cascade: structured data (JSON-LD, microdata, OpenGraph/product meta), then
 * visible-page heuristics (buy-box price, h1, breadcrumbs, spec tables). Shop adapters refine this.
 *
 * Precedence, field by field (first non-null wins unless noted):
 * - price/currency: the visible buy-box price when it is reliably located (buy-box context, itemprop,
 *   or close to the title) — it is what the user pays, while structured data can be stale or in
 *   another currency (Etsy shows 53,11 € while og/JSON-LD give 48,00 / 43.90). Otherwise JSON-LD,
 *   microdata, product meta. A structured price in the same currency that the visible one merely
 *   confirms changes nothing.
 * - title: JSON-LD name, microdata name, h1, og:title, <title> (site suffix removed).
 * - brand, identifiers, availability, condition, weight, dimensions, materials: JSON-LD, microdata,
 *   meta, then page text (spec tables / stock line).
 * - category: BreadcrumbList JSON-LD, else breadcrumb markup; home/root crumbs removed.
 */
import type { Product } from '../types';
import { currencyFromHost, isoCurrency, type MoneyHints } from '../money';
import { breadcrumbsFromJsonLd, ldNodesOf, productFromJsonLd, typeList } from './jsonld';
import { productFromMeta, productFromMicrodata } from './meta';
import { indexPage, meta, type PageIndex } from './page-index';
import {
  availabilityFromBuyButton,
  availabilityFromControl,
  availabilityFromPage,
  availabilityFromWords,
} from './buy-button';
import { availabilityFromDom, breadcrumbsFromDom, cleanBreadcrumbs, findTitleElement, stripSiteSuffix } from './dom';
import { findVisiblePrice } from './price';
import { productFromJsonState } from './json-state';
import { itemIdFromAttributes, itemIdFromText, itemIdFromUrl } from './item-id';
import {
  collectSpecPairs,
  conditionFromSpecs,
  conditionFromText,
  dimensionsFromSpecs,
  identifiersFromSpecs,
  materialsFromSpecs,
  packSizeFromText,
  quantityFromSpecs,
  weightFromSpecs,
} from './specs';
import { clean, normaliseGtin, textOf } from './text';
import { CART_HEADING, CART_PATH } from '../words'; // cart pages show line prices: never a product of their own

/** Titles name "Renewed"/"Refurbished" items; "New Balance" or "Used to..." say nothing about condition. */
function refurbishedFromTitle(title: string | null) {
  return conditionFromText(title) === 'refurbished' ? 'refurbished' : null;
}

/** Declared editorial pages: articles and blog posts mention prices without selling one thing. */
const ARTICLE_TYPE = /^(?:Article|BlogPosting|NewsArticle|Blog|Recipe|HowTo|FAQPage)$/;

const ADD_TO_CART =
  'form.cart, [name="add-to-cart"], button[name="add"], [class*="add-to-cart" i], [class*="addtocart" i], [class*="add_to_cart" i]';

/** An undeclared page showing more distinct prices than this is a list of products, not one. */
const MAX_UNDECLARED_AMOUNTS = 4;

export interface GenericResult {
  product: Product | null;
  /** Element showing the price (or the title), for the badge. */
  anchor: Element | null;
  /** True when structured data or meta declares a product. */
  declared: boolean;
  /** Declared, or undeclared but clearly one product (heading + reliably placed price). */
  confident: boolean;
}

const positive = (n: number | null | undefined) => (typeof n === 'number' && n > 0 ? n : null);

function pick<T>(...vals: (T | null | undefined)[]): T | null {
  for (const v of vals) if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) return v;
  return null;
}

/**
 * `pick` over page-text fallbacks that are worth computing only when everything before them gave
 * nothing: each runs only then (the same result as computing them all; on a page whose structured
 * data is complete, their word regexes are never compiled, which is most of their cost).
 */
function pickLazy<T>(...vals: (() => T | null | undefined)[]): T | null {
  for (const f of vals) {
    const v = pick(f());
    if (v !== null) return v;
  }
  return null;
}

export function pageLocale(idx: PageIndex): string | null {
  return clean(idx.doc.documentElement?.getAttribute('lang')) ?? meta(idx, 'og:locale')?.replace('_', '-') ?? null;
}

function absolute(href: string | null | undefined, url: URL): string | null {
  if (!href) return null;
  try {
    return new URL(href, url).href;
  } catch {
    return null;
  }
}

export function extractGenericProduct(doc: Document, url: URL, index?: PageIndex): GenericResult {
  const idx = index ?? indexPage(doc);
  const nodes = ldNodesOf(idx);
  const ld = productFromJsonLd(nodes, url);
  const md = productFromMicrodata(idx);
  const meta = productFromMeta(idx);
  // Server-rendered app state (Next.js) only when nothing else declares the product: a JSON.parse.
  const js = ld || md || meta.price !== null ? null : productFromJsonState(idx.nextData);
  const declared =
    !!ld || !!md || /^(?:og:)?product(?:\.item|\.group)?$/.test(meta.ogType ?? '') || meta.price !== null || !!js;

  const titleEl = findTitleElement(idx, [
    ld?.title ?? null,
    md?.title ?? null,
    js?.title ?? null,
    meta.title ?? null,
    idx.title,
  ]);
  const structuredCurrency = pick(...[ld?.currency, md?.currency, meta.currency, js?.currency].map(isoCurrency));
  const money: MoneyHints = {
    currency: structuredCurrency ?? currencyFromHost(url.hostname),
    locale: pageLocale(idx),
    host: url.hostname,
  };
  const visible = findVisiblePrice(idx, titleEl, money);

  // A structured price of 0 is a placeholder ("call for price", not yet priced), not a free item.
  const structuredPrice = pick(positive(ld?.price), positive(md?.price), positive(meta.price), positive(js?.price));
  let price: number | null;
  let currency: string | null;
  let listPrice = pick(ld?.listPrice, md?.listPrice, meta.listPrice, js?.listPrice);
  // The visible price wins when reliably placed or when structured data has none; a loosely placed
  // visible amount that disagrees with the structured price is more likely someone else's price.
  const useVisible = visible && (visible.reliable || structuredPrice === null || structuredPrice === visible.price);
  if (visible && useVisible) {
    price = visible.price;
    currency = visible.currency ?? structuredCurrency;
    listPrice = visible.listPrice ?? (listPrice !== null && listPrice > visible.price ? listPrice : null);
  } else {
    price = structuredPrice;
    // The page's currency even without a price (host-implied when nothing says otherwise).
    currency = pick(structuredCurrency, currencyFromHost(url.hostname));
  }

  const pairs = js?.pairs.length ? [...collectSpecPairs(idx), ...js.pairs] : collectSpecPairs(idx);
  const ids = identifiersFromSpecs(pairs);
  const siteName = meta.siteName;
  const title = pick(
    ld?.title,
    md?.title,
    js?.title,
    textOf(titleEl, 400),
    stripSiteSuffix(meta.title ?? null, siteName, url.hostname),
    stripSiteSuffix(clean(idx.title, 400), siteName, url.hostname),
  );

  // Without a declaration, a product page needs a heading and a reliably placed price, and few
  // competing amounts (a search page shows many): conservative, so articles and listings stay out.
  // The fields are still returned, for callers (shop adapters) that know the page kind otherwise.
  const notAProduct =
    CART_PATH.test(url.pathname) ||
    CART_HEADING.test(clean(textOf(titleEl ?? idx.h1s[0], 80)) ?? '') ||
    nodes.some((n) => typeList(n).some((t) => ARTICLE_TYPE.test(t))) ||
    // SEO plugins tag WooCommerce products og:type "article" too: an add-to-cart control says shop page.
    (meta.ogType === 'article' && !doc.querySelector(ADD_TO_CART));
  const confident =
    declared || (!notAProduct && !!(titleEl && visible?.reliable && visible.distinctAmounts <= MAX_UNDECLARED_AMOUNTS));
  if (!title && price === null) return { product: null, anchor: null, declared, confident: false };

  const crumbs = cleanBreadcrumbs(
    pickLazy(
      () => breadcrumbsFromJsonLd(nodes),
      () => breadcrumbsFromDom(idx),
    ) ?? [],
    title,
    siteName,
    url.hostname,
  );
  const product: Product = {
    title,
    brand: pick(ld?.brand, md?.brand, meta.brand, js?.brand, ids.brand),
    price,
    currency: price === null ? pick(currency) : currency,
    listPrice: listPrice !== null && price !== null && listPrice > price ? listPrice : null,
    // Computed when first read (below): a shop adapter that states these itself never pays for the
    // page-text searches behind them (Amazon: its own stock line and the ASIN).
    availability: null,
    sku: null,
    gtin: pick(ld?.gtin, md?.gtin, meta.gtin, normaliseGtin(js?.gtin), ids.gtin),
    mpn: pick(ld?.mpn, md?.mpn, ids.mpn),
    asin: ids.asin,
    category: crumbs,
    googleCategory: ld?.googleCategory ?? null,
    condition: pickLazy(
      () => pick(ld?.condition, md?.condition, meta.condition),
      () => conditionFromSpecs(pairs),
      () => refurbishedFromTitle(title),
    ),
    // An explicit "Pack of 2" in the title beats a spec row that counts sellable units ("Number of Items: 1").
    quantity: pickLazy(
      () => (title ? packSizeFromText(title) : null),
      () => quantityFromSpecs(pairs),
    ),
    weightKg: pickLazy(
      () => ld?.weightKg,
      () => weightFromSpecs(pairs),
    ),
    dimensionsCm: pickLazy(
      () => ld?.dimensionsCm,
      () => dimensionsFromSpecs(pairs),
    ),
    materials: pickLazy(
      () => ld?.materials,
      () => materialsFromSpecs(pairs),
    ),
    url: pick(absolute(idx.canonical, url), absolute(ld?.url, url), absolute(meta.url, url)),
  };
  lazyField(product, 'availability', () =>
    pickLazy(
      () => pick(ld?.availability, md?.availability, meta.availability, js?.availability),
      () =>
        availabilityFromPage(
          () => availabilityFromDom(idx),
          () => availabilityFromBuyButton(idx, doc, titleEl),
          () => availabilityFromWords(idx, titleEl),
          () => availabilityFromControl(idx, titleEl),
        ),
    ),
  );
  // The shop's own item number: declared, else labelled on the page, else the product box's
  // id attribute, else the URL's id segment.
  lazyField(
    product,
    'sku',
    () =>
      pick(ld?.sku, md?.sku, meta.sku, js?.sku, ids.sku) ??
      itemIdFromText(idx, titleEl) ??
      itemIdFromAttributes(titleEl) ??
      itemIdFromUrl(url),
  );
  return { product, anchor: visible?.el ?? titleEl, declared, confident };
}

/**
 * Makes `key` of `product` computed on its first read (then a plain value): the result is the same
 * as computing it at once, as long as it is read before the page changes. The extraction entry
 * (../index.ts) copies every product into a plain object before it returns, in the same turn.
 */
function lazyField<K extends keyof Product>(product: Product, key: K, compute: () => Product[K]): void {
  Object.defineProperty(product, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = compute();
      Object.defineProperty(product, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
  });
}
