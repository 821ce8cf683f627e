import { describe, expect, it } from 'vitest';
import { dimensionsFromText, toCm, toKg, weightFromText } from './generic/units';
import { packSizeFromText } from './generic/specs';
import { itemIdFromUrl } from './generic/item-id';
import { quantityFromTitle } from './listing-tile';
import { TILE_UNIT_PRICE } from './words';
import {
  AMAZON_AUTHOR_BYLINE,
  AMAZON_BACK_LINK,
  AMAZON_BRAND_BYLINE,
  AMAZON_GRAND_TOTAL_AMOUNT,
  AMAZON_ORDER_PLACED_DATE,
  AMAZON_ORDER_TOTAL_AMOUNT,
  AMAZON_ORDERED_ON_DATE,
  AMAZON_UNIT_PRICE_AFTER,
  WALMART_PRICE_LABEL,
  AMAZON_IN_STOCK_TEXT,
  AMAZON_ORDER_TOTAL_LABEL,
  AMAZON_OUT_OF_STOCK_TEXT,
  AMAZON_STORE_BYLINE,
  DIMENSION_KEY,
  DIMENSIONS_IN_TEXT,
  factLists,
  ITEM_DIMENSION_KEY,
  ITEM_PATH_SEGMENT_TEXT,
  ITEM_WEIGHT_KEY,
  LABELLED_EXTENT,
  LENGTH_UNITS,
  NOT_PACKAGE_DIMENSION_KEY,
  WEIGHT_KEY,
  WEIGHT_UNITS,
} from './words-facts';

describe('product-fact word lists', () => {
  it('are lowercase, without duplicates inside a language', () => {
    for (const [name, list] of Object.entries(factLists()))
      for (const [lang, words] of Object.entries(list)) {
        expect(new Set(words).size, `${name} ${lang}`).toBe(words.length);
        for (const w of words) expect(w, `${name} ${lang}`).toBe(w.toLowerCase());
      }
  });

  it('every weight and length spelling converts with its unit factor, in any case', () => {
    for (const [name, list] of Object.entries(factLists())) {
      const weight = /^WEIGHT_UNIT\[(\d)\]$/.exec(name)?.[1];
      const length = /^LENGTH_UNIT\[(\d)\]$/.exec(name)?.[1];
      for (const w of Object.values(list).flat()) {
        if (weight) expect(toKg(2, w.toUpperCase()), w).toBeCloseTo(2 * WEIGHT_UNITS[Number(weight)]![1], 5);
        if (length) expect(toCm(2, w), w).toBeCloseTo(2 * LENGTH_UNITS[Number(length)]![1], 5);
      }
    }
    expect(toKg(1, 'kilometre')).toBeNull();
  });

  it('finds weights and dimensions in running text', () => {
    expect(weightFromText('Gewicht 1,2 Kilogramm')).toBe(1.2);
    expect(weightFromText('pèse 850 grammes')).toBe(0.85);
    expect(weightFromText('2 pounds')).toBeCloseTo(0.907, 3);
    expect(weightFromText('12 grammar lessons')).toBeNull();
    expect(dimensionsFromText('30 x 20 x 10 cm')).toEqual({ length: 30, width: 20, height: 10 });
  });

  it('spec labels for the weight and dimensions of the item, not of its box', () => {
    for (const l of ['item weight', 'produktgewicht', 'netto-gewicht', "poids de l'article", 'peso neto', '内容量'])
      expect(ITEM_WEIGHT_KEY.test(l), l).toBe(true);
    for (const l of ['weight', 'gewicht', 'vikt', '重量']) expect(WEIGHT_KEY.test(l), l).toBe(true);
    expect(WEIGHT_KEY.test('package weight')).toBe(false);
    for (const l of ['product dimensions', 'artikel-maße', 'dimensioni articolo', '本体サイズ'])
      expect(ITEM_DIMENSION_KEY.test(l), l).toBe(true);
    for (const l of ['dimensions', 'maße', 'size', '寸法']) expect(DIMENSION_KEY.test(l), l).toBe(true);
    expect(NOT_PACKAGE_DIMENSION_KEY.test('assembled dimensions')).toBe(true);
    expect(NOT_PACKAGE_DIMENSION_KEY.test('package dimensions')).toBe(false);
    expect(NOT_PACKAGE_DIMENSION_KEY.test('verpackungsabmessungen')).toBe(false);
  });

  it.each([
    ['Pack of 2', 2],
    ['Confezione da 6', 6],
    ['Packung mit 12', 12],
    ['10 Stück', 10],
    ['3er Pack', 3],
    ['50 piezas', 50],
    ['Socken x 3', 3],
    ['靴下 5足組', 5],
    ['タオル 2枚セット', 2],
    ['T-shirt', null],
  ])('pack size in a text: "%s" -> %s', (text, n) => {
    expect(packSizeFromText(text)).toBe(n);
  });

  it.each([
    ['Set of 6 glasses', 6],
    ['Batteries 12 Count', 12],
    ['6er-Set Gläser', 6],
    ['Lot de 3 bols', 3],
    ['Lote de 2 tazas', 2],
    ['Schrauben 20 Stk.', 20],
    ['Tazas 4 unidades', 4],
    ['Mug', null],
  ])('pack size in a tile title: "%s" -> %s', (title, n) => {
    expect(quantityFromTitle(title)).toBe(n);
  });

  it('URL segments before the item id', () => {
    const segments = factLists().ITEM_PATH_SEGMENT;
    for (const seg of segments ? Object.values(segments).flat() : []) {
      expect(ITEM_PATH_SEGMENT_TEXT.test(seg.toUpperCase()), seg).toBe(true);
      expect(itemIdFromUrl(new URL(`https://shop.example/${seg}/AB12345`)), seg).toBe('AB12345');
    }
    expect(ITEM_PATH_SEGMENT_TEXT.test('blog')).toBe(false);
  });

  it("Amazon's labels", () => {
    expect(AMAZON_OUT_OF_STOCK_TEXT.test('Derzeit nicht verfügbar.')).toBe(true);
    expect(AMAZON_IN_STOCK_TEXT.test('Nur noch 3 auf Lager')).toBe(true);
    expect(AMAZON_IN_STOCK_TEXT.test('Only 2 left in stock - order soon.')).toBe(true);
    expect(AMAZON_IN_STOCK_TEXT.test('Solo quedan 2 en stock')).toBe(true);
    expect(AMAZON_STORE_BYLINE.exec('Besuche den Anker-Store')?.[1]).toBe('Anker');
    expect(AMAZON_BRAND_BYLINE.exec('Marque : Tefal')?.[1]).toBe('Tefal');
    expect(AMAZON_AUTHOR_BYLINE.exec('von Jane Doe (Autor)')?.[1]).toBe('Jane Doe');
    expect(AMAZON_BACK_LINK.test('‹ Zurück zu den Ergebnissen')).toBe(true);
    for (const label of ['Grand Total:', 'Gesamtsumme', 'Montant total :', 'Total de la commande', 'Totale ordine:'])
      expect(
        new RegExp(AMAZON_ORDER_TOTAL_LABEL.source + '([^A-Za-z]{1,30})', 'i').exec(`${label} 12,00 €`)?.[1]?.trim(),
        label,
      ).toBe('12,00 €');
    const total = 'Item(s) Subtotal: $10.00 Shipping: $2.00 Grand Total: $12.00';
    expect(AMAZON_GRAND_TOTAL_AMOUNT.exec(total)?.[1]?.trim()).toBe('$12.00');
    expect(AMAZON_ORDER_TOTAL_AMOUNT.exec('Gesamtsumme: 12,00 €')?.[1]?.trim()).toBe('12,00 €');
    expect(AMAZON_ORDERED_ON_DATE.exec('Bestellt am 3. März 2024 | Bestellnr. 302-1')?.[1]?.trim()).toBe(
      '3. März 2024',
    );
    expect(AMAZON_ORDER_PLACED_DATE.exec('Commande effectuée 3 mars 2024 | Total')?.[1]?.trim()).toBe('3 mars 2024');
  });

  it("Walmart's card price after its screen-reader label", () => {
    expect(WALMART_PRICE_LABEL.exec('current price Now $12.98 Was $15.00')?.[1]).toBe('$12.98');
    expect(WALMART_PRICE_LABEL.exec('Current price $3.47')?.[1]).toBe('$3.47');
  });

  it('Amazon\'s unit price after a buy-box price: a slash or "per" (not the shared "pro", "je")', () => {
    for (const s of [' /count)', '/kg', ' per count)', 'Per 100 g'])
      expect(AMAZON_UNIT_PRICE_AFTER.test(s), s).toBe(true);
    for (const s of [' pro Stück', ' je 100 g', 'percent off', ' (2 offers)', 'Perú'])
      expect(AMAZON_UNIT_PRICE_AFTER.test(s), s).toBe(false);
  });
});

describe('dimension words', () => {
  it('read each unit and extent word of the lists', () => {
    expect(dimensionsFromText('30 x 20 x 10 cm')).toEqual({ length: 30, width: 20, height: 10 });
    expect(dimensionsFromText('3 x 2 x 1 Zoll')).toEqual({ length: 7.62, width: 5.08, height: 2.54 });
    expect(dimensionsFromText('10 INCHES x 5 inch x 3 in')).toEqual({ length: 25.4, width: 12.7, height: 7.62 });
    expect(dimensionsFromText('5" x 4″ x 3"')).toEqual({ length: 12.7, width: 10.16, height: 7.62 });
    // The last unit word only after the last figure.
    expect(DIMENSIONS_IN_TEXT.exec('3 Zoll x 2 x 1 cm')).toBeNull();
    for (const [a, b, c] of [
      ['high', 'wide', 'deep'],
      ['tall', 'width', 'length'],
      ['height', 'long', 'depth'],
      ['hoch', 'breit', 'tief'],
      ['H', 'W', 'D'],
      ['lang', 'L', 'l'],
    ])
      expect(dimensionsFromText(`1 cm ${a} x 2 cm ${b} x 3 cm ${c}`), a).toEqual({ length: 3, width: 2, height: 1 });
    expect([...'12 cm hochkant 5 cm breite'.matchAll(LABELLED_EXTENT.regexFor('x'))]).toEqual([]);
  });
});

describe('word edges of the dimension and per-unit words', () => {
  it('take accented letters as letters', () => {
    // `\b` ended "L" before "ä": "10 cm Länge" read as an extent.
    expect([...'10 cm Länge'.matchAll(LABELLED_EXTENT.regexFor('x'))]).toEqual([]);
    expect(TILE_UNIT_PRICE.test('2,99 € pro Stück')).toBe(true);
    expect(TILE_UNIT_PRICE.test('2,99 € je 2')).toBe(true);
    expect(TILE_UNIT_PRICE.test('Thé vert Garçonje 2 – 4,99 €')).toBe(false);
    expect(TILE_UNIT_PRICE.test('Café Müllerpro Stück 4,99 €')).toBe(false);
  });
});
