/**
 * The top levels round 23 got wrong or missed (issue #15): a small top level's noun swallowed by
 * another one (lab glass read as drinkware, a camera filter as shoes or nothing, a tripod as
 * hunting gear, a vibrator as an industrial vibrator, a tactical knife as a kitchen knife, a ring
 * pillow as a throw pillow, gel pens as pasta, envelopes as a shipping supply) and the words that
 * were missing in one language or another. Titles written for these tests (none is a row of
 * tests/fixtures/dev-kinds-r23.csv); each failed at the round's base (39d19eb).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string, crumb?: string) =>
  classifier.classify({ title, lang, category: crumb ? crumb.split(' > ') : null })?.path ?? '';

const LAB = 'Business & Industrial > Science & Laboratory > Laboratory Supplies';
const LENS_FILTERS = 'Cameras & Optics > Camera & Optic Accessories > Camera Lens Accessories > Lens Filters';
const TRIPODS = 'Cameras & Optics > Camera & Optic Accessories > Tripods & Monopods';
const CAMERA_PARTS = 'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories';
const KITCHEN_TOOLS = 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils';
const CANDLE_HOLDERS = 'Home & Garden > Decor > Home Fragrance Accessories > Candle Holders';

describe("a small top level's noun is not swallowed by another top level (round 23)", () => {
  it.each([
    ['Bekerglas 250 ml borosilicaat', 'nl', `${LAB} > Beakers`],
    ['Fiole erlenmeyer 500 ml col étroit', 'fr', `${LAB} > Laboratory Flasks`],
    ['Matraz de vidrio 250 ml boca estrecha', 'es', `${LAB} > Laboratory Flasks`],
    ['Filtro polarizador 67 mm Kenko', 'es', LENS_FILTERS],
    ['Statyw do aparatu 170 cm z głowicą', 'pl', TRIPODS],
    ['Lampa błyskowa Godox TT600', 'pl', `${CAMERA_PARTS} > Camera Flashes`],
    ['Wibrator punktu G silikonowy', 'pl', 'Mature > Erotic > Sex Toys'],
    ['Vibrador recargable para parejas', 'es', 'Mature > Erotic > Sex Toys'],
    ['Plug anal acier inoxydable', 'fr', 'Mature > Erotic > Sex Toys'],
    ['Nóż taktyczny z pochwą', 'pl', 'Mature > Weapons > Combat Knives'],
    ['Kask ochronny żółty regulowany', 'pl', 'Business & Industrial > Work Safety Protective Gear > Hardhats'],
    [
      'Rękawiczki nitrylowe czarne L 100 szt',
      'pl',
      'Business & Industrial > Medical > Medical Supplies > Disposable Gloves',
    ],
    [
      'Cojín para anillos de boda rústico',
      'es',
      'Religious & Ceremonial > Wedding Ceremony Supplies > Ring Pillows & Holders',
    ],
    ['Penne gel colorate 24 pezzi', 'it', 'Office Supplies > Office Instruments > Writing & Drawing Instruments'],
    ['Gipskartonplatte 12,5 mm Feuchtraum', 'de', 'Hardware > Building Materials > Drywall'],
    ['Avvitatore a impulsi 18V brushless', 'it', 'Hardware > Tools > Impact Wrenches & Drivers'],
    ['Kerzenhalter Messing 3er Set', 'de', CANDLE_HOLDERS],
    ['Teelichthalter Glas 6 Stück', 'de', CANDLE_HOLDERS],
    ['Lámpara colgante de ratán', 'es', 'Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures'],
    ['Racchetta da tennis junior 25', 'it', 'Sporting Goods > Athletics > Tennis > Tennis Racquets'],
  ])('%s (%s)', (title, lang, node) => {
    expect(pathOf(title, lang).startsWith(node), pathOf(title, lang)).toBe(true);
  });
});

describe('envelopes are paper products, not shipping supplies (round 23)', () => {
  it.each([
    ['Envelopes C5 self seal 500 pack', 'en'],
    ['Briefumschläge C4 mit Fenster', 'de'],
  ])('%s (%s)', (title, lang) => {
    expect(pathOf(title, lang)).toBe('Office Supplies > General Office Supplies > Paper Products > Envelopes');
  });
});

describe('tarot cards are a religious item, the French card game "jeu de tarot" a card game (round 23)', () => {
  it('reads tarot decks as Tarot Cards in several languages', () => {
    expect(pathOf('Karty tarota Thoth 78 kart', 'pl')).toBe('Religious & Ceremonial > Religious Items > Tarot Cards');
    expect(pathOf('Tarot de Marseille 78 lames', 'fr')).toBe('Religious & Ceremonial > Religious Items > Tarot Cards');
  });
  it('keeps the card game a game', () => {
    expect(pathOf('Jeu de tarot 78 cartes Grimaud', 'fr')).toBe('Toys & Games > Games > Card Games');
  });
});

describe('words of the small top levels missing in a language (round 23)', () => {
  it.each([
    ['三角フラスコ 100ml 目盛付き', 'ja', `${LAB} > Laboratory Flasks`],
    ['Filtr polaryzacyjny Hoya 77 mm', 'pl', LENS_FILTERS],
    ['Graufilter ND64 58 mm', 'de', LENS_FILTERS],
    ['Светофильтр ультрафиолетовый 52 мм', 'ru', LENS_FILTERS],
    ['Tripé de alumínio 1,5 m', 'pt', TRIPODS],
    ['Штатив напольный 180 см', 'ru', TRIPODS],
    ['카메라 삼각대 경량', 'ko', TRIPODS],
    ['Kamerarem bred neopren', 'da', `${CAMERA_PARTS} > Camera Straps`],
    ['Икона Казанской Божией Матери', 'ru', 'Religious & Ceremonial > Religious Items'],
    ['Zszywacz biurowy 24/6', 'pl', 'Office Supplies > Office Instruments > Staplers'],
    ['Klucz dynamometryczny 1/4 cala', 'pl', 'Hardware > Tools > Wrenches'],
    ['Ramka na zdjęcia 10x15 czarna', 'pl', 'Home & Garden > Decor > Picture Frames'],
    ['Pelapatate julienne in acciaio', 'it', `${KITCHEN_TOOLS} > Food Peelers & Corers`],
    ['Canna da pesca telescopica 3 m', 'it', 'Sporting Goods > Outdoor Recreation > Fishing > Fishing Rods'],
    ['Pilatesball 65 cm mit Pumpe', 'de', 'Sporting Goods > Exercise & Fitness > Exercise Balls'],
    [
      '刺繍糸 25番 10色',
      'ja',
      'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Materials > Crafting Fibers > Thread & Floss',
    ],
  ])('%s (%s)', (title, lang, node) => {
    expect(pathOf(title, lang).startsWith(node), pathOf(title, lang)).toBe(true);
  });
});

describe("a shelf word under the title's department is that department's kind of it (rules/crumb-word-elsewhere.ts)", () => {
  it.each([
    [
      'Sécateur à enclume coupe 20 mm',
      'fr',
      'Jardin > Outils',
      'Home & Garden > Lawn & Garden > Gardening > Gardening Tools',
    ],
    [
      'Tijeras de podar de yunque',
      'es',
      'Jardín > Herramientas',
      'Home & Garden > Lawn & Garden > Gardening > Gardening Tools',
    ],
    [
      'Gartenschere Bypass 21 cm',
      'de',
      'Garten > Werkzeug',
      'Home & Garden > Lawn & Garden > Gardening > Gardening Tools',
    ],
    [
      'Guanti da lavoro in pelle fiore',
      'it',
      'Antinfortunistica > Guanti',
      'Business & Industrial > Work Safety Protective Gear',
    ],
    [
      'Arbeitshandschuhe Leder Gr. 10',
      'de',
      'Arbeitsschutz > Handschuhe',
      'Business & Industrial > Work Safety Protective Gear',
    ],
    ['Erlenmeyerkolben Weithals 500 ml', 'de', 'Labor > Laborglas', LAB],
  ])('%s (%s) under %s', (title, lang, crumb, node) => {
    expect(pathOf(title, lang, crumb).startsWith(node), pathOf(title, lang, crumb)).toBe(true);
  });

  it("leaves the shelf its reading when no earlier crumb names the title's department", () => {
    expect(pathOf('Work gloves leather size L', 'en', 'Workwear > Gloves')).toBe(
      'Apparel & Accessories > Clothing Accessories > Gloves & Mittens',
    );
  });
});

describe('a katana is a sword, an MSI Katana a laptop (round 23)', () => {
  it('reads a decorative katana as a sword', () => {
    expect(pathOf('Katana dekoracyjna z podstawką', 'pl')).toBe('Mature > Weapons > Swords');
  });
  it('keeps the MSI gaming laptop a laptop', () => {
    expect(pathOf('MSI Katana 17 B13VFK', 'en')).toBe('Electronics > Computers > Laptops');
  });
});
