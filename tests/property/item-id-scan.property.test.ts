/**
 * The item-number label scan finds its elements from the text nodes with a digit, upwards
 * (`scannedElements`), instead of reading every element of the product block. It must read the
 * same elements in the same order as the element-by-element loop it replaced (kept here as the
 * reference), the first MAX_SCANNED of them included: on generated markup and on every saved and
 * reconstructed page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { findTitleElement } from '../../lib/extract/generic/dom';
import { productBlockOf, scannedElements, WORDISH } from '../../lib/extract/generic/item-id';
import { childCount, textUpTo } from '../../lib/extract/generic/text';
import {
  allWords,
  ITEM_ID_IN_TEXT,
  ITEM_ID_LABEL,
  ITEM_ID_LABEL_EXACT,
  ITEM_ID_LABEL_MORE,
} from '../../lib/extract/words';
import { indexPage } from '../../lib/extract/generic/page-index';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';
import { elementPath } from '../unit/element-path';

/** The loop `itemIdFromText` ran before: every element of the box in turn, cheap tests first. */
function reference(box: Element, limit: number): Element[] {
  const out: Element[] = [];
  const all = box.querySelectorAll('p, span, div, li, dd, td, small, strong');
  for (let i = 0; i < all.length && i < limit; i++) {
    const el = all[i];
    if (!el) continue;
    if (childCount(el, 4) > 4) continue;
    const raw = textUpTo(el, 160);
    if (raw.length > 160 || !/\d/.test(raw)) continue;
    out.push(el);
  }
  return out;
}

/** Both lists as paths from the box, so a failure prints where they part. */
const path = (box: Element, el: Element) => elementPath(el, box);
const same = (box: Element, limit: number) =>
  expect(scannedElements(box, limit).map((el) => path(box, el))).toEqual(
    reference(box, limit).map((el) => path(box, el)),
  );

// Markup: the scanned tags and others, nested, with short and long texts, with and without digits.
const text = fc.oneof(
  fc.constantFrom('', ' ', 'Art.-Nr.', 'Art.-Nr. 4711503', '12', 'SKU:', 'AB-12', 'x'.repeat(90), '9'.repeat(170)),
  fc.string({ maxLength: 40 }),
  fc.stringMatching(/^[a-z ]{0,30}\d{0,8}[a-z ]{0,30}$/),
);
const tag = fc.constantFrom('p', 'span', 'div', 'li', 'dd', 'td', 'small', 'strong', 'b', 'section', 'ul', 'table');
type Node = string | { tag: string; kids: Node[] };
const { tree } = fc.letrec<{ tree: Node; node: Node }>((rec) => ({
  tree: fc.record({ tag, kids: fc.array(rec('node'), { maxLength: 7 }) }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, rec('tree')),
}));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = (n: Node): string =>
  typeof n === 'string' ? esc(n) : `<${n.tag}>${n.kids.map(html).join('')}</${n.tag}>`;
// Foreign content, where tag names keep their case.
const foreign = fc.constantFrom('', '<svg><text>12</text><span>5</span></svg>', '<math><mi>7</mi></math>');
// A CDATA section with a digit (XML islands in a page; textUpTo reads them) put into the n-th element.
const cdata = fc.option(fc.nat(), { nil: null });

describe('item-id label scan: scannedElements', () => {
  it('reads the elements the element-by-element loop read, in the same order (generated markup)', () => {
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 4 }),
        foreign,
        cdata,
        fc.integer({ min: 1, max: 40 }),
        (trees, svg, at, limit) => {
          const doc = parseDocument(`<html><body><main>${trees.map(html).join('')}${svg}</main></body></html>`);
          const box = doc.querySelector('main')!;
          const els = box.querySelectorAll('*');
          if (at !== null && els.length) els[at % els.length]!.append(doc.createCDATASection('7'));
          same(box, limit);
          same(box, 2500);
        },
      ),
      budget(300),
    );
  });

  it.each(SAVED_PAGES)(
    'reads the same elements in the same order on %s (product block, with a small limit too)',
    (_, file) => {
      const { doc } = loadPage(file);
      const idx = indexPage(doc);
      const title = findTitleElement(idx);
      if (title) {
        same(productBlockOf(title), 2500);
        same(productBlockOf(title), 25);
      }
    },
  );
});

/** Every character WORDISH rejects (it matches one character, so each is tested on its own). */
const REJECTED = [...Array(0x10000).keys()]
  .map((c) => String.fromCharCode(c))
  .filter((c) => (c < '\uD800' || c > '\uDFFF') && !WORDISH.test(c));
/** A character equal to one of them ignoring case, as the label patterns compare (`iu`). */
const REJECTED_ANY_CASE = new RegExp(
  `^[${REJECTED.map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]$`,
  'iu',
);

describe('item-id label scan: texts without a word character are skipped (WORDISH)', () => {
  it('every item-number label holds a character that no skipped text holds, in any case', () => {
    const words = allWords(ITEM_ID_LABEL, ITEM_ID_LABEL_MORE);
    expect(words.length).toBeGreaterThan(50);
    for (const w of words)
      expect(
        [...w].some((c) => !REJECTED_ANY_CASE.test(c)),
        w,
      ).toBe(true);
  });

  it('a text without one matches neither label pattern (so labelledIn gives null for it)', () => {
    const skipped = fc
      .array(fc.oneof(fc.constantFrom(...REJECTED), fc.constantFrom(' ', '1', '2', ':', '#', '.', '-', '/', '€')), {
        maxLength: 60,
      })
      .map((cs) => cs.join(''));
    fc.assert(
      fc.property(skipped, (t) => {
        expect(WORDISH.test(t)).toBe(false);
        expect(ITEM_ID_IN_TEXT.test(t)).toBe(false);
        expect(ITEM_ID_LABEL_EXACT.test(t)).toBe(false);
      }),
      budget(300),
    );
  });

  it('the texts shops show around a price are skipped, words are not', () => {
    for (const t of ['$19.99', '(2,345)', '4.5', '12/2024', '€ 1.299,00', '£4.45', '-20%'])
      expect(WORDISH.test(t), t).toBe(false);
    for (const t of ['Art.-Nr. 4711503', 'SKU: 12', 'Kód 12', '品番 12', 'מק"ט 12', 'µ', 'ª'])
      expect(WORDISH.test(t), t).toBe(true);
  });
});
