/**
 * In a browser the Amazon adapter's id look-ups go to the DOM's own `getElementById` (`idLookup`),
 * instead of a map of every id built from one selector query (`idsOf`, still used where the DOM's
 * look-up is a script function, as linkedom's in Node). Both must give the same element for every
 * id, present or not: the first in document order, a form whose control is named "id" by its
 * attribute, SVG elements too. Checked here with linkedom's `getElementById` standing in for the
 * browser's (it too returns the first element in document order with that id attribute).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { idLookup, idsOf, pageIds } from '../../lib/extract/shops/page-ids';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';

/** The two look-ups agree on `id`. */
function same(doc: Document, id: string): void {
  const map = idsOf(doc);
  const dom = idLookup(doc);
  expect(dom.get(id) ?? null, id).toBe(map.get(id) ?? null);
  expect(dom.has(id), id).toBe(map.has(id));
}

const ID_WORDS = ['a', 'b', 'ASIN', 'productTitle', 'x y', '1', 'Ä'];
const id = fc.constantFrom('', ...ID_WORDS);
const el = fc.record({
  tag: fc.constantFrom('div', 'span', 'form', 'input', 'svg', 'p'),
  id: fc.option(id, { nil: null }),
  // A form's control named "id" shadows the form's `id` property (in a browser).
  control: fc.boolean(),
  text: fc.constantFrom('', '1', 'x'),
});
const html = (e: { tag: string; id: string | null; control: boolean; text: string }) => {
  const attr = e.id === null ? '' : ` id="${e.id}"`;
  if (e.tag === 'input') return `<input${attr} name="id">`;
  const inner = e.tag === 'form' && e.control ? '<input name="id" value="B0X">' : e.text;
  return `<${e.tag}${attr}>${inner}</${e.tag}>`;
};

describe('page ids: getElementById and the map of ids give the same elements', () => {
  it('on generated markup (repeated, empty and absent ids, forms, SVG)', () => {
    fc.assert(
      fc.property(fc.array(el, { maxLength: 12 }), fc.array(el, { maxLength: 6 }), (outer, inner) => {
        const doc = parseDocument(
          `<html><body>${outer.map(html).join('')}<section>${inner.map(html).join('')}</section></body></html>`,
        );
        for (const i of ['', ...ID_WORDS, 'absent']) same(doc, i);
      }),
      budget(200),
    );
  });

  it.each(SAVED_PAGES)('on %s (a sample of its ids, and ids it lacks)', (_, file) => {
    const { doc } = loadPage(file);
    const ids = [...idsOf(doc).keys()];
    const step = Math.max(1, Math.ceil(ids.length / 30));
    for (let i = 0; i < ids.length; i += step) same(doc, ids[i]!);
    for (const i of ['productTitle', 'ASIN', 'dp', 'corePrice_feature_div', 'no-such-id']) same(doc, i);
  });

  it('the map is used where getElementById is a script function (linkedom)', () => {
    const doc = parseDocument('<html><body><p id="a">1</p></body></html>');
    expect(pageIds(doc)).toBeInstanceOf(Map);
  });
});
