/**
 * One test per failure class of issue #15, with examples written for these tests (not the
 * issue's own): each fails on the classifier before the multilingual lexicon, the head-noun and
 * compound rules, the non-physical outcome and the title guard.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel, type ClassifyInput } from './index';
import { NON_PHYSICAL_WORDS } from './rules/non-physical-words';
import { notATitle } from './rules/not-a-title';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (input: ClassifyInput) => classifier.classify(input)?.path ?? null;

describe('ordinary goods in their own language', () => {
  it.each([
    ['Valise cabine rigide 55 cm', /^Luggage & Bags/],
    ['Muñeca con vestido rosa', /^Toys & Games > Toys > Dolls/],
    ['Cuaderno A5 rayado', /^Office Supplies/],
    ['Детская игрушка конструктор', /^Toys & Games/],
    ['Herrjacka vinter', /^Apparel & Accessories > Clothing/],
    ['Dameskleding jurk zwart', /^Apparel & Accessories > Clothing/],
    ['남성 운동화', /^Apparel & Accessories > Shoes/],
    ['Vodka 0,5 l', /^Food, Beverages & Tobacco > Beverages/],
    ['Boîte de rangement cuisine hermétique', /^Home & Garden/],
  ])('%s', (title, path) => {
    expect(pathOf({ title })).toMatch(path);
  });
});

describe('the head of the noun phrase decides', () => {
  it('reads closed compounds by their last part', () => {
    expect(pathOf({ title: 'Buttermesser Edelstahl' })).toMatch(/Tableware/);
    expect(pathOf({ title: 'Weizenbierglas 6er Set' })).toMatch(/Drinkware/);
  });
  it('reads the second of two product words as the head', () => {
    expect(pathOf({ title: 'Butter knife stainless steel' })).toMatch(/^Home & Garden > Kitchen & Dining/);
    expect(pathOf({ title: 'Beer glass' })).toMatch(/Drinkware/);
  });
  it('reads "X for Y" in several languages as X', () => {
    expect(pathOf({ title: 'Funda para Samsung Galaxy S23' })).toMatch(/Mobile Phone Cases$/);
    expect(pathOf({ title: 'Toner for Brother HL-L2350DW' })).toMatch(/Accessories/);
  });
});

describe('the page outranks the title', () => {
  it('files by a breadcrumb in Dutch', () => {
    const c = classifier.classify({ title: 'Lotte Blauw 55 cm', category: ['Reizen', 'Koffers'] });
    expect(c).toMatchObject({ via: 'breadcrumb' });
    expect(c?.path).toMatch(/^Luggage & Bags/);
    // A Polish shop's trail over a title word of another branch ("Apple" the brand, not the fruit).
    expect(pathOf({ title: 'Apple Watch pasek', category: ['Zegarki', 'Paski do zegarków'] })).toMatch(
      /^Apparel & Accessories > (Jewelry|Watch)/,
    );
  });
});

describe('not a physical product', () => {
  it('says so for tickets, vouchers, licences and subscriptions', () => {
    expect(classifier.classify({ title: 'Konzertticket Rammstein Berlin' })?.nonPhysical).toBe('ticket');
    expect(classifier.classify({ title: 'Steam Gift Card 50 EUR' })?.nonPhysical).toBe('voucher');
    expect(classifier.classify({ title: 'Microsoft 365 Family 12 months subscription' })?.nonPhysical).toBe(
      'subscription',
    );
    const licence = classifier.classify({ title: 'Windows 11 Pro Lizenz Key' });
    expect(licence?.nonPhysical).toBe('software');
    expect(licence?.path).not.toMatch(/^Hardware/);
  });
  it('keeps things named after them physical', () => {
    expect(classifier.classify({ title: 'Ticket holder for cars' })?.nonPhysical).toBeUndefined();
    expect(classifier.classify({ title: 'E-Book Reader 6 Zoll' })?.nonPhysical).toBeUndefined();
  });
  it('has words for every language the classifier reads', () => {
    const languages =
      'ar bg cs da de el en es et fi fr he hr hu id it ja ko lt lv ms nl no pl pt ro ru sk sl sv th tr uk vi zh'.split(
        ' ',
      );
    for (const byLang of Object.values(NON_PHYSICAL_WORDS))
      expect(
        Object.keys(byLang)
          .filter((l) => l !== '*')
          .sort(),
      ).toEqual(languages);
  });
});

describe('a title that is not a title', () => {
  it('is not classified as a product', () => {
    expect(classifier.classify({ title: 'B07XJ8C8F5' })).toBeNull();
    expect(classifier.classify({ title: 'otto.de' })).toBeNull();
    expect(classifier.classify({ title: 'Warenkorb' })).toBeNull();
    expect(classifier.classify({ title: 'Shoe Palace', shop: 'Shoe Palace' })).toBeNull();
  });
  it('names why', () => {
    expect(notATitle('4006381333931')).toBe('id');
    expect(notATitle('Gartenstühle', { crumbs: ['Garten', 'Gartenstühle'] })).toBe('breadcrumb');
    expect(notATitle('Kärcher K 5 Hochdruckreiniger')).toBeNull();
    expect(notATitle('iPhone15')).toBeNull();
  });
});
