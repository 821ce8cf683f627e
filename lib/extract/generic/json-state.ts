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

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** Object keys under which server-rendered state keeps the page's one product. */
const PRODUCT_KEY =
  /^(?:product|productData|productDetails?|productDetail|pdp|pdpData|currentProduct|selectedProduct|item|article)$/i;
const MAX_STATE_CHARS = 3_000_000;

export interface StateProduct {
  title: string | null;
  brand: string | null;
  price: number | null;
  currency: string | null;
  listPrice: number | null;
  sku: string | null;
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

/** 129, "129.00", {amount: 129, currency: "EUR"}, {centAmount: 12900, fractionDigits: 2}, {value: 129} -> amount + currency. */
function moneyOf(v: unknown): { amount: number; currency: string | null } | null {
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 && v < 1e9 ? { amount: v, currency: null } : null;
  if (typeof v === 'string') {
    const n = /^\d{1,9}(?:\.\d{1,4})?$/.test(v.trim()) ? Number(v) : NaN;
    return n > 0 ? { amount: n, currency: null } : null;
  }
  if (!isObj(v)) return null;
  const currency = text(v.currency ?? v.currencyCode ?? v.currency_code, 3);
  const iso = currency && /^[A-Z]{3}$/.test(currency) ? currency : null;
  if (typeof v.centAmount === 'number') {
    const digits = typeof v.fractionDigits === 'number' ? v.fractionDigits : 2;
    return v.centAmount > 0 ? { amount: v.centAmount / 10 ** digits, currency: iso } : null;
  }
  const inner = moneyOf(v.amount ?? v.value ?? v.current ?? v.price ?? v.sale ?? v.final);
  return inner ? { amount: inner.amount, currency: iso ?? inner.currency } : null;
}

function availabilityOf(p: Json): 'InStock' | 'OutOfStock' | null {
  const stock = isObj(p.stock) ? p.stock : null;
  const v =
    p.availability ??
    p.stockStatus ??
    stock?.status ??
    stock?.availability ??
    p.inStock ??
    p.available ??
    p.isInStock ??
    stock?.inStock;
  if (typeof v === 'boolean') return v ? 'InStock' : 'OutOfStock';
  const t =
    text(isObj(v) ? v.status : v, 60)
      ?.toLowerCase()
      .replace(/[\s_-]+/g, '') ?? '';
  if (STATE_OUT_OF_STOCK_VALUE.test(t)) return 'OutOfStock';
  if (STATE_IN_STOCK_VALUE.test(t)) return 'InStock';
  return null;
}

function readProduct(p: Json): StateProduct | null {
  const title = text(p.name ?? p.title ?? p.productName, 400);
  const price = moneyOf(p.price ?? p.salePrice ?? p.finalPrice ?? p.currentPrice ?? p.prices);
  if (!title || !price) return null;
  const list = moneyOf(p.listPrice ?? p.originalPrice ?? p.regularPrice ?? p.wasPrice ?? p.compareAtPrice);
  return {
    title,
    brand: nameOf(p.brand ?? p.brandName ?? p.manufacturer),
    price: price.amount,
    currency: price.currency ?? text(p.currency ?? p.currencyCode, 3),
    listPrice: list && list.amount > price.amount ? list.amount : null,
    sku: text(p.sku ?? p.articleNumber ?? p.productNumber, 80),
    gtin: text(p.gtin ?? p.gtin13 ?? p.ean ?? p.barcode ?? p.upc, 20),
    availability: availabilityOf(p),
    pairs: [],
  };
}

/**
 * The product of a server-rendered single-page-app shop (Next.js `__NEXT_DATA__`), for pages with
 * no JSON-LD, microdata or product meta. Only an object reached through a product-ish key (never an
 * array element: arrays are lists of products), with a name and a price, counts. Bounded walk.
 */
export function productFromJsonState(script: Element | string | null): StateProduct | null {
  const src = typeof script === 'string' ? script : script ? ownText(script) : '';
  if (!src || src.length > MAX_STATE_CHARS) return null;
  let root: unknown;
  try {
    root = JSON.parse(src);
  } catch {
    return null;
  }
  const queue: [Json, number][] = isObj(root) ? [[root, 0]] : [];
  for (let seen = 0; queue.length && seen < 3000; seen++) {
    const [node, depth] = queue.shift()!;
    for (const [k, v] of Object.entries(node).slice(0, 200)) {
      if (!isObj(v) || k === '__proto__') continue;
      if (PRODUCT_KEY.test(k)) {
        const p = readProduct(v);
        if (p) return { ...p, pairs: keyValuePairsFromJson(JSON.stringify(v).slice(0, 500_000)) };
      }
      if (depth < 6) queue.push([v, depth + 1]);
    }
  }
  return null;
}
