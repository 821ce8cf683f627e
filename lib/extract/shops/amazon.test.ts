/**
 * Amazon buy-box rules on small pages built from Amazon's markup (the saved pages cover the
 * layouts end to end in tests/extract/saved-pages.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { amazon } from './amazon';

const page = (body: string) =>
  parseDocument(
    `<!doctype html><html lang="en-us"><body><div id="dp"><span id="productTitle">Paper Towels, 12 Rolls</span>${body}</div></body></html>`,
  );
const URL_ = new URL('https://www.amazon.com/dp/B079VP6DH5');

describe('amazon product price', () => {
  it('skips a per-unit price and takes the buy-box price', () => {
    const doc =
      page(`<div id="corePrice_feature_div"><span class="a-price a-text-price" data-a-size="mini"><span class="a-offscreen">$0.50</span></span>/count)
      <span class="a-price a-text-price a-size-medium" data-a-size="b"><span class="a-offscreen">$24.99</span></span></div>`);
    expect(amazon.product!(doc, URL_, null)?.price).toBe(24.99);
  });

  it('gives no price when a size range is shown or there is no buy box', () => {
    const range = page(
      `<div id="apex_desktop"><span class="a-price-range"><span class="a-price apexPriceToPay"><span class="a-offscreen">$77.62</span></span> - <span class="a-price apexPriceToPay"><span class="a-offscreen">$170.00</span></span></span></div>`,
    );
    expect(amazon.product!(range, URL_, null)?.price).toBeNull();
    const noBox = page(
      `<div id="buybox-see-all-buying-choices">See All Buying Options</div><div class="other"><span class="a-price"><span class="a-offscreen">$149.00</span></span></div>`,
    );
    const generic = { ...amazon.product!(noBox, URL_, null)!, price: 149 };
    expect(amazon.product!(noBox, URL_, generic)?.price).toBeNull();
  });

  it("takes the list price from Amazon's own blocks with a buy-box price, never the generic one", () => {
    const doc = page(
      `<div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$24.99</span></span></div>`,
    );
    // The generic cascade's price and the struck price next to it: another offer's.
    const generic = { ...amazon.product!(doc, URL_, null)!, price: 19.99, listPrice: 29.99 };
    expect(amazon.product!(doc, URL_, generic)).toMatchObject({ price: 24.99, listPrice: null });
    // Without a buy box, the generic price keeps its own list price.
    const noBox = page(`<div class="other"></div>`);
    expect(amazon.product!(noBox, URL_, generic)).toMatchObject({ price: 19.99, listPrice: 29.99 });
  });

  it("reads none of the generic product's money fields when the buy box states the price", () => {
    const doc = page(
      `<div id="corePrice_feature_div"><span class="a-price"><span class="a-offscreen">$24.99</span></span></div>`,
    );
    const read: string[] = [];
    const generic = amazon.product!(doc, URL_, null)!;
    for (const key of ['price', 'currency', 'listPrice'] as const)
      Object.defineProperty(generic, key, {
        enumerable: true,
        get: () => (read.push(key), null),
      });
    expect(amazon.product!(doc, URL_, generic)).toMatchObject({ price: 24.99, currency: 'USD', listPrice: null });
    expect(read).toEqual([]);
  });

  it("reads none of the generic product's money fields when Amazon shows a range or no buy box", () => {
    for (const body of [
      `<div id="apex_desktop"><span class="a-price-range"><span class="a-price apexPriceToPay"><span class="a-offscreen">$77.62</span></span> - <span class="a-price apexPriceToPay"><span class="a-offscreen">$170.00</span></span></span></div>`,
      `<div id="buybox-see-all-buying-choices">See All Buying Options</div>`,
    ]) {
      const doc = page(body);
      const read: string[] = [];
      const generic = amazon.product!(doc, URL_, null)!;
      for (const key of ['price', 'currency', 'listPrice'] as const)
        Object.defineProperty(generic, key, { enumerable: true, get: () => (read.push(key), 'EUR') });
      expect(amazon.product!(doc, URL_, generic)).toMatchObject({ price: null, currency: 'USD', listPrice: null });
      expect(read).toEqual([]);
    }
  });

  it('reads ASIN, pack size, marketplace currency and stock line', () => {
    const doc = page(
      `<input type="hidden" id="ASIN" value="B079VP6DH5"><div id="availability"><span>Only 3 left in stock - order soon.</span></div>`,
    );
    const p = amazon.product!(doc, new URL('https://www.amazon.co.uk/dp/B079VP6DH5'), null)!;
    expect(p.asin).toBe('B079VP6DH5');
    expect(p.availability).toBe('InStock');
    expect(p.currency).toBe('GBP');
    expect(p.price).toBeNull();
    expect(p.url).toBe('https://www.amazon.co.uk/dp/B079VP6DH5');
  });
});
