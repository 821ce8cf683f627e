/**
 * Issue #15, everyday goods in Indonesian, Malay, Arabic and Hebrew, which the classifier hardly
 * read at all. The titles were written for these tests as a shop in those countries writes them
 * (none is taken from an evaluation set); each read wrong or not at all on the round-25 model and
 * code. The words are in scripts/classify/everyday-regions-6.ts; the for- and with-cues of the four
 * languages are in cues.ts, and their titles read head first (lexicon.ts HEAD_FIRST_LANGS);
 * Arabic letters written either way are folded by text.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { normalizeText } from './text';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

const BACKPACKS = 'Luggage & Bags > Backpacks';
const BED_SHEETS = 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets';
const BEDS = 'Furniture > Beds & Accessories > Beds & Bed Frames';
const BLANKETS = 'Home & Garden > Linens & Bedding > Bedding > Blankets';
const BODY_WASH = 'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash';
const BROOMS = 'Home & Garden > Household Supplies > Household Cleaning Supplies > Brooms';
const CAT_FOOD = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food';
const COFFEE = 'Food, Beverages & Tobacco > Beverages > Coffee';
const COOKING_OILS = 'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils';
const COOKWARE = 'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware';
const DIAPERS = 'Baby & Toddler > Diapering > Diapers';
const DISH_DETERGENT =
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products > Dish Detergent & Soap';
const DOG_FOOD = 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food';
const DOLLS = 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls';
const DRESSES = 'Apparel & Accessories > Clothing > Dresses';
const FRYING_PANS = 'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans';
const HANDBAGS = 'Apparel & Accessories > Handbags, Wallets & Cases > Handbags';
const HATS = 'Apparel & Accessories > Clothing Accessories > Hats';
const HEADPHONES = 'Electronics > Audio > Audio Components > Headphones & Headsets';
const HONEY = 'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Honey';
const IRONS = 'Home & Garden > Household Appliances > Laundry Appliances > Irons & Ironing Systems';
const KNIVES = 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives';
const LAUNDRY_DETERGENT = 'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent';
const MATTRESSES = 'Furniture > Beds & Accessories > Mattresses';
const MOBILE_PHONES = 'Electronics > Communications > Telephony > Mobile Phones';
const MUGS = 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs';
const PANTS = 'Apparel & Accessories > Clothing > Pants';
const PENS = 'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens';
const PILLOWS = 'Home & Garden > Linens & Bedding > Bedding > Pillows';
const PLATES = 'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates';
const PRESSURE_COOKERS =
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Pressure Cookers & Canners';
const RICE = 'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Rice';
const RICE_COOKERS = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Cookers & Steamers > Rice Cookers';
const SHAMPOO = 'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner';
const SHIRTS = 'Apparel & Accessories > Clothing > Shirts & Tops';
const SHOES = 'Apparel & Accessories > Shoes';
const SOCKS = 'Apparel & Accessories > Clothing > Underwear & Socks > Socks';
const STROLLERS = 'Baby & Toddler > Baby Transport > Baby Strollers';
const SUNGLASSES = 'Apparel & Accessories > Clothing Accessories > Sunglasses';
const TABLES = 'Furniture > Tables';
const TEA = 'Food, Beverages & Tobacco > Beverages > Tea & Infusions';
const TIRES =
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires';
const TOOTHBRUSHES = 'Health & Beauty > Personal Care > Oral Care > Toothbrushes';
const TOOTHPASTE = 'Health & Beauty > Personal Care > Oral Care > Toothpaste';
const TOYS = 'Toys & Games > Toys';
const UNDERWEAR = 'Apparel & Accessories > Clothing > Underwear & Socks > Underwear';
const WALL_CLOCKS = 'Home & Garden > Decor > Clocks > Wall Clocks';
const WALLETS = 'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips';
const WARDROBES = 'Furniture > Cabinets & Storage > Armoires & Wardrobes';
const WATCHES = 'Apparel & Accessories > Jewelry > Watches';

describe('Indonesian and Malay everyday goods (issue #15)', () => {
  it.each([
    ['Kaos Pria Lengan Pendek Hitam', SHIRTS],
    ['Kemeja Pria Lengan Panjang', SHIRTS],
    // Round 25: Benches ("panca" in the Italian lists).
    ['Panci Masak Stainless 24 cm', COOKWARE],
    ['Wajan Anti Lengket 28 cm', FRYING_PANS],
    // Round 25: Fruits & Vegetables ("kaki", the persimmon).
    ['Kaos Kaki Pria Olahraga', SOCKS],
    ['Celana Dalam Wanita Katun isi 3', UNDERWEAR],
    // Round 25: Condiments & Sauces; a head-last reading also makes "pesta" (party) the head.
    ['Gaun Pesta Wanita', DRESSES],
    ['Tas Selempang Wanita Kulit', HANDBAGS],
    // Round 25: Laptops.
    ['Tas Ransel Laptop 15 inch', BACKPACKS],
    ['Dompet Pria Kulit Asli', WALLETS],
    ['Topi Baseball Polos', HATS],
    ['Kacamata Hitam Wanita', SUNGLASSES],
    // Round 25: Jams & Jellies.
    ['Jam Tangan Pria', WATCHES],
    ['Jam Dinding Minimalis', WALL_CLOCKS],
    // Round 28: a study table and an office chair are a desk and an office chair (everyday-regions-9.ts).
    ['Meja Belajar Kayu', 'Furniture > Office Furniture > Desks'],
    ['Kursi Kantor Ergonomis', 'Furniture > Office Furniture > Office Chairs'],
    ['Lemari Pakaian 2 Pintu', WARDROBES],
    ['Kasur Busa 160x200', MATTRESSES],
    ['Bantal Tidur Dacron', PILLOWS],
    ['Selimut Bulu Lembut', BLANKETS],
    ['Sprei Katun Motif Bunga', BED_SHEETS],
    ['Piring Keramik Set 6', PLATES],
    ['Pisau Dapur Serbaguna', KNIVES],
    // Round 25: Bar Soap.
    ['Sabun Cuci Piring 800 ml', DISH_DETERGENT],
    ['Sabun Mandi Cair 450 ml', BODY_WASH],
    ['Deterjen Cair 1 L', LAUNDRY_DETERGENT],
    ['Sapu Lantai Ijuk', BROOMS],
    // Round 28: a teddy bear is a stuffed animal.
    ['Boneka Beruang Besar', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals'],
    ['Popok Bayi Celana Ukuran M', DIAPERS],
    ['Kereta Dorong Bayi Lipat', STROLLERS],
    ['Makanan Kucing 1 kg', CAT_FOOD],
    ['Beras Premium 5 kg', RICE],
    ['Minyak Goreng 2 Liter', COOKING_OILS],
    ['Kopi Bubuk Arabika 250 gr', COFFEE],
    ['Madu Murni 500 gr', HONEY],
    ['Sampo Anti Ketombe 340 ml', SHAMPOO],
    // Round 25: Pasta & Noodles.
    ['Pasta Gigi 190 gr', TOOTHPASTE],
    ['Sikat Gigi Lembut', TOOTHBRUSHES],
    ['Ban Mobil 185/65 R15', TIRES],
    ['Pulpen Gel Hitam isi 12', PENS],
    ['Setrika Uap', IRONS],
  ])('id: %s', (title, path) => {
    expect(pathOf(title, 'id')).toBe(path);
  });

  it.each([
    ['Kasut Sukan Lelaki', SHOES],
    ['Seluar Panjang Lelaki', PANTS],
    ['Beg Galas Sekolah', BACKPACKS],
    ['Periuk Nasi Elektrik', RICE_COOKERS],
    // Round 25: Refrigerators.
    ['Kuali Non Stick 30 cm', FRYING_PANS],
    ['Tilam Queen Size', MATTRESSES],
    ['Cadar Katil Queen', BED_SHEETS],
  ])('ms: %s', (title, path) => {
    expect(pathOf(title, 'ms')).toBe(path);
  });

  it('reads "untuk" (for) as a for-cue: the case is the product, not the phone it fits', () => {
    // Round 25, and without the cue: Mobile Phones.
    expect(pathOf('Casing untuk iPhone 13 Pro', 'id')).toMatch(
      /^Electronics > Communications > Telephony > Mobile Phone Accessories/,
    );
    expect(pathOf('Tas untuk Laptop 14 inch', 'id')).toBe(HANDBAGS);
    expect(pathOf('Mainan untuk Kucing Bola', 'id')).toBe(TOYS);
  });

  it('keeps the words of other languages that an Indonesian word is spelled like', () => {
    expect(pathOf('Sabun Cuci Piring Jeruk Nipis', 'id')).toBe(DISH_DETERGENT);
    expect(pathOf('Trappola per topi', 'it')).not.toBe(HATS);
  });
});

describe('Arabic everyday goods (issue #15)', () => {
  it.each([
    ['قميص رجالي قطن أسود', SHIRTS],
    ['مقلاة غير لاصقة 28 سم', FRYING_PANS],
    ['بنطلون جينز رجالي', PANTS],
    ['حقيبة يد نسائية جلد', HANDBAGS],
    ['جوارب قطنية رجالية', SOCKS],
    ['ملابس داخلية نسائية', UNDERWEAR],
    ['طنجرة ضغط 6 لتر', PRESSURE_COOKERS],
    // Round 25: Coffee; it is the head-first reading that keeps the mug ("كوب") over the coffee.
    ['كوب قهوة سيراميك', MUGS],
    ['صحون تقديم', PLATES],
    ['طاولة طعام خشب', TABLES],
    ['سرير مزدوج', BEDS],
    ['مرتبة طبية 160×200', MATTRESSES],
    ['وسادة نوم', PILLOWS],
    ['شامبو للشعر 400 مل', SHAMPOO],
    ['معجون أسنان', TOOTHPASTE],
    ['لعبة أطفال', TOYS],
    ['دمية باربي', DOLLS],
    ['حفاضات أطفال مقاس 4', DIAPERS],
    ['عربة أطفال', STROLLERS],
    ['طعام قطط جاف', CAT_FOOD],
    ['أرز بسمتي 5 كغ', RICE],
    ['شاي أخضر', TEA],
    ['ساعة يد رجالية', WATCHES],
    ['هاتف ذكي سامسونج', MOBILE_PHONES],
    ['سماعات بلوتوث', HEADPHONES],
    ['إطار سيارة', TIRES],
  ])('ar: %s', (title, path) => {
    expect(pathOf(title, 'ar')).toBe(path);
  });
});

describe('Arabic spelling variants (issue #15)', () => {
  it('reads an alef without its hamza and a closing "ه" for "ة" as the listed word', () => {
    // Round 25 and before the folding: nothing.
    expect(pathOf('احذية رياضية رجالية', 'ar')).toBe(SHOES);
    expect(pathOf('مقلاه غير لاصقه', 'ar')).toBe(FRYING_PANS);
    expect(normalizeText('أحذية مقلاة')).toBe(normalizeText('احذية مقلاه'));
  });
});

describe('Hebrew everyday goods (issue #15)', () => {
  it.each([
    // Construct forms before their modifier: "חולצת טי" (a T-shirt), "נעלי ספורט" (sport shoes).
    ['חולצת טי לגברים שחורה', SHIRTS],
    ['נעלי ספורט לנשים', SHOES],
    ["מכנסיים ג'ינס לגברים", PANTS],
    ['שמלת ערב', DRESSES],
    ['תיק יד לנשים', HANDBAGS],
    ['גרביים לגברים 5 זוגות', SOCKS],
    ['מחבת נון סטיק 28 ס"מ', FRYING_PANS],
    // Round 25: Coffee; it is the head-first reading that keeps the mug ("ספל") over the coffee.
    ['ספל קפה', MUGS],
    ['סכין שף', KNIVES],
    ['שולחן אוכל', TABLES],
    ['מזרן אורתופדי', MATTRESSES],
    ['שמיכה חורפית', BLANKETS],
    ['שמפו לשיער', SHAMPOO],
    ['מברשת שיניים', TOOTHBRUSHES],
    ['בובה', DOLLS],
    ['חיתולים מידה 4', DIAPERS],
    ['מזון לכלבים', DOG_FOOD],
    ['דבש', HONEY],
    ['משקפי שמש', SUNGLASSES],
    ['מגהץ', IRONS],
    ['עט כדורי', PENS],
    ['צמיג', TIRES],
  ])('he: %s', (title, path) => {
    expect(pathOf(title, 'he')).toBe(path);
  });
});
