import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from '../index';
import { Taxonomy } from '../taxonomy';
import { brandKindNode, brandKindPhrases } from './brand-kinds';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const taxonomy = Taxonomy.fromPacked(model.nodes);
const pathOf = (title: string, brand: string | null = null) => classifier.classify({ title, brand })?.path ?? '';

describe('brands that sell one kind of product (rules/brand-kinds.ts)', () => {
  it('every brand names a node of the taxonomy under a consumer-goods department, once', () => {
    const phrases = brandKindPhrases();
    expect(phrases.size).toBeGreaterThan(250);
    for (const [phrase, node] of phrases) {
      expect(phrase).not.toBe('');
      expect(taxonomy.pathOf(node), phrase).toMatch(
        /^(Food, Beverages & Tobacco|Animals & Pet Supplies|Baby & Toddler|Home & Garden > Household Supplies|Health & Beauty|Electronics > Electronics Accessories > Power > Batteries)/,
      );
    }
  });

  it('finds the brand as whole words, the longest phrase first, or in the page’s brand field', () => {
    expect(brandKindNode("Jack Daniel's Old No. 7 Tennessee 70cl", null)).toBe(1926);
    expect(brandKindNode('Asahi Super Dry 24 x 330 ml', null)).toBe(414);
    expect(brandKindNode('Super Dry Jacket', null)).toBeNull();
    expect(brandKindNode('Heinekenfan Mütze', null)).toBeNull();
    expect(brandKindNode('Moto G6 5.7 inch Android 8.0 Oreo sim free', null)).toBeNull();
    expect(brandKindNode('Original 0,7 l', 'Jägermeister')).toBe(2933);
  });

  it.each([
    ['Heineken Premium Pilsener 24 x 0,33 l', 'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer'],
    ['Monster Energy Ultra 12 x 500 ml', 'Food, Beverages & Tobacco > Beverages > Sports & Energy Drinks'],
    ['Pepsi Max 24 x 330 ml cans', 'Food, Beverages & Tobacco > Beverages > Soda'],
    [
      "Jack Daniel's Old No. 7 Tennessee 70cl",
      'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits > Whiskey',
    ],
    ['Evian 6 x 1,5 l', 'Food, Beverages & Tobacco > Beverages > Water'],
    ['Haribo Goldbären 200 g', 'Food, Beverages & Tobacco > Food Items > Candy & Chocolate'],
    ['Persil Universal Pulver 100 WL', 'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent'],
  ])('a title that names only the brand takes its kind: %s', (title, path) => {
    expect(pathOf(title)).toBe(path);
  });

  it.each([
    ['Heineken Bierglas 0,25 l 6er Set', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Beer Glasses'],
    ['Disney Prinzessin Ariel Puppe', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures'],
  ])('a product word in the title still decides: %s', (title, path) => {
    expect(pathOf(title)).toBe(path);
  });
});
