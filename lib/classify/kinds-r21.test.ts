/**
 * Consumables, religious and party goods in round 21 (issue #15, classes 2 and 3): what a printer,
 * a glucose meter, an air purifier, a razor and a capsule machine use up is its supply node, in
 * the languages the lists did not cover; prayer beads and rugs, menorahs, balloons, confetti and
 * gift wrap where the lexicon did not know them. Titles written for these tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

const INK = 'Printer Consumables > Toner & Inkjet Cartridges';
const STRIPS = 'Blood Glucose Meter Accessories > Blood Glucose Test Strips';

describe('consumables in more languages (round 21)', () => {
  it.each([
    ['Brother LC-424 mürekkep kartuşu mavi', 'tr', INK],
    ['Canon CLI-581 tintapatron sárga', 'hu', INK],
    ['Tindikassett Canon PG-545 värviline', 'et', INK],
    ['Tintes kasetne Canon CL-546 krāsaina', 'lv', INK],
    ['خرطوشة حبر كانون 545 ملونة', 'ar', INK],
    ['Teststreifen Accu-Chek Instant 2 x 50', 'de', STRIPS],
    ['Tiras reactivas Contour Next 100 unidades', 'es', STRIPS],
    ['Strip tes gula darah Sinocare isi 25', 'id', STRIPS],
    ['Filtr do oczyszczacza powietrza Philips 2000', 'pl', 'Air Purifier Accessories > Air Purifier Filters'],
    ['Putekļu maisi Bosch putekļsūcējam', 'lv', 'Household Appliance Accessories > Vacuum Accessories'],
    ['Kapsul kopi Nescafe Dolce Gusto Cappuccino', 'id', 'Food, Beverages & Tobacco > Beverages > Coffee'],
  ])('%s (%s) is a supply', (title, lang, node) => {
    expect(pathOf(title, lang)).toContain(node);
  });
});

describe('religious and party goods (round 21)', () => {
  it.each([
    ['Tasbih kristal 33 butir', 'id', 'Religious Items > Prayer Beads'],
    ['مسبحة خشب صندل', 'ar', 'Religious Items > Prayer Beads'],
    ['Sajadah bludru motif Turki', 'id', 'Religious & Ceremonial > Religious Items'],
    ['חנוכייה זכוכית מעוצבת', 'he', 'Religious & Ceremonial > Religious Items'],
    ['Globos de cumpleaños dorados 30 unidades', 'es', 'Party Supplies > Balloons'],
    ['Konfetti Regenbogen 50 g', 'de', 'Party Supplies > Confetti'],
    ['Papel de regalo infantil 2 rollos', 'es', 'Gift Wrapping > Wrapping Paper'],
  ])('%s (%s)', (title, lang, node) => {
    expect(pathOf(title, lang)).toContain(node);
  });

  it('keeps a ball a ball (Spanish "balón" folds to the Indonesian word for balloon)', () => {
    expect(pathOf('Balón de fútbol Adidas talla 5', 'es')).not.toContain('Balloons');
  });
});

describe('accessories "for" a device in Latvian (round 21)', () => {
  it('reads what follows "priekš" as what the product is for, not as the product', () => {
    expect(pathOf('Vāciņš priekš Samsung Galaxy S23', 'lv')).toContain('Mobile Phone Accessories');
    expect(pathOf('Aizsargstikls priekš iPhone 14', 'lv')).toContain('Mobile Phone Accessories');
    expect(pathOf('Maciņš priekš iPhone 15 silikona', 'lv')).not.toMatch(/Mobile Phones$/);
  });
});
