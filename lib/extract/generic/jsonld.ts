/**
 * JSON-LD: tolerant parsing of every `application/ld+json` block, flattening of `@graph`, arrays and
 * `mainEntity`, and mapping of Product / ProductGroup / BreadcrumbList to our fields.
 *
 * Safety: parsed objects are only READ (never merged or spread into other objects), so a
 * `__proto__` key from JSON.parse (an own data property) cannot pollute any prototype. Blocks over
 * MAX_BLOCK are skipped; the walk is bounded in depth and node count.
 */
import type { Availability, Condition, MaterialShare, PageKind, Product } from '../types';
import { parseAmount } from '../money';
import { cleanBrand, normaliseGtin, ownText, str } from './text';
import { toCm, toKg } from './units';
import { conditionFromText } from './specs';
import {
  LIST_PRICE_KIND_TEXT,
  SCHEMA_IN_STOCK_VALUE,
  SCHEMA_OUT_OF_STOCK_VALUE,
  USED_CONDITION_START,
} from '../words-class';

const MAX_BLOCK = 2_000_000;
const MAX_NODES = 5000;
const MAX_DEPTH = 24;

export type Json = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The objects of a one-or-many value ("offers", "hasVariant"), at most 200. */
export function objectsOf(v: unknown): Json[] {
  return (Array.isArray(v) ? v : [v]).filter(isObj).slice(0, 200);
}

/**
 * Repair common breakage and re-parse: comments, trailing commas, raw newlines/tabs inside strings,
 * HTML comment / CDATA wrappers. One linear pass that tracks whether it is inside a string.
 */
export function repairJson(src: string): string {
  const s = src
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '');
  let out = '';
  let inStr = false;
  // Where the last comma outside a string was written, while only whitespace followed it: a `}` or
  // `]` then drops it. Tracked in the same pass so that a ",]" inside a string value stays as it is.
  let trailingComma = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (!c) continue;
    if (inStr) {
      if (c === '\\') {
        out += c + (s[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        inStr = false;
        out += c;
      } else if (c === '\n' || c === '\r' || c === '\t') out += ' ';
      else out += c;
      continue;
    }
    if (c === '/' && s[i + 1] === '/') {
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? s.length : nl - 1;
      continue;
    }
    if (c === '/' && s[i + 1] === '*') {
      const end = s.indexOf('*/', i + 2);
      i = end < 0 ? s.length : end + 1;
      continue;
    }
    if ((c === '}' || c === ']') && trailingComma >= 0)
      out = out.slice(0, trailingComma) + out.slice(trailingComma + 1);
    if (c === ',') trailingComma = out.length;
    else if (!/\s/.test(c)) trailingComma = -1;
    if (c === '"') inStr = true;
    out += c;
  }
  return out;
}

export function parseJsonLoose(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(repairJson(text));
    } catch {
      return undefined;
    }
  }
}

/** Nodes found inside an ItemList / OfferCatalog: listing entries, not the page's own product. */
const listed = new WeakSet<object>();

export function isListed(node: object): boolean {
  return listed.has(node);
}

export function isProductNode(node: Json): boolean {
  return typeList(node).some((t) => PRODUCT_TYPES.has(t));
}

/**
 * Every typed node reachable from the blocks (script elements, or their texts as collected in the
 * page), not descending into related/similar products or reviews.
 */
export function jsonLdNodes(source: Document | (Element | string)[]): Json[] {
  const nodes: Json[] = [];
  let budget = MAX_NODES;
  const skip = new Set([
    'isRelatedTo',
    'isSimilarTo',
    'isAccessoryOrSparePartFor',
    'isConsumableFor',
    'review',
    'reviews',
    'potentialAction',
    'publisher',
    'author',
    'seller',
    'manufacturer',
  ]);
  const walk = (v: unknown, depth: number, inProduct: boolean, inList: boolean) => {
    if (budget-- <= 0 || depth > MAX_DEPTH) return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 500)) walk(x, depth + 1, inProduct, inList);
      return;
    }
    if (!isObj(v)) return;
    const types = typeList(v);
    const isProduct = types.some((t) => PRODUCT_TYPES.has(t));
    // Top-level nodes only for products (a Product inside a Product is a variant or a related item).
    if (types.length && !(inProduct && isProduct)) {
      nodes.push(v);
      if (inList) listed.add(v);
    }
    const isList = types.includes('ItemList') || types.includes('OfferCatalog');
    for (const key of Object.keys(v)) {
      if (skip.has(key) || key === '__proto__' || key === 'offers' || key === 'hasVariant') continue;
      const child = v[key];
      if (typeof child === 'object' && child !== null) walk(child, depth + 1, inProduct || isProduct, inList || isList);
    }
  };
  const scripts = Array.isArray(source)
    ? source
    : Array.from(source.querySelectorAll('script[type="application/ld+json"]'));
  for (const s of scripts) {
    const text = typeof s === 'string' ? s : ownText(s);
    if (!text || text.length > MAX_BLOCK) continue;
    walk(parseJsonLoose(text), 0, false, false);
  }
  return nodes;
}

const nodeCache = new WeakMap<object, Json[]>();

/** jsonLdNodes over a page index's scripts, parsed once per index. */
export function ldNodesOf(idx: { ldScripts: Element[] }): Json[] {
  let nodes = nodeCache.get(idx);
  if (!nodes) nodeCache.set(idx, (nodes = jsonLdNodes(idx.ldScripts)));
  return nodes;
}

const PRODUCT_TYPES = new Set([
  'Product',
  'ProductGroup',
  'IndividualProduct',
  'ProductModel',
  'Book',
  'Vehicle',
  'SomeProducts',
]);

export function typeList(n: Json): string[] {
  const t = n['@type'];
  const arr = Array.isArray(t) ? t : [t];
  return arr.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, ''));
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function nameOf(v: unknown): string | null {
  const x = first(v);
  if (isObj(x)) return str(x.name);
  return str(x);
}

export function availabilityOf(v: unknown): Availability {
  const s = str(first(v));
  if (!s) return null;
  const k = s.replace(/^.*[/#:]/, '').toLowerCase();
  // Catalogue feeds (OpenGraph, Facebook/Google) also write "available for order", "in-stock", "oos".
  if (SCHEMA_IN_STOCK_VALUE.test(k)) return 'InStock';
  if (SCHEMA_OUT_OF_STOCK_VALUE.test(k)) return 'OutOfStock';
  return null;
}

export function conditionOf(v: unknown): Condition {
  const s = str(first(v))
    ?.replace(/^.*[/#:]/, '')
    .toLowerCase();
  if (!s) return null;
  if (s.startsWith('new')) return 'new';
  if (s.startsWith('refurbished')) return 'refurbished';
  if (s.startsWith('used') || s.startsWith('damaged')) return 'used';
  // Localised or free-text conditions ("Gebraucht", "reconditionné", "Neu", "open box").
  if (USED_CONDITION_START.test(s)) return 'used';
  return conditionFromText(s);
}

interface OfferPick {
  price: number | null;
  listPrice: number | null;
  currency: string | null;
  availability: Availability;
  condition: Condition;
}

/** Price from one Offer, preferring an explicit non-list, non-unit priceSpecification. */
function readOffer(o: Json): OfferPick {
  let currency = str(o.priceCurrency);
  let price = parseAmount(o.price, currency);
  let listPrice: number | null = null;
  const specs = Array.isArray(o.priceSpecification) ? o.priceSpecification : [o.priceSpecification];
  for (const sp of specs) {
    if (!isObj(sp)) continue;
    const kind = (str(sp.priceType) ?? '').replace(/^.*[/#:]/, '').toLowerCase();
    const amount = parseAmount(sp.price, currency);
    if (amount === null) continue;
    if (LIST_PRICE_KIND_TEXT.test(kind)) listPrice = amount;
    else if (!sp.referenceQuantity && price === null) {
      price = amount;
      currency = currency ?? str(sp.priceCurrency);
    }
  }
  if (price === null && typeList(o).includes('AggregateOffer')) {
    const low = parseAmount(o.lowPrice, currency);
    const high = parseAmount(o.highPrice, currency);
    // A real spread of prices is a range: no single price until a variant is chosen.
    if (low !== null && (high === null || high === low) && Number(o.offerCount ?? 1) <= 1) price = low;
    else if (low !== null && high !== null && low === high) price = low;
  }
  return {
    price,
    listPrice,
    currency,
    availability: availabilityOf(o.availability),
    condition: conditionOf(o.itemCondition),
  };
}

/**
 * The offer the page's URL selects among a product's per-variant offers (Shopify writes one offer per
 * variant, each with its `url` "…?variant=4242"): the page shows that variant, its price and stock.
 * Only for a URL with a query, matched whole.
 */
function selectedOffer(list: Json[], href: string | null): Json | null {
  if (!href?.includes('?') || list.length < 2) return null;
  return list.find((o) => str(o.url) === href) ?? null;
}

/** Offers may be one Offer, an array, or an AggregateOffer wrapping `offers`. Same price everywhere or null. */
function pickOffer(offers: unknown, href: string | null = null): OfferPick | null {
  const list = (Array.isArray(offers) ? offers : [offers]).filter(isObj).slice(0, 200);
  if (!list.length) return null;
  const selected = selectedOffer(list, href);
  if (selected) return readOffer(selected);
  const read = list.map(readOffer);
  const head = read[0];
  if (!head) return null;
  const agg = list.find((o) => typeList(o).includes('AggregateOffer'));
  if (agg && head.price === null && agg.offers) return pickOffer(agg.offers) ?? head;
  const priced = read.filter((r) => r.price !== null);
  const firstPriced = priced[0];
  if (!firstPriced) return head;
  const same = priced.every((r) => r.price === firstPriced.price);
  // Sizes/sellers: in stock when any offer is (the user can buy one), out only when all say so.
  let availability = read.some((r) => r.availability === 'InStock')
    ? 'InStock'
    : read.every((r) => r.availability === 'OutOfStock')
      ? 'OutOfStock'
      : firstPriced.availability;
  // An AggregateOffer that states its price but not its stock (VTEX): its own offers say the stock.
  if (availability === null && agg?.offers) availability = pickOffer(agg.offers)?.availability ?? null;
  return same ? { ...firstPriced, availability } : { ...firstPriced, price: null, listPrice: null, availability };
}

function quantValue(v: unknown, conv: (n: number, u: string) => number | null, defaultUnit: string): number | null {
  const x = first(v);
  if (isObj(x)) {
    const n = parseAmount(x.value);
    const unit = str(x.unitCode) ?? str(x.unitText) ?? defaultUnit;
    return n === null ? null : conv(n, unit);
  }
  const s = str(x);
  const m = s ? /^(\d+(?:[.,]\d+)?)\s*([^\d\s]+)?$/.exec(s) : null;
  return m?.[1] ? conv(Number(m[1].replace(',', '.')), m[2] ?? defaultUnit) : null;
}

function materials(v: unknown): MaterialShare[] | null {
  const list = (Array.isArray(v) ? v : [v]).map(nameOf).filter((x): x is string => !!x);
  return list.length ? list.map((name) => ({ name, share: null })) : null;
}

/** Choose the variant a ProductGroup page shows: the one whose url/sku matches the page URL. */
function pickVariant(group: Json, url: URL): Json | null {
  const variants = (Array.isArray(group.hasVariant) ? group.hasVariant : [group.hasVariant]).filter(isObj);
  if (!variants.length) return null;
  if (variants.length === 1) return variants[0] ?? null;
  const href = url.href;
  return (
    variants.find((v) => {
      const u = str(v.url);
      const sku = str(v.sku);
      return (u && (u === href || href.endsWith(u))) || (sku && href.includes(sku));
    }) ?? null
  );
}

/** Fields from the page's main Product node (the first top-level Product/ProductGroup). */
/** `{"@id": "#offer"}` references (common in @graph output) -> the node they name. */
function resolver(nodes: Json[]): (v: unknown) => unknown {
  let byId: Map<string, Json> | null = null;
  const one = (v: unknown): unknown => {
    if (!isObj(v) || typeof v['@id'] !== 'string' || typeList(v).length) return v;
    byId ??= new Map(nodes.filter((n) => typeof n['@id'] === 'string').map((n) => [n['@id'] as string, n]));
    return byId.get(v['@id'] as string) ?? v;
  };
  return (v) => (Array.isArray(v) ? v.slice(0, 200).map(one) : one(v));
}

/** The offers of every variant of a group, when no variant is chosen: one price only if they all agree. */
function variantsOffer(group: Json): OfferPick | null {
  const variants = objectsOf(group.hasVariant);
  const offers = variants.flatMap((v) => (Array.isArray(v.offers) ? v.offers : [v.offers])).filter(isObj);
  return offers.length ? pickOffer(offers) : null;
}

function gtinOf(get: (k: string) => unknown): string | null {
  return (
    normaliseGtin(get('gtin13')) ??
    normaliseGtin(get('gtin')) ??
    normaliseGtin(get('gtin12')) ??
    normaliseGtin(get('gtin14')) ??
    normaliseGtin(get('gtin8')) ??
    normaliseGtin(get('isbn')) ??
    normaliseGtin(str(get('productID'))?.replace(/^(?:isbn|ean|upc|gtin\d*):/i, ''))
  );
}

/** A productID that is the shop's own id, not a GTIN/ISBN written there ("isbn:978...", a bare EAN). */
export function shopProductId(v: unknown): string | null {
  const id = str(v, 80);
  if (!id || /^(?:isbn|ean|upc|gtin\d*|mpn):/i.test(id) || normaliseGtin(id)) return null;
  // "sku:AB-1234" (the prefix convention of Google's productID) is the shop's "AB-1234".
  return id.replace(/^sku:\s*/i, '') || null;
}

/** Images read per product node at most. */
const MAX_IMAGES = 8;

/**
 * The image URLs the page's own Product node declares (`image`: a URL, an ImageObject's `url` or
 * `contentUrl`, or a list of them), at most MAX_IMAGES; none where no Product node is the page's.
 */
export function productImagesFromJsonLd(nodes: Json[]): string[] {
  const main = nodes.find((n) => isProductNode(n) && !listed.has(n));
  if (!main) return [];
  const list = Array.isArray(main.image) ? main.image.slice(0, MAX_IMAGES) : [main.image];
  return list
    .map((v) => (isObj(v) ? (str(v.url, 400) ?? str(v.contentUrl, 400)) : str(v, 400)))
    .filter((v): v is string => !!v);
}

export function productFromJsonLd(nodes: Json[], url: URL): Partial<Product> | null {
  // The page's own product: not one of the entries of an ItemList (category pages, "related" lists).
  const main = nodes.find((n) => isProductNode(n) && !listed.has(n));
  if (!main) return null;
  const resolve = resolver(nodes);
  const isGroup = typeList(main).includes('ProductGroup');
  const variant = isGroup ? pickVariant(main, url) : null;
  const p = variant ?? main;
  const get = (k: string) => resolve(p[k] ?? main[k]);
  const offer =
    pickOffer(resolve(p.offers), url.href) ??
    (variant ? pickOffer(resolve(main.offers)) : null) ??
    (isGroup && !variant ? variantsOffer(main) : null);
  // GTIN / MPN sometimes sit on the (single) offer rather than the product; with one offer per
  // variant (Shopify), on the offer the page's URL selects ("?variant=4242": that variant's sku).
  const offers = resolve(p.offers);
  const offerNode = Array.isArray(offers)
    ? offers.length === 1
      ? resolve(offers[0])
      : selectedOffer(offers.filter(isObj), url.href)
    : offers;
  const fromOffer = (k: string) => (isObj(offerNode) ? offerNode[k] : undefined);
  const gtin = gtinOf(get) ?? gtinOf(fromOffer);
  const category = categoryOf(get('category'));
  const dims = ['depth', 'width', 'height'].map((k) => quantValue(get(k), toCm, 'cm'));
  return {
    title: str(get('name')),
    brand: cleanBrand(nameOf(get('brand'))),
    price: offer?.price ?? null,
    currency: offer?.currency ?? null,
    listPrice: offer?.listPrice ?? null,
    availability: offer?.availability ?? null,
    condition: conditionOf(get('itemCondition')) ?? offer?.condition ?? null,
    // The offer's sku only from a single offer (the shop's own; Shopify writes the sku there only):
    // with several offers each is a seller's listing id.
    sku: str(get('sku'), 80) ?? shopProductId(get('productID')) ?? (isObj(offerNode) ? str(offerNode.sku, 80) : null),
    gtin,
    mpn: str(get('mpn'), 80) ?? str(fromOffer('mpn'), 80),
    googleCategory: category,
    weightKg: quantValue(get('weight'), toKg, 'kg'),
    dimensionsCm: dims.every((d) => d !== null) ? { length: dims[0]!, width: dims[1]!, height: dims[2]! } : null,
    materials: materials(get('material')),
    url: str(get('url')),
  };
}

/**
 * A Product's `category` as text: a string ("Furniture > Chairs", "2271"), a Thing's name
 * (`{"@type": "Thing", "name": "Dining Chairs"}`), or a list of either read as a path
 * (`["Furniture", "Chairs"]`); where an item of the list is a whole path itself, the longest one.
 */
function categoryOf(v: unknown): string | null {
  const items = (Array.isArray(v) ? v : [v])
    .slice(0, 10)
    .map((x) => (isObj(x) ? str(x.name) : str(x)))
    .filter((x): x is string => !!x);
  if (items.length < 2) return items[0] ?? null;
  if (items.some((x) => /\s[>/|»›]\s/.test(x))) return items.reduce((a, b) => (b.length > a.length ? b : a));
  return items.join(' > ');
}

/** Breadcrumb names from the first BreadcrumbList, in position order. */
export function breadcrumbsFromJsonLd(nodes: Json[]): string[] {
  const list = nodes.find((n) => typeList(n).includes('BreadcrumbList'));
  if (!list) return [];
  const items = (Array.isArray(list.itemListElement) ? list.itemListElement : [list.itemListElement]).filter(isObj);
  return items
    .map((it, i) => ({ pos: Number(it.position ?? i), name: str(it.name) ?? nameOf(it.item) }))
    .sort((a, b) => (Number.isFinite(a.pos) && Number.isFinite(b.pos) ? a.pos - b.pos : 0))
    .map((x) => x.name)
    .filter((x): x is string => !!x);
}

/** The page kind its JSON-LD nodes declare (cheap: types only); null when they say nothing. */
export function declaredKindOf(nodes: Json[]): PageKind | null {
  const types = new Set(nodes.flatMap(typeList));
  if (types.has('Order')) return 'order';
  // A Product of its own (not an ItemList entry) makes a product page; listed ones a listing.
  if (nodes.some((n) => isProductNode(n) && !isListed(n))) return 'product';
  if (
    types.has('ItemList') ||
    types.has('OfferCatalog') ||
    types.has('SearchResultsPage') ||
    types.has('CollectionPage')
  )
    return 'listing';
  return null;
}
