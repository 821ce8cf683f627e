/**
 * Heuristics on the visible page, for shops without usable structured data and to check what the
 * user actually sees: title, buy-box price (not list / unit / recommendation prices), breadcrumbs,
 * availability. Bounded work: capped candidate counts and ancestor walks; textContent only.
 */
import type { Availability } from '../types';
import { parseMoney, type MoneyHints } from '../money';
import { clean, hints, someAncestor, textOf } from './text';

/** The product heading: an h1 that looks like a product name (not a logo/site heading). */
export function findTitleElement(doc: Document): Element | null {
  const h1s = Array.from(doc.querySelectorAll('h1')).slice(0, 20);
  const good = h1s.filter((h) => {
    const t = textOf(h, 400);
    return !!t && t.length >= 3 && t.length <= 400;
  });
  return good.find((h) => /title|product|name|pdp/.test(hints(h)) || h.hasAttribute('itemprop')) ?? good[0] ?? null;
}

/** "Product name | Shop" -> "Product name": drop segments that are the site name. */
export function stripSiteSuffix(title: string | null, siteName: string | null, host: string): string | null {
  if (!title) return null;
  const site = (siteName ?? '').toLowerCase();
  const hostWord = host.replace(/^www\./, '').split('.')[0].toLowerCase();
  const parts = title.split(/\s+[|–—·:]\s+|\s+-\s+(?=[^-]*$)/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1].toLowerCase().replace(/[\s.&']/g, '');
  if ((site && last.includes(site.replace(/[\s.&']/g, ''))) || last.includes(hostWord)) return clean(parts.slice(0, -1).join(' | '));
  return title;
}

// Role words in class/id/test-id. Word-ish boundaries keep "price" from matching "unprice" etc.
const STRUCK = /(?:^|[\s_-])(?:was|old|strike|striked|crossed|list-?price|listprice|original|regular|rrp|uvp|msrp|compare|before|instead|retail|basis|reference|saving|savings|discount|you-?save)(?:[\s_-]|price|$)/;
const UNIT = /(?:^|[\s_-])(?:unit-?price|price-?per|per-?unit|ppu|base-?price|grundpreis|priceperunit)(?:[\s_-]|$)/;
const ELSEWHERE = /(?:^|[\s_-])(?:carousel|recommend\w*|related|similar|sponsor\w*|upsell|cross-?sell|also|bought|viewed|slider|swiper|footer|bundle|accessor\w*|compare|sims|p13n|shelf|reco|alternatives?|other-?sellers|aod)(?:[\s_-]|$)/;
const BUYBOX = /(?:^|[\s_-])(?:buy-?box|buybox|add-?to-?cart|purchase|price-?block|product-?info|product-?details|pdp|summary|offer|checkout|product-?main|product-?hero|core-?price|product-?price|main-?price|current-?price|sale-?price|final-?price)(?:[\s_-]|$)/;

const CANDIDATES =
  '[itemprop="price"], [data-price], [class*="price" i], [id*="price" i], [data-testid*="price" i], [class*="Price"], [data-automation*="price" i]';

export interface VisiblePrice {
  price: number;
  currency: string | null;
  listPrice: number | null;
  el: Element;
}

/** Steps from `el` up to the nearest ancestor shared with the title, plus the title's depth below it. */
function distanceTo(el: Element, titleAncestors: Map<Element, number> | null): number {
  if (!titleAncestors) return 20;
  let cur: Element | null = el;
  for (let up = 0; cur && up < 40; up++, cur = cur.parentElement) {
    const d = titleAncestors.get(cur);
    if (d !== undefined) return up + d;
  }
  return 40;
}

function isStruck(el: Element): boolean {
  return someAncestor(el, 4, (a) => {
    const tag = a.tagName;
    return tag === 'S' || tag === 'DEL' || tag === 'STRIKE' || STRUCK.test(hints(a)) || /line-through/.test(a.getAttribute('style') ?? '');
  });
}

/** "(6,24 € / Stück)", "$6.24/count", "1 kg = 4,99 €": a per-unit price, judged from nearby text. */
function isUnitPrice(el: Element, text: string): boolean {
  if (/\/\s*\p{L}|\bper\b|\bpro\b|\bje\b|=\s*$/u.test(text)) return true;
  if (someAncestor(el, 3, (a) => UNIT.test(hints(a)))) return true;
  const ctx = clean(el.parentElement?.textContent, 120) ?? '';
  const at = ctx.indexOf(text);
  return at > 0 && /\(\s*$/.test(ctx.slice(0, at)) && /^\s*\/\s*\p{L}/u.test(ctx.slice(at + text.length));
}

/**
 * The price shown in the buy box: candidates are price-marked elements; struck-through, per-unit and
 * recommendation-area prices are excluded; the rest are ranked by closeness to the product title and
 * buy-box context. Returns null unless one candidate is credibly the product's price.
 */
export function findVisiblePrice(doc: Document, titleEl: Element | null, money: MoneyHints): VisiblePrice | null {
  let titleAncestors: Map<Element, number> | null = null;
  if (titleEl) {
    titleAncestors = new Map();
    let cur: Element | null = titleEl;
    for (let d = 0; cur && d < 60; d++, cur = cur.parentElement) titleAncestors.set(cur, d);
  }
  const all = Array.from(doc.querySelectorAll(CANDIDATES)).slice(0, 600);
  let best: { score: number; price: number; currency: string | null; el: Element } | null = null;
  const struck: { el: Element; price: number }[] = [];
  for (let i = 0; i < all.length; i++) {
    const el = all[i];
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'LINK') continue;
    const raw = el.getAttribute('content') ?? (el.tagName === 'META' ? null : el.textContent);
    const text = clean(raw, 80);
    if (!text || text.length > 60) continue;
    const m = parseMoney(text, money);
    if (!m || m.amount <= 0) continue;
    if (!/[\p{Sc}]|[A-Z]{3}|kr|zł|Kč|\bFt\b|円/u.test(text) && !el.hasAttribute('itemprop')) continue;
    if (isStruck(el)) {
      struck.push({ el, price: m.amount });
      continue;
    }
    if (isUnitPrice(el, text)) continue;
    if (someAncestor(el, 30, (a) => ELSEWHERE.test(hints(a)) || a.tagName === 'FOOTER' || a.tagName === 'NAV' || a.tagName === 'ASIDE')) continue;
    const dist = distanceTo(el, titleAncestors);
    let score = -dist * 2 - i * 0.01;
    if (someAncestor(el, 12, (a) => BUYBOX.test(hints(a)))) score += 6;
    if (el.getAttribute('itemprop') === 'price') score += 4;
    if (!titleAncestors && score < 0) continue;
    if (titleAncestors && dist > 14 && score < -20) continue;
    if (!best || score > best.score) best = { score, price: m.amount, currency: m.currency, el };
  }
  if (!best) return null;
  const listPrice = struck
    .filter((s) => s.price > best!.price && distanceTo(s.el, ancestorsOf(best!.el)) <= 8)
    .map((s) => s.price)[0] ?? null;
  return { price: best.price, currency: best.currency, listPrice, el: best.el };
}

function ancestorsOf(el: Element): Map<Element, number> {
  const m = new Map<Element, number>();
  let cur: Element | null = el;
  for (let d = 0; cur && d < 60; d++, cur = cur.parentElement) m.set(cur, d);
  return m;
}

const HOME = /^(home|homepage|start|startseite|accueil|inicio|página de inicio|home page|todas las categorías|all categories|alle kategorien|toutes les catégories|tutte le categorie|ホーム|トップ|back|zurück|retour|volver)$/i;

/** Clean a breadcrumb trail: drop home/root crumbs, separators, duplicates and the product itself. */
export function cleanBreadcrumbs(names: string[], title: string | null, siteName: string | null): string[] {
  const out: string[] = [];
  const t = title?.toLowerCase();
  const site = siteName?.toLowerCase();
  for (const raw of names.slice(0, 20)) {
    const n = clean(raw, 120);
    if (!n || /^[›»>/|•·\\-]+$/.test(n) || HOME.test(n) || n.toLowerCase() === site || /^(www\.)?[\w-]+\.(com|de|fr|es|it|co\.uk|co\.jp)$/i.test(n)) continue;
    if (t && (n.toLowerCase() === t || (n.length > 25 && t.startsWith(n.toLowerCase())))) continue;
    if (out[out.length - 1] !== n) out.push(n);
  }
  return out;
}

const CRUMB_CONTAINERS =
  'nav[aria-label*="breadcrumb" i], [itemtype*="BreadcrumbList"], ol[class*="breadcrumb" i], ul[class*="breadcrumb" i], [class*="breadcrumb" i], [id*="breadcrumb" i], [data-testid*="breadcrumb" i]';

export function breadcrumbsFromDom(doc: Document): string[] {
  for (const box of Array.from(doc.querySelectorAll(CRUMB_CONTAINERS)).slice(0, 10)) {
    const links = Array.from(box.querySelectorAll('a, [itemprop="name"]')).slice(0, 20);
    const names = (links.length ? links : Array.from(box.querySelectorAll('li')).slice(0, 20)).map((a) => textOf(a, 120) ?? '');
    const dedup = names.filter((n, i) => n && names.indexOf(n) === i);
    if (dedup.length) return dedup;
  }
  return [];
}

const IN_STOCK = /\b(in stock|auf lager|sofort lieferbar|lieferbar|en stock|disponible|in magazzino|disponibile|en existencia)\b|在庫あり/i;
const OUT_OF_STOCK = /(out of stock|sold out|currently unavailable|nicht verfügbar|ausverkauft|derzeit nicht|rupture de stock|indisponible|épuisé|agotado|no disponible|esaurito|non disponibile|在庫切れ|売り切れ)/i;

/** Availability from a stock/availability element's text; null when no such element speaks clearly. */
export function availabilityFromDom(doc: Document): Availability {
  const els = Array.from(doc.querySelectorAll('#availability, [class*="availability" i], [id*="availability" i], [class*="stock" i], [data-testid*="stock" i]')).slice(0, 30);
  for (const el of els) {
    if (someAncestor(el, 20, (a) => ELSEWHERE.test(hints(a)))) continue;
    const t = textOf(el, 200);
    if (!t) continue;
    if (OUT_OF_STOCK.test(t)) return 'OutOfStock';
    if (IN_STOCK.test(t)) return 'InStock';
  }
  return null;
}
