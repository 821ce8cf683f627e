import { describe, expect, it } from 'vitest';
import { parseDocument } from './load';
import { hasAdLabel, hasClassIn, priceFromText, quantityFromTitle, readRating, textOf } from './listing-tile';

const el = (html: string) =>
  parseDocument(`<!doctype html><html><body><div id="t">${html}</div></body></html>`).querySelector('#t')!;

describe('tile readers', () => {
  it.each([
    ['Gorilla Duct Tape, 1.88" x 12 yd, Black, (Pack of 2)', 2],
    ['Miady 2-Pack Portable Charger', 2],
    ['Amazon Basics AA Batterien, 40er Pack', 40],
    ['20 Stück CR2032 Batterien', 20],
    ['Lot de 3 torchons', 3],
    ['Kasa Smart Plug, 4 Count', 4],
    ['Apple iPad Air 2 64GB', null],
    ['Whiskas 7+ cat food, 4 x 85 g', null],
  ])('quantity of %s is %s', (title, n) => {
    expect(quantityFromTitle(title)).toBe(n);
  });

  it('reads ratings from text, aria-label, title and rating-named scores', () => {
    expect(readRating(el('<span class="a-icon-alt">4.5 out of 5 stars</span>'))).toBe(4.5);
    expect(readRating(el('<a title="4,4 von 5 Sternen">x</a>'))).toBe(4.4);
    expect(readRating(el('<div aria-label="Note : 3,9 sur 5">★</div>'))).toBe(3.9);
    expect(readRating(el('<span class="star-score">4.8</span>'))).toBe(4.8);
    expect(readRating(el('<span>4.8</span><span>Only 5 left</span>'))).toBeNull();
    expect(readRating(el('<span>Save 10 out of 50 items</span>'))).toBeNull();
  });

  it('marks visible ad labels only', () => {
    expect(hasAdLabel(el('<span class="x">Sponsored</span><h2>Title</h2>'))).toBe(true);
    expect(hasAdLabel(el('<div>Gesponsert</div>'))).toBe(true);
    expect(hasAdLabel(el('<span aria-hidden="true"><span>Anzeige</span></span>'))).toBe(false);
    expect(hasAdLabel(el('<p>Sponsored by our partners since 2010</p>'))).toBe(false);
    expect(hasAdLabel(el('<p>Adapter USB-C</p>'))).toBe(false);
    // Skipped content and deep nesting: the walk goes past a script and back up several levels.
    expect(hasAdLabel(el('<script>Sponsored</script><div><p><b>x</b></p></div><i>Add</i>'))).toBe(false);
    expect(hasAdLabel(el('<script>x</script><div><p><b>x</b></p></div><span>Sponsored</span>'))).toBe(true);
    expect(hasAdLabel(el('<div aria-hidden="false"><p>Sponsored</p></div>'))).toBe(true);
  });

  it('finds marker classes on the tile or below it, whole class names only', () => {
    const ads = new Set(['AdHolder', 's-sponsored-label-text', 'odd:name']);
    expect(hasClassIn(el('<div class="a AdHolder b">x</div>'), ads)).toBe(true);
    expect(hasClassIn(el('<p><span class="s-sponsored-label-text">x</span></p>'), ads)).toBe(true);
    expect(hasClassIn(el('<span class="odd:name">x</span>'), ads)).toBe(true);
    expect(hasClassIn(el('<div class="AdHolderX s-sponsored">x</div>'), ads)).toBe(false);
    const tile = el('<b>x</b>');
    tile.setAttribute('class', 'AdHolder');
    expect(hasClassIn(tile, ads)).toBe(true);
    expect(hasClassIn(tile, new Set())).toBe(false);
  });

  it('reads a price, not a unit price, range or bare number', () => {
    expect(priceFromText('$12.48', { host: 'www.amazon.com' })).toEqual({ price: 12.48, currency: 'USD' });
    expect(priceFromText('2.998,00 €', {})).toEqual({ price: 2998, currency: 'EUR' });
    expect(priceFromText('($6.24 / Pack)', {})).toBeNull();
    expect(priceFromText('€2.69/kg', {})).toBeNull();
    expect(priceFromText('EUR 234,95 bis EUR 269,95', {})).toBeNull();
    expect(priceFromText('1.88 x 12', {})).toBeNull();
  });

  it('reads text without scripts, with word boundaries, at any depth', () => {
    expect(textOf(el('<li>A</li><li>B<script>var x=1</script></li>'))).toBe('A B');
    const deep = el(`${'<b>'.repeat(30_000)}deep${'</b>'.repeat(30_000)}`);
    expect(textOf(deep)).toBe('deep');
  });
});
