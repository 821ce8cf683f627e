import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { indexPage } from './page-index';
import {
  collectSpecPairs,
  conditionFromText,
  dimensionsFromSpecs,
  identifiersFromSpecs,
  materialsFromSpecs,
  packSizeFromText,
  parseMaterials,
  quantityFromSpecs,
  weightFromSpecs,
} from './specs';
import { dimensionsFromText, weightFromText } from './units';

const pairs = (body: string) => collectSpecPairs(indexPage(parseDocument(`<html><body>${body}</body></html>`)));

describe('spec tables', () => {
  it('reads th/td, dt/dd, label cells, two-cell rows and "Label: value" bullets', () => {
    const p = pairs(`
      <table><tr><th>Item Weight</th><td>2.15 pounds</td></tr><tr><th>Package Weight</th><td>3 pounds</td></tr></table>
      <dl><dt>Modellnummer</dt><dd>3-000371</dd></dl>
      <div class="row"><div class="spec-name">Material</div><div>Stainless Steel</div></div>
      <div class="x1"><div>UPC</div><div>618996789153</div></div>
      <ul><li>Obermaterial: Leder</li><li>Sohle: Gummi</li><li>Item #:{{itemNum}}</li></ul>`);
    expect(weightFromSpecs(p)).toBeCloseTo(0.975224, 5);
    expect(identifiersFromSpecs(p)).toMatchObject({ mpn: '3-000371', gtin: '618996789153', sku: null });
    expect(materialsFromSpecs(p)).toEqual([
      { name: 'Stainless Steel', share: null },
      { name: 'Leder', share: null },
      { name: 'Gummi', share: null },
    ]);
  });

  it('prefers item weight over package weight and German labels work', () => {
    expect(
      weightFromSpecs([
        ['Versandgewicht', '3 kg'],
        ['Artikelgewicht', '1,2 kg'],
      ]),
    ).toBe(1.2);
    expect(weightFromSpecs([['Poids', '850 g']])).toBe(0.85);
    expect(
      dimensionsFromSpecs([
        ['Verpackungsabmessungen', '40 x 30 x 20 cm'],
        ['Produktabmessungen', '20,77 x 29,28 x 1,67 cm'],
      ]),
    ).toEqual({ length: 29.28, width: 20.77, height: 1.67 });
  });

  it('does not read the quantity selector as a pack size', () => {
    expect(quantityFromSpecs([['Quantité', '1']])).toBeNull();
    expect(quantityFromSpecs([['Number of Items', '6']])).toBe(6);
  });
});

describe('text parsers', () => {
  it.each([
    ['Gorilla Tape (Pack of 2)', 2],
    ['Katzenfutter 12er Pack', 12],
    ['Plates, Set of 6', 6],
    ['Lot de 3 bougies', 3],
    ['Confezione da 4', 4],
    ['Batteries x 6', 6],
    ['Laptop 16GB RAM', null],
    ['2 x 10 m cable', null],
  ])('pack size of %s', (t, n) => expect(packSizeFromText(t)).toBe(n));

  it.each([
    [
      '95% coton, 5% élasthanne',
      [
        { name: 'coton', share: 0.95 },
        { name: 'élasthanne', share: 0.05 },
      ],
    ],
    ['Coton 100%', [{ name: 'Coton', share: 1 }]],
    ['100% cotton', [{ name: 'cotton', share: 1 }]],
    ['Leder', [{ name: 'Leder', share: null }]],
  ])('materials of %s', (t, m) => expect(parseMaterials(t)).toEqual(m));

  it.each([
    ['Renewed', 'refurbished'],
    ['Reconditionné', 'refurbished'],
    ['Gebraucht - wie neu', 'used'],
    ['New', 'new'],
    ['Blue', null],
  ])('condition of %s', (t, c) => expect(conditionFromText(t)).toBe(c));

  it('reads weights and dimensions in several notations', () => {
    expect(weightFromText('2.15 pounds')).toBeCloseTo(0.975224, 5);
    expect(weightFromText('23.98 oz. (680.00 g)')).toBeCloseTo(0.67982, 4);
    expect(weightFromText('no weight here')).toBeNull();
    expect(dimensionsFromText('4.5 x 3.2 x 1.19 inches')).toEqual({ length: 11.43, width: 8.128, height: 3.0226 });
    expect(dimensionsFromText('0.75 inch high x 6 inches wide x 6 inches deep')).toEqual({
      length: 15.24,
      width: 15.24,
      height: 1.905,
    });
  });
});

describe('net weight labels', () => {
  it('reads net contents for food and drink', () => {
    expect(weightFromSpecs([['Nettofüllmenge', '400 g']])).toBe(0.4);
    expect(weightFromSpecs([['Net Wt.', '12 oz']])).toBeCloseTo(0.340194, 5);
    expect(weightFromSpecs([['内容量', '500グラム']])).toBe(0.5);
  });
});

describe('several labels on one line', () => {
  it('splits "Model: A1383H11-1 SKU: 6644753"', () => {
    const p = pairs('<div class="sku-info">Model: A1383H11-1 SKU: 6644753</div><ul><li>Weight: 1 kg</li></ul>');
    expect(identifiersFromSpecs(p)).toMatchObject({ mpn: 'A1383H11-1', sku: '6644753' });
    expect(weightFromSpecs(p)).toBe(1);
  });
});

describe('spec boxes of list items', () => {
  it('reads each row of <ul class="attribute-values"> alone, never the rows run together', () => {
    const p = pairs(
      `<div class="product-attributes"><ul class="attribute-values"><li>Upper: engineered mesh</li><li>Weight: 9.2 oz</li></ul></div>`,
    );
    expect(materialsFromSpecs(p)).toEqual([{ name: 'engineered mesh', share: null }]);
    expect(p.some(([, v]) => /meshWeight/.test(v))).toBe(false);
  });

  it('reads EAN13 labels (PrestaShop data sheets)', () => {
    expect(identifiersFromSpecs([['ean13', '3760123456789']]).gtin).toBe('3760123456789');
  });
});

describe('more locales in spec labels and titles', () => {
  it('JAN codes, Polish manufacturer codes and Japanese sets ("2枚組")', () => {
    expect(
      identifiersFromSpecs([
        ['JANコード', '4901234567894'],
        ['Kod producenta', 'V12-CZ'],
      ]),
    ).toMatchObject({ gtin: '4901234567894', mpn: 'V12-CZ' });
    expect(packSizeFromText('フェイスタオル 2枚組')).toBe(2);
    expect(packSizeFromText('ソックス 3足セット')).toBe(3);
    expect(packSizeFromText('タオル 1枚')).toBeNull();
  });
});
