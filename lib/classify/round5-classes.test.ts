/**
 * Failure classes of issue #15's fifth round, with titles written for these tests (none is taken
 * from an evaluation set): each fails on the round-4 classifier and passes with its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { foldedKey } from './text';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang?: string, category?: string[]) =>
  classifier.classify({ title, lang, category })?.path ?? '';

describe('letters that Unicode does not decompose fold like accents', () => {
  it('a Polish ł, a Danish ø or æ no longer blocks the inflection folding', () => {
    // Round 4: "krzesło" kept its ł, so it never folded onto "krzesła" (the plural in the names).
    expect(foldedKey('Krzesło')).toBe(foldedKey('Krzesła'));
    expect(foldedKey('Wiertło')).toBe(foldedKey('Wiertła'));
    expect(foldedKey('Skål')).toBe(foldedKey('Skal'));
    expect(foldedKey('Smørbrød')).toBe('smorbrod');
  });

  it('titles with ł reach the plural names of the translated taxonomies', () => {
    expect(pathOf('Łyżka stołowa stalowa', 'pl')).toMatch(/^Home & Garden > Kitchen & Dining > Tableware/);
    expect(pathOf('Wiertło do betonu 8 mm', 'pl')).toMatch(/^Hardware > Tool Accessories/);
    expect(pathOf('Szkło hartowane iPhone 13', 'pl')).toMatch(/Screen Protectors$/);
  });
});

describe('Polish -y plurals and short Russian nouns fold onto their singular', () => {
  it('folds the -y plural and four-letter Cyrillic nouns', () => {
    expect(foldedKey('Zegary')).toBe(foldedKey('Zegar'));
    expect(foldedKey('Dywany')).toBe(foldedKey('Dywan'));
    expect(foldedKey('печи')).toBe(foldedKey('печь'));
    expect(foldedKey('ножи')).toBe(foldedKey('нож'));
    // The stem keeps three letters: "обои" (wallpaper) is not cut to two.
    expect(foldedKey('обои')).toBe('обои');
  });

  it('a singular title word finds the plural taxonomy name', () => {
    expect(pathOf('Zegar ścienny drewniany', 'pl')).toMatch(/^Home & Garden > Decor > Clocks/);
    expect(pathOf('Dywan shaggy 160x230 szary', 'pl')).toMatch(/^(Home & Garden|Hardware)/);
  });
});

describe('a product for a pet is the pet kind of that product', () => {
  it('finds the pet node by the product node name, under the named animal', () => {
    expect(pathOf('Shampoo for dogs 250ml', 'en')).toMatch(/Pet Shampoo & Conditioner$/);
    expect(pathOf('Cama Para Gatos Redonda Pelúcia', 'pt')).toMatch(/Cat Supplies > Cat Beds$/);
    expect(pathOf('Spielzeug für Katzen mit Feder', 'de')).toMatch(/Cat Supplies > Cat Toys$/);
    expect(pathOf('Wintermantel für Hunde wasserdicht', 'de')).toMatch(/Dog Supplies > Dog Apparel$/);
  });

  it('knows the animal after a for-cue from the translated pet names ("Товары для собак")', () => {
    expect(pathOf('Shampoo Hipoalergênico Para Cães 500ml', 'pt')).toMatch(/^Animals & Pet Supplies > Pet Supplies/);
    expect(pathOf('Шампунь для собак 250 мл', 'ru')).toMatch(/^Animals & Pet Supplies > Pet Supplies/);
  });

  it('leaves a gift for pet lovers and a print of a pet to the person', () => {
    expect(pathOf('T-shirt for dog lovers', 'en')).toMatch(/^Apparel & Accessories > Clothing/);
    expect(pathOf('Mug for cat lovers', 'en')).toMatch(/Mugs$/);
    expect(pathOf('Mug with cat print', 'en')).toMatch(/Mugs$/);
  });
});

describe("a shop's one-crumb department gives way to the title's product in another branch", () => {
  it('a backpack filed under the bag department is a backpack, not a handbag', () => {
    // Round 4: the one crumb ("가방", "Bolsos": bags) read as Handbags outvoted the title.
    expect(pathOf('데일리 백팩 블랙', 'ko', ['가방'])).toBe('Luggage & Bags > Backpacks');
    expect(pathOf('Everyday Backpack Navy', 'ko', ['가방'])).toBe('Luggage & Bags > Backpacks');
    expect(pathOf('Mochila escolar azul', 'es', ['Bolsos'])).toBe('Luggage & Bags > Backpacks');
  });

  it('a trail of several crumbs keeps its say', () => {
    expect(pathOf('Canvas Backpack 25L', 'en', ['Bags', 'Handbags'])).toMatch(/Handbags$/);
  });
});
