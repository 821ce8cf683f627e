/**
 * The page index with buckets left unread (page-index.ts `Unread`, the product bundle's facts) is
 * the whole index with those buckets empty (but the title-like elements, found on first use), and `ldScriptsOf` finds the walk's JSON-LD scripts:
 * on generated markup (role classes and ids, breadcrumb aria labels, microdata prices, data-price,
 * SVG and JSON-LD scripts) and on every saved page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPage, parseDocument } from '../../lib/extract/load';
import { indexPage, ldScriptsOf, type PageIndex, type Unread } from '../../lib/extract/generic/page-index';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';

const BUCKETS = [
  'ldScripts',
  'h1s',
  'priceEls',
  'rows',
  'dts',
  'lis',
  'crumbBoxes',
  'stockEls',
  'specEls',
  'pairEls',
  'scopes',
  'titleEls',
] as const;
const UNREAD_BUCKET = { price: 'priceEls', crumb: 'crumbBoxes', stock: 'stockEls' } as const;

const UNREADS: Unread[] = [];
for (const price of [false, true])
  for (const crumb of [false, true])
    for (const stock of [false, true]) for (const title of [false, true]) UNREADS.push({ price, crumb, stock, title });

function sameWithUnread(doc: Document) {
  const whole: PageIndex = indexPage(doc);
  expect(ldScriptsOf(doc)).toEqual(whole.ldScripts);
  for (const unread of UNREADS)
    for (const firstRead of [false, true]) {
      const got = indexPage(doc, firstRead, unread);
      for (const k of BUCKETS) {
        const skipped = Object.entries(UNREAD_BUCKET).some(([u, b]) => b === k && unread[u as keyof Unread]);
        expect(got[k], `${k} ${JSON.stringify(unread)}`).toEqual(skipped ? [] : whole[k]);
      }
      expect([...got.metas]).toEqual([...whole.metas]);
      expect([got.nextData, got.canonical, got.title]).toEqual([whole.nextData, whole.canonical, whole.title]);
    }
}

const cls = fc.constantFrom(
  '',
  'price',
  'product-price stock',
  'breadcrumb',
  'crumbs spec',
  'availability',
  'sold-out',
  'specs-label',
  'product-title',
  'x',
  'PRICE big',
);
const attrs = fc.constantFrom(
  '',
  ' itemscope',
  ' itemprop="price" content="5"',
  ' aria-label="breadcrumb"',
  ' itemscope itemtype="https://schema.org/BreadcrumbList"',
  ' data-price="4"',
);
const tag = fc.constantFrom('div', 'span', 'li', 'ul', 'nav', 'ol', 'dt', 'h1', 'p', 'tr');
const raw = fc.constantFrom(
  '<script type="application/ld+json">{"@type":"Product"}</script>',
  '<script type=" Application/LD+JSON ">{}</script>',
  '<svg><script type="application/ld+json">{}</script></svg>',
  '<script>var a</script>',
  'text',
);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    raw,
    fc
      .tuple(tag, cls, attrs, fc.array(tie('tree'), { maxLength: 4 }))
      .map(([t, c, a, kids]) => `<${t}${c ? ` class="${c}"` : ''}${a}>${(kids as string[]).join('')}</${t}>`),
  ),
}));

describe('page index with unread buckets', () => {
  it('is the whole index less those buckets, on generated markup', () => {
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (parts) => {
        sameWithUnread(parseDocument(`<html><head></head><body>${parts.join('')}</body></html>`));
      }),
      budget(150),
    );
  });

  it.each(SAVED_PAGES)('is the whole index less those buckets on %s', (_, file) => {
    sameWithUnread(loadPage(file).doc);
  });
});
