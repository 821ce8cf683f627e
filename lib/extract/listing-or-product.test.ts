import { describe, expect, it } from 'vitest';
import { parseDocument } from './load';
import { productBeforeTiles, type ProductCandidate } from './listing-or-product';
import type { Product } from './types';

/** A product's buy box (heading, price, cart button) before a strip of three related tiles. */
function page(heading: string): { doc: Document; tiles: Element[]; anchor: Element } {
  const doc = parseDocument(`<!doctype html><html><body><main>
    <div class="buy-box"><h1>${heading}</h1><span class="price">NT$1,290</span>
      <button class="add-to-cart">加入購物車</button></div>
    <section class="related">
      <div class="tile"><a href="/p/1">茶杯 A</a><span class="price">NT$390</span></div>
      <div class="tile"><a href="/p/2">茶杯 B</a><span class="price">NT$420</span></div>
      <div class="tile"><a href="/p/3">茶盤</a><span class="price">NT$880</span></div>
    </section></main></body></html>`);
  const tiles = Array.from(doc.querySelectorAll('.tile'));
  const anchor = doc.querySelector('.buy-box .price');
  if (!anchor) throw new Error('fixture without a price');
  return { doc, tiles, anchor };
}

const candidate = (title: string, anchor: Element): ProductCandidate => ({
  product: { title, price: 1290, currency: 'TWD' } as Product,
  anchor,
  confident: false,
});

describe('productBeforeTiles: the heading that shows the title', () => {
  it('matches a two-character Han, kana or Hangul title, as the title rule reads them ("急須", "수건")', () => {
    for (const title of ['急須', '수건', 'タオ']) {
      const { doc, tiles, anchor } = page(title);
      expect(productBeforeTiles(doc, candidate(title, anchor), tiles), title).toBe(true);
    }
  });
  it('still needs three characters in other scripts ("TV", "Ab" name no product)', () => {
    for (const title of ['TV', 'Ab']) {
      const { doc, tiles, anchor } = page(title);
      expect(productBeforeTiles(doc, candidate(title, anchor), tiles), title).toBe(false);
    }
  });
  it('reads a longer title as before', () => {
    const { doc, tiles, anchor } = page('Steel Kettle 1.7 L');
    expect(productBeforeTiles(doc, candidate('Steel Kettle 1.7 L', anchor), tiles)).toBe(true);
  });
});
