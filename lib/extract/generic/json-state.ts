/**
 * Label/value attribute pairs from a page's embedded JSON state (GraphQL caches, Redux/Next.js
 * state). Many shops render "Material: 100% cotton" client-side from such pairs, so a saved page
 * or a content script running before hydration only has them in a <script> blob.
 *
 * A single linear regex pass over the text, not a JSON.parse: the blobs are often megabytes,
 * sometimes not valid JSON on their own, and only flat `{"key": "...", "value": "..."}` shapes matter.
 */
import type { SpecPairs } from './specs';
import { ownText } from './text';
import { isObj, type Json } from './jsonld';
import { STATE_IN_STOCK_VALUE, STATE_OUT_OF_STOCK_VALUE } from '../words-class';

/** `"key"|"name"|"label": "<label>", ... "value"|"values": "<value>"` with only short scalar fields between. */
const PAIR =
  /"(?:key|name|label|attributeName|displayName)"\s*:\s*"((?:[^"\\\n]|\\.){1,80})"\s*,\s*(?:"[A-Za-z_]{1,30}"\s*:\s*(?:"(?:[^"\\\n]|\\.){0,80}"|null|true|false|-?\d{1,12})\s*,\s*){0,3}"(?:value|values|displayValue|formattedValue)"\s*:\s*"((?:[^"\\\n]|\\.){1,300})"/g;

/** JSON string body -> text; percent-escaped "%25" (some state serialisers escape '%') -> '%'. */
function unescape(s: string): string | null {
  try {
    return (JSON.parse(`"${s}"`) as string).replace(/%25/g, '%').trim() || null;
  } catch {
    return null;
  }
}

/** At most `limit` pairs from the first `maxChars` characters of `text`. */
export function keyValuePairsFromJson(text: string, limit = 200, maxChars = 2_000_000): SpecPairs {
  const out: SpecPairs = [];
  const src = text.length > maxChars ? text.slice(0, maxChars) : text;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(src); m && out.length < limit; m = PAIR.exec(src)) {
    const l = unescape(m[1] ?? '');
    const v = unescape(m[2] ?? '');
    if (l && v && !/^(?:https?:)?\/\//.test(v)) out.push([l, v]);
  }
  return out;
}

/** Pairs from every JSON <script> (not JSON-LD) of the document, bounded overall. */
export function keyValuePairsFromScripts(doc: Document, limit = 200): SpecPairs {
  const out: SpecPairs = [];
  const scripts = doc.querySelectorAll(
    'script[type="application/json"], script#__NEXT_DATA__, script[type="application/x-json"]',
  );
  for (let i = 0; i < scripts.length && i < 100 && out.length < limit; i++) {
    const el = scripts[i];
    const t = el ? ownText(el) : '';
    if (!t.includes('"value') && !t.includes('Value"')) continue;
    out.push(...keyValuePairsFromJson(t, limit - out.length));
  }
  return out;
}

/**
 * Object keys under which server-rendered state keeps the page's one product (also the names of
 * variables assigned one: "var product = {...}", "window.productData = {...}").
 */
const PRODUCT_KEY =
  /^(?:product|productData|productDetails?|productDetail|productInfo|product_data|product_detail|productPage|mainProduct|pdp|pdpData|currentProduct|selectedProduct|item|itemDetail|article|goods|goodsDetail|goodsInfo|goods_detail)$/i;
const MAX_STATE_CHARS = 3_000_000;

export interface StateProduct {
  title: string | null;
  brand: string | null;
  price: number | null;
  currency: string | null;
  listPrice: number | null;
  sku: string | null;
  /** The product object's own "id" (a number or a short code): only as a check of the URL's id (item-id.ts). */
  id: string | null;
  gtin: string | null;
  availability: 'InStock' | 'OutOfStock' | null;
  pairs: SpecPairs;
}

function text(v: unknown, max = 300): string | null {
  if (typeof v === 'string') return v.trim().slice(0, max) || null;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

const nameOf = (v: unknown) => text(v) ?? (isObj(v) ? (text(v.name) ?? text(v.title)) : null);

/**
 * 129, "129.00", {amount: 129, currency: "EUR"}, {centAmount: 12900, fractionDigits: 2}, {value: 129},
 * Shopline's {cents: 12900, dollars: 129, currency_iso: "TWD"} -> amount + currency.
 */
function moneyOf(v: unknown): { amount: number; currency: string | null } | null {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 && v < 1e9 ? { amount: v, currency: null } : null;
  if (typeof v === 'string') {
    const n = /^\d{1,9}(?:\.\d{1,4})?$/.test(v.trim()) ? Number(v) : NaN;
    return n > 0 ? { amount: n, currency: null } : null;
  }
  if (!isObj(v)) return null;
  const iso = isoOf(v.currency ?? v.currencyCode ?? v.currency_code ?? v.currency_iso ?? v.currencyIso);
  if (typeof v.centAmount === 'number') {
    const digits = typeof v.fractionDigits === 'number' ? v.fractionDigits : 2;
    return v.centAmount > 0 ? { amount: v.centAmount / 10 ** digits, currency: iso } : null;
  }
  if (typeof v.dollars === 'number' || typeof v.cents === 'number') {
    const amount = typeof v.dollars === 'number' ? v.dollars : (v.cents as number) / 100;
    return amount > 0 && amount < 1e9 ? { amount, currency: iso } : null;
  }
  const inner = moneyOf(v.amount ?? v.value ?? v.current ?? v.price ?? v.sale ?? v.final);
  return inner ? { amount: inner.amount, currency: iso ?? inner.currency } : null;
}

/** An ISO 4217 code ("MAD", "SAR"), or null. */
function isoOf(v: unknown): string | null {
  const t = text(v, 3);
  return t && /^[A-Z]{3}$/.test(t) ? t : null;
}

/** A stock count: 0 is out of stock, more is in stock ("quantity": 12, "stock": 0, "inventory": 3). */
function countOf(p: Json): 'InStock' | 'OutOfStock' | null {
  const n = p.quantity ?? p.stock_quantity ?? p.stockQuantity ?? p.inventory_quantity ?? p.inventory ?? p.stock;
  if (typeof n !== 'number' || !Number.isFinite(n)) return null;
  return n > 0 ? 'InStock' : 'OutOfStock';
}

function availabilityOf(p: Json): 'InStock' | 'OutOfStock' | null {
  const stock = isObj(p.stock) ? p.stock : null;
  const v =
    p.availability ??
    p.stockStatus ??
    stock?.status ??
    stock?.availability ??
    p.inStock ??
    p.in_stock ??
    p.available ??
    p.is_available ??
    p.isAvailable ??
    p.isInStock ??
    stock?.inStock;
  if (typeof v === 'boolean') return v ? 'InStock' : 'OutOfStock';
  const t =
    text(isObj(v) ? v.status : v, 60)
      ?.toLowerCase()
      .replace(/[\s_-]+/g, '') ?? '';
  if (STATE_OUT_OF_STOCK_VALUE.test(t)) return 'OutOfStock';
  if (STATE_IN_STOCK_VALUE.test(t)) return 'InStock';
  return countOf(p);
}

/** The regular price's keys, and the price to pay when it differs (a sale, a special price). */
const regularPriceOf = (p: Json) => p.price ?? p.regular_price ?? p.regularPrice ?? p.prices ?? p.price_amount;
const salePriceOf = (p: Json) =>
  p.salePrice ??
  p.sale_price ??
  p.specialPrice ??
  p.special_price ??
  p.finalPrice ??
  p.final_price ??
  p.currentPrice ??
  p.current_price ??
  p.discountPrice ??
  p.discount_price ??
  p.sellingPrice ??
  p.selling_price;
/** A price given in minor units by its key's name ("price_cents": 12900 is 129.00). */
function centsOf(p: Json): { amount: number; currency: string | null } | null {
  const c = p.price_cents ?? p.priceInCents ?? p.priceCents;
  return typeof c === 'number' && c > 0 ? { amount: c / 100, currency: null } : null;
}

/** The first variant's sku, when the product has variants and no sku of its own. */
function variantSku(p: Json): string | null {
  const vs = p.variants ?? p.skus;
  const first = Array.isArray(vs) ? (vs[0] as unknown) : null;
  return isObj(first) ? text(first.sku, 80) : null;
}

function readProduct(p: Json, rootCurrency: string | null = null): StateProduct | null {
  const title = text(p.name ?? p.title ?? p.productName ?? p.product_name, 400);
  const regular = moneyOf(regularPriceOf(p)) ?? centsOf(p);
  const sale = moneyOf(salePriceOf(p));
  // A sale price below the regular one is what the buyer pays (0 or null: no sale).
  const onSale = !!sale && (!regular || sale.amount < regular.amount);
  const price = onSale ? sale : regular;
  if (!title || !price) return null;
  const list =
    (onSale ? regular : null) ??
    moneyOf(
      p.listPrice ??
        p.originalPrice ??
        p.regularPrice ??
        p.wasPrice ??
        p.compareAtPrice ??
        p.compare_at_price ??
        p.old_price ??
        p.oldPrice,
    );
  return {
    title,
    brand: nameOf(p.brand ?? p.brandName ?? p.brand_name ?? p.manufacturer ?? p.vendor),
    price: price.amount,
    currency:
      price.currency ?? regular?.currency ?? isoOf(p.currency ?? p.currencyCode ?? p.currency_code) ?? rootCurrency,
    listPrice: list && list.amount > price.amount ? list.amount : null,
    sku:
      text(p.sku ?? p.SKU ?? p.articleNumber ?? p.productNumber ?? p.item_number ?? p.itemNumber, 80) ?? variantSku(p),
    id: typeof p.id === 'number' || typeof p.id === 'string' ? text(String(p.id), 40) : null,
    gtin: text(p.gtin ?? p.gtin13 ?? p.ean ?? p.barcode ?? p.upc, 20),
    availability: availabilityOf(p),
    pairs: [],
  };
}

/** Keys naming the shop's currency anywhere in the state ("currency": "MAD" in the store's settings). */
const CURRENCY_KEY = /^(?:currency|currencyCode|currency_code|currencyIso|currency_iso|storeCurrency|store_currency)$/;
/** Arrays at most this long are walked into (page data: Nuxt's `data: [{...}]`); longer ones are lists of products. */
const MAX_WALKED_ARRAY = 3;

/**
 * The product of a server-rendered single-page-app shop (Next.js `__NEXT_DATA__`, a state or
 * product object assigned in an inline script: stateTextOf), for pages with no JSON-LD, microdata
 * or product meta. Only an object reached through a product-ish key (never an element of a list of
 * products), with a name and a price, counts; its currency, when it states none, the state's
 * first ISO currency code (a store's settings). Bounded walk.
 */
export function productFromJsonState(script: Element | string | (() => string | null) | null): StateProduct | null {
  const src =
    typeof script === 'function' ? script() : typeof script === 'string' ? script : script ? ownText(script) : '';
  if (!src || src.length > MAX_STATE_CHARS) return null;
  let root: unknown;
  try {
    root = JSON.parse(src);
  } catch {
    return null;
  }
  const queue: [Json, number][] = isObj(root) ? [[root, 0]] : [];
  const found: Json[] = [];
  let currency: string | null = null;
  for (let seen = 0; queue.length && seen < 3000; seen++) {
    const [node, depth] = queue.shift()!;
    for (const [k, v] of Object.entries(node).slice(0, 200)) {
      if (currency === null && CURRENCY_KEY.test(k)) currency = isoOf(isObj(v) ? (v.code ?? v.iso_code ?? v.iso) : v);
      if (k === '__proto__') continue;
      if (Array.isArray(v)) {
        if (depth < 6 && v.length <= MAX_WALKED_ARRAY) for (const x of v) if (isObj(x)) queue.push([x, depth + 1]);
        continue;
      }
      if (!isObj(v)) continue;
      if (PRODUCT_KEY.test(k) && found.length < 5) found.push(v);
      if (depth < 6) queue.push([v, depth + 1]);
    }
    // The first product found ends the walk once the state's currency is known too.
    if (found.length && currency !== null) break;
  }
  for (const v of found) {
    const p = readProduct(v, currency);
    if (p) return { ...p, pairs: keyValuePairsFromJson(JSON.stringify(v).slice(0, 500_000)) };
  }
  return null;
}

/** Characters of inline scripts read at most for a state assignment. */
const MAX_SCRIPT_CHARS = 3_000_000;
/**
 * An assignment of an object (or of `JSON.parse("...")`) to a global or variable:
 * "window.__INITIAL_STATE__ = {", "var product = {", "window.__NUXT__={", "self.__STATE__ = JSON.parse(\"".
 * Group 1: the name (its last segment); group 2: "JSON.parse(" when the value is a JSON string.
 */
const ASSIGNMENT =
  /(?:^|[;\s,(){}])(?:window\.|self\.|globalThis\.|var\s+|let\s+|const\s+)?(?:[A-Za-z_$][\w$]*\.)?([A-Za-z_$][\w$]*)\s*=\s*(JSON\.parse\(\s*)?(?=["'{])/y;
/** An `=` followed by what ASSIGNMENT's value may start with: `{`, a quote, or `JSON.parse(` and a quote. */
const ASSIGNED = /=(?=\s*(?:JSON\.parse\(\s*)?["'{])/g;
/** What can stand between ASSIGNMENT's first character and its `=`: names, dots, `var `, spaces. */
const BEFORE_EQUALS = /[\w$.\s]/;

/**
 * The match `ASSIGNMENT.exec(t)` gives with `lastIndex` at `from`, found from the `=` instead of
 * tried at every position (on 1-2 MB of a shop's scripts that was most of the extraction's time).
 * A match holds one `=`, and only BEFORE_EQUALS characters between its start (^ or a delimiter) and
 * it: so for each `=` that a value follows, in order, the match is ASSIGNMENT tried at each position
 * from the delimiter before that run of characters up to the `=`, the leftmost that matches.
 */
export function assignmentFrom(t: string, from: number): RegExpExecArray | null {
  ASSIGNED.lastIndex = from;
  for (let e = ASSIGNED.exec(t); e; e = ASSIGNED.exec(t)) {
    let start = e.index;
    while (start > from && BEFORE_EQUALS.test(t[start - 1]!)) start--;
    for (let s = Math.max(from, start - 1); s < e.index; s++) {
      ASSIGNMENT.lastIndex = s;
      const m = ASSIGNMENT.exec(t);
      if (m) return m;
    }
  }
  return null;
}

/**
 * Whether the `{` at `at` can open a JSON object: JSON allows only its own whitespace, then a key's
 * quote or the closing brace, after it (a JavaScript literal's bare key cannot parse: not read).
 */
function opensJsonObject(t: string, at: number): boolean {
  let i = at + 1;
  while (t[i] === ' ' || t[i] === '\t' || t[i] === '\n' || t[i] === '\r') i++;
  return t[i] === '"' || t[i] === '}';
}

/** Names of the app state or of the product: "__INITIAL_STATE__", "__PRELOADED_STATE__", "__NUXT__", "product", "productData". */
const STATE_NAME =
  /^(?:__[A-Za-z0-9_]+__|\w*(?:state|State|STATE)\w*|\w*(?:product|Product|PRODUCT)\w*|goods\w*|item|itemData)$/;

/**
 * The page's server-rendered app state as JSON text: Next.js's `__NEXT_DATA__`, else the first
 * inline script assigning a state or product object to a global or variable (YouCan, Salla, Zid,
 * Shopline, Tiendanube, Jumpseller-like themes, Vue/Redux `window.__INITIAL_STATE__`, Nuxt 2's
 * `window.__NUXT__` when it is plain JSON), wrapped as `{"<name>": <object>}` so that the name
 * counts as the product's key. Null when there is none (a JavaScript object literal that is not
 * JSON is none). Bounded: MAX_SCRIPT_CHARS overall.
 */
export function stateTextOf(idx: { nextData: Element | null; scripts?: Element[] }): string | null {
  if (idx.nextData) return ownText(idx.nextData);
  let budget = MAX_SCRIPT_CHARS;
  for (const el of idx.scripts ?? []) {
    const t = ownText(el);
    if (t.length > budget) break;
    budget -= t.length;
    if (el.getAttribute('id') === '__NUXT_DATA__') {
      const state = nuxtData(t);
      if (state && PRICED.test(state)) return state;
      continue;
    }
    for (let m = assignmentFrom(t, 0); m; m = assignmentFrom(t, m.index + m[0].length)) {
      const name = m[1] ?? '';
      if (!STATE_NAME.test(name)) continue;
      const at = m.index + m[0].length;
      const json = m[2] ? jsonStringAt(t, at) : t[at] === '{' && opensJsonObject(t, at) ? objectAt(t, at) : null;
      if (json && PRICED.test(json) && isJsonObject(json)) return `{${JSON.stringify(name)}:${json}}`;
    }
  }
  return null;
}

/** The balanced `{...}` starting at `at` (strings skipped), or null when it does not close. */
const objectAt = (t: string, at: number) => balancedAt(t, at, '{', '}', MAX_STATE_CHARS);

/**
 * The balanced `open ... close` starting at `at` (strings skipped), or null when it does not close
 * within `max` characters.
 */
export function balancedAt(t: string, at: number, open: string, close: string, max: number): string | null {
  let depth = 0;
  let quote = '';
  const end = Math.min(t.length, at + max);
  for (let i = at; i < end; i++) {
    const c = t[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === open) depth++;
    else if (c === close && --depth === 0) return t.slice(at, i + 1);
  }
  return null;
}

/** The JSON text held by the JavaScript string literal starting at `at` (JSON.parse("...") or '...'), or null. */
function jsonStringAt(t: string, at: number): string | null {
  const q = t[at];
  if (q !== '"' && q !== "'") return null;
  let out = '';
  const end = Math.min(t.length, at + MAX_STATE_CHARS);
  for (let i = at + 1; i < end; i++) {
    const c = t[i]!;
    if (c === q) {
      try {
        return JSON.parse(`"${out}"`) as string;
      } catch {
        return null;
      }
    }
    if (c === '\\') {
      const n = t[i + 1] ?? '';
      // "\'" inside a single-quoted literal is a plain quote, "\x3C" is JSON's "\u003C"; the rest are JSON's too.
      out += n === "'" ? "'" : n === 'x' ? '\\u00' : c + n;
      i++;
    } else out += c === '"' ? '\\"' : c;
  }
  return null;
}

/** A state worth reading holds a price key ("price", "salePrice", "price_cents"); others ("window.__NUXT__={}") are skipped. */
const PRICED = /"\w*(?:price|Price|PRICE)\w*"\s*:/;

/** Whether `json` parses as a JSON object (a JavaScript literal with bare keys does not). */
function isJsonObject(json: string): boolean {
  try {
    return isObj(JSON.parse(json));
  } catch {
    return false;
  }
}

/** Values a Nuxt payload is decoded into at most (its flat array's entries are shared, so it is bounded). */
const MAX_NUXT_VALUES = 100_000;

/**
 * Nuxt 3's `__NUXT_DATA__` payload (devalue's flat array: every object's and array's values are
 * indices into it; ["Reactive", i], ["ShallowReactive", i], ["Ref", i] wrap a value) as JSON text
 * `{"__NUXT__": <decoded>}`; null when it is not one. Sets, Maps, dates and the like become null.
 */
function nuxtData(text: string): string | null {
  let flat: unknown;
  try {
    flat = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(flat) || !flat.length) return null;
  const arr = flat as unknown[];
  const memo = new Map<number, unknown>();
  let made = 0;
  const WRAPPERS = new Set(['Reactive', 'ShallowReactive', 'Ref', 'ShallowRef', 'EmptyRef', 'EmptyShallowRef']);
  const at = (i: unknown, depth: number): unknown => {
    if (typeof i !== 'number' || !Number.isInteger(i) || i < 0 || i >= arr.length || depth > 40) return null;
    if (memo.has(i)) return memo.get(i);
    if (++made > MAX_NUXT_VALUES) return null;
    const v = arr[i];
    let out: unknown = v;
    if (Array.isArray(v)) {
      if (typeof v[0] === 'string') out = WRAPPERS.has(v[0]) ? at(v[1], depth + 1) : null;
      else {
        const list: unknown[] = [];
        memo.set(i, list);
        for (const x of v.slice(0, 200)) list.push(at(x, depth + 1));
        return list;
      }
    } else if (isObj(v)) {
      const obj: Json = {};
      memo.set(i, obj);
      for (const [k, x] of Object.entries(v).slice(0, 200)) if (k !== '__proto__') obj[k] = at(x, depth + 1);
      return obj;
    }
    memo.set(i, out);
    return out;
  };
  const root = at(0, 0);
  if (!isObj(root)) return null;
  try {
    return JSON.stringify({ __NUXT__: root });
  } catch {
    return null;
  }
}
