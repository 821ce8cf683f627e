import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { findTitleElement } from './dom';
import { indexPage } from './page-index';
import { findVisiblePrice, priceText } from './price';

function visible(body: string, host = 'shop.example') {
  const idx = indexPage(parseDocument(`<html><body>${body}</body></html>`));
  return findVisiblePrice(idx, findTitleElement(idx), { host });
}

describe('findVisiblePrice', () => {
  it('takes the buy-box price, not the struck list price, the unit price or a carousel price', () => {
    const r = visible(`
      <main><div class="product-info"><h1>Duct Tape, Pack of 2</h1>
        <div class="price-block"><span class="a-price"><span class="a-offscreen">$12.48</span></span>
          <span class="unit">($6.24 / Count)</span><s class="was-price">$15.99</s></div></div>
      <div class="recommendations"><div class="tile"><span class="price">$3.99</span></div></div></main>`);
    expect(r).toMatchObject({ price: 12.48, currency: 'USD', listPrice: 15.99 });
  });

  it('finds an unlabelled price next to the title (no "price" class anywhere)', () => {
    const r = visible(`<div><div><h1>Doormat</h1></div><div data-buy-box><p class="wt-text-title-03">53,11 €</p></div>
      <div class="shipping">Gastos de envío 60,59 €</div></div>`, 'www.etsy.com');
    expect(r).toMatchObject({ price: 53.11, currency: 'EUR' });
  });

  it('ignores shipping, instalments and hidden prices', () => {
    const r = visible(`<div class="pdp"><h1>Lamp</h1><div class="price">Versand: 4,99 €</div>
      <div class="price">4 payments starting at $15.00</div><div class="price hide">MzI5Ljk5 $</div><div class="price">$59.99</div></div>`);
    expect(r?.price).toBe(59.99);
  });

  it('is null when no price is near the title or in a buy box', () => {
    expect(visible('<h1>Article about lamps</h1><p>Nothing for sale.</p>')).toBeNull();
    expect(visible('<h1>Lamp</h1><footer><span class="price">$5.00</span></footer>')).toBeNull();
  });

  it('reads superscript cents', () => {
    const el = parseDocument('<html><body><div id="p"><span>$</span>174<sup>99</sup></div></body></html>').querySelector('#p')!;
    expect(priceText(el)).toBe('$174.99');
  });
});
