/**
 * The stock-word scan (`availabilityFromWords`) tests a short text's words before asking whether
 * the element sits in a recommendation, menu or footer region (the region test walks up the tree,
 * and most short texts say nothing about stock). It must give what the loop it replaced gave (kept
 * here as the reference: the region test first), on generated product blocks and on every saved
 * and reconstructed page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { indexPage, type PageIndex } from '../../lib/extract/generic/page-index';
import { availabilityFromWords } from '../../lib/extract/generic/buy-button';
import { findTitleElement } from '../../lib/extract/generic/dom';
import { productBlocksOf } from '../../lib/extract/generic/item-id';
import { ELSEWHERE_LEVELS, elsewhereDistance } from '../../lib/extract/generic/price';
import { clean, textUpTo } from '../../lib/extract/generic/text';
import { IN_STOCK_TEXT, OUT_OF_STOCK_TEXT } from '../../lib/extract/words';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';

/** The loop as it was (da681d6), over the product block's boxes (and a flat page's siblings, themselves first). */
function reference(idx: PageIndex, titleEl: Element | null): string | null {
  if (!titleEl) return null;
  const sel = 'span, div, p, li, td, dd, strong, b';
  const elsewhere = elsewhereDistance(idx);
  const all = productBlocksOf(titleEl).flatMap((box, i) => [
    ...(i > 0 && box.matches(sel) ? [box] : []),
    ...Array.from(box.querySelectorAll(sel)),
  ]);
  for (let i = 0; i < all.length && i < 1500; i++) {
    const el = all[i]!;
    if (el.childElementCount > 2) continue;
    const raw = textUpTo(el, 80);
    if (raw.length > 80) continue;
    const t = clean(raw, 40);
    if (!t || t.length > 40 || elsewhere(el) <= ELSEWHERE_LEVELS) continue;
    if (OUT_OF_STOCK_TEXT.test(t)) return 'OutOfStock';
    if (IN_STOCK_TEXT.test(t)) return 'InStock';
  }
  return null;
}

/** Both on a fresh index each (the region memo is per index). */
function same(doc: Document): void {
  const title = findTitleElement(indexPage(doc));
  const a = indexPage(doc);
  const b = indexPage(doc);
  expect(availabilityFromWords(a, title)).toBe(reference(b, title));
}

const word = fc.constantFrom(
  'In stock',
  // Comments and empty elements inside the text (a leaf's textContent, a box's node-by-node read).
  'In <!--x-->stock',
  'Sold <i></i>out',
  'Out of stock',
  'Sold out',
  'Auf Lager',
  'Ausverkauft',
  'Colour',
  '',
  '9,99 €',
);
const region = fc.constantFrom('', 'recommendations', 'carousel', 'footer', 'buybox');
const line = fc.record({ region, word, tag: fc.constantFrom('span', 'div', 'p', 'b', 'em') });

describe('stock words: the words tested before the region', () => {
  it('gives the same answer as the region test first (generated product blocks)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const body = lines.map((l) => `<div class="${l.region}"><${l.tag}>${l.word}</${l.tag}></div>`).join('');
        same(parseDocument(`<html><body><main><div><div><h1>Lamp</h1>${body}</div></div></main></body></html>`));
      }),
      budget(300),
    );
  });

  it('a stock word in a recommendations strip is passed over for the one after it', () => {
    const doc = parseDocument(
      '<html><body><main><div><h1>Lamp</h1><div class="recommendations"><span>Out of stock</span></div><span>In stock</span></div></main></body></html>',
    );
    same(doc);
    expect(availabilityFromWords(indexPage(doc), findTitleElement(indexPage(doc)))).toBe('InStock');
  });

  it.each(SAVED_PAGES)('gives the same answer on %s', (_, file) => same(loadPage(file).doc));
});
