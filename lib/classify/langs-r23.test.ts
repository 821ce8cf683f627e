/**
 * Round 23, the smaller title languages (issue #15): one answer to "does this language put the
 * head of a noun phrase first", and the classes tests/fixtures/dev-r23-langs/ showed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { isHeadFirst } from './lexicon';
import { phraseForms } from './rules/inflection';

describe('isHeadFirst: one list of the languages whose titles name the product first', () => {
  it('reads Romance, Slavic, Baltic, Greek, Semitic and South-East Asian titles head first', () => {
    for (const lang of ['fr', 'pt', 'pl', 'bg', 'sl', 'sk', 'lt', 'lv', 'el', 'ar', 'he', 'vi', 'ms', 'th'])
      expect(isHeadFirst(lang), lang).toBe(true);
  });
  it('reads the head-last languages and an unknown language head last', () => {
    for (const lang of ['en', 'de', 'nl', 'sv', 'no', 'hu', 'et', 'fi', 'ja', 'zh', 'ko', 'tr', '', null, undefined])
      expect(isHeadFirst(lang), String(lang)).toBe(false);
  });
});

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string) => classifier.classify({ title, lang })?.path ?? '';

const SHOES = 'Apparel & Accessories > Shoes';
const HEADPHONES = 'Electronics > Audio > Audio Components > Headphones & Headsets > Headphones';
const COOKING_OILS = 'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils';
const DRILLS = 'Hardware > Tools > Drills';
const VITAMINS = 'Health & Beauty > Health Care > Fitness & Nutrition > Vitamins & Supplements';
const BEDDING = 'Home & Garden > Linens & Bedding > Bedding';
const VACUUMS = 'Home & Garden > Household Appliances > Vacuums';
const SOFAS = 'Furniture > Sofas';
const BACKPACKS = 'Luggage & Bags > Backpacks';
const YOGA_MATS = 'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats';
const USB_DRIVES = 'Electronics > Electronics Accessories > Computer Components > Storage Devices > USB Flash Drives';
const MICE = 'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs';
const DRESSES = 'Apparel & Accessories > Clothing > Dresses';
const CAT_FOOD = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food > Non-prescription Cat Food';
const SUNGLASSES = 'Apparel & Accessories > Clothing Accessories > Sunglasses';
const PADS = 'Health & Beauty > Personal Care > Feminine Sanitary Supplies > Feminine Pads & Protectors';
const WHEELCHAIRS = 'Health & Beauty > Health Care > Mobility & Accessibility > Accessibility Equipment > Wheelchairs';
const PHONE_CASES = 'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases';

describe('everyday goods of the smaller languages (scripts/classify/everyday-regions-10.ts)', () => {
  it.each([
    ['et', 'Asics Gel-Contend naiste jooksujalatsid', SHOES],
    ['et', 'JBL Tune 510BT juhtmevabad kõrvaklapid, must', HEADPHONES],
    ['he', 'מברגה רוטטת מקיטה 18V', DRILLS],
    ['he', 'ויטמין C 1000 מ"ג 60 טבליות', VITAMINS],
    ['bg', 'Спален комплект ранфорс 200x220', BEDDING],
    ['bg', 'Джапанки мъжки Havaianas', SHOES],
    ['lt', 'Dulkių siurblys Bosch Serie 4', VACUUMS],
    ['lv', 'Putekļu sūcējs Philips 3000 sērija', VACUUMS],
    ['lv', 'Olīveļļa Borges 500 ml', COOKING_OILS],
    ['sl', 'Trosed Milano, temno siv', SOFAS],
    ['no', 'Sengesett i bomullssateng 140x200', BEDDING],
    ['no', 'Skolesekk Beckmann 22 liter', BACKPACKS],
    ['ar', 'فيتامين سي 1000 ملغ 30 قرص', VITAMINS],
    ['hu', 'Pendrive 64 GB USB 3.0 Kingston', USB_DRIVES],
    ['el', 'Βιταμίνη D3 2000 IU 60 κάψουλες', VITAMINS],
    ['el', 'Ποντίκι ασύρματο Logitech M185', MICE],
    ['vi', 'Váy maxi đi biển hoa nhí', DRESSES],
  ])('%s: "%s"', (lang, title, path) => {
    expect(pathOf(title, lang).startsWith(path)).toBe(true);
  });

  it('reads an Estonian closed compound by its listed head, not by a shorter piece of it ("…õli" is no viola)', () => {
    expect(pathOf('Päevalilleõli rafineeritud 1 l', 'et')).toBe(COOKING_OILS);
  });

  it('reads a head-first phrase whose first word alone is another product (Arabic "سجادة يوغا" is a yoga mat, no rug)', () => {
    expect(pathOf('سجادة يوغا مانعة للانزلاق 8 مم', 'ar')).toBe(YOGA_MATS);
  });

  it('reads a Vietnamese phrase with "hạt" (kibble) as pet food, not as the English "hat"', () => {
    expect(pathOf('Hạt cho mèo Me-O vị cá ngừ 1.2kg', 'vi')).toBe(CAT_FOOD);
  });
});

describe('Malay compounds whose first word alone is another product', () => {
  it.each([
    ['Cermin Mata Hitam Wanita UV400', SUNGLASSES], // "cermin", a mirror
    ['Tuala Wanita Kotex Malam 12 Keping', PADS], // "tuala", a towel
    ['Fon Kepala Bluetooth JBL', HEADPHONES], // "fon", a phone
    ['Kerusi Roda Lipat Aluminium', WHEELCHAIRS], // "kerusi", a chair
    ['Casing Telefon Samsung Galaxy A15 Lutsinar', PHONE_CASES], // the phone it fits
  ])('"%s"', (title, path) => {
    expect(pathOf(title, 'ms')).toBe(path);
  });
});

describe('"without": what the product does without is no product of the title (cues.ts)', () => {
  it.each([
    ['no', 'Seng uten madrass 160x200'],
    ['sl', 'Postelja brez vzmetnice 160x200'],
    ['sk', 'Posteľ bez matraca 160x200'],
    ['bg', 'Легло без матрак 160x200'],
    ['he', 'מיטה ללא מזרן 160x200'],
    ['ar', 'سرير بدون مرتبة 160x200'],
    ['el', 'Κρεβάτι χωρίς στρώμα 160x200'],
    ['ms', 'Katil Tanpa Tilam Queen'],
  ])('%s: "%s" is a bed frame, not a bed and a mattress', (lang, title) => {
    expect(pathOf(title, lang)).toBe('Furniture > Beds & Accessories > Beds & Bed Frames');
  });
});

describe('a Lithuanian or Latvian listed phrase named in another case (lexicon.ts phraseAt, rules/inflection.ts)', () => {
  it('finds the phrase with a word in its other forms', () => {
    expect(pathOf('Dantų pastos rinkinys 3 vnt', 'lt')).toBe(
      'Health & Beauty > Personal Care > Oral Care > Toothpaste',
    );
    expect(pathOf('Kavos pupelių rinkinys 2 x 1 kg', 'lt')).toBe('Food, Beverages & Tobacco > Beverages > Coffee');
    expect(pathOf('Galda spēļu komplekts ģimenei', 'lv')).toBe('Toys & Games > Games > Board Games');
  });
  it('reads a Latvian genitive plural of an "-e" noun ("zeķu", of "zeķes")', () => {
    expect(pathOf('Sieviešu zeķu komplekts 5 pāri', 'lv')).toBe(
      'Apparel & Accessories > Clothing > Underwear & Socks > Socks',
    );
  });
  it('gives the inflected forms only to Lithuanian and Latvian words', () => {
    expect(phraseForms('pastos', 'lt')).toContain('pasta');
    expect(phraseForms('pupeliu', 'lt')).toContain('pupele');
    expect(phraseForms('pastos', 'pl')).toEqual([]);
    expect(phraseForms('pastos', null)).toEqual([]);
  });
});
