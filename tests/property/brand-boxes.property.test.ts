/**
 * The brand's candidate boxes (brand-link.ts `forEachBrandBox`) are found by testing each class
 * string of the product block in the script, not by the browser's case-insensitive substring
 * selectors. They must be the elements the selector found (kept here as the reference), in the same
 * order, and a visit that stops must stop the walk: on generated markup (words in any case, non-ASCII
 * look-alikes, SVG classes, forms whose `className` is a control, data-role) and on every saved and
 * reconstructed page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { forEachBrandBox } from '../../lib/extract/generic/brand-link';
import { markupTree } from './arbitraries';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';
import { elementPath } from '../unit/element-path';

/** The selector as it was (BRAND_BOXES before the class words were tested in the script). */
const REFERENCE =
  '[class*="brand" i], [class*="producer" i], [class*="manufacturer" i], [class*="vendor" i], [class*="marke" i], [class*="hersteller" i], [class*="producent" i], [data-role*="brand" i]';

function found(box: Element, stopAt = Infinity): string[] {
  const out: string[] = [];
  forEachBrandBox(box, (el) => {
    out.push(elementPath(el));
    return out.length >= stopAt;
  });
  return out;
}

function same(box: Element): void {
  const want = Array.from(box.querySelectorAll(REFERENCE)).map((el) => elementPath(el));
  expect(found(box)).toEqual(want);
  expect(found(box, 2)).toEqual(want.slice(0, 2));
}

const tag = fc.constantFrom('div', 'span', 'a', 'li', 'ul', 'p', 'img', 'i');
const word = fc.constantFrom(
  'x',
  'brand',
  'Product-BRAND-name',
  'producertag',
  'ManuFacturer',
  'vendor_link',
  'Marke',
  'HERSTELLER',
  'producent',
  'bränd',
  'mar\u212Ae',
  'herſteller',
  'braNd',
  'marKe',
  'marke',
  'bra nd',
  '',
);
const attrs = fc.record({
  class: fc.option(word, { nil: null }),
  'data-role': fc.option(fc.constantFrom('BRAND', 'brand-link', 'x', 'brånd'), { nil: null }),
});
const tree = markupTree(tag, attrs);
const extra = fc.constantFrom(
  '',
  '<svg class="Brand-logo"><path class="vendor"></path><g class="x"></g></svg>',
  '<form class="brand-form"><input name="className"></form>',
  '<form class="x"><input name="className"></form>',
);

describe("the brand's candidate boxes: forEachBrandBox", () => {
  it('visits the elements the selector found, in its order (generated markup)', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), extra, fc.nat(), (trees, more, at) => {
        const parts = [...trees];
        parts.splice(at % (parts.length + 1), 0, more);
        const doc = parseDocument(`<html><body><main>${parts.join('')}</main></body></html>`);
        same(doc.querySelector('main')!);
        for (const el of doc.querySelectorAll('main > *')) same(el);
      }),
      budget(300),
    );
  });

  it.each(SAVED_PAGES)('visits the elements the selector found on %s', (_, file) => {
    const { doc } = loadPage(file);
    if (doc.body) same(doc.body);
  });
});
