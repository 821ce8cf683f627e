/**
 * Listing tiles on shops never seen: find the repeated sibling structure that holds the prices.
 *
 * 1. Collect the small elements whose text is a price ("$59.99", "EUR 10,79", "2.998,00 €").
 * 2. For each, walk up its ancestors; group ancestors by (grandparent, parent's class signature,
 *    own class signature). Tiles are siblings (or cousins across grid rows) that share one.
 * 3. The group with the most members that hold both a price and a link is the tile set; tied
 *    groups prefer the outer one (the whole card rather than its body).
 * Then each tile is read: title, link, price (not struck-out, not per-unit, not "from"), rating, ad label.
 */
import type { Item } from './types';
import {
  absoluteUrl,
  cleanTitle,
  hasAdLabel,
  pageHints,
  PRICE_TEXT,
  priceFromText,
  priceTextOf,
  quantityFromTitle,
  readRating,
  textOf,
} from './listing-tile';
import type { MoneyHints } from './money';
import { NOT_CARD_PRICE_TEXT } from './words';
import { BADGE_BOX, CAROUSEL_BOX, TILE_OLD_PRICE } from './words-class';

type Listing = { items: Item[]; anchors: (Element | null)[] };

const MAX_PRICE_ELEMENTS = 3000;
const MAX_CLIMB = 24;
const MAX_NODES = 200_000;
const MIN_TILES = 3;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'SELECT', 'OPTION']);

/** Text inside script/style/svg/select... is never a shown price (checked a few levels up). */
function inSkipped(el: Element, root: Element): boolean {
  for (let a: Element | null = el, i = 0; a && i < 4; a = a === root ? null : a.parentElement, i++)
    if (SKIP.has(a.tagName.toUpperCase())) return true;
  return false;
}
/**
 * Containers of recommendations and carousels (CAROUSEL_BOX): tiles there are not the page's
 * listing, and on a product page they must not make it look like one.
 */
const NOT_THE_LISTING_DEPTH = 20;

function inRecommendations(el: Element, memo: Map<Element, boolean>): boolean {
  const seen: Element[] = [];
  let verdict = false;
  for (let a: Element | null = el.parentElement, i = 0; a && i < NOT_THE_LISTING_DEPTH; a = a.parentElement, i++) {
    const known = memo.get(a);
    if (known !== undefined) {
      verdict = known;
      break;
    }
    seen.push(a);
    if (CAROUSEL_BOX.test(`${a.tagName} ${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`)) {
      verdict = true;
      break;
    }
  }
  // Shared ancestors are tested once per page (memo is approximate at the depth limit: fine).
  for (const a of seen) memo.set(a, verdict);
  return verdict;
}

/**
 * Tag + first stable class. Per-item classes ("fav-698072", "pwrapper_0") are dropped, and state
 * modifiers that follow the base class ("s-item s-item--watch-at-corner", "card card--sale") must
 * not split one list of tiles into several.
 */
function signature(el: Element): string {
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).find((c) => c && !/\d{3,}|_\d+$/.test(c)) ?? '';
  return `${el.tagName}.${cls}`;
}

/** Smallest elements whose whole text is short and price-like. Iterative, bounded. */
function priceElements(root: Element): Element[] {
  const found = new Set<Element>();
  // A native text-node walker: far cheaper in browsers than visiting every element from script.
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (
    let steps = 0, node = walker.nextNode();
    node && found.size < MAX_PRICE_ELEMENTS && steps < MAX_NODES;
    steps++, node = walker.nextNode()
  ) {
    const value = node.nodeValue ?? '';
    if (value.length >= 80 || !/\d/.test(value)) continue;
    const parent = node.parentElement;
    if (!parent || inSkipped(parent, root)) continue;
    // "<span>$</span>59.99": climb while the text stays short, to join symbol and number.
    // Native textContent screens first; the script-free textOf only confirms a likely price.
    let el: Element | null = node.parentElement;
    for (let i = 0; i < 3 && el && (el === root || root.contains(el)); i++, el = el.parentElement) {
      if (el.childElementCount > 12) break;
      const raw = el.textContent ?? '';
      if (raw.length > 200) break;
      if (!PRICE_TEXT.test(raw)) continue;
      const text = textOf(el, 90);
      if (text.length > 60) break;
      if (PRICE_TEXT.test(text)) {
        found.add(el);
        break;
      }
    }
  }
  // Keep the smallest: "<li>Tasse 1 <span>1.214,90 €</span></li>" is found from both text nodes.
  // An element is dropped when another found element lies inside it (ancestors walked, not pairs).
  const outer = new Set<Element>();
  for (const el of found) {
    for (let a = el.parentElement, i = 0; a && i < 6; a = a.parentElement, i++) if (found.has(a)) outer.add(a);
  }
  const smallest = Array.from(found).filter((el) => !outer.has(el));
  return Array.from(new Set(smallest.map((el) => wholePrice(el, root))));
}

const CURRENCY_MARKS = /[$€£¥₹₩₽₺₪฿₫₱₴円]|zł|Kč|\b[A-Z]{3}\b/g;

/**
 * A price drawn in pieces ("<span>1.2</span><span>14,9</span><span>0 €</span>") is found at its
 * last piece: widen to the parent while the parent holds nothing but digits, separators and one
 * currency mark (two marks would be two prices, e.g. a struck one and the current one).
 */
function wholePrice(el: Element, root: Element): Element {
  let best = el;
  for (let p = el.parentElement, i = 0; p && i < 3 && (p === root || root.contains(p)); p = p.parentElement, i++) {
    const text = textOf(p, 50);
    if (text.length > 40 || (text.match(CURRENCY_MARKS) ?? []).length !== 1) break;
    if (/\p{L}/u.test(text.replace(CURRENCY_MARKS, '').replace(/\bUS\b/, ''))) break;
    best = p;
  }
  return best;
}

function hasLink(el: Element): boolean {
  return el.tagName === 'A' ? el.hasAttribute('href') : !!el.querySelector('a[href]');
}

/** The repeated tile elements, in document order, or [] when the page has no such structure. */
export function findTiles(doc: Document): Element[] {
  return locateTiles(doc).tiles;
}

function locateTiles(doc: Document): { tiles: Element[]; prices: Element[] } {
  // Broken markup can leave <body> empty with the content beside it (seen on a saved eBay page).
  const body = doc.body?.firstElementChild ? doc.body : doc.documentElement;
  if (!body) return { tiles: [], prices: [] };
  const ids = new Map<Element, number>();
  const idOf = (el: Element | null) => {
    if (!el) return -1;
    if (!ids.has(el)) ids.set(el, ids.size);
    return ids.get(el)!;
  };
  const groups = new Map<string, { members: Set<Element>; depth: number }>();
  // Prices in recommendation carousels are not the listing's; they do not vote for a tile group.
  const memo = new Map<Element, boolean>();
  const prices = priceElements(body).filter((p) => !inRecommendations(p, memo));
  for (const price of prices) {
    let a: Element | null = price;
    for (let depth = 0; depth < MAX_CLIMB && a && a.parentElement && a !== body; depth++, a = a.parentElement) {
      const parent = a.parentElement;
      const key = `${idOf(parent.parentElement)}|${signature(parent)}>${signature(a)}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { members: new Set(), depth }));
      g.members.add(a);
      g.depth = Math.max(g.depth, depth);
    }
  }
  let best: { members: Set<Element>; depth: number; score: number } | null = null;
  for (const g of groups.values()) {
    if (g.members.size < MIN_TILES) continue;
    let score = 0;
    for (const m of g.members) if (hasLink(m)) score++;
    if (score < MIN_TILES) continue;
    if (best && (score < best.score || (score === best.score && g.depth <= best.depth))) continue;
    best = { ...g, score };
  }
  if (!best) return { tiles: [], prices };
  // Siblings with the same signature but no price ("see price in cart") are tiles too.
  const sig = signature(best.members.values().next().value as Element);
  const parents = new Set(Array.from(best.members, (m) => m.parentElement!));
  const tiles: Element[] = [];
  for (const p of parents) for (const c of Array.from(p.children)) if (signature(c) === sig) tiles.push(c);
  return { tiles, prices };
}

const HEADING = 'h1, h2, h3, h4, h5, [itemprop="name"], [role="heading"]';
/** Elements whose class names a title or name (any case), as /title|name/i on the class attribute. */
const NAMED = '[class*="title" i], [class*="name" i]';

/** A tile's heading, its title/name-classed elements, its links and its first image with alt text (native queries). */
function tileParts(tile: Element): {
  heading: Element | null;
  named: Element[];
  links: Element[];
  img: Element | null;
} {
  const links = Array.from(tile.querySelectorAll('a[href]'));
  if (tile.tagName === 'A' && tile.hasAttribute('href')) links.unshift(tile);
  return {
    heading: tile.querySelector(HEADING),
    named: Array.from(tile.querySelectorAll(NAMED)),
    links,
    img: tile.querySelector('img[alt]'),
  };
}

/** The link most of the tile's anchors point to (image, title and "more" links share it). */
function mainLink(links: Element[], base: URL): { href: string; links: Element[] } | null {
  const counts = new Map<string, Element[]>();
  // A tile repeats its link (image, title, "more"): each written form is resolved once.
  const resolved = new Map<string | null, string | null>();
  for (const a of links) {
    const raw = a.getAttribute('href');
    let href = resolved.get(raw);
    if (href === undefined) resolved.set(raw, (href = absoluteUrl(raw, base)?.replace(/#.*$/, '') ?? null));
    if (!href) continue;
    const group = counts.get(href);
    if (group) group.push(a);
    else counts.set(href, [a]);
  }
  let best: { href: string; links: Element[] } | null = null;
  for (const [href, group] of counts) if (!best || group.length > best.links.length) best = { href, links: group };
  return best;
}

/** Badges printed inside a title ("Neues Angebot", "New", "Sale"): short, and named as a badge (BADGE_BOX). */
function withoutBadges(el: Element | null): string {
  let text = textOf(el, 500);
  for (const child of Array.from(el?.querySelectorAll('[class]') ?? []).slice(0, 20)) {
    const t = textOf(child, 40);
    if (t && t.length <= 25 && BADGE_BOX.test(child.getAttribute('class') ?? '') && text.startsWith(t))
      text = text.slice(t.length);
  }
  return text;
}

function tileTitle(parts: ReturnType<typeof tileParts>, link: { links: Element[] } | null): string | null {
  const heading = cleanTitle(parts.heading?.getAttribute('title') || withoutBadges(parts.heading));
  if (heading && !PRICE_TEXT.test(heading)) return heading;
  const named = parts.named
    .map((e) => cleanTitle(textOf(e, 500)))
    .filter((t): t is string => !!t && t.length > 3 && !PRICE_TEXT.test(t));
  if (named.length) return named.reduce((a, b) => (b.length > a.length ? b : a));
  const linkTexts = (link?.links ?? [])
    .map((a) => cleanTitle(textOf(a, 500)))
    .filter((t): t is string => !!t && !PRICE_TEXT.test(t));
  if (linkTexts.length) return linkTexts.reduce((a, b) => (b.length > a.length ? b : a));
  return cleanTitle(parts.img?.getAttribute('alt'));
}

function isOldPrice(el: Element, tile: Element): boolean {
  for (let a: Element | null = el; a && a !== tile; a = a.parentElement) {
    const tag = a.tagName.toUpperCase();
    if (tag === 'DEL' || tag === 'S' || tag === 'STRIKE' || a.hasAttribute('data-a-strike')) return true;
    if (TILE_OLD_PRICE.test(a.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function tilePrice(
  tile: Element,
  prices: Element[],
  hints: MoneyHints,
): { price: number; currency: string | null } | null {
  for (const el of prices) {
    if (isOldPrice(el, tile)) continue;
    const text = priceTextOf(el);
    if (NOT_CARD_PRICE_TEXT.test(text)) continue;
    const money = priceFromText(text, hints);
    if (money) return money;
  }
  return null;
}

/**
 * Read each tile; placeholder tiles (no title) are skipped. `pagePrices` (the price elements found
 * on the whole page, in document order) saves walking every tile again.
 */
export function readTiles(tiles: Element[], doc: Document, url: URL, pagePrices?: Element[]): Listing {
  const hints = pageHints(doc, url);
  const items: Item[] = [];
  const anchors: Element[] = [];
  let organic = 0;
  for (const tile of tiles) {
    const parts = tileParts(tile);
    const link = mainLink(parts.links, url);
    const title = tileTitle(parts, link);
    if (!title) continue;
    const prices = pagePrices ? pagePrices.filter((p) => tile.contains(p)) : priceElements(tile);
    const money = tilePrice(tile, prices, hints);
    const sponsored = hasAdLabel(tile);
    if (!sponsored) organic++;
    items.push({
      title,
      price: money?.price ?? null,
      currency: money?.currency ?? null,
      url: link?.href ?? null,
      quantity: quantityFromTitle(title),
      position: sponsored ? null : organic,
      rating: readRating(tile),
      sponsored,
    });
    anchors.push(tile);
  }
  return { items, anchors };
}

export function genericListing(doc: Document, url: URL): Listing | null {
  const { tiles, prices } = locateTiles(doc);
  if (tiles.length < MIN_TILES) return null;
  const listing = readTiles(tiles, doc, url, prices);
  return listing.items.length ? listing : null;
}
