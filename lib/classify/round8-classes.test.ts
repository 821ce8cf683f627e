/**
 * Failure classes of issue #15's eighth round, with titles written for these tests (none is taken
 * from an evaluation set): each fails on the round-7 classifier and passes with its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { tokenize } from './text';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang?: string, crumbs?: string) =>
  classifier.classify({ title, lang, category: crumbs ? crumbs.split(' > ') : null })?.path ?? '';

describe('a Russian word is read whatever its case ending', () => {
  it('folds the nominative, plural and genitive of a noun onto one key', () => {
    const keys = ['сумка', 'сумки', 'сумку', 'сумок'].map((w) => tokenize(w)[0]);
    expect(new Set(keys).size).toBe(1);
    expect(tokenize('кружек')).toEqual(tokenize('Кружка'));
  });

  it('a curated word in the plural or after a set word is still the product', () => {
    // Round 7: curated words matched only in the listed form ("сумка", "кружка").
    expect(pathOf('Сумки женские кожаные', 'ru')).toBe('Apparel & Accessories > Handbags, Wallets & Cases > Handbags');
    expect(pathOf('Кружки керамические 350 мл', 'ru')).toBe(
      'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs',
    );
    expect(pathOf('Набор кружек 6 шт', 'ru')).toBe('Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs');
  });
});

describe('a crumb of several groups gives way to a title head it does not hold', () => {
  it('a crumb naming laptops and accessories does not outvote an accessory', () => {
    // Round 7: "Portátiles" outvoted the power bank and the two stopped at Electronics.
    expect(pathOf('Powerbank Anker 20000', 'es', 'Electrónica > Portátiles y accesorios')).toBe(
      'Electronics > Electronics Accessories > Power > Power Adapters & Chargers',
    );
  });

  it('a partly read group crumb is a shelf, not the product', () => {
    // Round 7: "игрушки" outvoted the bicycle and the two disagreed: no category at all.
    expect(pathOf('Велосипед горный 26 дюймов', 'ru', 'Детские товары и игрушки > Спорт')).toMatch(
      /^Sporting Goods > Outdoor Recreation > Cycling/,
    );
  });

  it('a crumb whose groups are all read keeps its say', () => {
    expect(pathOf('Lenovo IdeaPad 3 15ITL6', 'en', 'Computers > Laptops and Accessories')).toBe(
      'Electronics > Computers > Laptops',
    );
  });
});

describe('a translated name too long to be a phrase still names its head noun', () => {
  it('reads the thing the name is about, not only the animal it is for', () => {
    // Round 7: "Намордники для собак", "Muselières pour chiens" were dropped as too long, so only
    // the dog was read.
    const muzzles = 'Animals & Pet Supplies > Pet Supplies > Pet Muzzles';
    expect(pathOf('Намордник для собак кожаный', 'ru')).toBe(muzzles);
    expect(pathOf('Muselière pour chien taille M', 'fr')).toBe(muzzles);
    expect(pathOf('Bozal para perro de nylon', 'es')).toBe(muzzles);
  });

  it('a word only a long name holds gives a category instead of none', () => {
    expect(pathOf('Жердочка для попугая деревянная', 'ru')).toMatch(/^Animals & Pet Supplies > Pet Supplies/);
    expect(pathOf('Smakołyki dla psa z wołowiną 200 g', 'pl')).toMatch(/^Animals & Pet Supplies > Pet Supplies/);
  });
});

describe('a curated word is read in its other forms in titles of inflecting languages', () => {
  it('finds the listed singular from an Italian or Polish plural', () => {
    // Round 7: only the listed form matched ("giubbotto", "pentola", "szklanka", "golarka").
    expect(pathOf('Giubbotti invernali uomo', 'it')).toBe(
      'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets',
    );
    expect(pathOf('Pentole antiaderenti set 5 pezzi', 'it')).toMatch(/^Home & Garden > Kitchen & Dining > Cookware/);
    expect(pathOf('Szklanki do drinków 6 szt', 'pl')).toMatch(
      /^Home & Garden > Kitchen & Dining > Tableware > Drinkware/,
    );
    expect(pathOf('Golarki elektryczne męskie', 'pl')).toBe(
      'Health & Beauty > Personal Care > Shaving & Grooming > Electric Razors',
    );
  });

  it('never in an English title or one of unknown language', () => {
    // "mobile" less its "e" is the folded Italian "mobili" (furniture); "style" is "stylo" (pen).
    expect(pathOf('nokia 150 single sim mobile black')).toMatch(/Mobile Phones/);
    expect(pathOf('Motorola moto x style', 'en')).toMatch(/Mobile Phones/);
  });
});

describe('phone and computer accessories in the languages the curated list lacked', () => {
  it('a case, a charger and a mouse in Russian, Polish and Portuguese', () => {
    // Round 7: "Чехол" had no reading (the phone after "для" made it Electronics or nothing);
    // "Ładowarka", "Capinha", "Мышь" neither.
    expect(pathOf('Чехол для смартфона Samsung Galaxy A52', 'ru')).toBe(
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    );
    expect(pathOf('Capinha para iPhone 13 transparente', 'pt')).toBe(
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    );
    expect(pathOf('Ładowarka USB-C 65W Baseus', 'pl')).toBe(
      'Electronics > Electronics Accessories > Power > Power Adapters & Chargers',
    );
    expect(pathOf('Мышь беспроводная Logitech M185', 'ru')).toBe(
      'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs',
    );
  });
});
