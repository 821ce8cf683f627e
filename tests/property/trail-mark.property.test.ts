/**
 * The breadcrumb trail marked in other words (dom.ts `markedTrailBox`): the index walk notes the
 * first element whose class or id holds a trail word (page-index.ts `trailMark`), and only the
 * rest (data attributes, RDFa, the tags the walk passes over) is asked of the document. It must find
 * the element the one selector over the whole document found (kept here as the reference), in
 * every way the walk is run (whole, first read, landmarks left out, crumbs unread), after the
 * role memo has seen the same strings in a walk that did not want the trail, and after the page
 * changed between two walks: on generated markup and on every saved and reconstructed page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { markedTrailBox } from '../../lib/extract/generic/dom';
import { indexPage, type PageIndex } from '../../lib/extract/generic/page-index';
import { markupTree } from './arbitraries';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';
import { elementPath } from '../unit/element-path';

/** The selector as it was (4a1c1e0's MARKED_TRAIL), asked of the whole document. */
const REFERENCE = [
  '[typeof~="BreadcrumbList"], [data-testid*="breadcrumb" i], [data-test*="breadcrumb" i], [data-qa*="breadcrumb" i]',
  ...['crumbs', 'topicpath', 'topic_path', 'topic-path', 'pankuzu'].map((w) => `[class*="${w}" i], [id*="${w}" i]`),
].join(', ');

const path = (el: Element | null) => (el ? elementPath(el) : null);

/** Every way the walk runs that may read the trail, and one that may not (crumbs unread: no trailMark). */
function indexes(doc: Document): PageIndex[] {
  return [
    indexPage(doc, true, { crumb: true }),
    indexPage(doc),
    indexPage(doc, true),
    indexPage(doc, true, { stock: true, price: true, title: true, landmarks: true }),
    indexPage(doc, true, { crumb: true, landmarks: true }),
  ];
}

function same(doc: Document): void {
  const want = path(doc.querySelector(REFERENCE));
  for (const idx of indexes(doc)) expect(path(markedTrailBox(idx))).toEqual(want);
}

// Tags the walk reads, and tags it passes over (head elements, void and decorative ones, SVG).
const tag = fc.constantFrom(
  'div',
  'span',
  'ul',
  'li',
  'nav',
  'header',
  'a',
  'p',
  'i',
  'img',
  'br',
  'template',
  'style',
  'option',
  'noscript',
  'h1',
  'tr',
);
const word = fc.constantFrom(
  '',
  'x',
  'nav-crumbs',
  'Nav-Crumbs',
  'CRUMBS',
  'crumb',
  'topicpath',
  'TOPIC_PATH',
  'topic-Path',
  'topic path',
  'pankuzu',
  'PanKuzu_list',
  'breadcrumb',
  'crumbſ',
  'ﬀcrumbs',
);
const attrs = fc
  .record({
    class: fc.option(word, { nil: null }),
    id: fc.option(word, { nil: null }),
    other: fc.constantFrom<Record<string, string | null>>(
      {},
      { 'data-testid': 'Breadcrumbs' },
      { typeof: 'BreadcrumbList' },
      { 'data-qa': 'x' },
      { itemscope: '' },
    ),
  })
  .map(({ other, ...a }) => ({ ...a, ...other }));
const tree = markupTree(tag, attrs);
// Head elements, foreign content (tag names keep their case; svg and path are passed over), a form whose
// `id` and `className` are controls.
const extra = fc.constantFrom(
  '',
  '<meta class="crumbs" content="x">',
  '<script id="pankuzu-data">1</script>',
  '<svg class="Crumbs"><path class="topic_path"></path><g class="crumbs"></g></svg>',
  '<form class="x"><input name="id"><input name="className"></form>',
  '<form class="nav-crumbs"><input name="className"></form>',
  '<input class="crumbs">',
);

describe('breadcrumb trail by class words: markedTrailBox', () => {
  it('finds the element the whole-document selector found (generated markup)', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), extra, fc.nat(), (trees, more, at) => {
        const body = [...trees];
        body.splice(at % (body.length + 1), 0, more);
        same(parseDocument(`<html><head>${more}</head><body>${body.join('')}</body></html>`));
      }),
      budget(300),
    );
  });

  it('reads the page as it is at each walk, not as an earlier walk found it', () => {
    const doc = parseDocument(
      '<html><body><header><a>Home</a></header><main><h1>Lamp</h1><div class="Nav-Crumbs"><a>Lights</a></div></main></body></html>',
    );
    same(doc);
    expect(path(markedTrailBox(indexPage(doc)))).toEqual(path(doc.querySelector('.Nav-Crumbs')));
    // An earlier mark on a tag the walk passes over, then one it reads, then none at all.
    doc.querySelector('h1')!.insertAdjacentHTML('beforebegin', '<i class="x-TOPICPATH"></i>');
    same(doc);
    expect(markedTrailBox(indexPage(doc))?.tagName).toBe('I');
    doc.querySelector('main')!.insertAdjacentHTML('afterbegin', '<p id="pankuzu"></p>');
    same(doc);
    expect(markedTrailBox(indexPage(doc))?.tagName).toBe('P');
    for (const el of doc.querySelectorAll('i, p, .Nav-Crumbs')) el.remove();
    same(doc);
    expect(markedTrailBox(indexPage(doc))).toBeNull();
  });

  it.each(SAVED_PAGES)('finds the same element on %s', (_, file) => {
    same(loadPage(file).doc);
  });
});
