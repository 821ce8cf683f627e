/**
 * Everyday product words of Indonesian and Malay, Arabic and Hebrew (issue #15), which the
 * classifier hardly read at all, for what people buy most: clothing and underwear, shoes, bags,
 * furniture, bedding, kitchenware, cleaning goods, toys, baby and pet goods, food and drink
 * staples, cosmetics and toiletries, DIY, car parts, sport, stationery and appliances. Written for
 * this list from ordinary dictionary vocabulary (not taken from any evaluation title), then kept
 * only where the model before it read the word wrong or not at all, so a concept's row names only
 * the languages whose word was missing. One row per concept, one entry per language (Malay only
 * where its word is not the Indonesian one). Same syntax as synonyms.ts.
 *
 * The lists are read by every page language, so an Indonesian word that is another language's
 * word for something else is listed only inside a phrase: "kaos kaki" (socks; "kaki" alone is the
 * persimmon), "jam tangan" and "jam dinding" (watch, wall clock; "jam" is jam), "ban mobil" (a
 * tyre; "ban" is English), "kopi bubuk" (ground coffee; Danish and Norwegian "kopi" is a copy),
 * "minyak goreng" (cooking oil), "botol susu" (a baby bottle), "topi pria" (a man's hat; Italian
 * "topi" is mice). Left out: Indonesian "rok" (skirt; Polish and Czech "year"), "aki" (a car
 * battery; a Japanese name). "tas" (a bag) is the Dutch word for a bag too.
 *
 * Arabic "شراب" (socks in Egypt, a drink elsewhere), "جراب" (a phone case, or socks in the Levant),
 * "فرشة" (a mattress, or a brush) and "كأس" (a glass, or a cup won), and Hebrew "עגלה" (any cart)
 * and "מראה" (a mirror, or a look: "מראה טבעי") are left out or listed inside a phrase.
 *
 * Arabic and Hebrew words are listed as a title writes them without the article (the Arabic
 * "ال", the Hebrew "ה"): "قميص", "מחבת"; Hebrew nouns also in the construct form a title puts
 * before their modifier ("נעלי ספורט", sport shoes; "חולצת טי", a T-shirt; "שמלת ערב").
 */
type Lang = 'id' | 'ms' | 'ar' | 'he';

const WORDS: Record<string, Partial<Record<Lang, string>>> = {
  'Apparel & Accessories > Clothing > Shirts & Tops': {
    id: 'kaos, kemeja',
    ar: 'قميص',
    he: 'חולצת',
  },
  'Apparel & Accessories > Clothing > Pants': {
    id: 'celana',
    ms: 'seluar',
    ar: 'بنطلون, بنطال',
    he: 'מכנסיים',
  },
  'Apparel & Accessories > Clothing > Dresses': {
    id: 'gaun',
    he: 'שמלה, שמלת',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Socks': {
    id: 'kaos kaki',
    ms: 'stokin',
    ar: 'جوارب',
    he: 'גרביים',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Underwear': {
    id: 'celana dalam',
    ms: 'seluar dalam',
    ar: 'ملابس داخلية',
    he: 'תחתונים',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Bras': {
    ar: 'حمالة صدر',
    he: 'חזייה',
  },
  'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets': {
    id: 'jaket',
  },
  'Apparel & Accessories > Shoes': {
    id: 'sepatu',
    ms: 'kasut',
    he: 'נעלי',
  },
  'Apparel & Accessories > Handbags, Wallets & Cases > Handbags': {
    id: 'tas, tas selempang',
    ms: 'beg tangan',
    ar: 'حقيبة يد',
    he: 'תיק יד',
  },
  'Luggage & Bags > Backpacks': {
    id: 'tas ransel, ransel',
    ms: 'beg galas',
  },
  'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips': {
    id: 'dompet',
    ar: 'محفظة',
    he: 'ארנק',
  },
  'Apparel & Accessories > Clothing Accessories > Hats': {
    id: 'topi pria, topi baseball',
    ar: 'قبعة',
    he: 'כובע',
  },
  'Apparel & Accessories > Clothing Accessories > Sunglasses': {
    id: 'kacamata hitam',
    ar: 'نظارة شمسية',
    he: 'משקפי שמש',
  },
  'Apparel & Accessories > Jewelry > Watches': {
    id: 'jam tangan',
    ar: 'ساعة يد',
    he: 'שעון יד',
  },
  'Furniture > Tables': {
    id: 'meja',
    ar: 'طاولة',
    he: 'שולחן',
  },
  'Furniture > Chairs': {
    id: 'kursi',
    ms: 'kerusi',
    ar: 'كرسي',
    he: 'כיסא',
  },
  'Furniture > Cabinets & Storage > Armoires & Wardrobes': {
    id: 'lemari',
    ms: 'almari',
    ar: 'خزانة ملابس',
    he: 'ארון בגדים',
  },
  'Furniture > Beds & Accessories > Beds & Bed Frames': {
    id: 'ranjang',
    ms: 'katil',
    ar: 'سرير',
    he: 'מיטה',
  },
  'Furniture > Beds & Accessories > Mattresses': {
    id: 'kasur',
    ms: 'tilam',
    ar: 'مرتبة',
    he: 'מזרן',
  },
  'Home & Garden > Linens & Bedding > Bedding > Pillows': {
    id: 'bantal',
    ar: 'وسادة',
    he: 'כרית',
  },
  'Home & Garden > Linens & Bedding > Bedding > Blankets': {
    id: 'selimut',
    ar: 'بطانية',
    he: 'שמיכה',
  },
  'Home & Garden > Linens & Bedding > Bedding > Bed Sheets': {
    id: 'sprei',
    ms: 'cadar katil',
    ar: 'شرشف',
    he: 'סדין',
  },
  'Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths': {
    id: 'handuk',
    ms: 'tuala',
    ar: 'منشفة',
    he: 'מגבת',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans': {
    id: 'wajan',
    ms: 'kuali',
    ar: 'مقلاة',
    he: 'מחבת',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware': {
    id: 'panci',
    ms: 'periuk',
    ar: 'طنجرة, أواني طبخ',
    he: 'סיר',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Pressure Cookers & Canners': {
    ar: 'طنجرة ضغط',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates': {
    id: 'piring',
    ms: 'pinggan',
    ar: 'صحن, صحون',
    he: 'צלחת',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware': {
    id: 'gelas',
    he: 'כוסות',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs': {
    id: 'cangkir',
    ar: 'كوب',
    he: 'ספל',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Flatware': {
    id: 'sendok, garpu',
    ar: 'ملعقة',
    he: 'סכו״ם',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': {
    id: 'pisau',
    ar: 'سكين',
    he: 'סכין',
  },
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products > Dish Detergent & Soap':
    {
      id: 'sabun cuci piring',
      ar: 'سائل جلي',
      he: 'סבון כלים',
    },
  'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent': {
    id: 'deterjen',
    ar: 'مسحوق غسيل',
    he: 'אבקת כביסה',
  },
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products > Floor Cleaners': {
    id: 'pembersih lantai',
    ar: 'منظف أرضيات',
    he: 'מנקה רצפות',
  },
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Brooms': {
    id: 'sapu',
    he: 'מטאטא',
  },
  'Home & Garden > Household Supplies > Waste Containment > Trash Cans & Wastebaskets': {
    id: 'tempat sampah',
    ar: 'سلة مهملات',
    he: 'פח אשפה',
  },
  'Toys & Games > Toys': {
    id: 'mainan',
    ar: 'لعبة',
  },
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls': {
    id: 'boneka',
    ar: 'دمية',
    he: 'בובה',
  },
  'Baby & Toddler > Diapering > Diapers': {
    id: 'popok',
    ms: 'lampin',
    ar: 'حفاضات',
    he: 'חיתולים',
  },
  'Baby & Toddler > Nursing & Feeding > Baby Bottles': {
    id: 'botol susu',
    ar: 'رضاعة',
    he: 'בקבוק לתינוק',
  },
  'Baby & Toddler > Baby Transport > Baby Strollers': {
    id: 'kereta dorong',
    ar: 'عربة أطفال',
    he: 'עגלת תינוק',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food': {
    id: 'makanan kucing',
    ar: 'طعام قطط',
    he: 'מזון לחתולים',
  },
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food': {
    id: 'makanan anjing',
    ar: 'طعام كلاب',
    he: 'מזון לכלבים',
  },
  'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Rice': {
    id: 'beras',
    ar: 'أرز',
    he: 'אורז',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils': {
    id: 'minyak goreng',
    ar: 'زيت زيتون',
    he: 'שמן זית',
  },
  'Food, Beverages & Tobacco > Beverages > Coffee': {
    id: 'kopi bubuk',
  },
  'Food, Beverages & Tobacco > Beverages > Tea & Infusions': {
    id: 'teh celup',
    ar: 'شاي',
    he: 'תה',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Honey': {
    id: 'madu',
    ar: 'عسل',
    he: 'דבש',
  },
  'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner': {
    id: 'sampo',
    ar: 'شامبو',
    he: 'שמפו',
  },
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash': {
    id: 'sabun mandi cair',
    ar: 'جل استحمام',
    he: 'ג׳ל רחצה',
  },
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Liquid Hand Soap': {
    ar: 'صابون سائل',
    he: 'סבון נוזלי',
  },
  'Health & Beauty > Personal Care > Oral Care > Toothpaste': {
    id: 'pasta gigi',
    ar: 'معجون أسنان',
    he: 'משחת שיניים',
  },
  'Health & Beauty > Personal Care > Oral Care > Toothbrushes': {
    id: 'sikat gigi',
    ar: 'فرشاة أسنان',
    he: 'מברשת שיניים',
  },
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup > Lipstick': {
    id: 'lipstik',
    ar: 'أحمر شفاه',
    he: 'שפתון',
  },
  'Hardware > Tools > Drills': {
    id: 'bor listrik',
  },
  'Hardware > Tools > Screwdrivers': {
    id: 'obeng',
    ar: 'مفك',
    he: 'מברג',
  },
  'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers': {
    id: 'mesin potong rumput',
    ar: 'جزازة عشب',
    he: 'מכסחת דשא',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires':
    {
      id: 'ban mobil',
      ar: 'إطار سيارة',
      he: 'צמיג',
    },
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycles': {
    id: 'sepeda',
    ms: 'basikal',
  },
  'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats': {
    id: 'matras yoga',
  },
  'Sporting Goods > Athletics > Soccer > Soccer Balls': {
    id: 'bola sepak',
  },
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens': {
    id: 'pulpen',
    ar: 'قلم حبر',
    he: 'עט',
  },
  'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads': {
    id: 'buku tulis',
    ar: 'دفتر',
    he: 'מחברת',
  },
  'Media > Books': {
    id: 'buku cerita',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators': {
    id: 'kulkas',
    ms: 'peti sejuk',
  },
  'Home & Garden > Household Appliances > Laundry Appliances > Irons & Ironing Systems': {
    id: 'setrika',
    ms: 'seterika',
    ar: 'مكواة',
    he: 'מגהץ',
  },
  'Home & Garden > Household Appliances > Climate Control Appliances > Fans': {
    id: 'kipas angin',
    ar: 'مروحة',
    he: 'מאוורר',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders': {
    ar: 'خلاط',
    he: 'בלנדר',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Cookers & Steamers > Rice Cookers': {
    id: 'penanak nasi',
    ms: 'periuk nasi',
  },
  'Electronics > Video > Televisions': {
    ar: 'تلفزيون',
    he: 'טלוויזיה',
  },
  'Electronics > Audio > Audio Components > Headphones & Headsets': {
    ar: 'سماعات',
    he: 'אוזניות',
  },
  'Electronics > Communications > Telephony > Mobile Phones': {
    id: 'ponsel',
    ar: 'هاتف',
    he: 'סמארטפון',
  },
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': {
    id: 'casing hp',
    ar: 'كفر جوال',
  },
  'Home & Garden > Decor > Mirrors': {
    id: 'cermin',
    ar: 'مرآة',
    he: 'מראת קיר',
  },
  'Home & Garden > Decor > Clocks > Wall Clocks': {
    id: 'jam dinding',
    ar: 'ساعة حائط',
    he: 'שעון קיר',
  },
  'Home & Garden > Lighting > Light Bulbs': {
    id: 'lampu led',
  },
  'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Shoe Racks & Organizers': {
    id: 'rak sepatu',
  },
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_REGIONS_6: [string, string][] = Object.entries(WORDS).map(([path, byLang]) => [
  path,
  Object.values(byLang).join(', '),
]);
