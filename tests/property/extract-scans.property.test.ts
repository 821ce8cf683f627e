/**
 * The page index walk reads less of the page than the straightforward code it replaced (kept here
 * as the reference): class and id through their properties (the attribute where the property is
 * not a string), and only the candidate elements on a first read (CANDIDATES in page-index.ts). It
 * must give the same buckets, on generated markup and on every saved and reconstructed page;
 * textUpTo must give the text, or a prefix of it longer than the limit. (The near-title price
 * scan: near-title-scan.property.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { indexPage, type PageIndex } from '../../lib/extract/generic/page-index';
import { childCount, textUpTo } from '../../lib/extract/generic/text';
import {
  ANY_ROLE,
  BREADCRUMB_ROLE,
  PRICE_ROLE,
  SPEC_ROLE,
  STOCK_ROLE,
  TITLE_ROLE,
} from '../../lib/extract/words-class';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';
import { elementPath } from '../unit/element-path';

// ---- references: the code as it was (ddb84a2), without the memo and the limits' fine print ----

const SKIPPED = new Set(
  'STYLE NOSCRIPT TEMPLATE BR IMG INPUT OPTION I HR WBR SOURCE PICTURE IFRAME svg SVG path PATH'.split(' '),
);
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'DIV', 'SPAN', 'P', 'STRONG']);
const LIMITS = {
  priceEls: 800,
  rows: 800,
  dts: 300,
  lis: 2500,
  crumbBoxes: 10,
  stockEls: 40,
  specEls: 1500,
  pairEls: 3000,
  scopes: 200,
  titleEls: 200,
  ldScripts: 50,
  h1s: 20,
};

type Buckets = Omit<PageIndex, 'doc' | 'hintsOf'>;

function referenceIndex(doc: Document): Buckets {
  const idx: Buckets = {
    metas: new Map(),
    ldScripts: [],
    h1s: [],
    priceEls: [],
    rows: [],
    dts: [],
    lis: [],
    crumbBoxes: [],
    stockEls: [],
    specEls: [],
    pairEls: [],
    scopes: [],
    titleEls: [],
    nextData: null,
    canonical: null,
    title: null,
  };
  const push = (k: keyof typeof LIMITS, el: Element) => {
    const list = idx[k];
    if (list.length < LIMITS[k]) list.push(el);
  };
  const scopes = new Set(Array.from(doc.querySelectorAll('[itemscope]')));
  const prices = new Set(Array.from(doc.querySelectorAll('[itemprop="price"]')));
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const tag = el.tagName;
    if (tag === 'META') {
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
      const content = el.getAttribute('content');
      if (key && content && !idx.metas.has(key.toLowerCase())) idx.metas.set(key.toLowerCase(), content);
      continue;
    }
    if (tag === 'SCRIPT') {
      const type = (el.getAttribute('type') ?? '').toLowerCase().trim();
      if (type === 'application/ld+json') push('ldScripts', el);
      else if (type === 'application/json' && !idx.nextData && el.getAttribute('id') === '__NEXT_DATA__')
        idx.nextData = el;
      continue;
    }
    if (tag === 'LINK') {
      if (!idx.canonical && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical')
        idx.canonical = el.getAttribute('href');
      continue;
    }
    if (tag === 'TITLE') {
      if (idx.title === null) idx.title = el.textContent;
      continue;
    }
    if (SKIPPED.has(tag)) continue;
    if (tag === 'H1') push('h1s', el);
    if (tag === 'TR') push('rows', el);
    if (tag === 'DT') push('dts', el);
    if (tag === 'LI') push('lis', el);
    if (tag === 'DIV' && childCount(el, 2) === 2) push('pairEls', el);
    if (!el.hasAttributes()) continue;
    const scoped = scopes.has(el);
    if (scoped) push('scopes', el);
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    const h = cls ? (id ? cls + ' ' + id : cls) : (id ?? '');
    const role = h.length > 0 && ANY_ROLE.test(h);
    if ((role && PRICE_ROLE.test(h)) || (idx.scopes.length && prices.has(el))) push('priceEls', el);
    let crumb = role && BREADCRUMB_ROLE.test(h);
    if (!crumb && (tag === 'NAV' || tag === 'OL' || tag === 'UL'))
      crumb =
        BREADCRUMB_ROLE.test((el.getAttribute('aria-label') ?? '') + (el.getAttribute('aria-labelledby') ?? '')) ||
        (scoped && /BreadcrumbList/.test(el.getAttribute('itemtype') ?? ''));
    if (crumb && !idx.crumbBoxes.some((b) => b.contains(el))) push('crumbBoxes', el);
    if (h.length > 0 && TITLE_ROLE.test(h) && TITLE_TAGS.has(tag)) push('titleEls', el);
    if (!role) continue;
    if (STOCK_ROLE.test(h)) push('stockEls', el);
    if (SPEC_ROLE.test(h) && childCount(el, 4) <= 4) push('specEls', el);
  }
  if (!idx.priceEls.length)
    for (const el of Array.from(
      doc.querySelectorAll('[data-price], [data-test*="price" i], [data-testid*="price" i]'),
    ).slice(0, 50))
      idx.priceEls.push(el);
  return idx;
}

// ---- comparison ----

const path = (el: Element) => elementPath(el);
const paths = (els: Element[]) => els.map(path);

function sameIndex(doc: Document) {
  const want = referenceIndex(doc);
  // Every element walked, and only the candidates (the product bundle's first read).
  for (const got of [indexPage(doc), indexPage(doc, true)])
    for (const k of Object.keys(want) as (keyof Buckets)[]) {
      const a = got[k];
      const b = want[k];
      if (Array.isArray(b)) expect(paths(a as Element[]), k).toEqual(paths(b));
      else if (b instanceof Map) expect([...(a as Map<string, string>)], k).toEqual([...b]);
      else if (b && typeof b === 'object') expect(path(a as Element), k).toEqual(path(b));
      else expect(a, k).toEqual(b);
    }
}

// ---- generated markup: role classes and ids, forms with controls named id/className, SVG, microdata ----

const cls = fc.constantFrom(
  '',
  'price',
  'product-price',
  'a-price',
  'breadcrumb',
  'stock',
  'availability',
  'spec',
  'specs-label',
  'attribute',
  'product-title',
  'name',
  'x',
  'PRICE big',
);
const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '$5.99',
    '12,90 €',
    'Free delivery on orders over $35',
    'abcdefghijklmnopqrstuvwxyz 1',
    'Weight: 5 kg',
    'SKU: AB-12',
    'Color:',
    'red',
    ' '.repeat(1300) + ':',
    'a'.repeat(1400),
  ),
  fc.constantFrom('a: ' + 'b '.repeat(700), 'x'.repeat(1290) + ': y', '  \n  '.repeat(400) + 'k: v'),
  fc.string({ maxLength: 40 }),
);
const tag = fc.constantFrom(
  'div',
  'span',
  'p',
  'li',
  'ul',
  'nav',
  'ol',
  'dt',
  'dd',
  'dl',
  'h1',
  'h2',
  'b',
  'form',
  'a',
);
type Node =
  | string
  | { tag: string; cls: string; id: string; attrs: string; kids: Node[] }
  | { table: [string, string][] }
  | { raw: string };
const attrs = fc.constantFrom(
  '',
  ' itemscope',
  ' itemprop="price" content="5"',
  ' aria-label="breadcrumb"',
  ' aria-labelledby="breadcrumbs"',
  ' aria-label="bread" aria-labelledby="crumb"',
  ' itemscope itemtype="https://schema.org/BreadcrumbList"',
  ' data-price="4"',
  ' hidden',
);
const RAW = [
  '<input name="id" value="x">',
  '<input name="className">',
  '<svg class="price"><g class="price-icon"><text>$5</text></g></svg>',
  '<img class="price">',
  '<svg><title class="product-title">T</title><g itemscope itemprop="price"></g></svg>',
  '<span itemscope itemtype="https://schema.org/Product"><b itemprop="price">5</b></span>',
  '<div><span>a</span><span>b</span></div>',
  '<meta property="og:title" content="T">',
  '<script type="application/ld+json">{}</script>',
  '<link rel="canonical" href="/c">',
  '<template><div class="price">5</div></template>',
  '<tr><th>Weight</th><td>5 kg</td></tr>',
  // Boxes whose text starts with a long run of spaces in an element of its own (bounded reads).
  `<table><tr><th><b>Size</b></th><td><span>${' \n '.repeat(360)}</span><b>12 cm</b></td></tr></table>`,
  `<dl><dt><span>Colour</span></dt><dd><i>${' '.repeat(1100)}</i><b>red</b></dd></dl>`,
  `<ul><li><span>${' '.repeat(1200)}</span><b>Color: red</b></li></ul>`,
];
const raw = fc.constantFrom(...RAW);
const { tree } = fc.letrec<{ tree: Node; node: Node }>((rec) => ({
  tree: fc.record({
    tag,
    cls,
    id: fc.constantFrom('', 'price', 'main', 'spec-table'),
    attrs,
    kids: fc.array(rec('node'), { maxLength: 6 }),
  }),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    rec('tree'),
    fc.record({ table: fc.array(fc.tuple(text, text), { maxLength: 3 }) }),
    fc.record({ raw }),
  ),
}));
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = (n: Node): string => {
  if (typeof n === 'string') return esc(n);
  if ('raw' in n) return n.raw;
  if ('table' in n)
    return `<table>${n.table.map(([l, v]) => `<tr><th>${esc(l)}</th><td>${esc(v)}</td></tr>`).join('')}</table>`;
  const a = `${n.cls ? ` class="${n.cls}"` : ''}${n.id ? ` id="${n.id}"` : ''}${n.attrs}`;
  return `<${n.tag}${a}>${n.kids.map(html).join('')}</${n.tag}>`;
};

describe('page index walk: same as the straightforward code', () => {
  it('gives the same buckets on generated markup', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 4 }), (trees) => {
        sameIndex(parseDocument(`<html><head><title>T</title></head><body>${trees.map(html).join('')}</body></html>`));
      }),
      budget(300),
    );
  });

  it.each(SAVED_PAGES)('gives the same buckets on %s', (_, file) => sameIndex(loadPage(file).doc));

  // The walk passes over an element with no role class or id unless it may still land in a bucket:
  // a breadcrumb list by its aria label, or anything once the page has microdata scopes.
  it.each([
    ['a breadcrumb nav by its aria label, without microdata', '<nav aria-label="breadcrumb"><a>Home</a></nav>'],
    ['a breadcrumb list by aria-labelledby', '<div><ol aria-labelledby="breadcrumbs"><li>A</li></ol></div>'],
    ['a microdata price after a scope', '<div itemscope><b itemprop="price">5</b></div><p itemscope></p>'],
    ['a microdata breadcrumb list', '<ul itemscope itemtype="https://schema.org/BreadcrumbList"><li>A</li></ul>'],
  ])('gives the same buckets for %s', (_, body) => {
    const doc = parseDocument(`<html><body>${body}<p class="x">y</p></body></html>`);
    sameIndex(doc);
    expect(
      indexPage(doc).crumbBoxes.length + indexPage(doc).priceEls.length + indexPage(doc).scopes.length,
    ).toBeGreaterThan(0);
  });
});

describe('bounded text reads', () => {
  it('textUpTo: the text when it is at most the limit, else a prefix of it longer than the limit', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 1400 }), (trees, max) => {
        const doc = parseDocument(`<html><body><main>${trees.map(html).join('')}</main></body></html>`);
        for (const el of [doc.querySelector('main')!, ...Array.from(doc.querySelectorAll('main *')).slice(0, 30)]) {
          const full = el.textContent ?? '';
          const t = textUpTo(el, max);
          if (full.length <= max) expect(t).toBe(full);
          else {
            expect(t.length).toBeGreaterThan(max);
            expect(full.startsWith(t)).toBe(true);
          }
        }
      }),
      budget(200),
    );
  });
});
