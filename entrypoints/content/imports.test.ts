/**
 * The on-demand content script bundles English only: the other catalogues are handed over by the
 * background, one language at a time (lib/content/catalogue-handover.ts). This walks its runtime
 * imports (type-only imports are erased) as the popup's import test does.
 */
import { describe, expect, it } from 'vitest';
import { graph } from '../../scripts/lib/import-graph';

describe('on-demand content script imports', () => {
  it('bundles no catalogue but English', () => {
    const files = [...graph('entrypoints/on-demand.content.ts')];
    expect(files).toContain('lib/i18n/en.ts');
    expect(files.filter((f) => /^lib\/i18n\/(de|fr|es|zh-CN|index)\.ts$/.test(f))).toEqual([]);
  });

  it("bundles no panel: a badge's panel is its own file, loaded on the first open", () => {
    const files = [...graph('entrypoints/on-demand.content.ts')];
    expect(files).toContain('components/Badge.tsx');
    const panel = ['components/EstimatePanel.tsx', 'components/CorrectionForm.tsx', 'components/OtherChoices.tsx'];
    expect(files.filter((f) => panel.includes(f))).toEqual([]);
    expect([...graph('entrypoints/in-page-panel.tsx')]).toEqual(expect.arrayContaining(panel));
  });

  it('the product bundle reads facts only: none of the listing and order wiring, the generic cascade or the shops', () => {
    const files = [...graph('entrypoints/on-demand-product.content.ts')];
    expect(files).toContain('lib/extract/facts-page.ts');
    expect(files).toContain('components/Badge.tsx');
    const notForProducts = [
      // Read in the worker from the page's facts (lib/extract/facts.ts).
      'lib/extract/facts.ts',
      'lib/extract/generic/index.ts',
      'lib/extract/generic/assemble.ts',
      'lib/extract/shops/index.ts',
      'lib/extract/shops/spec.ts',
      'entrypoints/content/page.ts',
      'entrypoints/content/order-card.tsx',
      'entrypoints/content/highlight.tsx',
      'lib/content/near-tiles.ts',
      'lib/extract/index.ts',
      'lib/extract/listing.ts',
      'lib/extract/listing-generic.ts',
      'lib/extract/order.ts',
      'lib/extract/order-generic.ts',
      'lib/extract/order-history.ts',
      // What only the panel shows (lifetimes, comparisons): the badge needs lib/scale/rough.ts alone.
      'lib/scale/index.ts',
      'lib/scale/lifetimes.ts',
    ];
    expect(files.filter((f) => notForProducts.includes(f))).toEqual([]);
    expect(files.filter((f) => /^lib\/i18n\/(de|fr|es|zh-CN|index)\.ts$/.test(f))).toEqual([]);
  });

  it('the listing bundle holds the listing plans and none of the generic extraction', () => {
    const files = [...graph('entrypoints/on-demand-listing.content.ts')];
    expect(files).toContain('lib/extract/entry-listing.ts');
    expect(files).toContain('lib/content/near-tiles.ts');
    const notForPlannedListings = [
      'lib/extract/index.ts',
      'lib/extract/generic/index.ts',
      'lib/extract/listing.ts',
      'lib/extract/listing-generic.ts',
      'lib/extract/order.ts',
      'lib/extract/order-generic.ts',
    ];
    expect(files.filter((f) => notForPlannedListings.includes(f))).toEqual([]);
  });
});
