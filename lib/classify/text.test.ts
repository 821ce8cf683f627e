import { describe, expect, it } from 'vitest';
import { splitTitle } from './index';
import { namePhrases } from './lexicon';
import { foldedKey, phraseKey, tokenize } from './text';

describe('text normalisation', () => {
  it('folds accents, case, ß and plurals the same way on both sides', () => {
    expect(tokenize('Hüllen für Geschirrspüler')).toEqual(['hullen', 'fur', 'geschirrspuler']);
    // Translated phrases fold singular and plural of other languages together: Jacke/Jacken, куртка/куртки.
    expect(foldedKey('Hüllen')).toBe(foldedKey('Hülle'));
    expect(foldedKey('Jacken')).toBe(foldedKey('Jacke'));
    expect(foldedKey('Куртки')).toBe(foldedKey('куртка'));
    expect(tokenize('iPhone用ケース')).toEqual(['iphone', '用ケース']);
    expect(phraseKey('T-Shirts')).toBe('t shirt');
    expect(phraseKey('Dresses')).toBe(phraseKey('dress'));
    expect(phraseKey('Accessories')).toBe(phraseKey('accessory'));
    expect(tokenize('Straße 64GB')).toEqual(['strasse', '64gb']);
  });

  it('keeps English words apart that the translated-phrase folding would merge', () => {
    // "Wooden" is not "wood", "Motorola" not "motorol", "style" not "styl": English names,
    // curated words and title look-ups there only lose their plural.
    expect(phraseKey('Wooden Chairs')).toBe('wooden chair');
    expect(phraseKey('Motorola style')).toBe('motorola style');
    expect(foldedKey('Wooden')).toBe('wood');
  });

  it('spreads a shared modifier over the parts of a taxonomy name', () => {
    expect(namePhrases('Dance Dresses, Skirts & Costumes').sort()).toEqual([
      'Dance Costumes',
      'Dance Dresses',
      'Dance Skirts',
    ]);
    expect(namePhrases('Shirts & Tops')).toEqual(['Shirts', 'Tops']);
    expect(namePhrases('Hunting & Tactical Pants')).toContain('Hunting Pants');
    expect(namePhrases('Laptops')).toEqual(['Laptops']);
  });

  it('splits a title into segments and marks bracketed specs', () => {
    expect(splitTitle('Dell XPS 13 Laptop (Intel Core i7, 16GB RAM) - Silver')).toEqual([
      { text: 'Dell XPS 13 Laptop ', bracketed: false },
      { text: 'Intel Core i7', bracketed: true },
      { text: ' 16GB RAM', bracketed: true },
      { text: 'Silver', bracketed: false },
    ]);
    expect(splitTitle('T-Shirt print - acid black')).toEqual([
      { text: 'T-Shirt print', bracketed: false },
      { text: 'acid black', bracketed: false },
    ]);
  });
});
