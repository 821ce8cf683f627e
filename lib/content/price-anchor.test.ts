// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPriceElement } from './price-anchor';

function tile(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('findPriceElement', () => {
  it('finds a price split into spans and returns the whole price element', () => {
    const t = tile(
      '<h2>Charger</h2><span class="price"><span>$</span><span>35</span><span>.99</span></span><span>List: $45.99</span>',
    );
    expect(findPriceElement(t, 35.99)?.className).toBe('price');
  });
  it('skips struck-through prices and handles a comma decimal', () => {
    const t = tile('<s>45,99 €</s> <b id="now">35,99 €</b>');
    expect(findPriceElement(t, 35.99)?.id).toBe('now');
  });
  it('returns null when no price is shown or unknown', () => {
    expect(findPriceElement(tile('<h2>Charger</h2>'), 35.99)).toBeNull();
    expect(findPriceElement(tile('<b>35.99</b>'), null)).toBeNull();
  });
});
