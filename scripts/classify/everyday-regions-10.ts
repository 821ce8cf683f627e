/**
 * Everyday product words of thirteen smaller title languages (issue #15, round 23): Estonian,
 * Hebrew, Bulgarian, Lithuanian, Slovene, Latvian, Slovak, Norwegian, Arabic, Hungarian, Greek,
 * Vietnamese and Malay. Written for this list from ordinary dictionary vocabulary, as shops name the
 * goods (the plural where a shop sells them so), none taken from an evaluation title: about 1,700
 * everyday words of those languages were written concept by concept (clothing, shoes, jewellery,
 * toiletries, food and drink, bedding, furniture, kitchen goods and appliances, toys, sport, tools,
 * electronics, baby, pet, car, garden, office, luggage, cleaning goods), and only those the
 * classifier did not already read as the concept, alone, are listed here. One row per concept, one
 * entry per language. Same syntax as synonyms.ts.
 *
 * The words are curated words of every language, so a word that is another language's word is
 * listed only inside a phrase or left out: Malay "cermin" (a mirror) reads glasses in "cermin mata",
 * "tuala" (a towel) sanitary pads in "tuala wanita", "fon" headphones in "fon kepala", "air"
 * (water) is English and listed only as "air mineral", "air minuman", "coklat" (chocolate) is also
 * brown; Vietnamese syllables lose their tone marks in the key ("dép", sandals, is "đẹp",
 * beautiful; "gối", a pillow, "gói", a pack; "bỉm", diapers, "bim bim", a snack), so they are
 * listed as phrases ("dép tông", "gối nằm", "bỉm dán"); Slovene "stol" (a chair) is the Polish
 * table, "miška" (a mouse) the Czech bowl, "med" (honey) the Norwegian "with", "pas" (a belt) the
 * French "not"; Slovak "pero" (a pen) is Spanish, "rifle" (jeans) English; Norwegian "dress" is a
 * suit, "ost" (cheese) a German east, "te" (tea) a Romance pronoun; Bulgarian "стол" (a chair) is
 * the Russian table, "пола" (a skirt) the Russian floor, "мишка" (a mouse) a teddy bear;
 * Hungarian "fogó" (pliers) is Portuguese fire, "baba" (a doll) a baby; Greek "ελαστικά" (tyres)
 * is also elastic, "τζιν" jeans and gin, "βάζο" a vase and a jar; Hebrew "מראה" (a mirror) is
 * also a look, "קולר" (a collar) a water cooler; Latvian "maize" (bread) is English, "šalle"
 * and Estonian "sall" (a scarf) the French "salle" ("salle de bain"), "austiņas" (headphones)
 * folds to "Austin" (so "bezvadu austiņas", wireless); Estonian "lutt" (a dummy) is the French
 * "lutte"; Malay "pensel" (a pencil) the Swedish and Danish paintbrush, "kek" (a cake) the German
 * and Serbian "Keks" (a biscuit). Left out as another product's word in the language itself:
 * Hebrew "סט כלים" is a set of dishes as often as of tools; Vietnamese "bộ dụng cụ" (a kit) names
 * drawing and craft kits too, "điện thoại" (a phone) what a book or an accessory is about; Estonian
 * "küünal" (a candle) church and grave candles, which are religious goods.
 */
type Lang = 'et' | 'he' | 'bg' | 'lt' | 'sl' | 'lv' | 'sk' | 'no' | 'ar' | 'hu' | 'el' | 'vi' | 'ms';

const WORDS: Record<string, Partial<Record<Lang, string>>> = {
  'Animals & Pet Supplies > Pet Supplies': {
    lv: 'sausā barība',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food > Non-prescription Cat Food': {
    et: 'kassi kuivtoit',
    he: 'מזון יבש לחתולים',
    lt: 'maistas katėms',
    lv: 'barība kaķiem',
    ar: 'طعام جاف للقطط',
    vi: 'hạt cho mèo',
  },
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food > Non-prescription Dog Food': {
    et: 'koera kuivtoit',
    he: 'מזון יבש לכלבים',
    lt: 'maistas šunims, ėdalas šunims',
    lv: 'barība suņiem',
    ar: 'طعام جاف للكلاب',
    vi: 'thức ăn hạt cho chó, hạt cho chó',
  },
  'Animals & Pet Supplies > Pet Supplies > Pet Collars & Harnesses': {
    el: 'κολάρο',
    et: 'kaelarihm',
    lt: 'antkaklis',
    sl: 'ovratnica',
    lv: 'kakla siksna',
    sk: 'obojok',
    ar: 'طوق كلب',
    vi: 'vòng cổ chó',
  },
  'Apparel & Accessories > Clothing > Dresses': {
    vi: 'váy',
  },
  'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets': {
    he: "ז'קט",
    no: 'kåpe',
  },
  'Apparel & Accessories > Clothing > Pants': {
    et: 'teksased',
    he: "ג'ינס",
    ar: 'جينز',
  },
  'Apparel & Accessories > Clothing > Shirts & Tops': {
    et: 'kampsun',
    he: "סוודר, קפוצ'ון",
    ar: 'سويتر',
  },
  'Apparel & Accessories > Clothing > Sleepwear & Loungewear': {
    no: 'pysj',
    ar: 'بيجامة',
  },
  'Apparel & Accessories > Clothing > Traditional & Ceremonial Clothing': {
    ms: 'baju kurung, baju melayu, kain pelikat',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Socks': {
    vi: 'tất nam, tất nữ, tất cổ',
    ms: 'sarung kaki',
  },
  'Apparel & Accessories > Clothing Accessories > Belts': {
    lv: 'josta',
  },
  'Apparel & Accessories > Clothing Accessories > Hats': {
    el: 'σκουφάκι',
  },
  'Apparel & Accessories > Clothing Accessories > Scarves & Shawls': {
    ar: 'وشاح',
    he: 'צעיף',
  },
  'Apparel & Accessories > Clothing Accessories > Sunglasses': {
    et: 'päikeseprillid',
    lv: 'saulesbrilles',
    vi: 'kính mát',
    ms: 'cermin mata hitam, kaca mata hitam',
  },
  'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips': {
    bg: 'портмоне',
    ms: 'beg duit',
  },
  'Apparel & Accessories > Shoes': {
    et: 'jooksujalatsid, jalatsid',
    bg: 'джапанки',
    lt: 'bėgimo bateliai, bateliai',
    vi: 'dép tông',
  },
  'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Tools > Textile Craft Machines > Sewing Machines':
    {
      ms: 'mesin jahit',
    },
  'Baby & Toddler > Baby Health > Pacifiers & Teethers': {
    he: 'מוצץ',
    bg: 'залъгалка',
    lv: 'knupis',
    ar: 'لهاية',
    vi: 'núm ti',
    ms: 'puting',
  },
  'Baby & Toddler > Baby Transport > Baby & Toddler Car Seats': {
    sl: 'avtosedež',
  },
  'Baby & Toddler > Diapering > Diapers': {
    he: 'טיטולים',
  },
  'Baby & Toddler > Nursing & Feeding > Baby & Toddler Food > Baby Formula': {
    ms: 'susu formula',
  },
  'Baby & Toddler > Nursing & Feeding > Baby Bottles': {
    sl: 'steklenička',
  },
  'Electronics > Audio > Audio Components > Headphones & Headsets': {
    ms: 'fon telinga',
  },
  'Electronics > Audio > Audio Components > Headphones & Headsets > Headphones': {
    et: 'kõrvaklapid',
    lv: 'bezvadu austiņas',
    ms: 'fon kepala',
  },
  'Electronics > Audio > Audio Components > Speakers': {
    et: 'kõlar',
    he: 'רמקול',
    lt: 'kolonėlė',
    lv: 'skaļrunis',
    ar: 'مكبر صوت, سماعة بلوتوث',
    vi: 'loa bluetooth',
    ms: 'pembesar suara',
  },
  'Electronics > Communications > Telephony > Mobile Phones': {
    he: 'טלפון סלולרי',
    lv: 'viedtālrunis',
    ar: 'جوال',
  },
  'Electronics > Computers > Laptops': {
    et: 'sülearvuti',
    sl: 'prenosni računalnik',
    lv: 'portatīvais dators, klēpjdators',
    ms: 'komputer riba',
  },
  'Electronics > Computers > Tablet Computers': {
    et: 'tahvelarvuti',
    he: 'טאבלט',
    bg: 'таблет',
    lt: 'planšetinis kompiuteris',
    sl: 'tablični računalnik',
    lv: 'planšetdators',
    no: 'nettbrett',
    ar: 'تابلت',
    vi: 'máy tính bảng',
  },
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards': {
    et: 'klaviatuur',
    he: 'מקלדת',
    bg: 'клавиатура',
    lt: 'klaviatūra',
    lv: 'klaviatūra',
    ar: 'لوحة مفاتيح',
    vi: 'bàn phím',
    ms: 'papan kekunci',
  },
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs': {
    et: 'hiir',
    he: 'עכבר',
    lv: 'datorpele',
    ar: 'ماوس',
    el: 'ποντίκι',
    vi: 'chuột máy tính',
    ms: 'tetikus',
  },
  'Electronics > Electronics Accessories > Computer Components > Storage Devices > USB Flash Drives': {
    et: 'mälupulk',
    he: 'דיסק און קי',
    bg: 'флашка',
    ar: 'فلاش ميموري',
    hu: 'pendrive',
    el: 'στικάκι',
  },
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': {
    ms: 'casing telefon, casing hp, casing handphone',
  },
  'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors': {
    bg: 'протектор за екран',
    sl: 'zaščitno steklo',
    sk: 'ochranné sklo',
    ar: 'واقي شاشة',
  },
  'Electronics > Electronics Accessories > Power > Batteries': {
    ms: 'bateri',
  },
  'Electronics > Electronics Accessories > Power > Power Adapters & Chargers': {
    lt: 'įkroviklis',
    lv: 'lādētājs',
    vi: 'củ sạc',
    ms: 'pengecas',
  },
  'Electronics > Video > Televisions': {
    et: 'teler',
  },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits > Vodka': {
    et: 'viin',
    lv: 'degvīns',
  },
  'Food, Beverages & Tobacco > Beverages > Coffee': {
    lt: 'kavos pupelės',
  },
  'Food, Beverages & Tobacco > Beverages > Juice': {
    sl: 'sok',
    ms: 'air kotak',
  },
  'Food, Beverages & Tobacco > Beverages > Milk': {
    bg: 'прясно мляко',
    sk: 'mlieko',
    hu: 'tej',
    ms: 'susu tepung',
  },
  'Food, Beverages & Tobacco > Beverages > Water': {
    ms: 'air minuman',
  },
  'Food, Beverages & Tobacco > Food Items > Bakery > Breads & Buns': {
    et: 'rukkileib',
  },
  'Food, Beverages & Tobacco > Food Items > Bakery > Cookies': {
    et: 'küpsised',
    he: 'עוגיות',
    bg: 'бисквити',
    lt: 'sausainiai',
    sl: 'piškoti',
    lv: 'cepumi',
    sk: 'sušienky',
    ar: 'بسكويت',
    el: 'μπισκότα',
    vi: 'bánh quy',
    ms: 'biskut',
  },
  'Food, Beverages & Tobacco > Food Items > Candy & Chocolate': {
    ms: 'gula-gula',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Hot Sauce': {
    ms: 'sos cili',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Soy Sauce': {
    ms: 'kicap',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils': {
    et: 'oliiviõli, päevalilleõli',
    lv: 'olīveļļa, saulespuķu eļļa',
    ms: 'minyak zaitun, minyak kelapa',
  },
  'Furniture > Chairs > Arm Chairs, Recliners & Sleeper Chairs': {
    et: 'tugitool',
    he: 'כורסה',
    bg: 'фотьойл',
    lt: 'fotelis',
    sl: 'fotelj',
  },
  'Furniture > Sofas': {
    sl: 'trosed',
  },
  'Hardware > Tools > Drills': {
    he: 'מברגה',
  },
  'Hardware > Tools > Flashlights & Headlamps > Flashlights': {
    ms: 'lampu suluh',
  },
  'Hardware > Tools > Grinders': {
    et: 'nurklihvija',
    he: 'משחזת',
    lt: 'kampinis šlifuoklis',
    lv: 'leņķa slīpmašīna',
    ar: 'صاروخ جلخ',
    vi: 'máy mài',
  },
  'Hardware > Tools > Pliers': {
    bg: 'клещи',
    sl: 'klešče',
  },
  'Hardware > Tools > Tool Sets': {
    et: 'tööriistakomplekt',
    bg: 'комплект инструменти',
    lt: 'įrankių rinkinys',
    sl: 'komplet orodja',
    lv: 'instrumentu komplekts',
    ar: 'طقم عدة',
  },
  'Hardware > Tools > Wrenches': {
    bg: 'гаечен ключ',
  },
  'Health & Beauty > Health Care > Fitness & Nutrition > Vitamins & Supplements': {
    et: 'vitamiin',
    he: 'ויטמין, תוסף תזונה',
    bg: 'хранителна добавка',
    lt: 'vitaminai, maisto papildas',
    sl: 'prehransko dopolnilo',
    lv: 'vitamīni, uztura bagātinātājs',
    sk: 'výživový doplnok',
    no: 'vitaminer, kosttilskudd',
    ar: 'فيتامين, مكمل غذائي',
    hu: 'étrend-kiegészítő',
    el: 'βιταμίνη, βιταμίνες, συμπλήρωμα διατροφής',
  },
  'Health & Beauty > Health Care > Mobility & Accessibility > Accessibility Equipment > Wheelchairs': {
    ms: 'kerusi roda',
  },
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Bar Soap': {
    lv: 'ziepes',
  },
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash': {
    et: 'dušigeel',
    lv: 'dušas želeja',
  },
  'Health & Beauty > Personal Care > Feminine Sanitary Supplies > Feminine Pads & Protectors': {
    ms: 'tuala wanita, pad wanita',
  },
  'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Dryers': {
    et: 'föön',
    he: 'מייבש שיער',
    ar: 'مجفف شعر, سشوار',
    ms: 'pengering rambut',
  },
  'Health & Beauty > Personal Care > Vision Care > Eyeglasses': {
    ms: 'cermin mata',
  },
  'Home & Garden > Decor > Mirrors': {
    vi: 'gương',
    et: 'peegel',
    lv: 'spogulis',
  },
  'Home & Garden > Decor > Rugs': {
    ms: 'permaidani',
    et: 'vaip',
    lv: 'paklājs',
  },
  'Home & Garden > Decor > Vases': {
    he: 'אגרטל',
    ar: 'مزهرية',
  },
  'Home & Garden > Household Appliances > Climate Control Appliances > Fans > Ceiling Fans': {
    ms: 'kipas siling',
  },
  'Home & Garden > Household Appliances > Laundry Appliances > Irons & Ironing Systems': {
    et: 'triikraud',
    lv: 'gludeklis',
    vi: 'bàn là',
  },
  'Home & Garden > Household Appliances > Laundry Appliances > Washing Machines': {
    lt: 'skalbimo mašina',
    ms: 'mesin basuh',
  },
  'Home & Garden > Household Appliances > Vacuums': {
    lt: 'dulkių siurblys',
    lv: 'putekļu sūcējs',
    ms: 'pembersih vakum, penyedut hampagas',
  },
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Brooms': {
    ms: 'penyapu',
  },
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products > Dish Detergent & Soap':
    {
      he: 'נוזל כלים',
      ar: 'سائل غسيل الصحون',
    },
  'Home & Garden > Household Supplies > Household Paper Products > Facial Tissues': {
    ar: 'مناديل',
  },
  'Home & Garden > Household Supplies > Household Paper Products > Toilet Paper': {
    et: 'tualettpaber',
    he: 'נייר טואלט',
    lv: 'tualetes papīrs',
    ar: 'ورق تواليت',
    ms: 'kertas tandas, tisu tandas',
  },
  'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent': {
    bg: 'прах за пране',
    sk: 'prací prášok',
    ms: 'sabun basuh',
  },
  'Home & Garden > Household Supplies > Pest Control': {
    ms: 'ubat nyamuk',
  },
  'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Shoe Racks & Organizers': {
    ms: 'rak kasut',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Cookware Sets': {
    ar: 'طقم حلل',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Stock Pots': {
    no: 'gryte',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines': {
    sl: 'kavomat',
    ar: 'آلة قهوة',
    ms: 'mesin kopi',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers': {
    ar: 'قلاية هوائية',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Dishwashers': {
    et: 'nõudepesumasin',
    he: 'מדיח כלים',
    lt: 'indaplovė',
    lv: 'trauku mazgājamā mašīna',
    ar: 'غسالة صحون',
    vi: 'máy rửa bát',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles': {
    ms: 'cerek',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders': {
    ms: 'pengisar',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Microwave Ovens': {
    et: 'mikrolaineahi',
    he: 'מיקרוגל',
    lv: 'mikroviļņu krāsns',
    ar: 'ميكروويف',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Outdoor Grills': {
    he: 'גריל',
    sl: 'žar',
    ar: 'شواية',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Ovens': {
    ms: 'ketuhar',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators': {
    lt: 'šaldytuvas',
    ms: 'peti ais',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills > Toasters': {
    et: 'röster',
    he: 'טוסטר',
    lv: 'tosteris',
    ar: 'محمصة خبز',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': {
    et: 'kööginuga',
    vi: 'dao nhà bếp',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Flatware > Spoons': {
    ms: 'sudu',
  },
  'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Wheelbarrows': {
    ms: 'kereta sorong',
  },
  'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses': {
    ar: 'خرطوم ري',
  },
  'Home & Garden > Lighting > Lamps': {
    et: 'laualamp',
  },
  'Home & Garden > Linens & Bedding > Bedding': {
    bg: 'спален комплект',
    no: 'sengesett',
    ms: 'set cadar',
  },
  'Home & Garden > Linens & Bedding > Bedding > Pillowcases & Shams': {
    bg: 'калъфка',
    sl: 'prevleka za vzglavnik',
    ar: 'غطاء وسادة',
  },
  'Home & Garden > Linens & Bedding > Bedding > Pillows': {
    sl: 'blazina',
    vi: 'gối nằm',
  },
  'Luggage & Bags > Backpacks': {
    no: 'skolesekk',
    ms: 'beg sekolah',
  },
  'Luggage & Bags > Duffel Bags': {
    et: 'reisikott',
    he: 'תיק נסיעות',
    lt: 'kelioninis krepšys',
    sl: 'potovalna torba',
    lv: 'ceļojuma soma',
    sk: 'cestovná taška',
    hu: 'utazótáska',
    el: 'σακβουαγιάζ',
  },
  'Media > Books > Print Books': {
    ms: 'buku resipi, buku mewarna',
  },
  'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads': {
    et: 'kaustik',
    ms: 'buku latihan',
  },
  'Office Supplies > Office Equipment > Calculators': {
    et: 'kalkulaator',
    he: 'מחשבון',
    bg: 'калкулатор',
    lt: 'skaičiuotuvas',
    sl: 'kalkulator',
    lv: 'kalkulators',
    sk: 'kalkulačka',
    no: 'kalkulator',
    ar: 'آلة حاسبة',
    hu: 'számológép',
    el: 'αριθμομηχανή',
    vi: 'máy tính cầm tay',
    ms: 'kalkulator',
  },
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pencils': {
    et: 'pliiats',
    lv: 'zīmulis',
  },
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens': {
    lt: 'rašiklis',
  },
  'Religious & Ceremonial > Religious Items': {
    ms: 'tikar sembahyang',
  },
  'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats': {
    ar: 'سجادة يوغا, حصيرة يوغا',
  },
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags': {
    et: 'magamiskott',
    he: 'שק שינה',
    lv: 'guļammaiss',
    ar: 'كيس نوم',
  },
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals': {
    et: 'kaisukaru',
    he: 'בובה רכה',
    ms: 'patung beruang',
  },
  'Toys & Games > Toys > Play Vehicles': {
    et: 'mänguauto',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires > Automotive Tires':
    {
      ar: 'اطارات سيارة',
    },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Window Parts & Accessories': {
    sl: 'metlice brisalcev',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Windshield Fluid':
    {
      et: 'klaasipesuvedelik',
    },
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Safety & Security > Motorcycle Protective Gear > Motorcycle Helmets':
    {
      ms: 'topi keledar',
    },
};

/**
 * The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases], a phrase two
 * languages share ("kalkulator") once.
 */
export const EVERYDAY_REGIONS_10: [string, string][] = Object.entries(WORDS).map(([path, byLang]) => [
  path,
  [...new Set(Object.values(byLang).flatMap((list) => list.split(', ')))].join(', '),
]);
