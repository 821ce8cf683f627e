/**
 * Order lines that are not in a table and not numerous enough to form a tile group: one or two
 * repeated blocks (Shopware's `div.line-item`, a "thank you" page's summary cards), each holding
 * a title, a quantity ("Qty 2", "Anzahl: 1", "Quantité : 3", "× 2") and a price.
 *
 * Found from the quantity up: every short element stating a quantity (or just its label, with the
 * number in a sibling) climbs a few levels to the smallest ancestor that also shows a price and a
 * title; blocks holding another block are dropped, so one line is one block.
 */
import type { Item } from './types';
import type { MoneyHints } from './money';
import { absoluteUrl, cleanTitle, PRICE_TEXT, priceFromText, priceTextOf, textOf } from './listing-tile';
import { NOT_A_LINE_TEXT, QUANTITY_SEED, QUANTITY_TEXT } from './words-order';

const LABEL_ONLY = /^[\p{L}\s.()-]{0,30}:$/u;
const MAX_CLIMB = 6;
/** A block longer than this is a section (summary, whole order), not one line. */
const MAX_BLOCK_TEXT = 600;
const MAX_SEEDS = 200;

/** The quantity a line's text states ("Qty: 2", "× 3"), 1-999, or null. */
export function quantityOf(text: string): number | null {
  const m = QUANTITY_TEXT.exec(text);
  const n = Number(m?.[1] ?? m?.[2] ?? m?.[3]);
  return Number.isInteger(n) && n >= 1 && n <= 999 ? n : null;
}

/** Leaf-ish texts of a block: what a title could be. */
function leafTexts(block: Element): { el: Element; text: string }[] {
  return Array.from(block.querySelectorAll('*'))
    .filter((e) => e.childElementCount === 0 || (e.tagName === 'A' && e.childElementCount <= 2))
    .map((el) => ({ el, text: textOf(el, 300) }))
    .filter((t) => t.text && !PRICE_TEXT.test(t.text) && !QUANTITY_SEED.test(t.text) && !LABEL_ONLY.test(t.text));
}

function titleOf(block: Element): string | null {
  const named = block.querySelector(
    'a[href] [class*="name" i], a[href] [class*="title" i], [class*="name" i] a[href], [class*="title" i] a[href], h2, h3, h4, h5',
  );
  const candidates = [
    named,
    ...Array.from(block.querySelectorAll('a[href]')),
    block.querySelector('[class*="name" i], [class*="title" i]'),
  ];
  for (const el of candidates) {
    const t = cleanTitle(textOf(el, 300));
    if (t && !PRICE_TEXT.test(t) && !QUANTITY_SEED.test(t) && !NOT_A_LINE_TEXT.test(t)) return t;
  }
  // Hashed class names: the first leaf text that is neither price, quantity nor a label.
  const leaf = leafTexts(block).find((t) => /\p{L}{2}/u.test(t.text) && !/^\d/.test(t.text));
  const t = cleanTitle(leaf?.text);
  return t && !NOT_A_LINE_TEXT.test(t) ? t : null;
}

/** The unit price: of several amounts, one that times the quantity gives another is the unit price. */
function unitPriceOf(
  block: Element,
  quantity: number | null,
  hints: MoneyHints,
): { price: number; currency: string | null } | null {
  const els = Array.from(block.querySelectorAll('*')).filter(
    (e) =>
      e.childElementCount <= 2 &&
      PRICE_TEXT.test(textOf(e, 60)) &&
      !Array.from(e.children).some((c) => PRICE_TEXT.test(textOf(c, 60))),
  );
  const amounts = els
    .map((e) => priceFromText(priceTextOf(e), hints))
    .filter((m): m is { price: number; currency: string | null } => m !== null);
  if (!amounts.length) return null;
  if (quantity && quantity > 1) {
    const unit = amounts.find((a) => amounts.some((b) => Math.abs(a.price * quantity - b.price) < 0.015));
    if (unit) return unit;
  }
  return amounts[0] ?? null;
}

/** The root itself may be the line: an order history's flat part (a header's following sibling). */
function blockFor(seed: Element, root: Element): Element | null {
  let a: Element | null = seed;
  for (let i = 0; a && i < MAX_CLIMB; i++, a = a === root ? null : a.parentElement) {
    const text = textOf(a, MAX_BLOCK_TEXT + 1);
    if (text.length > MAX_BLOCK_TEXT) return null;
    if (quantityOf(text) !== null && PRICE_TEXT.test(text) && titleOf(a)) return a;
  }
  return null;
}

export function linesFromQuantityBlocks(
  root: Element,
  hints: MoneyHints,
  base: URL,
): { items: Item[]; anchors: Element[] } | null {
  const seeds = Array.from(root.querySelectorAll('div, span, p, li, dd, dt, td, small, strong, b, label'))
    .filter((e) => e.childElementCount <= 2 && QUANTITY_SEED.test(textOf(e, 40)))
    .slice(0, MAX_SEEDS);
  const blocks = new Set<Element>();
  for (const seed of seeds) {
    const b = blockFor(seed, root);
    if (b) blocks.add(b);
  }
  const lines = Array.from(blocks).filter((b) => !Array.from(blocks).some((o) => o !== b && b.contains(o)));
  const items: Item[] = [];
  const anchors: Element[] = [];
  for (const block of lines) {
    // An order's lines are read-only; a quantity field or picker is a cart or a product's buy box.
    if (block.querySelector('input:not([type="hidden"]), select, textarea')) continue;
    const title = titleOf(block);
    if (!title) continue;
    const quantity = quantityOf(textOf(block, MAX_BLOCK_TEXT));
    const money = unitPriceOf(block, quantity, hints);
    items.push({
      title,
      price: money?.price ?? null,
      currency: money?.currency ?? null,
      url: absoluteUrl(block.querySelector('a[href]')?.getAttribute('href'), base),
      quantity,
      position: null,
      rating: null,
      sponsored: false,
    });
    anchors.push(block);
  }
  return items.length ? { items, anchors } : null;
}
