/**
 * The shop's own category path where only its scripts hold it: pages that show no breadcrumb
 * markup and declare no BreadcrumbList often still file the product in their app state or their
 * analytics calls (issue #15: "the page's own category" is the surest signal the classifier has).
 * Read, in order:
 * - an app state's breadcrumb list (`"breadcrumbs": [{"name": "Verlichting"}, {"name": "Tafellampen"}]`,
 *   Next.js, Nuxt, Vue stores);
 * - the analytics item's category levels (GA4 `item_category` .. `item_category5`; Universal
 *   Analytics' product detail `category: "Furniture/Chairs"`);
 * - Shopify's product type (the `meta` object Shopify writes on every product page:
 *   `{"product": {"id": .., "gid": "gid://shopify/Product/..", "vendor": .., "type": "Tote Bags"}}`).
 * Linear regex passes over bounded text, no evaluation of the scripts. Most general crumb first.
 */

import { balancedAt } from './json-state';

/** Characters of script text read at most, overall. */
const MAX_CHARS = 2_000_000;
/** A crumb longer than this is a description, not a category. */
const MAX_CRUMB = 80;
/** Crumbs kept at most. */
const MAX_CRUMBS = 8;

const STRING = String.raw`"((?:[^"\\\n]|\\.){1,${MAX_CRUMB}})"|'((?:[^'\\\n]|\\.){1,${MAX_CRUMB}})'`;

/** A JSON or JavaScript string literal's text, or null when it does not unescape. */
function unquote(double: string | undefined, single: string | undefined): string | null {
  const body = double ?? single?.replace(/\\'/g, "'").replace(/"/g, '\\"');
  if (body === undefined) return null;
  try {
    const s = (JSON.parse(`"${body}"`) as string).replace(/\s+/g, ' ').trim();
    return s && s.length <= MAX_CRUMB ? s : null;
  } catch {
    return null;
  }
}

/** A crumb worth keeping: words, not an id, a URL or a template placeholder. */
const isCrumb = (s: string) =>
  /\p{L}/u.test(s) && !/^(?:https?:)?\/\//.test(s) && !/[{}<>]/.test(s) && !/^(?:undefined|null|none|n\/a)$/i.test(s);

/** `"breadcrumbs": [ ... ]` (or "breadcrumb", "breadCrumbs", "breadcrumbList") in an app state. */
const STATE_TRAIL = /["']?bread_?crumbs?(?:List|Items)?["']?\s*:\s*\[/gi;
/** One crumb object's name inside the trail's array. */
const CRUMB_NAME = new RegExp(String.raw`["']?(?:name|label|title|text|displayName)["']?\s*:\s*(?:${STRING})`, 'g');

/** The balanced `[...]` starting at `at` (strings skipped), or null when it does not close nearby. */
const arrayAt = (t: string, at: number) => balancedAt(t, at, '[', ']', 20_000);

/** The strings `re` finds at bracket depth `depth` of `list` (group 1 or 2 the literal), crumbs only, once each. */
function namesIn(list: string, re: RegExp, depth: number): string[] {
  const names: string[] = [];
  re.lastIndex = 0;
  for (let n = re.exec(list); n && names.length < MAX_CRUMBS * 2; n = re.exec(list)) {
    if (depthAt(list, n.index) !== depth) continue;
    const s = unquote(n[1], n[2]);
    if (s && isCrumb(s) && !names.includes(s)) names.push(s);
  }
  return names;
}

function stateTrail(t: string): string[] {
  STATE_TRAIL.lastIndex = 0;
  for (let m = STATE_TRAIL.exec(t); m; m = STATE_TRAIL.exec(t)) {
    const list = arrayAt(t, m.index + m[0].length - 1);
    if (!list) continue;
    // Only the crumbs' own names (the array's first level of objects: not a link's or an image's
    // nested in a crumb); else a trail of plain strings (`"breadcrumbs": ["Verlichting", "Tafellampen"]`).
    const names = namesIn(list, CRUMB_NAME, 2);
    const found = names.length ? names : namesIn(list, PLAIN, 1);
    if (found.length) return found.slice(0, MAX_CRUMBS);
  }
  return [];
}

/** A string literal on its own (an item of a trail of strings, not a key). */
const PLAIN = new RegExp(String.raw`(?:${STRING})(?!\s*:)`, 'g');

/** Bracket depth of position `at` in `t` (strings skipped). */
function depthAt(t: string, at: number): number {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < at; i++) {
    const c = t[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth;
}

/** GA4's first item: `item_category`, then `item_category2` .. `item_category5` in the same object. */
const GA4_FIRST = new RegExp(String.raw`["']?item_category["']?\s*:\s*(?:${STRING})`, 'g');
const GA4_LEVEL = new RegExp(String.raw`["']?item_category([2-5])["']?\s*:\s*(?:${STRING})`, 'g');

/** The product view's event: its items are the page's product (a "view_item_list" is a list's). */
const VIEW_ITEM = /["']view_item["']/;

function ga4Trail(t: string): string[] {
  GA4_FIRST.lastIndex = Math.max(0, t.search(VIEW_ITEM));
  const m = GA4_FIRST.exec(t);
  if (!m) return [];
  const first = unquote(m[1], m[2]);
  if (!first || !isCrumb(first)) return [];
  // The item's object: up to its closing brace.
  const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 2000);
  const close = rest.search(/[{}]/);
  const body = close >= 0 ? rest.slice(0, close) : rest;
  const levels: string[] = [first];
  const byLevel = new Map<number, string>();
  GA4_LEVEL.lastIndex = 0;
  for (let n = GA4_LEVEL.exec(body); n; n = GA4_LEVEL.exec(body)) {
    const s = unquote(n[2], n[3]);
    if (s && isCrumb(s) && !byLevel.has(Number(n[1]))) byLevel.set(Number(n[1]), s);
  }
  for (let level = 2; level <= 5 && byLevel.has(level); level++) levels.push(byLevel.get(level)!);
  return dedupe(levels);
}

/**
 * Universal Analytics' product detail: `detail: {products: [{..., category: "Furniture/Chairs"}]}`,
 * or its gtag form `gtag("event", "view_item", {items: [{..., category: "Furniture/Chairs"}]})`.
 */
const UA_DETAIL =
  /(?:["']?detail["']?\s*:\s*\{\s*(?:["']?actionField["']?\s*:\s*\{[^{}]{0,300}\}\s*,\s*)?["']?products["']?|["']view_item["']\s*,\s*\{\s*["']?items["']?)\s*:\s*\[\s*\{/g;
const UA_CATEGORY = new RegExp(String.raw`["']?category["']?\s*:\s*(?:${STRING})`);

function uaTrail(t: string): string[] {
  UA_DETAIL.lastIndex = 0;
  const m = UA_DETAIL.exec(t);
  if (!m) return [];
  const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 2000);
  const close = rest.search(/[{}]/);
  const c = UA_CATEGORY.exec(close >= 0 ? rest.slice(0, close) : rest);
  const s = c ? unquote(c[1], c[2]) : null;
  return s ? dedupe(s.split(/\s*[/>|]\s*/).filter(isCrumb)) : [];
}

/** Shopify's analytics `meta`: the product's id and gid, its vendor, then its type. */
const SHOPIFY_TYPE =
  /"product"\s*:\s*\{\s*"id"\s*:\s*\d+\s*,\s*"gid"\s*:\s*"gid:\\?\/\\?\/shopify\\?\/Product\\?\/\d+"\s*,\s*"vendor"\s*:\s*"(?:[^"\\\n]|\\.){0,200}"\s*,\s*"type"\s*:\s*"((?:[^"\\\n]|\\.){1,80})"/;

function shopifyType(t: string): string[] {
  const m = SHOPIFY_TYPE.exec(t);
  const s = m ? unquote(m[1], undefined) : null;
  return s && isCrumb(s) ? [s] : [];
}

const dedupe = (list: string[]) => list.filter((s, i) => list.indexOf(s) === i).slice(0, MAX_CRUMBS);

/**
 * The category path the page's scripts (app state, analytics, Shopify's meta) file the product
 * under, most general first; empty when none says. `texts` are the scripts' texts in page order.
 */
export function categoryFromScripts(texts: (string | null | undefined)[]): string[] {
  let budget = MAX_CHARS;
  const bounded: string[] = [];
  for (const t of texts) {
    if (!t) continue;
    if (t.length > budget) break;
    budget -= t.length;
    bounded.push(t);
  }
  const readers: [RegExp, (t: string) => string[]][] = [
    [/bread_?crumb/i, stateTrail],
    [/item_category/, ga4Trail],
    [/detail|view_item/, uaTrail],
    [/gid:\\?\/\\?\/shopify/, shopifyType],
  ];
  for (const [cue, read] of readers)
    for (const t of bounded) {
      if (!cue.test(t)) continue;
      const out = read(t);
      if (out.length) return out;
    }
  return [];
}
