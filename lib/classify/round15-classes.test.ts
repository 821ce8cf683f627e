/**
 * Failure classes of issue #15's fifteenth round, with titles written for these tests (none is
 * taken from an evaluation set): each fails on the round-14 classifier and passes with its rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null, category?: string[]) =>
  classifier.classify({ title, lang, category })?.path ?? '';

const TOYS = 'Toys & Games > Toys';
const TOY_KITCHENS = `${TOYS} > Pretend Play > Toy Kitchens & Play Food`;
const TOY_TOOLS = `${TOYS} > Pretend Play > Toy Tools`;

describe('a toy word makes the thing next to it a toy, whatever phrase holds the word', () => {
  it('the toy word read inside a longer phrase still names the toy', () => {
    // Round 14: nothing ("de juguete" read as playsets, the kitchen as Kitchen & Dining), and
    // Hardware > Tools > Tool Sets ("toy tool" read as one phrase, so no toy word was seen).
    expect(pathOf('Cocina de juguete', 'es')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
    expect(pathOf('Toy tool set', 'en')).toBe(TOY_TOOLS);
    expect(pathOf('Toy tool set with drill and hammer', null)).toBe(TOY_TOOLS);
  });

  it('the toy word as the head vouches for the toy node, not only for toys in general', () => {
    // Round 14: Toys & Games > Toys.
    expect(pathOf('Cucina giocattolo per bambini', 'it')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
    expect(pathOf('Speelgoed keuken hout', 'nl')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
  });

  it('adjectives and closed compounds of the toy word count', () => {
    // Round 14: Home & Garden > Kitchen & Dining.
    expect(pathOf('Zabawkowa kuchnia drewniana', 'pl')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
    expect(pathOf('Spielküche für Kinder', 'de')).toMatch(new RegExp(`^${TOY_KITCHENS}`));
  });

  it('a toy word after a for-word says what the thing holds, and a word that only starts alike is no toy word', () => {
    expect(pathOf('Spiegel für das Bad', 'de')).toBe('Home & Garden > Decor > Mirrors');
    expect(pathOf('Spielkonsole', 'de')).toBe('Electronics > Video Game Consoles');
  });
});

const PROJECTOR_ACCESSORIES = 'Electronics > Video > Video Accessories > Projector Accessories';

describe("a mount, screen, bag or stand for a device is the device's accessory, not the device", () => {
  it('after the device, where the head comes last', () => {
    // Round 14: Electronics > Video > Projectors for all four.
    expect(pathOf('Beamer Halterung', 'de')).toBe(`${PROJECTOR_ACCESSORIES} > Projector Mounts`);
    expect(pathOf('Beamer Leinwand 200 x 150 cm', 'de')).toBe(`${PROJECTOR_ACCESSORIES} > Projection Screens`);
    expect(pathOf('Projector screen 100 inch', 'en')).toBe(`${PROJECTOR_ACCESSORIES} > Projection Screens`);
    expect(pathOf('Beamer scherm 16:9', 'nl')).toBe(`${PROJECTOR_ACCESSORIES} > Projection Screens`);
    // Round 14: Televisions, Computer Monitors, Digital Cameras.
    const mounts = 'Electronics > Video > Video Accessories > Television Parts & Accessories > TV & Monitor Mounts';
    expect(pathOf('TV wall mount 32-65 inch', 'en')).toBe(mounts);
    expect(pathOf('TV Wandhalterung schwenkbar', 'de')).toBe(mounts);
    expect(pathOf('Monitor Halterung für 2 Bildschirme', 'de')).toBe(mounts);
    expect(pathOf('Kamera Tasche wasserdicht', 'de')).toBe(
      'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Bags & Cases',
    );
  });

  it('before the device, with or without a for-word, where the head comes first', () => {
    expect(pathOf('Soporte para proyector de techo', 'es')).toBe(`${PROJECTOR_ACCESSORIES} > Projector Mounts`);
    // Round 14: Plumbing Fixture Hardware & Parts (a place word between the kind and the device).
    const tvMounts = 'Electronics > Video > Video Accessories > Television Parts & Accessories > TV & Monitor Mounts';
    expect(pathOf('Suporte de parede para TV', 'pt')).toBe(tvMounts);
    expect(pathOf('Soporte de pared para TV 32-65', 'es')).toBe(tvMounts);
  });

  it('a screen, a stand or a cable with no such node keeps the device', () => {
    expect(pathOf('TV screen 55 inch', 'en')).toBe('Electronics > Video > Televisions');
    expect(pathOf('TV stand oak', 'en')).toBe('Furniture > Entertainment Centers & TV Stands');
  });
});

describe('a bag for a thing is the bag, filed by what it holds', () => {
  it('a makeup bag in six languages is a cosmetic bag, not makeup', () => {
    // Round 14: Cosmetics, Makeup, Handbags or nothing.
    const bags = 'Luggage & Bags > Cosmetic & Toiletry Bags';
    expect(pathOf('Torba do makijażu', 'pl')).toBe(bags);
    expect(pathOf('Makeup bag travel', 'en')).toBe(bags);
    expect(pathOf('Bolsa de maquiagem', 'pt')).toBe(bags);
    expect(pathOf('Bolsa de maquillaje', 'es')).toBe(bags);
    expect(pathOf('Borsa per trucchi', 'it')).toBe(bags);
    expect(pathOf('Trousse de maquillage', 'fr')).toBe(bags);
  });

  it('a diaper bag in every language, which shops name by who carries it', () => {
    // Round 14: nothing, or Handbags.
    expect(pathOf('Torba dla mamy z przewijakiem', 'pl')).toBe('Luggage & Bags > Diaper Bags');
    expect(pathOf('Bolsa maternidade grande', 'pt')).toBe('Luggage & Bags > Diaper Bags');
    expect(pathOf('Sac à langer à dos', 'fr')).toBe('Luggage & Bags > Diaper Bags');
    expect(pathOf('Luiertas grijs', 'nl')).toBe('Luggage & Bags > Diaper Bags');
  });

  it("a bag for a device with no bag node is the device's accessory in general, and a known case keeps its node", () => {
    // Round 14: Laptops.
    expect(pathOf('Laptop Tasche 15,6 Zoll', 'de')).toBe(
      'Electronics > Electronics Accessories > Computer Accessories',
    );
    expect(pathOf('Handy Hülle', 'de')).toBe(
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    );
  });
});

const FOOD_ITEMS = 'Food, Beverages & Tobacco > Food Items';

describe('staple foods by name in every language', () => {
  it('cheeses by their names, the same word in most languages', () => {
    // Round 14: nothing for each.
    const cheese = `${FOOD_ITEMS} > Dairy Products > Cheese`;
    expect(pathOf('Gouda mittelalt in Scheiben 400 g', 'de')).toBe(cheese);
    expect(pathOf('Ser gouda w plastrach 150 g', 'pl')).toBe(cheese);
    expect(pathOf('Jonge gouda 48+ plakken', 'nl')).toBe(cheese);
    expect(pathOf('Emmentaler gerieben 200 g', 'de')).toBe(cheese);
    expect(pathOf('Twaróg półtłusty 250 g', 'pl')).toBe(cheese);
  });

  it('poultry, meat and fish cuts', () => {
    // Round 14: nothing, or Sporting Goods for "Filet de poulet".
    const meat = `${FOOD_ITEMS} > Meat, Seafood & Eggs > Meat`;
    // Round 17: the Italian everyday words file it deeper.
    expect(pathOf('Petto di pollo a fette 400 g', 'it')).toBe(`${meat} > Fresh & Frozen Meats`);
    expect(pathOf('Filet de poulet x2', 'fr')).toBe(meat);
    expect(pathOf('Hähnchenbrustfilet 500 g', 'de')).toBe(meat);
    expect(pathOf('Kipfilet 500 g', 'nl')).toBe(meat);
    expect(pathOf('Kycklingfilé fryst 1 kg', 'sv')).toBe(meat);
    expect(pathOf('Lachsfilet mit Haut 250 g', 'de')).toBe(`${FOOD_ITEMS} > Meat, Seafood & Eggs > Seafood`);
  });
});

describe('furniture pieces of Dutch, German, Polish and Portuguese titles, at their own node', () => {
  it('shelving units, chests of drawers, nightstands, shoe racks and TV stands', () => {
    // Round 14: nothing, Cabinets & Storage, Medical Furniture, Storage & Organization, TV accessories.
    expect(pathOf('Stellingkast wit 77x147 cm', 'nl')).toBe('Furniture > Shelving > Bookcases & Standing Shelves');
    expect(pathOf('Ladekast met 4 lades', 'nl')).toBe('Furniture > Cabinets & Storage > Dressers');
    expect(pathOf('Kommode weiß mit 3 Schubladen', 'de')).toBe('Furniture > Cabinets & Storage > Dressers');
    expect(pathOf('Szafka nocna biała', 'pl')).toBe('Furniture > Tables > Nightstands');
    expect(pathOf('Sapateira 4 portas', 'pt')).toBe(
      'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Shoe Racks & Organizers',
    );
    expect(pathOf('Rack para TV até 55 polegadas', 'pt')).toBe('Furniture > Entertainment Centers & TV Stands');
  });
});

describe('eye creams, and the Polish and Czech "pod" (under), which is no laundry pod', () => {
  it('an eye cream is a moisturiser in every language', () => {
    // Round 14: nothing (Polish), Cosmetics, Pet Medicine (French).
    const moisturizer = 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer';
    expect(pathOf('Krem pod oczy 15 ml', 'pl')).toBe(moisturizer);
    expect(pathOf('Augencreme 15 ml', 'de')).toBe(moisturizer);
    expect(pathOf('Crème contour des yeux 15 ml', 'fr')).toBe(moisturizer);
  });

  it('"pod" in a Polish or Czech title reads as nothing, in an English one as detergent pods', () => {
    // Round 14: Laundry Detergent.
    expect(pathOf('Podstawka pod laptopa', 'pl')).not.toMatch(/Laundry/);
    expect(pathOf('Lampka pod szafkę LED', 'pl')).toBe('Home & Garden > Lighting > Lamps');
    expect(pathOf('Szafka pod umywalkę', 'pl')).toMatch(/^Furniture > Cabinets & Storage/);
    expect(pathOf('Tide pods 42 count', 'en')).toBe(
      'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent',
    );
  });
});

describe('DIY, plumbing, pool and baby-care words of Portuguese titles', () => {
  it('name the kind below the department the crumb gives', () => {
    // Round 14: Hardware, Home & Garden or Baby & Toddler only, or a wrong kind.
    expect(pathOf('Silicone acético branco 280 g', 'pt', ['Construção'])).toBe(
      'Hardware > Building Consumables > Protective Coatings & Sealants',
    );
    expect(pathOf('Pistola de pintura elétrica 500 W', 'pt', ['Ferramentas'])).toBe(
      'Hardware > Tools > Paint Tools > Paint Sprayers',
    );
    expect(pathOf('Cloro granulado para piscina 10 kg', 'pt', ['Casa'])).toBe(
      'Home & Garden > Pool & Spa > Pool & Spa Accessories > Pool Cleaners & Chemicals',
    );
    expect(pathOf('Pomada para assaduras 45 g', 'pt', ['Bebês'])).toBe(
      'Baby & Toddler > Diapering > Diaper Rash Treatments',
    );
    expect(pathOf('Cubo mágico 4x4 profissional', 'pt')).toBe('Toys & Games > Puzzles > Mechanical Puzzles');
  });
});
