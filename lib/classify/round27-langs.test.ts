/**
 * Issue #15, round 27: titles in scripts the classifier could not read word by word. Thai (and
 * Lao, Khmer, Myanmar) write no spaces between words and their vowel signs are combining marks;
 * Arabic and Hebrew write the article and short prepositions on the next word. The titles were
 * written for these tests as a shop in those countries writes them (none is taken from an
 * evaluation set); each read wrong or not at all on the round-26 model and code. Code:
 * text.ts/unspaced.ts (marks, segmentation), rules/clitic-prefix.ts and rules/hebrew-construct.ts
 * (read in lexicon.ts), cues.ts ("สำหรับ", the for-prefix); words: scripts/classify/everyday-regions-7.ts.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { normalizeText } from './text';
import { cliticForms, cliticSplits } from './rules/clitic-prefix';
import { absoluteForms } from './rules/hebrew-construct';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

const ART_PENCILS =
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pencils > Art Pencils';
const BED_SHEETS = 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets';
const BOWLS = 'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Bowls';
const CAT_FOOD = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food';
const CHAIRS = 'Furniture > Chairs';
const CHARGERS = 'Electronics > Electronics Accessories > Power > Power Adapters & Chargers';
const DEEP_FRYERS = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers';
const DISH_DETERGENT =
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products > Dish Detergent & Soap';
const FRYING_PANS = 'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans';
const MATTRESSES = 'Furniture > Beds & Accessories > Mattresses';
const HANGERS = 'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Hangers';
const CURTAINS = 'Home & Garden > Decor > Window Treatments > Curtains & Drapes';
const BAR_SOAP = 'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Bar Soap';
const MUGS = 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs';
const PANTS = 'Apparel & Accessories > Clothing > Pants';
const PHONE_ACCESSORIES = 'Electronics > Communications > Telephony > Mobile Phone Accessories';
const PILLOWS = 'Home & Garden > Linens & Bedding > Bedding > Pillows';
const REFRIGERATORS = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators';
const RICE_COOKERS = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Cookers & Steamers > Rice Cookers';
const SHAMPOO = 'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner';
const SHIRTS = 'Apparel & Accessories > Clothing > Shirts & Tops';
const SHOES = 'Apparel & Accessories > Shoes';
const SOCKS = 'Apparel & Accessories > Clothing > Underwear & Socks > Socks';
const SOFAS = 'Furniture > Sofas';
const TABLES = 'Furniture > Tables';
const UNDERWEAR = 'Apparel & Accessories > Clothing > Underwear & Socks > Underwear';
const WARDROBES = 'Furniture > Cabinets & Storage > Armoires & Wardrobes';

describe('scripts whose vowel signs are combining marks (text.ts)', () => {
  it('keeps the marks inside the word instead of cutting the word at each', () => {
    // Round 26: "क र त" and "น าม น": every vowel sign was taken for a gap.
    expect(normalizeText('कुर्ता पुरुषों के लिए')).toBe('कुर्ता पुरुषों के लिए');
    expect(normalizeText('ရှပ်အင်္ကျီ')).not.toContain(' ');
  });

  it('drops the optional vowel points of Arabic and Hebrew, which titles write or leave out', () => {
    expect(normalizeText('كِتَاب')).toBe(normalizeText('كتاب'));
    expect(normalizeText('חוּלְצָה')).toBe(normalizeText('חולצה'));
    // The hamza NFC puts back on its letter is not a point: "مائدة" keeps its "ئ".
    expect(normalizeText('مائدة')).toBe('مائده');
  });
});

describe('Thai, Lao, Khmer and Myanmar titles are cut into words (unspaced.ts)', () => {
  it('cuts a run without spaces at its words, as the word lists are cut', () => {
    expect(normalizeText('หม้อทอดไร้น้ำมัน ขนาด 5 ลิตร')).toBe('หม้อ ทอด ไร้ น้ำมัน ขนาด 5 ลิตร');
    // NFKD splits the vowel "ำ" in two; joined again, "น้ำมัน" (oil) is one word.
    expect(normalizeText('น้ำมันพืช')).toBe('น้ำมัน พืช');
    // The other three scripts' runs are cut by the same segmenter.
    expect(normalizeText('ເສື້ອຍືດຜູ້ຊາຍ').split(' ').length).toBeGreaterThan(1);
    expect(normalizeText('អាវយឺតបុរស').split(' ').length).toBeGreaterThan(1);
    expect(normalizeText('ရှပ်အင်္ကျီအမျိုးသား').split(' ').length).toBeGreaterThan(1);
  });

  describe('without Intl.Segmenter', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.resetModules();
    });
    it('leaves a run whole: read only as one listed word, never as a guessed one', async () => {
      vi.stubGlobal('Intl', {
        ...Object.fromEntries(Object.getOwnPropertyNames(Intl).map((k) => [k, Reflect.get(Intl, k)])),
        Segmenter: undefined,
      });
      Reflect.deleteProperty(globalThis.Intl, 'Segmenter');
      vi.resetModules();
      const text = await import('./text');
      expect(text.normalizeText('หม้อทอดไร้น้ำมัน ขนาด 5 ลิตร')).toBe('หม้อทอดไร้น้ำมัน ขนาด 5 ลิตร');
      const index = await import('./index');
      const bare = index.createClassifier(model);
      // A run of several words reads as none; a one-word title is still its word.
      expect(bare.classify({ title: 'เสื้อยืดผู้ชายคอกลม', lang: 'th' })?.path ?? '').toBe('');
      expect(bare.classify({ title: 'ตู้เสื้อผ้า', lang: 'th' })?.path ?? '').not.toBe(SHIRTS);
    });
  });
});

describe('Thai everyday goods, head first (issue #15)', () => {
  it.each([
    ['หม้อทอดไร้น้ำมัน ขนาด 5 ลิตร', DEEP_FRYERS],
    ['หม้อหุงข้าวไฟฟ้า 1.8 ลิตร', RICE_COOKERS],
    ['เสื้อยืดผู้ชาย คอกลม สีดำ', SHIRTS],
    ['กางเกงยีนส์ขายาว ผู้หญิง', PANTS],
    // The longer phrase wins: "กางเกง ใน" is underwear, not trousers.
    ['กางเกงในผู้หญิง ผ้าฝ้าย แพ็ค 3', UNDERWEAR],
    ['ถุงเท้าข้อสั้น 12 คู่', SOCKS],
    ['รองเท้าผ้าใบ Nike Air Zoom', SHOES],
    ['ตู้เย็น 2 ประตู Samsung 12 คิว', REFRIGERATORS],
    ['ตู้เสื้อผ้าไม้ 3 บาน', WARDROBES],
    ['ผ้าปูที่นอน 6 ฟุต ลายดอกไม้', BED_SHEETS],
    ['หมอนหนุนยางพารา', PILLOWS],
    // Round 28: a work table and an office chair are a desk and an office chair (everyday-regions-9.ts).
    ['โต๊ะทำงานไม้', 'Furniture > Office Furniture > Desks'],
    ['เก้าอี้สำนักงาน ปรับระดับได้', 'Furniture > Office Furniture > Office Chairs'],
    ['กระทะเทฟล่อน 28 ซม.', FRYING_PANS],
    ['แก้วกาแฟเซรามิก', MUGS],
    ['น้ำยาล้างจาน 500 มล.', DISH_DETERGENT],
    ['อาหารแมว รสปลาทูน่า 1.2 กก.', CAT_FOOD],
    ['แชมพูสมุนไพร 400 มล.', SHAMPOO],
    // A word the segmenter does not know mis-cuts the listed word beside it ("กระ ทะ เท ฟ ล่อน",
    // "ที่ นอ นพ็ อก เก็ต"): the listed word is found across the pieces (lexicon.ts joinUnspaced).
    ['ที่นอนพ็อกเก็ตสปริง 6 ฟุต หนา 10 นิ้ว', MATTRESSES],
  ])('%s', (title, path) => {
    expect(pathOf(title, 'th')).toBe(path);
  });

  it('reads what follows "สำหรับ" (for) as what the product is for', () => {
    expect(pathOf('เคสสำหรับ iPhone 15 Pro', 'th')).toBe(PHONE_ACCESSORIES);
  });
});

describe('Arabic and Hebrew prefixes (rules/clitic-prefix.ts)', () => {
  it('offers the word without each prefix it may carry', () => {
    expect(cliticForms('الحذاء')).toContain('حذاء');
    expect(cliticForms('للاطفال')).toContain('اطفال');
    expect(cliticForms('والحقيبه')[0]).toBe('حقيبه');
    expect(cliticForms('החולצה')).toEqual(['חולצה']);
    expect(cliticForms('ובבית')).toContain('בית');
    // "ו" only first, the article only last: "הו..." is no cluster; at least three letters stay.
    expect(cliticForms('הוילון')).toEqual(['וילון']);
    expect(cliticForms('השמלה')).toEqual(['שמלה']);
    expect(cliticForms('לים')).toEqual([]);
    expect(cliticSplits('לאייפון')[0]).toEqual({ rest: 'אייפון', cue: 'ל' });
    expect(cliticSplits('الحذاء')[0].cue).toBeUndefined();
  });

  it.each([
    ['ar', 'الحذاء الرياضي للرجال مقاس 42', SHOES],
    ['ar', 'البنطلون الجينز', PANTS],
    ['ar', 'الجوارب القطنية للأطفال', SOCKS],
    ['ar', 'المقلاة غير اللاصقة 28 سم', FRYING_PANS],
    ['ar', 'والوسادة الطبية', PILLOWS],
    ['ar', 'الطاولة الخشبية', TABLES],
    ['he', 'החולצה הלבנה לגברים', SHIRTS],
    ['he', 'הגרביים לילדים', SOCKS],
    ['he', 'המחבת עם ציפוי', FRYING_PANS],
    ['he', 'הכיסא למשרד', CHAIRS],
    ['he', 'הספה התלת מושבית', SOFAS],
  ])('%s: %s', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });

  it('keeps a word whose first letters are its own ("بنطلون", "מחבת")', () => {
    expect(pathOf('بنطلون جينز رجالي', 'ar')).toBe(PANTS);
    expect(pathOf('מחבת 28 ס"מ', 'he')).toBe(FRYING_PANS);
  });

  it('reads a word with the for-prefix as what the product is for, not the product', () => {
    // Round 26: nothing; read as the laptop once the prefix came off without the cue.
    expect(pathOf('شاحن للابتوب', 'ar')).toBe(CHARGERS);
    expect(pathOf('מטען למחשב נייד', 'he')).toBe(CHARGERS);
    expect(pathOf('طعام للقطط', 'ar')).toBe(CAT_FOOD);
  });

  it('reads a word with the Arabic with-prefix as a feature, not the product', () => {
    // Without the cue: Cooking Oils (the olive oil the soap is made with).
    expect(pathOf('الصابون الطبيعي بزيت الزيتون', 'ar')).toBe(BAR_SOAP);
  });

  it('reads a Hebrew word whose own first "ו" is written double after a prefix', () => {
    expect(cliticForms('הווילון')).toContain('וילון');
    expect(pathOf('הווילון האטום לחדר שינה', 'he')).toBe(CURTAINS);
  });
});

describe('Hebrew construct forms (rules/hebrew-construct.ts)', () => {
  it('reads a construct form by its absolute one', () => {
    expect(absoluteForms('קערת')).toEqual(['קערה']);
    expect(absoluteForms('נעלי')).toContain('נעליים');
    expect(absoluteForms('כוס')).toEqual([]);
    // Plurals the lists hold in the singular.
    expect(absoluteForms('קולבים')).toEqual(['קולב']);
    expect(absoluteForms('מגבות')).toContain('מגבה');
    expect(pathOf('הקולבים מעץ 10 יחידות', 'he')).toBe(HANGERS);
    // A salad bowl; "קערת הגשה" (a serving bowl) is Serveware, a phrase of its own (everyday-pages.ts).
    expect(pathOf('קערת סלט מזכוכית', 'he')).toBe(BOWLS);
  });
});

describe('Arabic everyday words the lists left out', () => {
  it('reads coloured pencils ("ألوان خشب"), not nothing', () => {
    expect(pathOf('ألوان خشب فابر كاستل 36 لون', 'ar')).toBe(ART_PENCILS);
  });
});

describe('furniture parts named by a body-part word (everyday-regions-7.ts FURNITURE_PARTS)', () => {
  const TABLE_LEGS = 'Furniture > Table Accessories > Table Legs';
  it.each([
    // Round 26: Furniture (the head unread), or nothing.
    ['it', 'Gambe per tavolo in metallo nero, set da 4', TABLE_LEGS],
    ['nl', 'Tafelpoten hout 72 cm', TABLE_LEGS],
    ['nl', 'Meubelpoten zwart 4 stuks', TABLE_LEGS],
    ['en', 'Cot sheets fitted 2 pack', BED_SHEETS],
  ])('%s: %s', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });

  it('leaves the prawns and the legs a product is for alone', () => {
    expect(pathOf('Gambas congeladas 500 g', 'es')).toContain('Seafood');
    expect(pathOf('Calze per gambe stanche', 'it')).toContain('Underwear & Socks');
  });
});

describe('hand tools and power goods of the weaker languages (everyday-regions-7.ts WEAK_LANG_TOOLS)', () => {
  it.each([
    // Round 26: nothing (the Slovak pliers: Digital Cameras).
    ['hu', 'Dugókulcs készlet 1/4" + 1/2", 94 részes, kofferben', 'Hardware > Tools > Tool Sets > Hand Tool Sets'],
    ['sv', 'Skiftnyckel 250 mm', 'Hardware > Tools > Wrenches'],
    ['sk', 'Kliešte kombinované 180 mm', 'Hardware > Tools > Pliers'],
    ['no', 'Grenuttak 6 veis', 'Electronics > Electronics Accessories > Power > Power Strips & Surge Suppressors'],
  ])('%s: %s', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });

  it('keeps the mixer tap that shares the battery word', () => {
    expect(pathOf('Μπαταρία κουζίνας', 'el')).toContain('Plumbing');
  });
});

describe('a food word before the product word of another branch (rules/food-modifier.ts)', () => {
  it.each([
    // Round 26: Fruits & Vegetables; the taxonomy's "hanger" (0.5) could not head the title.
    [
      'en',
      'Banana hanger wooden',
      'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Hangers',
    ],
  ])('%s: %s', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });

  it('leaves food named by two food words alone', () => {
    expect(pathOf('Apple juice 1L', 'en')).toBe('Food, Beverages & Tobacco > Beverages > Juice');
    expect(pathOf('Peanut butter crunchy', 'en')).toContain('Food, Beverages & Tobacco');
  });
});
