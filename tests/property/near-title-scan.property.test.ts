/**
 * The near-title price scan finds its candidates from the text nodes with a digit, upwards
 * (`nearTitleCandidates`), instead of reading every element of the box around the title (a box
 * with more elements than the scan's bound is still read element by element, block by block). It must
 * give the same elements in the same order as the element-by-element scan it replaced (kept here as
 * the reference, b0b8aff's `nearTitleCandidates` without its block-wise reading), the bounds on
 * elements scanned and candidates kept included: on generated markup and on every saved and
 * reconstructed page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { findTitleElement } from '../../lib/extract/generic/dom';
import { indexPage } from '../../lib/extract/generic/page-index';
import { moneyLeaf, nearTitleCandidates } from '../../lib/extract/generic/price';
import { childCount } from '../../lib/extract/generic/text';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';
import { elementPath } from '../unit/element-path';

const TAGS = 'span, p, div, strong, b, ins, bdi, dd, td, li, h2, h3, h4';

/** The scan as it was: the box four levels up, its first `limit` elements of TAGS, each read whole. */
function reference(titleEl: Element, limit: number, kept: number): Element[] {
  let box: Element = titleEl;
  for (let i = 0; i < 4 && box.parentElement && box.tagName !== 'BODY'; i++) box = box.parentElement;
  const all = box.querySelectorAll(TAGS);
  const out: Element[] = [];
  for (let i = 0; i < all.length && i < limit && out.length < kept; i++) {
    const el = all[i]!;
    if (childCount(el, 3) > 3) continue;
    if (el.firstElementChild?.firstElementChild?.firstElementChild?.firstElementChild?.firstElementChild) continue;
    const t = el.textContent ?? '';
    if (t.length <= 60 && moneyLeaf(el, t)) out.push(el);
  }
  return out;
}

const path = (el: Element) => elementPath(el);
const same = (title: Element, limit?: number, kept?: number) =>
  expect(nearTitleCandidates(title, limit, kept).map(path)).toEqual(
    reference(title, limit ?? 1500, kept ?? 60).map(path),
  );

// Markup: the scanned tags and others, nested, with money, prose, long texts, digits of other scripts.
const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '$5.99',
    '12,90 €',
    '129',
    '99',
    '€',
    'EUR',
    '١٬٢٩٩ ر.س',
    '12,900원',
    'Bright, light and only $34.95.',
    'Free delivery on orders over $35 and more words here',
    'x'.repeat(50),
    '9'.repeat(70),
  ),
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[a-z ]{0,10}[$€£]?\d{0,6}[.,]?\d{0,2} ?(?:€|zł|Kč)?[a-z ]{0,10}$/),
);
const tag = fc.constantFrom(
  'span',
  'p',
  'div',
  'strong',
  'b',
  'ins',
  'bdi',
  'dd',
  'li',
  'h2',
  'h3',
  'h1',
  'section',
  'a',
  'em',
  'del',
  'ul',
  'dl',
);
type Node = string | { tag: string; kids: Node[] };
const { tree } = fc.letrec<{ tree: Node; node: Node }>((rec) => ({
  tree: fc.record({ tag, kids: fc.array(rec('node'), { maxLength: 6 }) }),
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, rec('tree')),
}));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = (n: Node): string =>
  typeof n === 'string' ? esc(n) : `<${n.tag}>${n.kids.map(html).join('')}</${n.tag}>`;
// Foreign content, where tag names keep their case and "ins" or "bdi" is no HTML element; tables.
const extra = fc.constantFrom(
  '',
  '<svg><text>12 €</text><ins>5 €</ins><bdi>$7</bdi></svg>',
  '<math><mi>7 €</mi></math>',
  '<table><tr><td>Preis</td><td>19,99 €</td></tr></table>',
  '<div><span>$</span>174<sup>99</sup></div>',
);
// A CDATA section with a digit (textContent reads them) put into the n-th element.
const cdata = fc.option(fc.nat(), { nil: null });

describe('near-title price scan: nearTitleCandidates', () => {
  it('gives the elements the element-by-element scan gave, in the same order (generated markup)', () => {
    fc.assert(
      fc.property(
        fc.array(tree, { minLength: 1, maxLength: 4 }),
        extra,
        cdata,
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 8 }),
        (trees, more, at, t, limit, kept) => {
          const doc = parseDocument(
            `<html><body><main><div><section>${trees.map(html).join('')}${more}</section></div></main></body></html>`,
          );
          const els = doc.querySelectorAll('section *');
          if (at !== null && els.length) els[at % els.length]!.append(doc.createCDATASection('7 €'));
          // Titles at every depth: the section's elements, the section, the body (the box stops there).
          for (const title of [els.length ? els[t % els.length]! : null, doc.querySelector('section'), doc.body])
            if (title) {
              same(title);
              same(title, limit, kept);
              same(title, limit);
            }
        },
      ),
      budget(300),
    );
  });

  it.each(SAVED_PAGES)('gives the same elements in the same order on %s (small bounds too)', (_, file) => {
    const { doc } = loadPage(file);
    const idx = indexPage(doc);
    const titles = [findTitleElement(idx), ...idx.h1s.slice(0, 3), ...idx.priceEls.slice(0, 3)];
    for (const title of titles)
      if (title) {
        same(title);
        same(title, 40, 5);
        same(title, 1500, 2);
      }
  });
});
