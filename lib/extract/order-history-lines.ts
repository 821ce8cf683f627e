/**
 * The lines an order-history row shows, for history tables that have a products column ("Items",
 * "Artikel", "Produits", "商品"): WooCommerce and Shopify account pages extended by a plugin or
 * theme, OpenCart-style and custom shops list each order's products in that cell, one per list
 * item, link or line ("Mug × 2", "2 x Tea 250 g", "<a href=/products/mug>Mug</a>"). Without such a
 * column the row holds no lines (they are on the order's own page) and none are made up.
 */
import { CURRENCY_MARK_SOURCE } from './currencies';
import type { Item } from './types';
import type { MoneyHints } from './money';
import { absoluteUrl, cleanTitle, PRICE_TEXT, priceFromText, priceTextOf, textOf } from './listing-tile';
import { quantityOf } from './order-lines';
import { PRODUCT_HEADING, QUANTITY_TEXT } from './words-order';

/** Lines read from one cell, at most. */
const MAX_LINES = 30;
/** A product name has at least this many letters ("3 items", "2 Artikel" are counts, not names). */
const MIN_LETTERS = 3;
/** An amount with its currency mark, either side ("12,50 €", "$9.99"): cut from the line's name. */
const AMOUNT = new RegExp(String.raw`${CURRENCY_MARK_SOURCE}\s?\d[\d.,']*|\d[\d.,']*\s?${CURRENCY_MARK_SOURCE}`, 'gu');
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

function lineOf(el: Element, hints: MoneyHints, base: URL): Item | null {
  const text = textOf(el, 300);
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
