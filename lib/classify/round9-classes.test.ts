/**
 * Failure classes of issue #15's ninth round, with titles written for these tests (none is taken
 * from an evaluation set): each fails on the round-8 classifier and passes with its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { otherForms } from './rules/inflection';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang?: string) => classifier.classify({ title, lang })?.path ?? '';

describe('a word in a case or plural that one folded key does not join is read in its other form', () => {
  it('lists the other forms by the language of the word', () => {
    expect(otherForms('носков', null)).toContain('носк');
    expect(otherForms('garnkow', 'pl')).toContain('garnk');
    expect(otherForms('giacche', 'it')).toContain('giacca');
    expect(otherForms('moveis', 'pt')).toContain('movel');
    expect(otherForms('decoracao', 'pt')).toContain('decoracoes');
    expect(otherForms('couteaux', 'fr')).toContain('couteau');
    expect(otherForms('lapices', 'es')).toContain('lapiz');
    // An English or unknown Latin-script title keeps its words.
    expect(otherForms('giacche', 'en')).toEqual([]);
    expect(otherForms('moveis', null)).toEqual([]);
  });

  it('a Russian genitive plural after a set word ("Набор носков")', () => {
    // Round 8: "носков" keeps its "-ов" (only vowel endings were folded): no category.
    expect(pathOf('Набор носков 5 пар', 'ru')).toBe('Apparel & Accessories > Clothing > Underwear & Socks');
    expect(pathOf('Набор стаканов 6 шт', 'ru')).toMatch(/^Home & Garden > Kitchen & Dining > Tableware > Drinkware/);
  });

  it('a Polish genitive plural in "-ów" after a set word ("Komplet ręczników")', () => {
    expect(pathOf('Komplet ręczników bawełnianych', 'pl')).toMatch(/^Home & Garden > Linens & Bedding > Towels/);
    expect(pathOf('Zestaw kubków 4 szt', 'pl')).toMatch(/^Home & Garden > Kitchen & Dining > Tableware/);
  });
});

describe('a curated word in its plural of a consonant stem ("-es", Polish "-y")', () => {
  it('reads the listed singular', () => {
    // Round 8: the folded key ("carregador") was a curated word itself, so it was never tried.
    expect(pathOf('Carregadores USB-C 20W', 'pt')).toBe(
      'Electronics > Electronics Accessories > Power > Power Adapters & Chargers',
    );
    expect(pathOf('Cargadores inalámbricos rápidos', 'es')).toBe(
      'Electronics > Electronics Accessories > Power > Power Adapters & Chargers',
    );
    expect(pathOf('Aspiradores sem fio', 'pt')).toBe('Home & Garden > Household Appliances > Vacuums');
    expect(pathOf('Zestaw talerzy porcelanowych', 'pl')).toMatch(/^Home & Garden > Kitchen & Dining > Tableware/);
  });

  it('not in a title of a language whose plurals do not end so', () => {
    // The Latin words of a Korean title are English: "Fruity" folds to the curated "fruit".
    expect(pathOf('Fruity Pattern 아이폰케이스', 'ko')).toBe(
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    );
  });
});

describe('a one-crumb department gives way to a title head as strong as its own reading', () => {
  const crumbPath = (title: string, crumb: string, lang: string) =>
    classifier.classify({ title, lang, category: [crumb] })?.path ?? '';

  it('a ladder and a valve filed under a "Construção" read as Business & Industrial', () => {
    // Round 8: the head (a curated word, 0.6) tied with the department's translated word
    // (1.5 x 0.4) in another branch, and a tie across branches gives no category.
    expect(crumbPath('Escada de alumínio 6 degraus', 'Construção', 'pt')).toBe(
      'Hardware > Tools > Ladders & Scaffolding > Ladders',
    );
    expect(crumbPath('Válvula de esgoto 100mm', 'Construção', 'pt')).toBe(
      'Hardware > Plumbing > Plumbing Fittings & Supports > Plumbing Valves',
    );
  });
});

describe('a bare word after a translated name qualifier continues the qualifier', () => {
  it('is not read as the product of the name ("Pás para batatas fritas e pipocas")', () => {
    // Round 8: "pipocas" there read as a kitchen tool as much as popcorn, and the tie gave no
    // category; "telemóveis" after "para" read as phone accessories and kept a phone at Electronics.
    expect(pathOf('Pipoca', 'pt')).toMatch(/^Food, Beverages & Tobacco > Food Items > Snack Foods/);
    expect(pathOf('Telemóvel Xiaomi Redmi Note', 'pt')).toBe(
      'Electronics > Communications > Telephony > Mobile Phones',
    );
  });
});

describe('consumables in the languages their word lists lacked', () => {
  it('vacuum bags, razor blades, drums and film in Polish, Russian, Czech, Swedish and Portuguese', () => {
    // Round 8: these lists had en, de, fr, es, it, nl only; the bag or blade read as its device.
    expect(pathOf('Worki do odkurzacza Zelmer 10 szt', 'pl')).toBe(
      'Home & Garden > Household Appliance Accessories > Vacuum Accessories',
    );
    expect(pathOf('Мешки для пылесоса Bosch', 'ru')).toBe(
      'Home & Garden > Household Appliance Accessories > Vacuum Accessories',
    );
    expect(pathOf('Žiletky Gillette', 'cs')).toBe(
      'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades',
    );
    expect(pathOf('Rakblad Gillette', 'sv')).toBe(
      'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades',
    );
    expect(pathOf('Bęben do drukarki Brother DR-2401', 'pl')).toMatch(/Printer Drums & Drum Kits$/);
    // Film is what a film camera uses up, not a camera.
    expect(pathOf('Фотопленка Kodak Gold 200', 'ru')).toBe(
      'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Film',
    );
  });
});

describe('two product nouns side by side: the head is first in head-first languages', () => {
  it('a desk lamp written head first is a lamp, as it is written head last in English', () => {
    // Round 8: the second of two adjacent product words took the head bonus in every language,
    // so "Lampada scrivania" (lamp desk) was a desk.
    const lamps = 'Home & Garden > Lighting > Lamps';
    expect(pathOf('Lampada scrivania LED', 'it')).toBe(lamps);
    expect(pathOf('Lámpara escritorio LED', 'es')).toBe(lamps);
    expect(pathOf('Лампа стол', 'ru')).toBe(lamps);
    expect(pathOf('Desk lamp LED', 'en')).toBe(lamps);
  });
});
