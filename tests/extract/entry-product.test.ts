/**
 * The per-kind bundles of the on-demand part against the whole extraction, on every saved and
 * reconstructed page. The product bundle (entrypoints/on-demand-product.content.ts):
 *  - lib/extract/entry-product.ts answers a page only with the whole extraction's answer (the same
 *    product and anchor, or nothing where it finds nothing), and is `undecided` otherwise;
 *  - a page the detector sends to the product bundle (lib/content/detect.ts `injectKind`) never
 *    needs the hand-over to the full script, and is not a listing or an order.
 * The listing bundle (entrypoints/on-demand-listing.content.ts): a page the detector sends to it has
 * a plan (no hand-over); its `planListing` is listing.ts's, from the module both share.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../lib/extract/load';
import { extractPageWithAnchors } from '../../lib/extract';
import { extractProductPage } from '../../lib/extract/entry-product';
import { planListing } from '../../lib/extract/listing';
import { injectKind } from '../../lib/content/detect';

const FIXTURES = join(__dirname, '../fixtures');

function pages(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? pages(root, join(dir, e.name))
      : e.name.endsWith('.html')
        ? [relative(root, join(dir, e.name))]
        : [],
  );
}

const hinted: string[] = [];
const listingHinted: string[] = [];
const products: string[] = [];

for (const set of ['pages', 'reconstructed']) {
  const root = join(FIXTURES, set);
  const urls: Record<string, string> = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8'));
  describe(`product entry on ${set}`, () => {
    for (const page of pages(root).filter((p) => urls[p])) {
      it(page, () => {
        const url = urls[page]!;
        const whole = extractPageWithAnchors(loadPage(join(root, page)).doc, url);
        const { doc } = loadPage(join(root, page));
        const own = extractProductPage(doc, url);
        const bundle = injectKind(doc, new URL(url));
        if (whole.result.kind === 'product') products.push(page);
        if (bundle === 'product') {
          hinted.push(page);
          expect(own.kind, 'a product-bundle page must not need the hand-over').not.toBe('undecided');
          expect(['product', 'other']).toContain(whole.result.kind);
        }
        const planned = planListing(doc, new URL(url));
        if (bundle === 'listing') {
          listingHinted.push(page);
          expect(planned, 'a listing-bundle page must not need the hand-over').not.toBeNull();
        }
        if (own.kind === 'undecided') return;
        if (own.kind === 'none') {
          expect(whole.result.kind).toBe('other');
          return;
        }
        expect(whole.result.kind).toBe('product');
        expect(own.product).toEqual(whole.result.product);
        // Same element (two loads of the page: compared by its place in the document).
        expect(own.anchor?.outerHTML).toBe(whole.anchors.product?.outerHTML);
      });
    }
  });
}

describe('product bundle coverage', () => {
  it('takes a good share of the saved product pages', () => {
    // Printed for the record; the share only has to stay well above nothing.
    console.log(`product bundle: ${hinted.length} pages hinted, ${products.length} product pages in all`);
    console.log(`listing bundle: ${listingHinted.join(', ')}`);
    expect(listingHinted.length).toBeGreaterThan(0);
    expect(hinted.length).toBeGreaterThan(products.length / 3);
  });
});
