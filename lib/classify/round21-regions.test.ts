/**
 * Issue #15, categories in their own language: titles in Turkish, Norwegian, Danish, Finnish,
 * Hungarian, Romanian, Ukrainian and Greek, written for these tests (none is taken from an
 * evaluation set). Each fails on the round-20 classifier, whose word lists had few of these
 * languages' product nouns (scripts/classify/everyday-regions-2.ts adds them) and whose inflection
 * rules did not know these languages' plurals, possessives and closed compounds
 * (rules/inflection.ts), except the guards, which say so.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { otherForms } from './rules/inflection';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

const SHOES = 'Apparel & Accessories > Shoes';
const SOCKS = 'Apparel & Accessories > Clothing > Underwear & Socks > Socks';
const HANDBAGS = 'Apparel & Accessories > Handbags, Wallets & Cases > Handbags';
const BELTS = 'Apparel & Accessories > Clothing Accessories > Belts';
const SKILLETS = 'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans';
const BED_SHEETS = 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets';
const BLANKETS = 'Home & Garden > Linens & Bedding > Bedding > Blankets';
const PILLOWS = 'Home & Garden > Linens & Bedding > Bedding > Pillows';
const TOWELS = 'Home & Garden > Linens & Bedding > Towels';
const RUGS = 'Home & Garden > Decor > Rugs';
const HONEY = 'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Honey';
const OILS = 'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils';
const DOG_FOOD = 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food';
const CAT_FOOD = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food';
const HEADPHONES = 'Electronics > Audio > Audio Components > Headphones & Headsets';
const HOSES = 'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses';
const CHAIRS = 'Furniture > Chairs';
const BEDS = 'Furniture > Beds & Accessories > Beds & Bed Frames';
const DISHWASHERS = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Dishwashers';
const IRONS = 'Home & Garden > Household Appliances > Laundry Appliances > Irons & Ironing Systems';
const BICYCLES = 'Sporting Goods > Outdoor Recreation > Cycling > Bicycles';
const LAMPS = 'Home & Garden > Lighting > Lamps';
const FRIDGES = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators';
const BACKPACKS = 'Luggage & Bags > Backpacks';
const BEER = 'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer';
const PENS = 'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens';

describe('everyday product nouns of the languages no translated taxonomy covers', () => {
  it.each([
    ['tr', 'Paslanmaz Çelik Tava 28 cm', SKILLETS],
    // A "nevresim takımı" is a duvet cover set (cover, sheet, pillowcases): the cover names it.
    ['tr', 'Pamuklu Nevresim Takımı Çift Kişilik', 'Home & Garden > Linens & Bedding > Bedding > Duvet Covers'],
    ['tr', 'Organik Çiçek Balı 850 g', HONEY],
    ['tr', 'Kedi Maması Tavuklu 1,5 kg', CAT_FOOD],
    ['tr', 'Kablosuz Kulaklık Bluetooth 5.3', HEADPHONES],
    ['tr', 'Bahçe Hortumu 20 m', HOSES],
    ['no', 'Ullsokker til barn, 3-pk', SOCKS],
    ['no', 'Stekepanne i støpejern 28 cm', SKILLETS],
    ['no', 'Dobbeltseng med oppbevaring 160x200', BEDS],
    ['no', 'Hodetelefoner trådløse med støydemping', HEADPHONES],
    ['no', 'Hundefôr for voksne hunder 12 kg', DOG_FOOD],
    ['no', 'Vannslange 25 meter', HOSES],
    ['da', 'Håndklæde i økologisk bomuld 50x100', TOWELS],
    ['da', 'Kuglepen blå 10 stk', PENS],
    ['da', 'Strygejern med damp 2400W', IRONS],
    ['da', 'Opvaskemaskine til indbygning 60 cm', DISHWASHERS],
    ['fi', 'Villasukat lapsille, harmaa', SOCKS],
    ['fi', 'Ruostumaton paistinpannu 28 cm', SKILLETS],
    ['fi', 'Koiranruoka aikuisille koirille 10 kg', DOG_FOOD],
    ['fi', 'Langattomat kuulokkeet', HEADPHONES],
    ['fi', 'Koiran kuivaruoka 12 kg', DOG_FOOD],
    ['fi', 'Lasten polkupyörä 16"', BICYCLES],
    ['fi', 'Pöytävalaisin LED', LAMPS],
    ['hu', 'Teflon serpenyő 28 cm', SKILLETS],
    ['hu', 'Vezeték nélküli fejhallgató', HEADPHONES],
    ['hu', 'Akácméz 500 g', HONEY],
    ['ro', 'Tigaie antiaderentă 28 cm', SKILLETS],
    ['ro', 'Pernă din puf de gâscă 50x70', PILLOWS],
    ['ro', 'Geantă de damă din piele', HANDBAGS],
    ['ro', 'Hrană pentru câini adulți 15 kg', DOG_FOOD],
    ['ro', 'Miere de salcâm 500 g', HONEY],
    ['ro', 'Hrană uscată pentru pisici 10 kg', CAT_FOOD],
    ['ro', 'Bere blondă doză 500ml', BEER],
    ['ro', 'Căști wireless cu anulare zgomot', HEADPHONES],
    ['uk', 'Сковорода з антипригарним покриттям 28 см', SKILLETS],
    ['uk', 'Дитячі шкарпетки бавовняні 5 пар', SOCKS],
    ['uk', 'Навушники бездротові з мікрофоном', HEADPHONES],
    ['uk', 'Корм для котів з куркою 2 кг', CAT_FOOD],
    ['el', 'Τσάντα ώμου δερμάτινη μαύρη', HANDBAGS],
    ['el', 'Τηγάνι αντικολλητικό 28 εκ.', SKILLETS],
    ['el', 'Ελαιόλαδο εξαιρετικό παρθένο 1 λίτρο', OILS],
    ['el', 'Ακουστικά ασύρματα Bluetooth', HEADPHONES],
    ['el', 'Σεντόνια διπλά βαμβακερά', BED_SHEETS],
    ['el', 'Τσάντα πλάτης σχολική', BACKPACKS],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('inflected forms in Turkish, Hungarian, Finnish and Greek (rules/inflection.ts)', () => {
  it('Turkish plural and possessive endings come off, longest first', () => {
    expect(otherForms('cantalari', 'tr')[0]).toBe('canta');
    expect(otherForms('makineleri', 'tr')).toContain('makinesi');
    expect(otherForms('cantasi', 'tr')).toContain('canta');
    expect(otherForms('bicagi', 'tr')).toContain('bicak');
  });
  it('Hungarian plurals and Finnish plurals with consonant gradation', () => {
    expect(otherForms('takarok', 'hu')).toContain('takaro');
    expect(otherForms('konyvek', 'hu')).toContain('konyv');
    expect(otherForms('sukat', 'fi')).toContain('sukka');
    expect(otherForms('kengat', 'fi')).toContain('kenka');
    expect(otherForms('tuolit', 'fi')).toContain('tuoli');
  });
  it('Norwegian and Danish plurals and definite forms', () => {
    expect(otherForms('syklene', 'no')).toContain('sykl');
    expect(otherForms('skapet', 'nb')).toContain('skap');
    expect(otherForms('lamperne', 'da')).toContain('lamp');
  });
  it('Greek plurals and genitives', () => {
    expect(otherForms('τσαντες', 'el')).toContain('τσαντα');
    expect(otherForms('ζωνες', 'el')).toContain('ζωνη');
    expect(otherForms('παπουτσια', 'el')).toContain('παπουτσι');
    expect(otherForms('φορεματα', 'el')).toContain('φορεμα');
  });
  it('the rules are kept to their language: a German or English word is not cut', () => {
    // Guard: these passed before too.
    expect(otherForms('kinderwagen', 'de')).toEqual([]);
    expect(otherForms('sneakers', 'en')).toEqual([]);
  });
  it.each([
    ['tr', 'Kadın Deri El Çantaları Kahverengi', HANDBAGS],
    ['tr', 'Çocuk Ayakkabıları Spor', SHOES],
    ['hu', 'Gyapjú takarók', BLANKETS],
    ['el', 'Δερμάτινες ζώνες ανδρικές', BELTS],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('Finnish, Hungarian, Norwegian and Danish closed compounds are read by their head', () => {
  it('a compound gives its endings, longest first, after its inflected forms', () => {
    const forms = otherForms('kahvinkeitin', 'fi');
    expect(forms).toContain('keitin');
    expect(forms.indexOf('vinkeitin')).toBeLessThan(forms.indexOf('keitin'));
    expect(otherForms('nahkalaukut', 'fi')).toContain('laukku');
    // Turkish writes its compounds apart: no endings there.
    expect(otherForms('kahvemakinesi', 'tr')).not.toContain('makinesi');
  });
  it.each([
    ['fi', 'Naisten talvisaappaat', SHOES],
    ['fi', 'Rottinkituolit 2 kpl', CHAIRS],
    ['fi', 'Nahkalaukut naisille', HANDBAGS],
    ['hu', 'Női bőrcsizmák fekete', SHOES],
    ['hu', 'Fürdőszobaszőnyeg 60x90', RUGS],
    ['no', 'Barnesykkel 16 tommer', BICYCLES],
    ['da', 'Børnecykel 16 tommer', BICYCLES],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('a generic word with what it is for names another product', () => {
  it.each([
    [
      'ro',
      'Ulei de motor 5W30 4L',
      'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Motor Oil',
    ],
    [
      'el',
      'Λάδι κινητήρα 5W30 4L',
      'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Motor Oil',
    ],
    ['hu', 'Hajfesték barna', 'Health & Beauty > Personal Care > Hair Care > Hair Color'],
    ['fi', 'Hiusväri ruskea', 'Health & Beauty > Personal Care > Hair Care > Hair Color'],
    [
      'no',
      'Mobildeksel iPhone 15',
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    ],
    [
      'ro',
      'Anvelope de iarnă 205/55 R16',
      'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires',
    ],
    ['ro', 'Ceas de perete rotund', 'Home & Garden > Decor > Clocks > Wall Clocks'],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('a word that is one part of another product keeps to its weight', () => {
  it('a Romanian fridge "with freezer" is a fridge ("congelator" alone is a freezer)', () => {
    // The round-20 classifier read it so; the freezer word at full weight took it to the shelf above.
    expect(pathOf('Frigider cu congelator Samsung', 'ro')).toBe(FRIDGES);
  });
});

describe('words left out because they are another product in another language (guards)', () => {
  // Guards: these passed before; a Finnish "siemen" (seed) read "Siemens", a Romanian "pix" (pen)
  // a Kodak camera line, a Norwegian "ringer" a ringer T-shirt.
  it.each([
    ['Siemens iQ300 dishwasher fully integrated 60 cm', DISHWASHERS],
    ['Kodak PixPro camera black 16MP', 'Cameras & Optics > Cameras > Digital Cameras'],
    ['Kids classic logo ringer tee light blue', 'Apparel & Accessories > Clothing > Shirts & Tops'],
  ])('"%s"', (title, path) => {
    expect(pathOf(title, 'en')).toBe(path);
  });
});
