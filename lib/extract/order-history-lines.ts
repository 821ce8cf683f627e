/**
 * The lines an order-history row shows, for history tables that have a products column ("Items",
 * "Artikel", "Produits", "商品"): WooCommerce and Shopify account pages extended by a plugin or
 * theme, OpenCart-style and custom shops list each order's products in that cell, one per list
 * item, link or line ("Mug × 2", "2 x Tea 250 g", "<a href=/products/mug>Mug</a>").
 * Without such a column, some themes still show each order's lines (linesBesideColumns): as a list
 * or product links inside the row, as item thumbnails with their alt text, or in an expandable
 * detail row under the order's row. Where the page shows none (the lines are only on the order's
 * own page), none are made up.
 */
import { currencyMarkSource } from './currencies';
import { pattern } from './pattern';
import type { Item } from './types';
import type { MoneyHints } from './money';
import { absoluteUrl, cleanTitle, PRICE_TEXT, priceFromText, priceTextOf, textOf } from './listing-tile';
import { quantityOf } from './order-lines';
import { PRODUCT_HEADING, QUANTITY_TEXT } from './words-order';
import { ITEM_PATH_SEGMENT_TEXT } from './words-facts';

/** Lines read from one cell, at most. */
const MAX_LINES = 30;
/** A product name has at least this many letters ("3 items", "2 Artikel" are counts, not names). */
const MIN_LETTERS = 3;
/** An amount with its currency mark, either side ("12,50 €", "$9.99"): cut from the line's name. */
const AMOUNT = /* @__PURE__ */ pattern(
  () => String.raw`${currencyMarkSource()}\s?\d[\d.,']*|\d[\d.,']*\s?${currencyMarkSource()}`,
  'gu',
);
/** "3 items", "2 Artikel", "5 件": a count of the order's products, not a product. */
const COUNT_ONLY = /^\d+\s*\p{L}{0,12}\.?$/u;

/** The products column of a history table's header cells, or -1. */
export function productColumn(heads: readonly string[], taken: readonly number[]): number {
  return heads.findIndex((h, i) => !taken.includes(i) && PRODUCT_HEADING.test(h.trim()));
}

/** One element per line: list items, else links, else the cell itself. */
function lineElements(cell: Element): Element[] {
  for (const sel of ['li', 'a[href]']) {
    const found = Array.from(cell.querySelectorAll(sel)).slice(0, MAX_LINES);
    if (found.length) return found;
  }
  return [cell];
}

function lineOf(el: Element, hints: MoneyHints, base: URL, shown = textOf(el, 300)): Item | null {
  const text = shown;
  const quantity = quantityOf(text);
  const money = PRICE_TEXT.test(text) ? priceFromText(priceTextOf(el), hints) : null;
  // The name is the text without its quantity and amount ("Mug × 2 – 12,00 €" -> "Mug").
  const name = text
    .replace(QUANTITY_TEXT, ' ')
    .replace(AMOUNT, ' ')
    .replace(/[\s–—:,-]+$|^[\s–—:,-]+/g, '')
    .trim();
  if (COUNT_ONLY.test(name) || (name.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  const title = cleanTitle(name);
  if (!title) return null;
  const link = el.tagName === 'A' ? el : el.querySelector('a[href]');
  return {
    title,
    price: money?.price ?? null,
    currency: money?.currency ?? null,
    url: absoluteUrl(link?.getAttribute('href'), base),
    quantity,
    position: null,
    rating: null,
    sponsored: false,
  };
}

/** The lines of one history row's products cell, each with the element it was read from. */
export function linesFromProductCell(
  cell: Element | undefined,
  hints: MoneyHints,
  base: URL,
): { items: Item[]; anchors: Element[] } {
  const items: Item[] = [];
  const anchors: Element[] = [];
  if (!cell) return { items, anchors };
  for (const el of lineElements(cell)) {
    const line = lineOf(el, hints, base);
    if (!line) continue;
    items.push(line);
    anchors.push(el);
  }
  return { items, anchors };
}

/** A link to a product page: a path segment before the item ("/products/mug", "/product/tea-250g/", "/p/123"). */
function isProductLink(a: Element, base: URL): boolean {
  const href = absoluteUrl(a.getAttribute('href'), base);
  if (!href) return false;
  const segments = new URL(href).pathname.split('/');
  return segments.slice(0, -1).some((seg, i) => ITEM_PATH_SEGMENT_TEXT.test(seg) && !!segments[i + 1]);
}

/** An item thumbnail's name: its alt text or title ("<img alt="Ceramic mug">"). */
const thumbnailName = (img: Element) => (img.getAttribute('alt') || img.getAttribute('title') || '').trim();

/**
 * The elements that show one line each, in a row or detail row without a products column: list
 * items, else links to product pages, else item thumbnails. Never the row's other text (status,
 * address, "View"): those are no lines.
 */
function besideElements(part: Element, base: URL): { el: Element; text: string }[] {
  const items = Array.from(part.querySelectorAll('li')).filter((li) => !li.querySelector('li'));
  if (items.length) return items.slice(0, MAX_LINES).map((el) => ({ el, text: textOf(el, 300) }));
  const links = Array.from(part.querySelectorAll('a[href]')).filter((a) => isProductLink(a, base));
  if (links.length)
    return links.slice(0, MAX_LINES).map((el) => {
      const img = el.querySelector('img');
      return { el, text: textOf(el, 300) || (img ? thumbnailName(img) : '') };
    });
  return Array.from(part.querySelectorAll('img[alt], img[title]'))
    .slice(0, MAX_LINES)
    .map((el) => ({ el, text: thumbnailName(el) }));
}

/**
 * The lines of one history row of a table without a products column: read in the row and in the
 * detail rows under it (before the next order's row). One line per product, even when a row shows
 * a product as a thumbnail link and again as a text link.
 */
export function linesBesideColumns(
  parts: readonly Element[],
  hints: MoneyHints,
  base: URL,
): { items: Item[]; anchors: Element[] } {
  const items: Item[] = [];
  const anchors: Element[] = [];
  const seen = new Set<string>();
  for (const part of parts)
    for (const { el, text } of besideElements(part, base)) {
      const line = lineOf(el, hints, base, text);
      const key = line ? (line.url ?? line.title ?? '') : '';
      if (!line || seen.has(key)) continue;
      seen.add(key);
      items.push(line);
      anchors.push(el);
    }
  return { items, anchors };
}
