/** Amazon listing tiles: search results and best-seller grids. */
import type { Item } from '../types';
import type { MoneyHints } from '../money';
import { listingFromPlan, tilesBySelector, type TileItem, type TilePlan } from '../listing-plan';
import {
  cleanTitle,
  firstPrice,
  firstText,
  hasAdLabel,
  hasClassIn,
  pageHints,
  priceFromText,
  priceTextOf,
  quantityFromTitle,
  readRating,
  textOf,
} from '../listing-tile';

/** Tile roots, one list per page variant. */
const TILE_SELECTORS = [
  // Search results (/s?k=...), all layouts 2019-2026: one root per result, ads included.
  '[data-component-type="s-search-result"]',
  // Best sellers (/gp/bestsellers, /zgbs/) 2021+: grid cells.
  '#gridItemRoot',
  // Best sellers before 2021: ordered list items.
  '.zg-item-immersion',
];

const TITLE_SELECTORS = [
  // Search: the product-name heading (newer layouts may split the brand into its own h2 before it).
  'h2',
  // Best sellers grid: clamped title; older list: truncated title.
  '[class*="line-clamp"]',
  '.p13n-sc-truncate',
  '.p13n-sc-truncated',
];

const PRICE_SELECTORS = [
  // Best sellers grid / list (search tiles are read by `searchPrice`).
  '[class*="p13n-sc-price"]',
  '.p13n-sc-price',
];

/** The displayed price; an `.a-text-price` is a struck-out list price or a per-unit price. */
function searchPrice(tile: Element): string | null {
  for (const el of Array.from(tile.querySelectorAll('.a-offscreen'))) {
    const box = el.parentElement;
    if (
      !box?.classList.contains('a-price') ||
      box.classList.contains('a-text-price') ||
      box.hasAttribute('data-a-strike')
    )
      continue;
    const text = priceTextOf(el);
    if (text) return text;
  }
  return null;
}

/** Sponsored markers beyond the visible "Sponsored" label (which `hasAdLabel` reads). */
const AD_CLASSES = new Set(['puis-sponsored-label-text', 's-sponsored-label-text', 'AdHolder']);

const ASIN = /^[A-Z0-9]{10}$/;

function tileAsin(tile: Element): string | null {
  const own = tile.getAttribute('data-asin');
  if (own && ASIN.test(own)) return own;
  const inner =
    tile.querySelector('[data-asin]')?.getAttribute('data-asin') ??
    tile.querySelector('.p13n-sc-uncoverable-faceout')?.id;
  if (inner && ASIN.test(inner)) return inner;
  const href = tile.querySelector('a[href*="/dp/"]')?.getAttribute('href') ?? '';
  const m = /\/dp\/([A-Z0-9]{10})/.exec(href);
  return m?.[1] ?? null;
}

function tileTitle(tile: Element): string | null {
  // A heading that is only the brand (short, and followed by the real title heading) is skipped.
  const headings = Array.from(tile.querySelectorAll('h2'))
    .map((h) => textOf(h))
    .filter(Boolean);
  if (headings.length > 1) return cleanTitle(headings.reduce((a, b) => (b.length > a.length ? b : a)));
  return cleanTitle(firstText(tile, TITLE_SELECTORS)?.text ?? tile.querySelector('img[alt]')?.getAttribute('alt'));
}

/** The tiles of the first page variant that has any, and how to read one (see listing-plan.ts). */
export function amazonListingPlan(doc: Document, url: URL): TilePlan | null {
  // One document scan per selector until one matches (each scan is costly in a Node DOM).
  const selector = TILE_SELECTORS.find((sel) => doc.querySelector(sel));
  if (!selector) return null;
  const hints = pageHints(doc, url);
  // Nested matches (a result inside a result widget) are read once, from the outer root.
  const { onPage, tilesIn } = tilesBySelector(selector);
  return { tiles: onPage(doc), read: (tile) => readTile(tile, url, hints), tilesIn };
}

function readTile(tile: Element, url: URL, hints: MoneyHints): TileItem | null {
  const title = tileTitle(tile);
  if (!title) return null; // skeleton / placeholder tile
  const asin = tileAsin(tile);
  const searchText = searchPrice(tile);
  const money = searchText ? priceFromText(searchText, hints) : firstPrice(tile, PRICE_SELECTORS, hints);
  const sponsored = hasClassIn(tile, AD_CLASSES) || hasAdLabel(tile);
  const rank = /^#\s?(\d{1,4})$/.exec(textOf(tile.querySelector('.zg-bdg-text, .zg-badge-text')))?.[1];
  return {
    title,
    price: money?.price ?? null,
    currency: money?.currency ?? null,
    // The canonical product URL: ad links go through a click tracker, best-seller badges to the list.
    url: asin ? new URL(`/dp/${asin}`, url).href : null,
    quantity: quantityFromTitle(title),
    // The printed best-seller rank; listingFromPlan counts the organic tiles otherwise.
    position: !sponsored && rank ? Number(rank) : null,
    // The star icon's alt text ("4,4 von 5 Sternen"), else any rating text in the tile.
    rating: readRating(tile.querySelector('.a-icon-alt') ?? tile) ?? readRating(tile),
    sponsored,
    asin,
  };
}

export function amazonListing(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null {
  const plan = amazonListingPlan(doc, url);
  return plan && listingFromPlan(plan);
}
