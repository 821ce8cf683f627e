/**
 * The product from what the page declares and shows, field by field (the precedence is documented
 * in ./index.ts). Shared by the two ways a product is read:
 * - the whole cascade in the page (./index.ts: `extractGenericProduct`), which also reads the
 *   visible price and, where nothing declares them, availability and the item id from page text;
 * - the product page's facts, collected in the page and read in the background worker
 *   (../facts.ts), which has no DOM: no visible price, and those fallbacks absent.
 * Pure: no DOM, so the worker can run it.
 */
import type { Availability, Product } from '../types';
import type { VisiblePrice } from './price';
import type { SpecPairs } from './specs';
import type { StateProduct } from './json-state';
import { breadcrumbsFromJsonLd, productFromJsonLd, productImagesFromJsonLd, type Json } from './jsonld';
import { productFromJsonState } from './json-state';
import type { productFromMeta } from './meta';
import { isoCurrency } from '../money';
import { cleanBreadcrumbs, hostWordOf, stripSiteSuffix } from './dom';
import { declaredTrail } from './declared-trail';
import { itemIdFromUrl } from './item-id';
import { shownOverDeclared } from './shown-sku';
import { availabilityFromSpecCount } from './stock-count';
import {
  conditionFromSpecs,
  conditionFromText,
  dimensionsFromSpecs,
  identifiersFromSpecs,
  materialsFromSpecs,
  packSizeFromText,
  quantityFromSpecs,
  weightFromSpecs,
} from './specs';
import { clean, normaliseGtin } from './text';

/** What the declared sources said (JSON-LD, microdata, product meta, server-rendered app state). */
export interface Declared {
  nodes: Json[];
  ld: Partial<Product> | null;
  md: Partial<Product> | null;
  meta: ReturnType<typeof productFromMeta>;
  js: StateProduct | null;
}

/** OpenGraph's own product types ("product", "og:product", "product.item", "product.group"). */
const OG_PRODUCT_TYPE = /^(?:og:)?product(?:\.item|\.group)?$/;

/**
 * What the page declares, from its JSON-LD nodes, microdata and meta (read in the page or from its
 * facts), with whether that makes a declared product and the currency it states. Server-rendered
 * app state (Next.js) is read only when nothing else declares the product: a JSON.parse.
 */
export function readDeclared(
  nodes: Json[],
  url: URL,
  md: Partial<Product> | null,
  meta: ReturnType<typeof productFromMeta>,
  state: Element | string | (() => string | null) | null,
): Declared & { declared: boolean; currency: string | null } {
  const ld = productFromJsonLd(nodes, url);
  const js = ld || md || meta.price !== null ? null : productFromJsonState(state);
  const declared = !!ld || !!md || OG_PRODUCT_TYPE.test(meta.ogType ?? '') || meta.price !== null || !!js;
  const currency = pick(...[ld?.currency, md?.currency, meta.currency, js?.currency].map(isoCurrency));
  return { nodes, ld, md, meta, js, declared, currency };
}

export interface Shown {
  /** The title element's text (the page's h1, or the element standing for it). */
  titleText: string | null;
  /** The document's <title>. */
  docTitle: string | null;
  canonical: string | null;
  /**
   * The visible buy-box price; null where it is not read (the worker). As a function: searched when
   * the product's price, currency or list price is first read (an adapter that states all three
   * itself never pays for the search).
   */
  visible: VisiblePrice | null | (() => VisiblePrice | null);
  pairs: SpecPairs;
  /** Breadcrumb markup's names (else the scripts' category path), read only when JSON-LD has no BreadcrumbList. */
  domCrumbs: () => string[];
  /** Availability from page text, read only when nothing declares it (null where it is not read). */
  availability: () => Availability;
  /** The item id labelled on the page or in the product box, before the URL's (null where not read). */
  itemId: () => string | null;
  /** The condition on a line beside the title ("Nuevo | +100 vendidos"), read last (absent where not read). */
  condition?: () => Product['condition'];
  /** The brand shown as a link near the title, read only when nothing declares one (absent where not read). */
  brand?: () => string | null;
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

/** Titles name "Renewed"/"Refurbished" items; "New Balance" or "Used to..." say nothing about condition. */
function refurbishedFromTitle(title: string | null) {
  return conditionFromText(title) === 'refurbished' ? 'refurbished' : null;
}

function absolute(href: string | null | undefined, url: URL): string | null {
  if (!href) return null;
  try {
    return new URL(href, url).href;
  } catch {
    return null;
  }
}

/** The structured price of 0 is a placeholder ("call for price", not yet priced), not a free item. */
function structuredPriceOf(d: Declared): number | null {
  return pick(positive(d.ld?.price), positive(d.md?.price), positive(d.meta.price), positive(d.js?.price));
}

/**
 * The structured price is shown near the title as a price to pay, in the visible price's currency,
 * beside the amount chosen: that one is another buyer's ("Adhérents 142€49" beside 149€99).
 */
function shownBeside(visible: VisiblePrice, structured: number | null, currency: string | null): boolean {
  if (structured === null || structured === visible.price || !visible.nearAmounts?.has(structured)) return false;
  return visible.currency === null || currency === null || visible.currency === currency;
}

/** The page's price, currency and list price: the visible price where it is trusted, else the declared one. */
function money(
  d: Declared,
  visible: VisiblePrice | null,
  structuredCurrency: string | null,
  hostCurrency: string | null,
) {
  const structuredPrice = structuredPriceOf(d);
  let listPrice = pick(d.ld?.listPrice, d.md?.listPrice, d.meta.listPrice, d.js?.listPrice);
  // The visible price wins when reliably placed or when structured data has none; a loosely placed
  // visible amount that disagrees with the structured price is more likely someone else's price.
  // Not when the page also shows the structured price near the title (shownBeside).
  if (
    visible &&
    !shownBeside(visible, structuredPrice, structuredCurrency) &&
    (visible.reliable || structuredPrice === null || structuredPrice === visible.price)
  ) {
    return {
      price: visible.price,
      currency: visible.currency ?? structuredCurrency,
      listPrice: visible.listPrice ?? (listPrice !== null && listPrice > visible.price ? listPrice : null),
    };
  }
  // The page's currency even without a price (host-implied when nothing says otherwise).
  listPrice = listPrice ?? null;
  return { price: structuredPrice, currency: pick(structuredCurrency, hostCurrency), listPrice };
}

/**
 * The product, or null when there is neither a title nor a price. `availability` and `sku` are
 * computed when first read (a shop adapter that states them itself never pays for the page-text
 * searches behind them), and so are `price`, `currency` and `listPrice` (the visible price search,
 * where `s.visible` is a function); callers copy the product into a plain object in the same turn.
 */
export function assembleProduct(
  d: Declared,
  s: Shown,
  url: URL,
  currencies: { structured: string | null; host: string | null },
): Product | null {
  const { ld, md, meta, js, nodes } = d;
  let read: ReturnType<typeof money> | null = null;
  const m = () =>
    (read ??= money(
      d,
      typeof s.visible === 'function' ? s.visible() : s.visible,
      currencies.structured,
      currencies.host,
    ));
  // The app state's key/value pairs read as spec rows after the page's own.
  const pairs = js?.pairs.length ? [...s.pairs, ...js.pairs] : s.pairs;
  const ids = identifiersFromSpecs(pairs);
  const siteName = meta.siteName;
  const ldCrumbs = breadcrumbsFromJsonLd(nodes);
  const rawCrumbs = ldCrumbs.length ? ldCrumbs : s.domCrumbs();
  const title = chooseTitle(
    [ld?.title, md?.title, js?.title, s.titleText],
    [
      stripSiteSuffix(meta.title ?? null, siteName, url.hostname),
      stripSiteSuffix(clean(s.docTitle, 400), siteName, url.hostname),
    ],
    {
      shopNames: shopNamesOf(siteName, url.hostname, s.docTitle),
      ids: [ld?.sku, md?.sku, js?.sku, ids.sku, ld?.gtin, md?.gtin, ld?.mpn, md?.mpn, ids.mpn],
      crumbs: rawCrumbs,
    },
  );
  if (!title && m().price === null) return null;

  // The declared trail where it files the product somewhere (./declared-trail.ts), else the visible one.
  const crumbs =
    declaredTrail(ldCrumbs, title, siteName, url.hostname) ??
    cleanBreadcrumbs(s.domCrumbs(), title, siteName, url.hostname);
  const product: Product = {
    title,
    brand: null,
    price: null,
    currency: null,
    listPrice: null,
    availability: null,
    sku: null,
    gtin: pick(ld?.gtin, md?.gtin, meta.gtin, normaliseGtin(js?.gtin), ids.gtin),
    mpn: pick(ld?.mpn, md?.mpn, ids.mpn),
    asin: ids.asin,
    category: crumbs,
    googleCategory: pick(ld?.googleCategory, md?.googleCategory, meta.googleCategory),
    condition: pickLazy(
      () => pick(ld?.condition, md?.condition, meta.condition),
      () => conditionFromSpecs(pairs),
      () => refurbishedFromTitle(title),
      () => s.condition?.() ?? null,
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
    url: pick(absolute(s.canonical, url), absolute(ld?.url, url), absolute(meta.url, url)),
  };
  // The brand: declared or in a spec row, else a link near the title ("Marke: <a>Bosch</a>").
  lazyField(product, 'brand', () =>
    pickLazy(
      () => pick(ld?.brand, md?.brand, meta.brand, js?.brand, ids.brand),
      () => s.brand?.() ?? null,
    ),
  );
  // The money fields: computed on first read, from one money() (see Shown.visible).
  lazyField(product, 'price', () => m().price);
  lazyField(product, 'currency', () => (m().price === null ? pick(m().currency) : m().currency));
  lazyField(product, 'listPrice', () => {
    const { price, listPrice } = m();
    return listPrice !== null && price !== null && listPrice > price ? listPrice : null;
  });
  lazyField(product, 'availability', () =>
    pickLazy(
      () => pick(ld?.availability, md?.availability, meta.availability, js?.availability),
      s.availability,
      // A spec row counting the stock ("Lagerbestand | 5"), where the page says nothing else.
      () => availabilityFromSpecCount(pairs),
    ),
  );
  // The shop's own item number: declared (or the number the page shows, where that is the declared
  // one's stem or another variant's, or the platform's sku is an internal one: shown-sku.ts), else
  // labelled on the page, else the product box's id attribute, else the URL's id segment.
  lazyField(product, 'sku', () => {
    const structured = pick(ld?.sku, md?.sku, meta.sku, js?.sku);
    const declared = structured ?? ids.sku;
    if (declared === null) return s.itemId() ?? itemIdFromUrl(url, js?.id, () => declaredImages(d));
    // A spec row's number under a label that yields ("Артикул") gives way to the shop's own code shown.
    if (structured === null && ids.skuYields) return s.itemId() ?? declared;
    return shownOverDeclared(declared, nodes, s.itemId, url);
  });
  return product;
}

/** The product's pictures the page declares: JSON-LD's, then og:image. */
function declaredImages(d: Declared): string[] {
  const ld = productImagesFromJsonLd(d.nodes);
  return d.meta.image ? [...ld, d.meta.image] : ld;
}

/** What a title must not be: the shop's names, the item's ids, the breadcrumb's labels. */
interface NotTitles {
  shopNames: string[];
  ids: (string | null | undefined)[];
  crumbs: string[];
}

const squashed = (t: string) => t.toLowerCase().replace(/[\s.,&'’!|·:_-]+/g, '');
/** One token with a digit and no lowercase word: a code ("KT-100-SV", "8712345678901"), not a name. */
const BARE_CODE = /^[A-Za-z0-9][A-Za-z0-9._/#-]{3,39}$/;
const isBareCode = (t: string) => BARE_CODE.test(t) && /\d/.test(t) && !/[a-z]{3}/.test(t);

/**
 * Why `t` is not the product's title, or null when it may be: the item's id or a bare code (a
 * variant id in the heading), the shop's name (its h1 logo, og:site_name, the <title>'s suffix),
 * or a breadcrumb label other than the last (a category heading).
 */
export function notATitle(t: string, not: NotTitles): string | null {
  const sq = squashed(t);
  if (!sq) return 'empty';
  if (isBareCode(t) || not.ids.some((id) => !!id && squashed(id) === sq)) return 'id';
  if (not.shopNames.some((n) => n.length > 1 && squashed(n) === sq)) return 'shop';
  const crumbs = not.crumbs.map(squashed);
  if (crumbs.slice(0, -1).includes(sq)) return 'crumb';
  return null;
}

/**
 * The title: the first declared or shown title that is a title (notATitle), else the first
 * announced one (og:title, <title>) that is. A shown heading equal to the last breadcrumb (a
 * category's name, "Wanderschuhe") gives way to an announced title that names something else
 * (does not hold the heading's words).
 * Null when none is a title: the classifier gets no title rather than a wrong one.
 */
export function chooseTitle(
  shown: (string | null | undefined)[],
  announced: (string | null | undefined)[],
  not: NotTitles,
): string | null {
  const ok = (t: string | null | undefined): t is string => !!t && notATitle(t, not) === null;
  const first = shown.find(ok) ?? null;
  const alt = announced.find(ok) ?? null;
  if (!first) return alt;
  const last = not.crumbs[not.crumbs.length - 1];
  if (alt && first === shown[shown.length - 1] && last && squashed(last) === squashed(first)) {
    const a = squashed(alt);
    // Only an announced title naming something else: "Gartenschere Profi - Shop" names the same.
    if (!a.includes(squashed(first)) && !not.crumbs.some((c) => squashed(c) === a)) return alt;
  }
  return fullerTitle(first, [...shown, ...announced].filter(ok));
}

/** A title of at most this many words may be the product's name or model alone ("Aurora", "ECAM 22.110.B"). */
const NAME_ONLY_WORDS = 2;
/** Longest title taken for a fuller one. */
const MAX_FULLER = 300;
/** Where a title joins other things (the shop's name, a slogan): " | ", " - ", " – ". */
const TITLE_PARTS = /\s+[|–—-]\s+/;

const wordsOf = (t: string) => t.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The first title the page declares may be the product's name or model alone ("Aurora", "ECAM
 * 22.110.B": the JSON-LD name, a heading showing the model) where its heading or og:title names the
 * product in full ("Aurora Oak Dining Chair", "De'Longhi ECAM 22.110.B Kaffeevollautomat"): the
 * classifier reads the product's kind from the title's words. The part (between " | ", " - ") of
 * another title that holds the short one whole, word for word, and says more; else the short one.
 * (A part beside it is the shop's name or a slogan: "Aurora | Harbor & Pine" says no more.)
 */
function fullerTitle(first: string, others: string[]): string {
  const short = wordsOf(first);
  if (short.length > NAME_ONLY_WORDS) return first;
  const holds = (t: string) => {
    const w = wordsOf(t);
    return w.length > short.length && w.some((_, i) => short.every((s, j) => w[i + j] === s));
  };
  for (const t of others) {
    if (t.length > MAX_FULLER) continue;
    const part = t.split(TITLE_PARTS).find(holds);
    if (part) return part.trim();
  }
  return first;
}

/** The shop's names: og:site_name, the host's main word, the <title>'s last segment when it names the site. */
function shopNamesOf(siteName: string | null, host: string, docTitle: string | null): string[] {
  const out = siteName ? [siteName] : [];
  const hostWord = hostWordOf(host);
  if (hostWord) out.push(hostWord);
  const doc = clean(docTitle, 400);
  const stripped = stripSiteSuffix(doc, siteName, host);
  if (doc && stripped && stripped !== doc) {
    const parts = doc.split(/\s+[|–—·:]\s+|\s+-\s+(?=[^-]*$)/);
    const suffix = parts[parts.length - 1];
    if (suffix) out.push(suffix);
  }
  return out;
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
