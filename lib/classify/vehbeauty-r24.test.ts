/**
 * The top levels round 24's blind titles read worst (issue #15): Vehicles & Parts, Health &
 * Beauty, Media, Animals & Pet Supplies, Baby & Toddler and a few electronics and camera
 * accessories. The development set tests/fixtures/dev-vehbeauty-r24.csv (649 titles, 22
 * languages, written and labelled for this round) scored 83.7% right at the round's base
 * (624bbf0); the floor below holds what the word lists (scripts/classify/vehbeauty-r24.ts) and
 * the car words (rules/vehicle-of.ts) bring. The titles of the other tests were written for them
 * (none is a row of that set); each failed at the base.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../../scripts/lib/csv';
import { createClassifier, type ClassifierModel } from './index';
import { vehicleRule } from './rules/vehicle-of';
import type { Evidence } from './score';
import { Taxonomy } from './taxonomy';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string) => classifier.classify({ title, lang, category: null })?.path ?? '';

const VPA = 'Vehicles & Parts > Vehicle Parts & Accessories';
const PERSONAL = 'Health & Beauty > Personal Care';
const PETS = 'Animals & Pet Supplies > Pet Supplies';

describe('dev-vehbeauty-r24.csv: right (the node or its ancestor at level 2 or deeper)', () => {
  it('is at least 93% (83.7% at the base)', () => {
    const rows = readCsvRecords('tests/fixtures/dev-vehbeauty-r24.csv');
    let right = 0;
    for (const r of rows) {
      const got =
        classifier.classify({
          title: r.title ?? '',
          category: r.breadcrumb ? r.breadcrumb.split(' > ') : null,
          lang: r.lang || null,
        })?.path ?? '';
      const gold = r.google_path ?? '';
      if (got.split(' > ').length >= 2 && (gold === got || gold.startsWith(`${got} > `))) right++;
    }
    expect(rows.length).toBe(649);
    expect(right / rows.length).toBeGreaterThanOrEqual(0.93);
  });
});

describe('concepts of the weak top levels missing in a language (round 24, vehbeauty-r24.ts)', () => {
  it.each([
    [
      'Brake fluid DOT 5.1 1 litre',
      'en',
      `${VPA} > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Brake Fluid`,
    ],
    [
      'Liquide de frein DOT 4 500 ml',
      'fr',
      `${VPA} > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Brake Fluid`,
    ],
    [
      'Płyn hamulcowy DOT 4 0,5 l',
      'pl',
      `${VPA} > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Brake Fluid`,
    ],
    ['Cabin filter activated carbon', 'en', `${VPA} > Motor Vehicle Parts > Motor Vehicle Climate Control`],
    ['Filtro de habitáculo antipolen', 'es', `${VPA} > Motor Vehicle Parts > Motor Vehicle Climate Control`],
    ['Car stereo with Apple CarPlay 7 inch', 'en', `${VPA} > Motor Vehicle Electronics > Motor Vehicle A/V Players`],
    ['Radio samochodowe 2 DIN z Bluetooth', 'pl', `${VPA} > Motor Vehicle Electronics > Motor Vehicle A/V Players`],
    ['Автомагнитола 2 DIN Android', 'ru', `${VPA} > Motor Vehicle Electronics > Motor Vehicle A/V Players`],
    [
      'Ruitenwisserbladen achter 350 mm',
      'nl',
      `${VPA} > Motor Vehicle Parts > Motor Vehicle Window Parts & Accessories`,
    ],
    ['Crayon yeux khôl noir', 'fr', `${PERSONAL} > Cosmetics > Makeup > Eye Makeup > Eyeliner`],
    ['Lápiz de ojos marrón', 'es', `${PERSONAL} > Cosmetics > Makeup > Eye Makeup > Eyeliner`],
    ['Lidschattenpalette Smokey 18 Farben', 'de', `${PERSONAL} > Cosmetics > Makeup > Eye Makeup > Eye Shadow`],
    ['Woda perfumowana męska 50 ml', 'pl', `${PERSONAL} > Cosmetics > Perfume & Cologne`],
    ['Mizellenwasser sensitive 200 ml', 'de', `${PERSONAL} > Cosmetics > Skin Care > Makeup Removers`],
    ['Moisturising cream for face 50ml', 'en', `${PERSONAL} > Cosmetics > Skin Care > Lotion & Moisturizer`],
    ['Reading glasses +1.5 pack of 3', 'en', `${PERSONAL} > Vision Care > Eyeglasses`],
    ['Lesebrille +1,5 Herren', 'de', `${PERSONAL} > Vision Care > Eyeglasses`],
    [
      'Solution lentilles multifonction 360 ml',
      'fr',
      `${PERSONAL} > Vision Care > Contact Lens Care > Contact Lens Solution`,
    ],
    ['Serviettes hygiéniques nuit x10', 'fr', `${PERSONAL} > Feminine Sanitary Supplies > Feminine Pads & Protectors`],
    ['Maandverband normaal 20 stuks', 'nl', `${PERSONAL} > Feminine Sanitary Supplies > Feminine Pads & Protectors`],
    ['Tampony mini 16 szt.', 'pl', `${PERSONAL} > Feminine Sanitary Supplies > Tampons`],
    ['Inkontinenzeinlagen Super 20 Stück', 'de', 'Health & Beauty > Health Care > Incontinence Aids'],
    ['Bathroom scale glass 180kg', 'en', 'Health & Beauty > Health Care > Biometric Monitors > Body Weight Scales'],
    ['Glätteisen mit Keramikplatten', 'de', `${PERSONAL} > Hair Care > Hair Styling Tools > Hair Straighteners`],
    ['Hair dye black permanent', 'en', `${PERSONAL} > Hair Care > Hair Color`],
    ['Płyta winylowa The Beatles Abbey Road', 'pl', 'Media > Music & Sound Recordings > Records & LPs'],
    ['レコード ビートルズ LP', 'ja', 'Media > Music & Sound Recordings > Records & LPs'],
    ['Cd musica Laura Pausini', 'it', 'Media > Music & Sound Recordings > Music CDs'],
    ['Bande dessinée Tintin album', 'fr', 'Media > Books > Print Books'],
    ['Reiseführer Portugal', 'de', 'Media > Books > Print Books'],
    ['Kuweta dla kota z pokrywą', 'pl', `${PETS} > Cat Supplies > Cat Litter Boxes`],
    ['Kattenbak met kap', 'nl', `${PETS} > Cat Supplies > Cat Litter Boxes`],
    ['Karma sucha dla kota 10 kg', 'pl', PETS],
    ['Brustgeschirr für kleine Hunde', 'de', `${PETS} > Pet Collars & Harnesses`],
    ['Fischfutter Granulat 1 l', 'de', `${PETS} > Fish Supplies > Fish Food`],
    ['Rabbit hutch with run', 'en', `${PETS} > Small Animal Supplies > Small Animal Habitats & Cages`],
    ['Poop bags with dispenser 120', 'en', `${PETS} > Pet Waste Bags`],
    ['Stair gate extra wide 100cm', 'en', 'Baby & Toddler > Baby Safety > Baby & Pet Gates'],
    ['First infant milk powder 800g', 'en', 'Baby & Toddler > Nursing & Feeding > Baby & Toddler Food > Baby Formula'],
    ['Couches bébé taille 3 x 52', 'fr', 'Baby & Toddler > Diapering > Diapers'],
    ['Schnuller Nachtschnuller 2 Stück', 'de', 'Baby & Toddler > Baby Health > Pacifiers & Teethers'],
  ])('%s (%s)', (title, lang, node) => {
    expect(pathOf(title, lang).startsWith(node), pathOf(title, lang)).toBe(true);
  });
});

describe('a car named by its make, a lamp code or a Polish or Czech car word (rules/vehicle-of.ts)', () => {
  const taxonomy = new Taxonomy([
    [2425, 0, 'Light Bulbs'],
    [3318, 0, 'Motor Vehicle Lighting'],
    [2675, 0, 'Door Mats'],
    [8232, 0, 'Motor Vehicle Carpet & Upholstery'],
    [276, 0, 'Batteries'],
    [8231, 0, 'Motor Vehicle Power & Electrical Systems'],
  ]);
  const movedTo = (title: string, lang: string, id: number) => {
    const evidence: Evidence[] = [{ id, w: 1, source: 'title' }];
    return vehicleRule(taxonomy, title, lang, evidence)[0]?.id;
  };
  it.each([
    ['Glühlampe H4 60/55W 12V', 'de', 2425, 3318],
    ['Halogen bulb HB4 twin pack', 'en', 2425, 3318],
    ['Bombilla W5W LED posición', 'es', 2425, 3318],
    ['Fußmatten passend für BMW 3er', 'de', 2675, 8232],
    ['Tapis caoutchouc Peugeot 208', 'fr', 2675, 8232],
    ['Akumulator samochodowy 12V 60Ah', 'pl', 276, 8231],
    ['Baterie do auta 12V 60Ah', 'cs', 276, 8231],
  ])('%s (%s): %i -> %i', (title, lang, from, to) => {
    expect(movedTo(title, lang, from)).toBe(to);
  });
  it.each([
    ['Glühbirne E27 LED 9W', 'de', 2425],
    ['Door mat coir welcome', 'en', 2675],
    ['Wycieraczka pod drzwi kokosowa', 'pl', 2675],
    ['Batterien AA 8 Stück', 'de', 276],
  ])('leaves a household kind alone: %s (%s)', (title, lang, id) => {
    expect(movedTo(title, lang, id)).toBe(id);
  });
});
