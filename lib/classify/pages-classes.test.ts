/**
 * Failure classes seen on whole pages (`npm run eval:pages`, issue #15), with titles and crumbs
 * written for these tests (none is taken from an evaluation page): each fails on the classifier
 * of the round's start (3650ed0) and passes with its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { namePhrases } from './lexicon';
import { loadParts } from './parts';
import { FUNCTION_WORDS } from './rules/bayes-words';
import { materialModifiers } from './rules/material-modifier';
import { normalizeText, stemToken } from './text';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const parts = loadParts(model);
const pathOf = (title: string, category: string[] = [], lang: string | null = null) =>
  classifier.classify({ title, category, lang })?.path ?? '';
const tokens = (title: string) => normalizeText(title).split(' ').filter(Boolean).map(stemToken);

describe('the naive Bayes vote speaks only on a known word that names something', () => {
  it('"the", a number and a unit are no product words, and a word it cannot read counts in the coverage', () => {
    // Before: Televisions, from "the" and "450" alone (the Cyrillic word was not counted).
    expect(parts.bayes?.evidence(tokens('Ember Термокружка The Traveller 450 мл'))).toEqual([]);
    expect(pathOf('Ember Термокружка The Traveller 450 мл')).not.toMatch(/Televisions/);
  });
  it('a plain known word after the maker still votes; a maker of one kind of goods alone still does', () => {
    expect(parts.bayes?.evidence(tokens('Bosch washing machine 9kg')).length).toBe(1);
    expect(parts.bayes?.evidence(tokens('Nokia 3310 2017')).length).toBe(1);
  });
  it("function words are data: articles and prepositions of the shops' languages", () => {
    for (const w of ['the', 'and', 'der', 'und', 'le', 'la', 'de', 'con', 'het', 'og'])
      expect(FUNCTION_WORDS.has(w)).toBe(true);
    expect(FUNCTION_WORDS.has('washing')).toBe(false);
  });
});

describe("a taxonomy name's singular group shares the plural head after it", () => {
  it('"Power Tool & Equipment Manuals" gives "power tool manuals", not "power tool"', () => {
    expect(namePhrases('Power Tool & Equipment Manuals')).toEqual(['Power Tool Manuals', 'Equipment Manuals']);
    expect(namePhrases('Coffee Maker & Espresso Machine Accessories')).toContain('Coffee Maker Accessories');
    // Plural groups stand alone; a mass noun in -ing and a singular head keep their reading.
    expect(namePhrases('Guitar Cases & Gig Bags')).toEqual(['Guitar Cases', 'Gig Bags']);
    expect(namePhrases('Weather Stripping & Weatherization Supplies')).toContain('Weather Stripping');
    expect(namePhrases('Ice Cream & Frozen Yogurt')).toEqual(['Ice Cream', 'Frozen Yogurt']);
  });
  it('a shop\'s "Power Tools" crumb is no product manual', () => {
    expect(pathOf('Cordless Impact Wrench 20V', ['Power Tools'])).not.toMatch(/Manuals/);
    expect(pathOf('Hammer Drill 800W', ['Power Tools', 'Drills'])).toBe('Hardware > Tools > Drills');
  });
});

describe('everyday goods in languages no translated taxonomy covers (scripts/classify/everyday-regions.ts)', () => {
  const cases: [string, string][] = [
    ['غلاية ستانلس ستيل 1.5 لتر', 'Kitchen Appliances > Electric Kettles'],
    ['عطر للرجال 100 مل', 'Cosmetics > Perfume & Cologne'],
    ['قهوة عربية 500 جرام', 'Beverages > Coffee'],
    ['שואב אבק רובוטי', 'Household Appliances > Vacuums'],
    ['Θερμός ταξιδιού 500ml', 'Food & Beverage Carriers > Thermoses'],
    ['Пилосос бездротовий', 'Household Appliances > Vacuums'],
    ['Кавоварка ріжкова', 'Coffee Makers & Espresso Machines'],
    ['Kosilica benzinska 46 cm', 'Outdoor Power Equipment > Lawn Mowers'],
    ['Bormașină cu percuție 750W', 'Drills > Handheld Power Drills'],
    ['Máy hút bụi cầm tay', 'Household Appliances > Vacuums'],
    ['Máy lọc không khí phòng ngủ', 'Climate Control Appliances > Air Purifiers'],
    ['Erkek Deri Mont', 'Outerwear > Coats & Jackets'],
    ['Paslanmaz Tencere Seti 8 Parça', 'Cookware > Cookware Sets'],
    ['Çaydanlık Takımı Çelik', 'Tableware > Coffee Servers & Tea Pots'],
    ['Støvsuger uten pose', 'Household Appliances > Vacuums'],
    ['Vízforraló 1,7 l inox', 'Kitchen Appliances > Electric Kettles'],
    ['Horské kolo 27,5', 'Cycling > Bicycles'],
  ];
  it.each(cases)('"%s" -> … > %s', (title, path) => {
    expect(pathOf(title)).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });
});

describe('a coffee bean is coffee, not a bean or a kitchen appliance', () => {
  it('German compounds and phrases of coffee and bean', () => {
    expect(pathOf('Espressobohnen 1 kg')).toBe('Food, Beverages & Tobacco > Beverages > Coffee');
    expect(pathOf('Kaffeebohne Crema 1kg')).toBe('Food, Beverages & Tobacco > Beverages > Coffee');
  });
  it('an "Espresso" crumb does not make the beans an appliance', () => {
    expect(pathOf('Espresso Bohnen Italiano 500 g', ['Espresso'])).toBe(
      'Food, Beverages & Tobacco > Beverages > Coffee',
    );
  });
});

describe('a modifier that names the kind: an office chair, a t-shirt called "remera"', () => {
  it('"Cadeira de escritório" is an office chair, not the generic Chairs', () => {
    expect(pathOf('Cadeira de escritório giratória')).toBe('Furniture > Office Furniture > Office Chairs');
  });
  it('a River Plate "remera" is a t-shirt', () => {
    expect(pathOf('Remera de algodón')).toBe('Apparel & Accessories > Clothing > Shirts & Tops');
  });
});

describe('a material word before the product word is what it is made of (rules/material-modifier.ts)', () => {
  it('linen before an apron, vinyl before floor tiles', () => {
    expect(pathOf('Linen Kitchen Apron')).toMatch(/> Aprons$/);
    expect(pathOf('Vinyl Floor Tiles, Grey, 2 m2 per Pack')).toMatch(/^Hardware > Building Materials/);
  });
  it('a material word alone or last keeps its reading: a record is vinyl', () => {
    expect(pathOf('Pink Floyd - The Wall (Vinyl)')).toBe('Media > Music & Sound Recordings');
    expect(
      materialModifiers(
        ['vinyl', 'plank', 'flooring'],
        [
          { start: 0, end: 1 },
          { start: 2, end: 3 },
        ],
      ).has(0),
    ).toBe(true);
    expect(materialModifiers(['pink', 'floyd', 'vinyl'], [{ start: 2, end: 3 }]).size).toBe(0);
  });
});
