/**
 * Everyday product words of the languages the classifier still read worst (issue #15): Thai,
 * Hebrew, Arabic, Vietnamese, Indonesian, Malay, Lithuanian, Estonian and Latvian, for what people
 * buy most and the lists before this one left out: jewellery, luggage, cosmetics and toiletries,
 * toys and games, staple food and drink, furniture and bedding, kitchen and tableware, sport and
 * camping, hand tools and drill bits, car parts and fluids, phone cases, pet and baby goods,
 * stationery and garden goods. Written for this list from ordinary dictionary vocabulary, as shops
 * name the goods (the plural where a shop sells them so, a common short form), none taken from an
 * evaluation title. One row per concept, one entry per language. Same syntax as synonyms.ts.
 *
 * How each script's words are read: Thai phrases are written closed up and cut by the segmenter
 * at build time as titles are at run time (lib/classify/unspaced.ts); Arabic and Hebrew words
 * without the article and prepositions written on (rules/clitic-prefix.ts), Hebrew in the
 * absolute form the construct and the regular plural are read as (rules/hebrew-construct.ts), so
 * only an irregular plural is listed ("צלחות", plates; Arabic broken plurals "أقراط", "مفكات");
 * Lithuanian, Estonian and Latvian in the nominative and the plural a shop uses, their other cases
 * read by rules/inflection.ts. Vietnamese loses its tone marks in the key, so a syllable alone is
 * often another word ("hạt", a seed or a grain, is "hat"; "bát", a bowl, "bat"; "đạm", protein,
 * "đầm", a dress): Vietnamese goods are listed as phrases of two syllables or more, a syllable
 * alone only where its key is no other word ("gạo", rice; "thớt", a cutting board).
 *
 * Left out, or listed only inside a phrase, because the key is another language's word or another
 * product: Indonesian "koper" (a suitcase) is Dutch copper ("Koperen pot"), "pot" (a flower pot)
 * the English pot, "ban" a tyre and a ban, "tang" (pliers) a flavour, "gula" (sugar) and its
 * sugar-free ("tanpa gula"), likewise Arabic "سكر" and Hebrew "סוכר"; Malay "cadar" (a bed
 * sheet) is an Indonesian face veil; Indonesian "bir" (beer) is Turkish "one"; Vietnamese "chảo"
 * (a pan) is Portuguese "chão", "cưa" (a saw) "cua" (a crab), "kìm" (pliers) "kim" (a needle),
 * "nệm" (a mattress) "nem" (a spring roll); Arabic "اطار" (a tyre) is also a frame, "مياه"
 * (water) begins the water pump and filter, "دراجة" is a bicycle and a motorbike; Thai "น้ำตาล"
 * (sugar) is also brown, "สายยาง" (a hose) a rubber strap; Hebrew "מרכך" (conditioner) is also a
 * fabric softener; Lithuanian "kondicionierius" is a hair and an air conditioner, "alus" (beer)
 * Estonian for a stand, "dėklas" alone any case; Estonian "mesi" (honey) is Italian "mesi" (months:
 * a cheese "stagionato 24 mesi"); Latvian "nazis" (a knife) is English, "sega" (a
 * duvet) Italian for a saw, so only the summer and winter duvets.
 */
type Lang = 'th' | 'he' | 'ar' | 'vi' | 'id' | 'ms' | 'lt' | 'et' | 'lv';

const WORDS: Record<string, Partial<Record<Lang, string>>> = {
  // Clothing, underwear and shoes.
  'Apparel & Accessories > Clothing > Shirts & Tops': {
    he: 'טישירט, גופייה',
    ms: 'baju t, blaus',
    et: 'topp',
  },
  'Apparel & Accessories > Clothing > Pants': {
    vi: 'quần kaki',
    lt: 'tamprės',
  },
  'Apparel & Accessories > Clothing > Shorts': { ms: 'seluar pendek' },
  'Apparel & Accessories > Clothing > Underwear & Socks > Underwear': {
    ar: 'بوكسر, سروال داخلي',
    he: 'בוקסר',
    lt: 'apatiniai',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Bras': {
    ms: 'baju dalam wanita',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Socks': {
    vi: 'tất vớ',
  },
  'Apparel & Accessories > Clothing > Sleepwear & Loungewear': {
    th: 'ชุดนอน',
    he: 'פיג׳מה, כותונת לילה',
  },
  'Apparel & Accessories > Clothing > Swimwear': {
    th: 'ชุดว่ายน้ำ',
    he: 'בגד ים',
  },
  'Apparel & Accessories > Clothing Accessories > Scarves & Shawls': { th: 'ผ้าพันคอ' },
  'Apparel & Accessories > Clothing Accessories > Belts': {
    th: 'เข็มขัด',
    he: 'חגורה',
    ar: 'حزام',
    id: 'ikat pinggang',
    ms: 'tali pinggang',
  },
  'Apparel & Accessories > Clothing Accessories > Gloves & Mittens': {
    th: 'ถุงมือ',
    he: 'כפפות',
    ar: 'قفازات',
    id: 'sarung tangan',
    ms: 'sarung tangan',
    et: 'kindad',
    lv: 'cimdi',
  },
  'Apparel & Accessories > Clothing Accessories > Hats': {
    vi: 'nón lưỡi trai',
    id: 'topi',
    ms: 'topi',
  },
  'Apparel & Accessories > Shoes': {
    he: 'כפכפים, מגפיים, סניקרס',
    ar: 'صندل, نعال, جزمة',
    vi: 'dép quai ngang, dép tổ ong',
    ms: 'selipar',
  },
  // Jewellery and watches.
  'Apparel & Accessories > Jewelry > Necklaces': {
    th: 'สร้อยคอ',
    he: 'שרשרת',
    ar: 'قلادة, سلسلة ذهب',
    vi: 'vòng cổ',
    id: 'kalung',
    ms: 'rantai leher, kalung',
    lt: 'grandinėlė',
    et: 'kaelakee',
    lv: 'kaklarota',
  },
  'Apparel & Accessories > Jewelry > Rings': {
    th: 'แหวน',
    he: 'טבעת',
    ar: 'خاتم',
    vi: 'nhẫn cưới',
    id: 'cincin',
    ms: 'cincin',
    lv: 'gredzens',
  },
  'Apparel & Accessories > Jewelry > Earrings': {
    th: 'ต่างหู',
    he: 'עגיל, עגילים',
    ar: 'اقراط, قرط, حلق ذهب, حلق فضة',
    vi: 'khuyên tai',
    id: 'anting',
    ms: 'subang',
    et: 'kõrvarõngad',
    lv: 'auskari',
  },
  'Apparel & Accessories > Jewelry > Bracelets': {
    th: 'กำไล, สร้อยข้อมือ',
    he: 'צמיד',
    ar: 'سوار, اسوارة, غويشة',
    vi: 'vòng tay, lắc tay',
    id: 'gelang',
    ms: 'gelang',
    lt: 'apyrankė',
    et: 'käevõru',
    lv: 'aproce',
  },
  'Apparel & Accessories > Jewelry > Watches': {
    vi: 'đồng hồ nam, đồng hồ nữ',
    et: 'käekell',
    lv: 'rokas pulkstenis',
  },
  // Bags and luggage.
  'Luggage & Bags > Suitcases': {
    he: 'מזוודה, מזוודות, טרולי',
    ar: 'حقيبة سفر, شنطة سفر',
    id: 'koper kabin, koper fiber',
    ms: 'beg bagasi, bagasi, beg pakaian',
    et: 'kohver',
    lv: 'koferis, čemodāns',
  },
  'Luggage & Bags > Backpacks': {
    th: 'เป้',
    ar: 'شنطة ظهر',
  },
  'Apparel & Accessories > Handbags, Wallets & Cases > Handbags': {
    he: 'תיק צד',
    et: 'käekott',
    lv: 'rokassoma',
  },
  'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips': {
    vi: 'ví da',
    et: 'rahakott',
    lv: 'maks',
  },
  // Toiletries and cosmetics.
  'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner': {
    he: 'מרכך שיער',
    ar: 'بلسم',
  },
  'Health & Beauty > Personal Care > Oral Care > Toothpaste': {
    ms: 'ubat gigi',
  },
  'Health & Beauty > Personal Care > Oral Care > Toothbrushes': {
    ms: 'berus gigi',
  },
  'Health & Beauty > Personal Care > Deodorant & Anti-Perspirant': {
    th: 'โรลออน, ระงับกลิ่นกาย',
    he: 'דאודורנט',
    ar: 'مزيل عرق, مزيل رائحة',
    vi: 'xịt khử mùi',
    id: 'deodoran',
    ms: 'deodoran',
  },
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash': {
    ar: 'شاور جل, غسول جسم',
    ms: 'sabun mandi, pencuci badan',
  },
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Facial Cleansers': {
    th: 'โฟมล้างหน้า',
    he: 'תרחיץ פנים',
    ar: 'غسول وجه',
    vi: 'sữa rửa mặt',
    id: 'sabun cuci muka, pembersih wajah',
    ms: 'pencuci muka',
    lt: 'veido prausiklis',
  },
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer': {
    th: 'ครีมทาผิว, ครีมทาหน้า',
    he: 'קרם לחות, קרם פנים, קרם גוף',
    ar: 'كريم مرطب, مرطب, كريم وجه',
    vi: 'kem dưỡng ẩm',
    id: 'pelembab wajah, krim wajah',
    ms: 'pelembap, krim muka',
    lt: 'kūno losjonas',
    et: 'näokreem, kehakreem',
    lv: 'sejas krēms, ķermeņa krēms',
  },
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen': {
    he: 'קרם הגנה',
    ar: 'واقي شمس, واقي الشمس, كريم واقي',
    id: 'tabir surya',
    ms: 'pelindung matahari',
    et: 'päikesekreem',
    lv: 'sauļošanās krēms',
  },
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup > Lipstick': {
    ar: 'روج',
    vi: 'son kem, son thỏi',
    ms: 'gincu',
    et: 'huulepulk',
    lv: 'lūpu krāsa',
  },
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Mascara': {
    th: 'มาสคาร่า',
    he: 'מסקרה',
    ar: 'ماسكارا',
    et: 'ripsmetušš',
    lv: 'skropstu tuša',
  },
  'Health & Beauty > Personal Care > Cosmetics > Nail Care > Nail Polishes': {
    th: 'ยาทาเล็บ, สีทาเล็บ',
    he: 'לק',
    ar: 'مناكير, طلاء اظافر',
    id: 'kutek, cat kuku',
    ms: 'pengilat kuku, cat kuku',
    et: 'küünelakk',
  },
  'Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne': {
    id: 'minyak wangi',
    ms: 'minyak wangi',
    lt: 'kvepalai, tualetinis vanduo',
    et: 'parfüüm, lõhnavesi',
    lv: 'smaržas, tualetes ūdens',
  },
  'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades': {
    he: 'סכין גילוח',
    id: 'pisau cukur',
    ms: 'pisau cukur',
  },
  // Toys and games.
  'Toys & Games > Toys': {
    lt: 'žaislai',
  },
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls': {
    ms: 'anak patung',
    et: 'nukk',
    lv: 'lelle',
  },
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals': {
    he: 'בובת פרווה, דובי',
    ar: 'دبدوب',
    id: 'boneka beruang',
    ms: 'anak patung beruang',
  },
  'Toys & Games > Toys > Building Toys': {
    th: 'เลโก้, บล็อกตัวต่อ',
    he: 'קוביות הרכבה, לגו',
    ar: 'مكعبات, ليغو',
    id: 'balok susun',
    ms: 'blok binaan',
    et: 'klotsid',
    lv: 'konstruktors',
  },
  'Toys & Games > Toys > Play Vehicles > Toy Cars': {
    th: 'รถของเล่น',
    he: 'מכונית צעצוע',
    ar: 'سيارة العاب, سيارة لعبة',
    vi: 'xe đồ chơi, ô tô đồ chơi',
    id: 'mainan mobil, mobil mobilan, mobil-mobilan',
    ms: 'kereta mainan',
    lt: 'žaislinė mašinėlė',
  },
  'Toys & Games > Puzzles > Jigsaw Puzzles': {
    th: 'จิ๊กซอว์',
    he: 'פאזל',
    ar: 'بازل, احجية',
    vi: 'tranh ghép hình, xếp hình',
    lt: 'dėlionė',
    et: 'pusle',
    lv: 'puzle',
  },
  'Toys & Games > Games > Board Games': {
    th: 'บอร์ดเกม',
    he: 'משחק קופסה, משחק קופסא',
    ar: 'لعبة لوحية',
    vi: 'cờ tỷ phú, boardgame',
    id: 'permainan papan',
    ms: 'permainan papan',
    et: 'lauamäng',
    lv: 'galda spēle',
  },
  // Food and drink.
  'Food, Beverages & Tobacco > Beverages > Coffee': {
    id: 'kopi',
    ms: 'kopi',
  },
  'Food, Beverages & Tobacco > Beverages > Tea & Infusions': {
    ms: 'teh',
  },
  'Food, Beverages & Tobacco > Beverages > Milk': {
    th: 'นมสด, นมจืด, นมวัว',
    he: 'חלב',
    ar: 'حليب',
    vi: 'sữa tươi',
    id: 'susu uht',
    ms: 'susu segar',
    lt: 'pienas',
    et: 'piim',
    lv: 'piens',
  },
  'Food, Beverages & Tobacco > Beverages > Water': {
    th: 'น้ำดื่ม, น้ำแร่',
    he: 'מים מינרליים',
    ar: 'مياه معدنية, مياه شرب',
    vi: 'nước khoáng, nước tinh khiết',
    id: 'air mineral',
    ms: 'air mineral',
    lt: 'mineralinis vanduo',
  },
  'Food, Beverages & Tobacco > Beverages > Juice': {
    th: 'น้ำผลไม้, น้ำส้ม',
    he: 'מיץ',
    ar: 'عصير',
    ms: 'jus',
    et: 'mahl',
    lv: 'sula',
  },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer': {
    th: 'เบียร์',
    he: 'בירה',
  },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Wine': {
    th: 'ไวน์',
    he: 'יין',
  },
  'Food, Beverages & Tobacco > Food Items > Pasta & Noodles': {
    th: 'บะหมี่, เส้นพาสต้า, สปาเก็ตตี้',
    he: 'פסטה, ספגטי, אטריות',
    ar: 'معكرونة, مكرونة, اندومي',
    vi: 'mì gói, mì tôm, mì ăn liền, bún khô',
    id: 'mie instan, mi instan',
    ms: 'mee segera, mi segera',
    lt: 'makaronai, spagečiai',
  },
  'Food, Beverages & Tobacco > Food Items > Bakery > Breads & Buns': {
    th: 'ขนมปัง',
    he: 'לחם',
    ar: 'خبز',
    ms: 'roti',
    et: 'leib',
    lv: 'maize',
  },
  'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Rice': {
    vi: 'gạo',
    et: 'riis',
    lv: 'rīsi',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils': {
    he: 'שמן קנולה',
    ar: 'زيت طبخ, زيت نباتي',
    vi: 'dầu ăn',
    ms: 'minyak masak',
    lt: 'aliejus',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Sugar & Sweeteners': {
    th: 'น้ำตาลทราย',
    he: 'סוכר לבן',
    ar: 'سكر ابيض, سكر ناعم',
    vi: 'đường cát',
    id: 'gula pasir, gula aren',
    ms: 'gula pasir, gula merah',
    lt: 'cukrus',
    et: 'suhkur',
    lv: 'cukurs',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Fish Sauce': { vi: 'nước mắm' },
  'Food, Beverages & Tobacco > Food Items > Dairy Products > Cheese': {
    th: 'ชีส',
    he: 'גבינה',
    ar: 'جبنة, جبن',
    id: 'keju',
    ms: 'keju',
    et: 'juust',
    lv: 'siers',
  },
  'Food, Beverages & Tobacco > Food Items > Candy & Chocolate': {
    th: 'ช็อกโกแลต',
    he: 'שוקולד',
    ar: 'شوكولاتة',
    id: 'cokelat',
    ms: 'coklat',
  },
  // Furniture.
  'Furniture > Sofas': {
    lt: 'sofa lova',
    et: 'diivan, nurgadiivan',
    lv: 'dīvāns, stūra dīvāns',
  },
  'Furniture > Office Furniture > Office Chairs': {
    th: 'เก้าอี้สำนักงาน, เก้าอี้ทำงาน',
    he: 'כסא משרדי, כיסא מחשב',
    vi: 'ghế xoay',
    id: 'kursi kantor',
    ms: 'kerusi pejabat',
    lt: 'biuro kėdė',
    et: 'kontoritool',
    lv: 'biroja krēsls',
  },
  'Furniture > Office Furniture > Desks': {
    th: 'โต๊ะทำงาน, โต๊ะคอม, โต๊ะคอมพิวเตอร์',
    he: 'שולחן כתיבה, שולחן מחשב',
    vi: 'bàn học',
    id: 'meja kerja, meja belajar, meja kantor',
    ms: 'meja tulis, meja belajar, meja pejabat',
    et: 'kirjutuslaud',
    lv: 'rakstāmgalds',
  },
  'Furniture > Chairs': { he: 'כסא', lt: 'kėdė' },
  'Furniture > Beds & Accessories > Beds & Bed Frames': {
    id: 'dipan',
  },
  'Furniture > Beds & Accessories > Mattresses': {
    ar: 'مراتب',
    vi: 'nệm lò xo, đệm cao su',
    id: 'springbed',
    et: 'madrats',
    lv: 'matracis',
  },
  'Furniture > Cabinets & Storage > Armoires & Wardrobes': {
    ar: 'دولاب',
    lt: 'spinta',
  },
  'Furniture > Cabinets & Storage > Dressers': {
    th: 'ตู้ลิ้นชัก',
    vi: 'tủ ngăn kéo',
    et: 'kummut',
    lv: 'kumode',
  },
  'Furniture > Shelving > Bookcases & Standing Shelves': {
    th: 'ชั้นวางหนังสือ, ตู้หนังสือ',
    he: 'כוננית',
    ar: 'مكتبة كتب',
    vi: 'giá sách',
    id: 'rak buku',
    ms: 'rak buku',
    et: 'raamaturiiul',
    lv: 'grāmatplaukts, grāmatu plaukts',
  },
  'Furniture > Shelving': { lt: 'lentyna', et: 'riiul', lv: 'plaukts' },
  // Bedding and home textiles.
  'Home & Garden > Linens & Bedding > Bedding > Pillows': {
    ar: 'مخدة',
  },
  'Home & Garden > Linens & Bedding > Bedding > Pillowcases & Shams': {
    th: 'ปลอกหมอน',
    he: 'ציפית',
    ar: 'كيس مخدة',
    lt: 'pagalvės užvalkalas',
  },
  'Home & Garden > Linens & Bedding > Bedding > Blankets': {
    vi: 'chăn lông, chăn nỉ, chăn mền',
    lt: 'pledas',
  },
  'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters': {
    th: 'ผ้านวม',
    he: 'שמיכת פוך, פוך',
    ar: 'لحاف, كومفورتر',
    vi: 'chăn phao',
    et: 'tekk, suvetekk, talvetekk',
    lv: 'vasaras sega, ziemas sega',
  },
  'Home & Garden > Linens & Bedding > Bedding > Bed Sheets': {
    ar: 'ملاية, ملاءة',
    vi: 'ga giường',
    et: 'voodilina',
    lv: 'palags',
  },
  'Home & Garden > Linens & Bedding > Bedding > Duvet Covers': {
    vi: 'vỏ chăn',
    lt: 'antklodės užvalkalas',
    et: 'tekikott',
    lv: 'segas pārvalks',
  },
  'Home & Garden > Linens & Bedding > Bedding': { he: 'מצעים', ar: 'طقم مفارش', lt: 'patalynės komplektas' },
  'Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths': {
    et: 'rätik, käterätik, saunalina',
    lv: 'dvielis',
    vi: 'khăn tắm',
  },
  'Home & Garden > Decor > Window Treatments > Curtains & Drapes': {
    id: 'gorden, tirai',
    ms: 'langsir',
    et: 'kardinad',
    lv: 'aizkari',
  },
  // Kitchen and tableware.
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware': {
    ar: 'قدر طبخ',
    et: 'kastrul',
    lv: 'katls',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans': {
    vi: 'chảo gang',
    id: 'teflon',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': {
    vi: 'dao bếp',
    lt: 'peilis',
    et: 'nuga, kokanuga',
    lv: 'virtuves nazis, šefpavāra nazis',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards': {
    th: 'เขียง',
    he: 'קרש חיתוך',
    ar: 'لوح تقطيع',
    vi: 'thớt',
    id: 'talenan',
    ms: 'papan pemotong',
    et: 'lõikelaud',
    lv: 'griešanas dēlis',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates': {
    he: 'צלחות',
    lt: 'lėkščių rinkinys',
    et: 'taldrik, taldrikud',
    lv: 'šķīvis, šķīvji',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Bowls': {
    vi: 'bát sứ, chén sứ, bát ăn',
    id: 'mangkok',
    ms: 'mangkuk',
    lt: 'dubenėlis',
    et: 'kauss',
    lv: 'bļoda',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs': {
    ar: 'مج',
    ms: 'cawan',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles': {
    vi: 'ấm đun nước',
    id: 'teko listrik',
    ms: 'cerek elektrik',
    lt: 'virdulys',
  },
  // Sport and camping.
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycles': {
    lt: 'dviratis',
  },
  'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats': {
    he: 'מזרן יוגה',
    ar: 'سجادة يوجا',
    et: 'joogamatt',
    ms: 'tikar yoga',
    lv: 'jogas paklājiņš',
  },
  'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights': {
    th: 'ดัมเบล, ดัมเบลล์',
    he: 'משקולות, משקולת',
    ar: 'دمبل, دمبلز, اوزان حديد',
    vi: 'tạ đơn',
    id: 'dumbel, barbel',
    ms: 'dumbel',
    et: 'hantlid',
    lv: 'hanteles',
  },
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents': {
    th: 'เต็นท์',
    he: 'אוהל',
    ar: 'خيمة',
    vi: 'lều',
    ms: 'khemah',
    et: 'telk',
  },
  'Sporting Goods > Outdoor Recreation > Fishing > Fishing Rods': {
    th: 'คันเบ็ด',
    he: 'חכה',
    ar: 'سنارة صيد',
    vi: 'cần câu',
    ms: 'joran',
    lt: 'meškerė',
    lv: 'makšķere',
  },
  // Hand tools and drill bits.
  'Hardware > Tools > Drills': { id: 'mesin bor', ms: 'gerudi' },
  'Hardware > Tools > Screwdrivers': {
    ar: 'مفكات',
    vi: 'tua vít',
    ms: 'pemutar skru',
    lt: 'atsuktuvas',
    et: 'kruvikeeraja',
    lv: 'skrūvgriezis, skrūvgriežu komplekts',
  },
  'Hardware > Tools > Hammers': {
    he: 'פטיש',
    ar: 'مطرقة, شاكوش',
    vi: 'búa',
    id: 'palu',
    ms: 'tukul',
    et: 'haamer',
    lv: 'āmurs',
  },
  'Hardware > Tools > Wrenches': {
    th: 'ประแจ',
    he: 'מפתח ברגים, מפתח שוודי',
    ar: 'مفتاح ربط, مفتاح انجليزي',
    vi: 'cờ lê',
    id: 'kunci pas, kunci inggris, kunci ring',
    ms: 'sepana',
    lt: 'veržliaraktis',
    et: 'mutrivõti',
    lv: 'uzgriežņu atslēga',
  },
  'Hardware > Tools > Pliers': {
    th: 'คีม',
    he: 'צבת',
    ar: 'زرادية, كماشة',
    vi: 'kìm điện, kìm cắt',
    ms: 'playar',
    lt: 'replės',
    et: 'tangid',
    lv: 'knaibles',
  },
  'Hardware > Tools > Saws': {
    th: 'เลื่อย',
    he: 'מסור',
    ar: 'منشار',
    vi: 'máy cưa',
    id: 'gergaji',
    ms: 'gergaji',
    et: 'saag',
    lv: 'zāģis',
  },
  'Hardware > Tool Accessories > Drill & Screwdriver Accessories > Drill & Screwdriver Bits': {
    th: 'ดอกสว่าน',
    he: 'מקדחים',
    ar: 'ريش دريل',
    vi: 'mũi khoan',
    id: 'mata bor',
    ms: 'mata gerudi',
    lt: 'grąžtai, grąžtas',
    et: 'puurid, puuriterad',
    lv: 'urbji',
  },
  // Car parts and fluids.
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires':
    {
      th: 'ยางรถยนต์, ยางรถ',
      ar: 'اطارات سيارات, كفر سيارة',
      vi: 'vỏ xe',
      id: 'ban motor, ban luar',
      ms: 'tayar',
    },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Braking': {
    th: 'ผ้าเบรค, ผ้าเบรก',
    he: 'רפידות בלמים, רפידות בלם',
    ar: 'فحمات فرامل, تيل فرامل',
    ms: 'pad brek',
    et: 'piduriklotsid',
    lv: 'bremžu kluči',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Motor Oil':
    {
      th: 'น้ำมันเครื่อง',
      he: 'שמן מנוע',
      ar: 'زيت محرك, زيت موتور',
      vi: 'nhớt xe',
      id: 'oli mesin, oli motor',
      ms: 'minyak enjin, minyak hitam',
      et: 'mootoriõli',
      lv: 'motoreļļa',
    },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Window Parts & Accessories': {
    th: 'ใบปัดน้ำฝน, ที่ปัดน้ำฝน',
    he: 'מגבים',
    ar: 'مساحات زجاج, مساحة زجاج',
    id: 'wiper mobil',
    ms: 'wiper kereta',
    et: 'klaasipuhastid',
    lv: 'stikla tīrītāji',
  },
  // Phones.
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': {
    th: 'เคสไอโฟน, เคสซัมซุง',
    he: 'כיסוי לטלפון, כיסוי לאייפון',
    ar: 'جراب',
    vi: 'ốp lưng',
    id: 'softcase',
    lt: 'dėklas telefonui, telefono dėklas',
    et: 'telefoniümbris, telefoni ümbris',
    ms: 'sarung telefon',
    lv: 'telefona vāciņš',
  },
  'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors': {
    th: 'ฟิล์มกระจก',
    he: 'מגן מסך',
    ar: 'لزقة شاشة, حماية شاشة',
    vi: 'kính cường lực',
    id: 'anti gores',
    ms: 'pelindung skrin',
    lt: 'apsauginis stiklas',
    et: 'ekraanikaitse',
    lv: 'ekrāna aizsargs',
  },
  // Pets.
  'Animals & Pet Supplies > Pet Supplies > Pet Leashes': {
    th: 'สายจูง',
    he: 'רצועה לכלב, רצועת כלב',
    ar: 'مقود كلب',
    vi: 'dây dắt chó',
    id: 'tali tuntun',
    ms: 'tali anjing',
    lt: 'pavadėlis',
    et: 'koerarihm, jalutusrihm',
    lv: 'suņu pavada, pavada',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter': {
    th: 'ทรายแมว',
    he: 'חול לחתולים, חול חתולים',
    ar: 'رمل قطط, رمل القطط',
    vi: 'cát vệ sinh',
    lt: 'kačių kraikas, kraikas',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food': {
    he: 'אוכל לחתולים',
    ar: 'اكل قطط',
    vi: 'pate mèo',
  },
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food': {
    he: 'אוכל לכלבים',
    ar: 'اكل كلاب',
  },
  // Baby.
  'Baby & Toddler > Diapering > Diapers': {
    vi: 'bỉm',
  },
  'Baby & Toddler > Diapering > Baby Wipes': {
    th: 'ทิชชู่เปียก, ผ้าเปียก',
    he: 'מגבונים',
    ar: 'مناديل مبللة',
    id: 'tisu basah',
    ms: 'tisu basah',
    et: 'niisked salvrätikud',
    lv: 'mitrās salvetes',
  },
  'Baby & Toddler > Baby Transport > Baby Strollers': {
    vi: 'xe đẩy',
  },
  'Baby & Toddler > Baby Transport > Baby & Toddler Car Seats': {
    th: 'คาร์ซีท',
    he: 'כיסא בטיחות',
    ar: 'كرسي سيارة اطفال',
    vi: 'ghế ngồi ô tô',
    ms: 'kerusi keselamatan bayi',
    et: 'turvatool, turvahäll',
    lv: 'autosēdeklis, autokrēsliņš',
  },
  'Baby & Toddler > Nursing & Feeding > Baby Bottles': {
    he: 'בקבוק האכלה',
    id: 'dot bayi',
    lt: 'buteliukas',
    et: 'lutipudel',
    lv: 'barošanas pudelīte',
  },
  // Stationery.
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens': {
    vi: 'bút gel, bút bi',
    id: 'bolpoin',
    et: 'pastakas',
    lv: 'pildspalva, lodīšu pildspalva',
    lt: 'tušinukas',
  },
  'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads': {
    he: 'מחברות',
    ar: 'دفاتر',
    ms: 'buku nota',
    et: 'märkmik, vihik',
    lv: 'burtnīca',
  },
  // Garden.
  'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses': {
    th: 'สายยางรดน้ำ',
    he: 'צינור השקיה, צינור גינה',
    ar: 'خرطوم مياه, خرطوم حديقة',
    vi: 'ống tưới',
    id: 'selang air, selang taman',
    ms: 'hos air, hos taman',
    et: 'aiavoolik, voolik',
    lv: 'dārza šļūtene, šļūtene',
  },
  'Home & Garden > Lawn & Garden > Gardening > Pots & Planters': {
    th: 'กระถาง',
    he: 'עציץ',
    ar: 'اصيص',
    vi: 'chậu hoa',
    id: 'pot bunga, pot tanaman',
    ms: 'pasu bunga',
    et: 'lillepott',
    lv: 'puķu pods',
  },
  'Home & Garden > Plants > Seeds': {
    th: 'เมล็ดพันธุ์',
    he: 'זרעים',
    ar: 'بذور',
    vi: 'hạt giống',
    id: 'benih',
    ms: 'biji benih, benih',
    lt: 'sėklos',
    et: 'seemned',
    lv: 'sēklas',
  },
  'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Shovels & Spades': {
    th: 'พลั่ว, เสียม',
    he: 'את חפירה',
    ar: 'مجرفة',
    vi: 'xẻng',
    id: 'sekop',
    ms: 'penyodok',
    et: 'labidas',
    lv: 'lāpsta',
  },
  'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers': {
    ms: 'mesin rumput',
  },
};

/**
 * The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases], a phrase two
 * languages share (Indonesian and Malay "cincin", "sarung tangan") once.
 */
export const EVERYDAY_REGIONS_9: [string, string][] = Object.entries(WORDS).map(([path, byLang]) => [
  path,
  [...new Set(Object.values(byLang).flatMap((list) => list.split(', ')))].join(', '),
]);
