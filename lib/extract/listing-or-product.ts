/**
 * A product page without structured data that also shows three or more recommendation tiles
 * ("Customers also bought", "Related products") looks like a listing to the tile finder. It is
 * still one product page when its own product stands apart from the tiles: the product title in
 * the page heading (h1 or a product-title element) and the product's price both outside the tile
 * group and before it, with the product's own buy control (add to cart) outside the tiles too or a
 * reliably placed buy-box price, all in one container (the buy box) that holds no tile. A category
 * or search page fails this: its h1 names the category, its prices and cart buttons sit inside
 * the tiles or in a promo block apart from the h1.
 */
import type { Product } from './types';
import { textOf } from './listing-tile';
import { BUY_BUTTON_START } from './words';
import { CART_CONTROL_SELECTOR, PRODUCT_TITLE_SELECTOR } from './words-class';
import { precedes, titleLongEnough } from './generic/text';

const BUTTONS = 'button, input[type="submit"], input[type="button"], a[role="button"], [class*="btn" i]';
const MAX_BUTTONS = 400;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** True when `el` is inside no tile and comes before the first tile in document order. */
function beforeTiles(el: Element, tiles: readonly Element[]): boolean {
  if (!tiles[0]) return true;
  if (tiles.some((t) => t === el || t.contains(el) || el.contains(t))) return false;
  return precedes(el, tiles[0]);
}

/** The h1 (already indexed by the caller, when given) or product-title element showing `title`. */
function headingWithTitle(doc: Document, title: string, h1s?: readonly Element[]): Element | null {
  const want = norm(title);
  // The title rule's shortest heading: 3 characters, or 2 of Han, kana or Hangul ("急須", "수건").
  if (!titleLongEnough(want)) return null;
  const same = (el: Element) => {
    const got = norm(textOf(el, 400));
    return titleLongEnough(got) && (got === want || want.startsWith(got) || got.startsWith(want));
  };
  const h1 = (h1s ?? []).find(same);
  if (h1) return h1;
  return Array.from(doc.querySelectorAll(PRODUCT_TITLE_SELECTOR)).slice(0, 50).find(same) ?? null;
}

/**
 * The add-to-cart controls inside `root` (by markup, then by a button's words), each list in document
 * order and at most MAX_BUTTONS long. Their selectors test class and id strings without regard to
 * case (`[class*="addtocart" i]`), which the browser cannot index: asked of a box, not the document.
 */
function cartControls(root: ParentNode): Element[] {
  const byMarkup = Array.from(root.querySelectorAll(CART_CONTROL_SELECTOR)).slice(0, MAX_BUTTONS);
  const byText = Array.from(root.querySelectorAll(BUTTONS))
    .slice(0, MAX_BUTTONS)
    .filter((b) =>
      BUY_BUTTON_START.test((textOf(b, 60) || b.getAttribute('value') || b.getAttribute('aria-label') || '').trim()),
    );
  return [...byMarkup, ...byText];
}

export interface ProductCandidate {
  product: Product | null;
  /** The element showing the product's price (or title). */
  anchor: Element | null;
  /** A reliably placed buy-box price with few competing amounts (the generic product's verdict). */
  confident: boolean;
}

/** Whether an undeclared product stands apart from (and before) the page's tile group. */
export function productBeforeTiles(
  doc: Document,
  p: ProductCandidate,
  tiles: readonly Element[],
  h1s?: readonly Element[],
): boolean {
  const product = p.product;
  if (!product?.title || product.price === null || !p.anchor) return false;
  // Cheapest test first: on a listing the "product" price is usually a tile's.
  if (!beforeTiles(p.anchor, tiles)) return false;
  const heading = headingWithTitle(doc, product.title, h1s);
  if (!heading || !beforeTiles(heading, tiles)) return false;
  // The buy box: the heading, the price and the buy control share a container without tiles (a
  // category page's h1 and a promo block's price before the grid share only the page body).
  const apart = (...els: Element[]) => !tiles.some((t) => commonAncestor(els)?.contains(t) ?? true);
  if (p.confident && apart(heading, p.anchor)) return true;
  // A control apart with the heading and the price shares with them a box without tiles, so it is
  // inside the biggest such box around the two: only that box is searched.
  const box = tileFreeBox(commonAncestor([heading, p.anchor]), tiles);
  return !!box && cartControls(box).some((c) => beforeTiles(c, tiles) && apart(heading, p.anchor!, c));
}

/** The outermost ancestor-or-self of `el` that holds no tile (null when `el` holds one). */
function tileFreeBox(el: Element | null, tiles: readonly Element[]): Element | null {
  let box: Element | null = null;
  for (let a = el; a && !tiles.some((t) => a!.contains(t)); a = a.parentElement) box = a;
  return box;
}

function commonAncestor(els: Element[]): Element | null {
  for (let a: Element | null = els[0] ?? null; a; a = a.parentElement) if (els.every((e) => a!.contains(e))) return a;
  return null;
}
