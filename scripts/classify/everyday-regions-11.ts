/**
 * Everyday product words of the thirteen weakest title languages of round 23 (issue #15, round
 * 24): Malay, Arabic, Turkish, Slovene, Hebrew, Chinese (Simplified and Traditional), Swedish,
 * Ukrainian, Japanese, Croatian, Lithuanian, Finnish and Danish. Written for this list from
 * ordinary dictionary vocabulary, as shops name the goods (the plural and the compound a shop
 * writes: Finnish "pussilakanasetti", Danish "spisebordsstol", Swedish "sällskapsspel"), none
 * taken from an evaluation title, and only those the classifier did not already read as the
 * concept are listed. One row per concept, one entry per language. Same syntax as synonyms.ts. The
 * model has a size budget, so a concept is listed in the languages where it was found missing and
 * the ones that write it alike, not in all.
 *
 * A word that is another language's word is listed only inside a phrase or left out: Croatian and
 * Slovene "med" (honey) is the Scandinavian "with", so only "cvjetni med", "med cvjetni"; Danish
 * "ski" is English; Malay "tisu" (tissue) is toilet paper too, so "tisu muka"; Hebrew "נר" (a
 * candle) is short enough to be part of a name, so the plural "נרות"; Arabic "منظار" (binoculars)
 * is also an endoscope, so it weighs less alone; Turkish "paspas" (a mat) is any floor mat, so
 * "oto paspas"; Chinese "汽机车" (cars and motorbikes, Taiwan) is a shop's car-parts shelf.
 */
type Lang = 'ms' | 'ar' | 'tr' | 'sl' | 'he' | 'zh' | 'sv' | 'uk' | 'ja' | 'hr' | 'lt' | 'fi' | 'da';

const WORDS: Record<string, Partial<Record<Lang, string>>> = {
  'Apparel & Accessories > Clothing > Traditional & Ceremonial Clothing': {
    ar: 'عباية',
    uk: 'вишиванка, вишиванки',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food > Non-prescription Cat Food': {
    hr: 'granule za mačke',
  },
  'Apparel & Accessories > Shoes': {
    sv: 'kängor',
  },
  'Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories > String Instrument Accessories > Guitar Accessories > Guitar Strings':
    {
      hr: 'gitarske žice, žice za gitaru',
    },
  'Baby & Toddler > Diapering > Baby Wipes': {
    tr: 'ıslak mendil',
  },
  'Business & Industrial > Work Safety Protective Gear': {
    sl: 'delovne rokavice',
  },
  'Cameras & Optics > Optics > Binoculars': {
    ar: 'منظار~0.6',
  },
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': {
    ja: '手帳型',
  },
  'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors': {
    hr: 'zaštitno staklo',
    sv: 'skärmskydd',
    da: 'skærmbeskyttelse',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Honey': {
    hr: 'cvjetni med, med cvjetni',
    sl: 'cvetlični med',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Tahini': {
    he: 'טחינה',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils': {
    sl: 'sončnično olje',
  },
  'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables > Dried Fruits': {
    tr: 'kuru kayısı',
  },
  'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables > Fresh & Frozen Fruits > Dates': {
    ar: 'تمر, تمور',
  },
  'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Buckwheat': {
    lt: 'grikiai',
  },
  'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Oats, Grits & Hot Cereal': {
    fi: 'kaurahiutaleet',
  },
  'Food, Beverages & Tobacco > Food Items > Snack Foods > Crackers': {
    ms: 'kraker',
    sv: 'knäckebröd',
    da: 'knækbrød',
  },
  'Furniture > Chairs > Kitchen & Dining Room Chairs': {
    da: 'spisebordsstol',
  },
  'Furniture > Furniture Sets > Kitchen & Dining Furniture Sets': {
    he: 'פינת אוכל',
  },
  'Furniture > Office Furniture > Desks': {
    tr: 'çalışma masası',
  },
  'Furniture > Office Furniture > Office Chairs': {
    sl: 'pisarniški stol, pisarniški stoli',
  },
  'Furniture > Shelving > Bookcases & Standing Shelves': {
    ja: '本棚',
  },
  'Furniture > Sofas': {
    hr: 'kutna garnitura',
  },
  'Hardware > Tools > Drills > Handheld Power Drills': {
    tr: 'vidalama',
  },
  'Health & Beauty > Personal Care > Vision Care > Eyeglasses': {
    fi: 'lukulasit',
    sv: 'läsglasögon',
    da: 'læsebriller',
  },
  'Home & Garden > Decor > Home Fragrances > Candles': {
    he: 'נרות',
    sv: 'värmeljus',
    da: 'fyrfadslys',
  },
  'Home & Garden > Decor > Home Fragrances > Incense': {
    ar: 'بخور',
  },
  'Home & Garden > Household Supplies > Household Paper Products > Facial Tissues': {
    ms: 'tisu muka',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Pressure Cookers & Canners': {
    he: 'סיר לחץ',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances': {
    ja: 'キッチン家電',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills > Sandwich Makers': {
    tr: 'tost makinesi',
  },
  'Home & Garden > Linens & Bedding > Bedding': {
    ar: 'مفرش سرير, مفارش',
    zh: '四件套, 床上用品',
    fi: 'vuodevaatteet',
  },
  'Home & Garden > Linens & Bedding > Bedding > Bed Sheets': {
    ms: 'cadar',
  },
  'Home & Garden > Linens & Bedding > Bedding > Duvet Covers': {
    fi: 'pussilakana, pussilakanasetti',
  },
  'Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths': {
    sv: 'badlakan',
  },
  'Luggage & Bags > Suitcases': {
    da: 'kuffert, kufferter',
  },
  'Media > Books > Print Books': {
    sv: 'kokbok',
    ja: '料理本, レシピ本',
  },
  'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads': {
    sv: 'kollegieblock',
  },
  'Office Supplies > General Office Supplies > Paper Products > Printer & Copier Paper': {
    tr: 'fotokopi kağıdı',
  },
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens': {
    da: 'kuglepen, kuglepenne',
  },
  'Sporting Goods > Athletics > Basketball > Basketballs': {
    he: 'כדורסל',
    lt: 'krepšinio kamuolys',
  },
  'Sporting Goods > Athletics > Soccer > Soccer Balls': {
    ar: 'كرة قدم',
  },
  'Sporting Goods > Exercise & Fitness > Cardio > Cardio Machines > Exercise Bikes': {
    ar: 'دراجة ثابتة',
  },
  'Sporting Goods > Outdoor Recreation > Cycling > Cycling Apparel & Accessories > Bicycle Helmets': {
    da: 'cykelhjelm',
  },
  'Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Skis': {
    sl: 'smuči',
    hr: 'skije',
    fi: 'sukset, murtomaasukset',
  },
  'Toys & Games > Games > Board Games': {
    sv: 'sällskapsspel, brädspel',
    da: 'brætspil',
    fi: 'lautapeli',
    lt: 'stalo žaidimas, stalo žaidimai',
  },
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals': {
    lt: 'pliušinis meškiukas',
  },
  'Toys & Games > Toys > Remote Control Toys': {
    ar: 'سيارة تحكم عن بعد',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Carpet & Upholstery': {
    tr: 'oto paspas',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires > Automotive Tires':
    {
      zh: '轮胎',
    },
  'Business & Industrial > Work Safety Protective Gear > Hardhats': {
    ar: 'خوذة سلامة',
    he: 'קסדת בטיחות',
    hr: 'zaštitna kaciga',
    sl: 'zaščitna čelada',
    lt: 'apsauginis šalmas',
    ms: 'topi keselamatan',
  },
  'Business & Industrial > Medical > Medical Supplies > Disposable Gloves': {
    ms: 'sarung tangan getah',
    ar: 'قفازات نيتريل',
    he: 'כפפות ניטריל',
    hr: 'nitrilne rukavice',
    sl: 'nitrilne rokavice',
    lt: 'nitrilinės pirštinės',
    tr: 'nitril eldiven',
  },
  'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Materials > Crafting Fibers > Yarn':
    {
      ms: 'benang kait',
      ar: 'خيوط كروشيه',
      he: 'חוטי סריגה',
      hr: 'vuna za pletenje',
      lt: 'mezgimo siūlai',
    },
  'Arts & Entertainment > Party & Celebration > Party Supplies > Balloons': {
    ms: 'belon',
    tr: 'balon',
    ja: 'バルーン',
  },
  'Cameras & Optics > Camera & Optic Accessories > Tripods & Monopods': {
    ar: 'حامل ثلاثي',
    he: 'חצובה',
    lt: 'trikojis',
  },
  'Hardware > Hardware Accessories > Hardware Fasteners > Screws': {
    ms: 'skru',
    he: 'ברגים',
    lt: 'medvaržčiai',
    uk: 'саморізи',
  },
  'Electronics > Print, Copy, Scan & Fax > Printer, Copier & Fax Machine Accessories > Printer Consumables > Toner & Inkjet Cartridges':
    {
      ms: 'dakwat pencetak',
      he: 'ראש דיו',
      sl: 'kartuša',
      tr: 'kartuş',
    },
  'Health & Beauty > Health Care > Biometric Monitors > Medical Thermometers': {
    ms: 'termometer',
    ar: 'ميزان حرارة',
    he: 'מדחום',
    hr: 'toplomjer',
    lt: 'termometras',
    fi: 'kuumemittari',
    tr: 'ateş ölçer',
    zh: '额温枪',
  },
  'Home & Garden > Lighting > Light Bulbs': {
    ms: 'mentol',
    ar: 'لمبة',
    he: 'נורה',
  },
  'Home & Garden > Household Supplies > Garbage Bags': {
    ms: 'beg sampah',
    ar: 'أكياس قمامة',
    he: 'שקיות אשפה',
    hr: 'vrećice za smeće',
    sl: 'vrečke za smeti',
    sv: 'soppåsar',
    tr: 'çöp poşeti',
  },
  'Home & Garden > Lawn & Garden > Gardening > Pots & Planters': {
    lt: 'vazonas, vazonai',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Window Parts & Accessories': {
    hr: 'metlice brisača',
    lt: 'valytuvų šluotelės',
  },
};

/**
 * The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases], a phrase two
 * languages share once.
 */
export const EVERYDAY_REGIONS_11: [string, string][] = Object.entries(WORDS).map(([path, byLang]) => [
  path,
  [...new Set(Object.values(byLang).flatMap((list) => list.split(', ')))].join(', '),
]);
