/**
 * Issue #15, the languages the classifier still read worst (Thai, Hebrew, Arabic, Vietnamese,
 * Indonesian, Malay, Lithuanian, Estonian, Latvian): everyday goods none of the lists named
 * (jewellery, luggage, cosmetics, toys, staples, bedding, tools, car parts, pet and baby goods,
 * garden goods), and words that a piece of another word read as something else. Titles written
 * for these tests as shops of those countries write them (none from an evaluation set). Words:
 * scripts/classify/everyday-regions-9.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { otherForms } from './rules/inflection';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

const NECKLACES = 'Apparel & Accessories > Jewelry > Necklaces';
const RINGS = 'Apparel & Accessories > Jewelry > Rings';
const EARRINGS = 'Apparel & Accessories > Jewelry > Earrings';
const BRACELETS = 'Apparel & Accessories > Jewelry > Bracelets';
const SUITCASES = 'Luggage & Bags > Suitcases';
const LIPSTICK = 'Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup > Lipstick';
const MOISTURIZER = 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer';
const CLEANSERS = 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Facial Cleansers';
const DEODORANT = 'Health & Beauty > Personal Care > Deodorant & Anti-Perspirant';
const JIGSAW = 'Toys & Games > Puzzles > Jigsaw Puzzles';
const BOARD_GAMES = 'Toys & Games > Games > Board Games';
const NOODLES = 'Food, Beverages & Tobacco > Food Items > Pasta & Noodles';
const MILK = 'Food, Beverages & Tobacco > Beverages > Milk';
const FISH_SAUCE = 'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Fish Sauce';
const OFFICE_CHAIRS = 'Furniture > Office Furniture > Office Chairs';
const DESKS = 'Furniture > Office Furniture > Desks';
const BOOKCASES = 'Furniture > Shelving > Bookcases & Standing Shelves';
const QUILTS = 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters';
const CUTTING_BOARDS = 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards';
const FREE_WEIGHTS = 'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights';
const TENTS = 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents';
const WRENCHES = 'Hardware > Tools > Wrenches';
const BITS = 'Hardware > Tool Accessories > Drill & Screwdriver Accessories > Drill & Screwdriver Bits';
const MOTOR_OIL =
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Motor Oil';
const BRAKES = 'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Braking';
const CAT_LITTER = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter';
const LEASHES = 'Animals & Pet Supplies > Pet Supplies > Pet Leashes';
const CAR_SEATS = 'Baby & Toddler > Baby Transport > Baby & Toddler Car Seats';
const HOSES = 'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses';
const PLANTERS = 'Home & Garden > Lawn & Garden > Gardening > Pots & Planters';
const SEEDS = 'Home & Garden > Plants > Seeds';
const PHONE_CASES = 'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases';

describe('everyday goods of the weakest languages', () => {
  it.each([
    ['th', 'สร้อยคอ จี้รูปหัวใจ เงินแท้', NECKLACES],
    ['th', 'ต่างหูห่วง ทองคำขาว', EARRINGS],
    ['th', 'มาสคาร่า ขนตายาว สีดำ', 'Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Mascara'],
    ['th', 'จิ๊กซอว์ 500 ชิ้น ภาพการ์ตูน', JIGSAW],
    ['th', 'เก้าอี้สำนักงาน ล้อเลื่อน', OFFICE_CHAIRS],
    ['th', 'ประแจบล็อก 10 มม.', WRENCHES],
    ['th', 'น้ำมันเครื่อง ดีเซล 10W-30 6 ลิตร', MOTOR_OIL],
    ['th', 'คาร์ซีท ติดรถยนต์ สำหรับเด็กเล็ก', CAR_SEATS],
    ['he', 'טבעת כסף משובצת זרקונים', RINGS],
    ['he', 'פאזל 500 חלקים לילדים', JIGSAW],
    ['he', 'קרם לחות לעור יבש', MOISTURIZER],
    ['he', 'משחק קופסה לכל המשפחה', BOARD_GAMES],
    ['he', 'שולחן כתיבה לחדר ילדים', DESKS],
    ['he', 'רפידות בלמים אחוריות', BRAKES],
    ['he', 'צינור השקיה גמיש 15 מטר', HOSES],
    ['ar', 'قلادة فضة بحرف اسم', NECKLACES],
    ['ar', 'اسوارة فضة نسائية', BRACELETS],
    ['ar', 'مزيل عرق بخاخ للنساء', DEODORANT],
    ['ar', 'خيمة تخييم 6 أشخاص', TENTS],
    ['ar', 'رمل القطط برائحة اللافندر', CAT_LITTER],
    ['vi', 'Vòng cổ bạc nữ mặt đá', NECKLACES],
    ['vi', 'Khuyên tai bạc nữ', EARRINGS],
    ['vi', 'Sữa rửa mặt tạo bọt 100g', CLEANSERS],
    ['vi', 'Bàn học sinh gỗ có giá sách', DESKS],
    ['vi', 'Mũi khoan sắt 6mm', BITS],
    ['id', 'Kalung Titanium Wanita Anti Karat', NECKLACES],
    ['id', 'Koper Kabin 20 inch Hardcase', SUITCASES],
    ['id', 'Kursi Kantor Sandaran Tinggi', OFFICE_CHAIRS],
    ['id', 'Dumbel Hexagonal 10 kg', FREE_WEIGHTS],
    ['id', 'Selang Taman 30 Meter', HOSES],
    ['ms', 'Gincu Cecair Tahan Lama', LIPSTICK],
    ['ms', 'Mee Segera Perisa Tom Yam', NOODLES],
    [
      'ms',
      'Tayar Motosikal 70/90-17',
      'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires',
    ],
    ['lt', 'Auksinė grandinėlė moterims', NECKLACES],
    ['lt', 'Kvepalai vyrams 100 ml', 'Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne'],
    ['lt', 'Antklodė žieminė 140x200', QUILTS],
    ['lt', 'Pavadėlis šunims 5 m', LEASHES],
    ['et', 'Hõbedane kaelakee südamega', NECKLACES],
    ['et', 'Lõikelaud bambusest', CUTTING_BOARDS],
    ['et', 'Piim laktoosivaba 1 l', MILK],
    ['lv', 'Zelta gredzens ar briljantu', RINGS],
    ['lv', 'Ziemas sega 200x220', QUILTS],
    ['lv', 'Keramikas puķu pods ar apakštasīti', PLANTERS],
  ])('%s "%s" is %s', (lang, title, node) => {
    expect(pathOf(title, lang)).toBe(node);
  });
});

describe('a piece of another word is not the product', () => {
  it.each([
    // Vietnamese "hạt" (a seed) folds onto the English hat, "đạm" (protein) onto "đầm" (a dress).
    ['vi', 'Hạt giống dưa hấu', SEEDS],
    ['vi', 'Nước mắm nhĩ 60 độ đạm', FISH_SAUCE],
    // Indonesian "pot" (a flower pot) is the English pot, "ring" a ring spanner, not jewellery.
    ['id', 'Pot Bunga Tanah Liat', PLANTERS],
    ['id', 'Kunci Ring Set 6 pcs', WRENCHES],
    // Malay "muka" (a face) read as flour; Latvian "grāmatu" (of books) as the book.
    ['ms', 'Pencuci Muka Kulit Sensitif', CLEANSERS],
    ['lv', 'Grāmatu plaukts ozola', BOOKCASES],
    // Thai cat litter scented with green tea ("ชาเขียว") is litter, not tea.
    ['th', 'ทรายแมว กลิ่นชาเขียว 5 ลิตร', CAT_LITTER],
    ['th', 'เมล็ดพันธุ์ดอกทานตะวัน', SEEDS],
  ])('%s "%s" is %s', (lang, title, node) => {
    expect(pathOf(title, lang)).toBe(node);
  });

  it('leaves the Dutch copper ("koper") to no suitcase', () => {
    expect(pathOf('Koperen pot met deksel', 'nl')).not.toBe(SUITCASES);
    expect(pathOf('Koper draad 2,5 mm rol', 'nl')).not.toBe(SUITCASES);
  });
});

describe('in a head-first title, the word after a device word qualifies it (score.ts afterDevice)', () => {
  // Rings, beds and clothing sit under "… & Accessories" branches, so they were taken for an
  // accessory named after a device (the head of "Laptop Charger"); in these languages the head
  // comes first and the accessory precedes the device it fits.
  it.each([
    ['th', 'ประแจแหวน 14 มม.', WRENCHES],
    ['ar', 'شرشف سرير مفرد', 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets'],
    ['he', 'סדין מיטה זוגית 160x200', 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets'],
    ['ms', 'Sarung Telefon Samsung A54', PHONE_CASES],
    ['lt', 'Telefono dėklas iPhone 15', PHONE_CASES],
    ['lv', 'Telefona vāciņš Samsung Galaxy S23', PHONE_CASES],
  ])('%s "%s" is %s', (lang, title, node) => {
    expect(pathOf(title, lang)).toBe(node);
  });

  it('keeps the accessory after a device in a head-last title ("Laptop Charger")', () => {
    expect(pathOf('Dell Latitude 5420 Laptop Charger 65W', 'en')).toBe(
      'Electronics > Electronics Accessories > Power > Power Adapters & Chargers',
    );
  });
});

describe('Estonian genitive plurals and juice compounds (rules/inflection.ts)', () => {
  it('reads a genitive plural "-te", "-de" as its noun', () => {
    expect(otherForms('kruvikeerajate', 'et')).toContain('kruvikeeraja');
    expect(otherForms('raamatute', 'et')).toContain('raamatu');
  });

  it.each([
    ['Kruvikeerajate komplekt 6 tk', 'Hardware > Tools > Screwdrivers'],
    ['Apelsinimahl 1 l', 'Food, Beverages & Tobacco > Beverages > Juice'],
  ])('et "%s" is %s', (title, node) => {
    expect(pathOf(title, 'et')).toBe(node);
  });
});

describe("modifiers of these titles that name another language's product (rules/false-friends.ts)", () => {
  it('reads the Indonesian and Malay face ("muka") as no flour', () => {
    expect(pathOf('Bedak Muka Padat', 'id')).not.toContain('Flour');
    expect(pathOf('Serum Muka Vitamin C', 'id')).toBe('Health & Beauty > Personal Care > Cosmetics > Skin Care');
  });

  it('reads the Latvian summer ("vasaras") as no Finnish hammer, which stays one in Finnish', () => {
    expect(pathOf('Vasaras riepas 205/55 R16', 'lv')).toBe(
      'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires',
    );
    expect(pathOf('Vasara 500 g', 'fi')).toBe('Hardware > Tools > Hammers');
  });
});
