/**
 * The hard classes of round 22 (issue #15, classes 2 and 3): software licences named by their
 * product and terms, services that name what they work on, hobbies, music, crafts and party goods,
 * supplies, and print, scent and shape words. Titles written for these tests; each failed at the
 * round's base (948a779).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { isSoftwareLicence } from './rules/software-licence';
import { patternModifiers } from './rules/pattern-modifier';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const kindOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.nonPhysical ?? null;
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

describe('a software product named with a licence term is a licence (round 22)', () => {
  it.each([
    ['Norton 360 Deluxe 5 devices 1 year', 'en'],
    ['Kaspersky Standard 3 Geräte 1 Jahr', 'de'],
    ['Bitdefender Total Security 5 appareils 1 an', 'fr'],
    ['F-Secure Total 3 laitetta 12 kk', 'fi'],
    ['Kaspersky Total Security 2 пристрої 1 рік', 'uk'],
    ['ESET Smart Security Premium 1 συσκευή 1 έτος', 'el'],
    ['Norton 360 Deluxe 3 zariadenia 1 rok', 'sk'],
    ['AutoCAD LT 2024 1 jaar', 'nl'],
    ['Windows 10 Pro klucz OEM', 'pl'],
    ['Windows 11 Pro aktivasyon anahtarı', 'tr'],
    ['ウイルスバスター クラウド 3年版', 'ja'],
  ])('%s (%s)', (title, lang) => {
    expect(kindOf(title, lang)).toBe('software');
  });

  it('keeps a device that names its system, a warranty term, a boxed copy and a book physical', () => {
    expect(kindOf('Lenovo ThinkPad E14 Gen 5 i5 16GB 512GB Windows 11 Pro', 'en')).toBeNull();
    expect(kindOf('HP Laptop 15 Windows 11 Home 2 Jahre Garantie', 'de')).toBeNull();
    expect(isSoftwareLicence('HP Laptop 15 Windows 11 Home 2 Jahre Garantie')).toBe(false);
    expect(isSoftwareLicence('Kaspersky Standard 1 PC 1 Jahr DVD Box')).toBe(false);
    expect(isSoftwareLicence('Windows 11 for Seniors')).toBe(false);
  });

  it('leaves a title the lexicon reads as software its software node (a copy the shop may sell boxed)', () => {
    const got = classifier.classify({ title: 'Norton AntiVirus Plus 1 enhed 12 måneder', lang: 'da' });
    expect(got?.nonPhysical).toBeUndefined();
    expect(got?.path).toContain('Software > Computer Software');
  });
});

describe('services that name what they work on, and more service words (round 22)', () => {
  it.each([
    ['Kurulum hizmeti klima', 'tr'],
    ['Asennuspalvelu astianpesukone', 'fi'],
    ['Displayreparatur iPhone 13', 'de'],
    ['Installation av diskmaskin tjänst', 'sv'],
    ['Hangszerelés szolgáltatás mosógép', 'hu'],
    ['Usługa wniesienia i montażu pralki', 'pl'],
    ['Livraison et installation lave-linge', 'fr'],
    ['Seguro de rotura pantalla 1 año', 'es'],
    ['Handyversicherung 24 Monate', 'de'],
    ['Professional TV wall mounting service', 'en'],
    ['エアコン取り付け工事', 'ja'],
  ])('%s (%s) is a service', (title, lang) => {
    expect(kindOf(title, lang)).toBe('service');
  });

  it('keeps a service word that only qualifies a product physical', () => {
    expect(kindOf('Gift card holder leather', 'en')).toBeNull();
    expect(kindOf('Repair kit for bicycle tyres', 'en')).toBeNull();
  });
});

describe('hobbies, music, crafts, party goods and supplies in more languages (round 22)', () => {
  it.each([
    ['Gitarrsträngar Ernie Ball 10-46', 'sv', 'Guitar Accessories > Guitar Strings'],
    ['Струны для электрогитары 9-42', 'ru', 'Guitar Accessories > Guitar Strings'],
    ['Gitarové struny 11-52', 'cs', 'Guitar Accessories > Guitar Strings'],
    ['Plektren Set 10 Stück', 'de', 'Guitar Accessories > Guitar Picks'],
    ['Notenständer klappbar schwarz', 'de', 'Music Stands'],
    ['Pałeczki perkusyjne 5B', 'pl', 'Percussion Accessories'],
    ['Mundharmonika C-Dur Hohner', 'de', 'Woodwinds > Harmonicas'],
    ['Akrylmaling 12 farver', 'da', 'Art & Craft Paint'],
    ['Modelliermasse lufttrocknend 500 g', 'de', 'Clay & Modeling Dough'],
    ['Revell Modellbausatz Tiger I 1:35', 'de', 'Scale Model Kits'],
    ['Pokémon booster pack Scarlet Violet', 'en', 'Collectible Trading Cards'],
    ['Ilmapallot 10 kpl kulta', 'fi', 'Party Supplies > Balloons'],
    ['Mähfaden 2,4 mm 15 m', 'de', 'Weed Trimmer Blades & Spools'],
    ['Kohlefilter für Dunstabzugshaube', 'de', 'Range Hood Accessories'],
    ['Steak marinade for grilling 250 ml', 'en', 'Marinades & Grilling Sauces'],
    ['Keman 4/4 yeni başlayanlar için', 'tr', 'String Instruments > Violins'],
    ['Κιθάρα κλασική 4/4', 'el', 'String Instruments > Guitars'],
    ['Culori acrilice 12 buc', 'ro', 'Art & Craft Paint'],
    ['Dzija 100 g zila', 'lv', 'Crafting Fibers > Yarn'],
    ['Õhupallid 10 tk kuldne', 'et', 'Party Supplies > Balloons'],
  ])('%s (%s)', (title, lang, node) => {
    expect(pathOf(title, lang)).toContain(node);
  });

  it('keeps food that a folded craft word could take ("nappé", "perles du Japon")', () => {
    expect(pathOf('Biscuits nappés chocolat au lait', 'fr')).not.toContain('Tablecloths');
    expect(pathOf('Perles du Japon tapioca 250 g', 'fr')).not.toContain('Beads');
  });
});

describe('print, motif, scent and shape words are modifiers (round 22)', () => {
  it('reads the product, not the fruit or flavour it shows', () => {
    expect(pathOf('Tasse Erdbeer Motiv', 'de')).toContain('Drinkware');
    expect(pathOf('Vela aroma vainilla', 'es')).toContain('Candles');
  });

  it('lowers the word on the head side of the cue only, and nothing when nothing else is read', () => {
    // "lemon print" in English: the word before; "estampado de limones": the word after the "of".
    expect([
      ...patternModifiers(
        ['tablecloth', 'lemon', 'print'],
        [
          { start: 0, end: 1 },
          { start: 1, end: 2 },
        ],
        false,
      ),
    ]).toEqual([1]);
    expect([
      ...patternModifiers(
        ['bolsa', 'estampado', 'de', 'limones'],
        [
          { start: 0, end: 1 },
          { start: 3, end: 4 },
        ],
        true,
      ),
    ]).toEqual([1]);
    expect(patternModifiers(['lemon', 'print'], [{ start: 0, end: 1 }], false).size).toBe(0);
  });
});
