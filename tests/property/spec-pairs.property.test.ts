/**
 * The spec elements' pass reads a value's text only for a label that can be one (at most 60
 * characters): the same pairs as reading both first (the reference below), on generated label/value
 * boxes and on every saved and reconstructed page.
 *
 * The spec pairs' list-item pass skips the items inside an item whose text holds no colon (their
 * text is part of its text, so none holds a "Label: value" either), instead of reading each item's
 * text in turn. It must give the same pairs as the loop it replaced (kept here as the reference),
 * on generated nested lists and on every saved and reconstructed page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { indexPage, type PageIndex } from '../../lib/extract/generic/page-index';
import { collectSpecPairs, type SpecPairs } from '../../lib/extract/generic/specs';
import { clean, hints } from '../../lib/extract/generic/text';
import { LABEL_CELL_BOX } from '../../lib/extract/words-class';
import { INLINE_ID_LABEL_SPLIT } from '../../lib/extract/words';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';

/** The list-item loop as it was (da681d6): every item with at most six element children read. */
function referenceItems(idx: PageIndex): SpecPairs {
  const pairs: SpecPairs = [];
  for (const li of idx.lis) {
    if (li.childElementCount > 6) continue;
    const raw = li.textContent ?? '';
    if (!raw.includes(':') && !raw.includes('：')) continue;
    const t = clean(raw, 320);
    if (!t || t.length > 300) continue;
    for (const part of t
      .replace(/[\u200E\u200F]/g, '')
      .split(INLINE_ID_LABEL_SPLIT)
      .slice(0, 6)) {
      const m = /^([^:：]{2,60}?)\s*[:：]\s*(.+)$/.exec(part.trim());
      if (m?.[1] && m[2]) pairs.push([m[1].trim(), m[2].trim()]);
    }
  }
  return pairs;
}

/** The pairs of everything but the list items, then the items' (collectSpecPairs reads them last). */
function same(doc: Document) {
  const idx = indexPage(doc);
  const noItems = collectSpecPairs({ ...idx, lis: [] });
  expect(collectSpecPairs(idx)).toEqual([...noItems, ...referenceItems(idx)]);
}

const text = fc.constantFrom('', ' ', 'Home', 'Weight: 5 kg', 'Farbe：rot', 'a:b', 'x'.repeat(400), 'Menu', '12');
type Item = { text: string; kids: Item[]; extra: number };
// Element children besides the nested list: an item with more than six is not read.
const extra = fc.integer({ min: 0, max: 7 });
/** Items nested up to `depth` lists deep. */
const itemOf = (depth: number): fc.Arbitrary<Item> =>
  fc.record({ text, kids: depth > 0 ? fc.array(itemOf(depth - 1), { maxLength: 4 }) : fc.constant([]), extra });
const item = itemOf(3);
const html = (i: Item): string =>
  `<li>${'<b>x</b>'.repeat(i.extra)}${i.text}${i.kids.length ? `<ul>${i.kids.map(html).join('')}</ul>` : ''}</li>`;

describe('spec pairs: list items inside one without a colon are skipped', () => {
  it('gives the same pairs as reading every item (generated nested lists)', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 5 }), text, (items, after) => {
        same(parseDocument(`<html><body><ul>${items.map(html).join('')}</ul><p>${after}</p></body></html>`));
      }),
      budget(300),
    );
  });

  it('reads an item inside one that holds a colon, and one after a colon-free item', () => {
    const doc = parseDocument(
      '<html><body><ul><li>Menu<ul><li>Weight: 5 kg</li></ul></li><li>Shoes</li><li>Colour: red</li></ul>' +
        '<ul><li>Size: 9 <ul><li>Material: wool</li></ul></li></ul></body></html>',
    );
    same(doc);
    expect(collectSpecPairs(indexPage(doc))).toEqual([
      ['MenuWeight', '5 kg'],
      ['Weight', '5 kg'],
      ['Colour', 'red'],
      ['Size', '9 Material: wool'],
      ['Material', 'wool'],
    ]);
  });

  it.each(SAVED_PAGES)('gives the same pairs on %s', (_, file) => same(loadPage(file).doc));
});

/** The spec elements' loop as it was (790ec75): the label's and the value's texts both read, then tested. */
function referenceSpecEls(idx: PageIndex): SpecPairs {
  const pairs: SpecPairs = [];
  for (const el of idx.specEls) {
    const next = el.nextElementSibling;
    if (next && el.childElementCount <= 1 && LABEL_CELL_BOX.test(hints(el))) {
      const l = clean(el.textContent, 80)?.replace(/\s*[:：]$/, '');
      const v = clean(next.textContent, 300);
      if (l && v && l.length <= 60) pairs.push([l, v]);
      continue;
    }
    if (el.childElementCount === 2 && el.firstElementChild && el.lastElementChild) {
      const l = clean(el.firstElementChild.textContent, 80)?.replace(/\s*[:：]$/, '');
      const v = clean(el.lastElementChild.textContent, 300);
      if (l && v && l.length <= 60) pairs.push([l, v]);
      continue;
    }
    const t = clean(el.textContent, 320);
    if (
      el.querySelector(
        ':scope > li, :scope > div, :scope > p, :scope > tr, :scope > dd, :scope > ul, :scope > ol, :scope > table, :scope > tbody, :scope > dl',
      )
    )
      continue;
    if (t && t.length <= 300 && (t.includes(':') || t.includes('：')))
      for (const part of t.split(INLINE_ID_LABEL_SPLIT).slice(0, 6)) {
        const m = /^([^:：]{2,60}?)\s*[:：]\s*(.+)$/.exec(part.trim());
        if (m?.[1] && m[2]) pairs.push([m[1].trim(), m[2].trim()]);
      }
  }
  return pairs;
}

const specOnly = (doc: Document) => {
  const idx = indexPage(doc);
  const only = { ...idx, rows: [], dts: [], pairEls: [], lis: [] };
  expect(collectSpecPairs(only)).toEqual(referenceSpecEls(only));
};

describe('spec pairs: a value is read only for a label that can be one', () => {
  const cell = fc.constantFrom(
    '',
    ' ',
    'Weight',
    'Weight:',
    'UPC',
    '5 kg',
    'x'.repeat(70),
    'y'.repeat(400),
    '<b>12</b> cm',
  );
  const box = fc.record({
    cls: fc.constantFrom('spec-name', 'spec-label', 'specs', 'spec-body', 'attribute'),
    label: cell,
    value: cell,
    cells: fc.integer({ min: 1, max: 3 }),
  });
  const html = (b: { cls: string; label: string; value: string; cells: number }) =>
    b.cells === 1
      ? `<div class="${b.cls}">${b.label}</div><div>${b.value}</div>`
      : `<div class="${b.cls}">${[b.label, b.value, b.value]
          .slice(0, b.cells)
          .map((c) => `<span>${c}</span>`)
          .join('')}</div>`;

  it('gives the pairs reading both texts first gave (generated label/value boxes)', () => {
    fc.assert(
      fc.property(fc.array(box, { minLength: 1, maxLength: 6 }), (boxes) => {
        specOnly(parseDocument(`<html><body><main>${boxes.map(html).join('')}</main></body></html>`));
      }),
      budget(300),
    );
  });

  it.each(SAVED_PAGES)('gives the same pairs on %s', (_, file) => specOnly(loadPage(file).doc));
});
