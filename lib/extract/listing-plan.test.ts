/**
 * The content script reads listing tiles one by one as they come near the viewport (listing-plan.ts);
 * the whole-page extraction reads them all. On every saved and reconstructed page whose shop plans
 * its listing, both must give the same items for the same tiles.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPageWithAnchors } from './index';
import { loadPage, parseDocument } from './load';
import { planListing } from './listing';
import { listingFromPlan } from './listing-plan';
import { htmlFiles } from '../../scripts/lib/html-files';

const ROOTS = ['pages', 'reconstructed'].map((d) => join(__dirname, '../../tests/fixtures', d));

const CASES = ROOTS.flatMap((root) => {
  const urls: Record<string, string> = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8'));
  return htmlFiles(root)
    .map((f) => ({ name: relative(join(root, '..'), join(root, f)), file: join(root, f), url: urls[f] }))
    .filter((c): c is { name: string; file: string; url: string } => !!c.url);
});

const planned: string[] = [];

describe('listing plans read each tile as the whole page does', () => {
  it.each(CASES)('$name', ({ file, url }) => {
    const { doc } = loadPage(file);
    const plan = planListing(doc, new URL(url));
    if (!plan) return;
    planned.push(file);
    const whole = extractPageWithAnchors(doc, url);
    expect(whole.result.kind).toBe('listing');
    expect(listingFromPlan(plan)?.items ?? []).toEqual(whole.result.items);

    // Tile by tile, as the content script reads them: the same item, bar the organic count.
    const byAnchor = new Map(whole.anchors.items.map((a, i) => [a, whole.result.items[i]!]));
    const read = plan.tiles.flatMap((tile) => {
      const item = plan.read(tile);
      return item ? [[tile, item] as const] : [];
    });
    // Elements compared by identity (a deep compare of DOM nodes never ends).
    const index = (els: readonly (Element | null)[]) => els.map((e) => (e ? plan.tiles.indexOf(e) : -1));
    expect(index(read.map(([tile]) => tile))).toEqual(index(whole.anchors.items));
    for (const [tile, item] of read) {
      const { position: ownRank, ...rest } = item;
      const { position, ...expected } = byAnchor.get(tile)!;
      expect(rest).toEqual(expected);
      if (ownRank !== null) expect(ownRank).toBe(position);
    }
    // Appended tiles (infinite scroll) are found among the added elements, nested ones dropped.
    expect(index(plan.tilesIn(plan.tiles))).toEqual(index(plan.tiles));
    const parents = [...new Set(plan.tiles.map((t) => t.parentElement!))];
    const sorted = (els: readonly Element[]) => index(els).sort((a, b) => a - b);
    expect(sorted(plan.tilesIn(parents))).toEqual(index(plan.tiles));
  });

  it('covers the shops that plan their listings', () => {
    // Amazon search and best sellers, eBay and AliExpress search, the data-described shops' result cards.
    expect(planned.length).toBeGreaterThanOrEqual(8);
    for (const shop of ['amazon', 'ebay', 'aliexpress']) expect(planned.some((f) => f.includes(shop))).toBe(true);
    expect(planned.some((f) => !f.includes('amazon'))).toBe(true);
  });
});

describe('listing plans', () => {
  const page = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`);
  const tile = (asin: string, title: string, extra = '') =>
    `<div data-component-type="s-search-result" data-asin="${asin}"><h2>${title}</h2>` +
    `<span class="a-price"><span class="a-offscreen">$1${asin.slice(-1)}.99</span></span>${extra}</div>`;

  it('ranks organic tiles in page order and skips placeholders', () => {
    const doc = page(
      tile('B000000001', 'Cable one') +
        tile('B000000002', '') +
        tile('B000000003', 'Cable three', '<span>Sponsored</span>') +
        tile('B000000004', 'Cable four'),
    );
    const plan = planListing(doc, new URL('https://www.amazon.com/s?k=cable'))!;
    expect(plan.tiles).toHaveLength(4);
    expect(plan.read(plan.tiles[1]!)).toBeNull();
    expect(listingFromPlan(plan)?.items.map((i) => [i.title, i.position])).toEqual([
      ['Cable one', 1],
      ['Cable three', null],
      ['Cable four', 2],
    ]);
  });

  it('is null where the shop does not declare a listing or has no tiles', () => {
    const doc = page(tile('B000000001', 'Cable one'));
    expect(planListing(doc, new URL('https://www.amazon.com/dp/B000000001'))).toBeNull();
    expect(planListing(page('<p>none</p>'), new URL('https://www.amazon.com/s?k=cable'))).toBeNull();
    expect(planListing(doc, new URL('https://shop.example/s?k=cable'))).toBeNull();
  });

  it('finds appended tiles inside added wrappers, a nested result once', () => {
    const doc = page(`<div id="list">${tile('B000000001', 'Cable one')}</div>`);
    const plan = planListing(doc, new URL('https://www.amazon.com/s?k=cable'))!;
    const wrapper = doc.createElement('div');
    wrapper.innerHTML = tile('B000000002', 'Cable two', tile('B000000003', 'Inner'));
    const outer = wrapper.firstElementChild!;
    expect(plan.tilesIn([wrapper])).toHaveLength(1);
    expect(plan.tilesIn([wrapper])[0]).toBe(outer);
    expect(plan.tilesIn([outer])[0]).toBe(outer);
  });
});
