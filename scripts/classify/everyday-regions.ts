/**
 * Everyday product words in the languages that neither Google's nor Shopify's translated
 * taxonomies cover, and that the other word lists (everyday.ts, japanese.ts) leave out: Arabic,
 * Hebrew, Greek, Ukrainian, Croatian, Romanian, Vietnamese, Turkish, Norwegian and Danish,
 * Hungarian, and the Czech words everyday.ts lacks. One row per concept, one line per language
 * group, written for this list from ordinary dictionary vocabulary (the nouns a shop puts first
 * in a title), not taken from any evaluation title. Same syntax as synonyms.ts ("word~0.6" for a
 * word with a second meaning). Left out: words that fold onto another language's product word
 * (Norwegian "stol", chair, is Polish and Czech "table"; Croatian and Czech "med", honey, is
 * Swedish "with") and Vietnamese single syllables, which lose their tone marks when folded
 * ("nồi" -> "noi"): Vietnamese words are phrases of two syllables or more.
 */
const REGIONS: Record<string, string[]> = {
  // Kitchen appliances.
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles': [
    'غلاية, קומקום חשמלי, קומקום~0.7, βραστήρας, електрочайник',
    'kuhalo za vodu, fierbător, ấm siêu tốc',
    'su ısıtıcı, vannkoker, elkedel, vízforraló, varná konvice',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines': [
    'ماكينة قهوة, מכונת קפה, καφετιέρα, кавоварка',
    'aparat za kavu, espressor, máy pha cà phê, kahve makinesi, kaffetrakter, kaffemaskine',
    'kávéfőző, kávovar',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators': [
    'ثلاجة, מקרר, ψυγείο, холодильник, hladnjak, frigider, tủ lạnh, buzdolabı, kjøleskap, køleskab, lednice',
  ],
  // Household appliances.
  'Home & Garden > Household Appliances > Vacuums': [
    'مكنسة كهربائية, שואב אבק, ηλεκτρική σκούπα, пилосос, usisavač, aspirator, aspirator robot',
    'máy hút bụi, süpürge~0.7, støvsuger, porszívó, vysavač',
  ],
  'Home & Garden > Household Appliances > Climate Control Appliances > Air Purifiers': [
    'منقي هواء, מטהר אוויר, καθαριστής αέρα, очищувач повітря, pročišćivač zraka',
    'purificator de aer, máy lọc không khí, hava temizleyici, luftrenser, légtisztító, čistička vzduchu',
  ],
  'Home & Garden > Household Appliances > Laundry Appliances > Washing Machines': [
    'غسالة ملابس, מכונת כביסה, πλυντήριο ρούχων, пральна машина, perilica rublja, mașină de spălat rufe',
    'máy giặt, çamaşır makinesi, vaskemaskin, vaskemaskine, mosógép, pračka',
  ],
  // Drinkware and cookware.
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Thermoses': [
    'ترمس, תרמוס, θερμός, термос, termosica, termos, bình giữ nhiệt, termosz, termoska',
  ],
  'Home & Garden > Kitchen & Dining > Tableware > Coffee Servers & Tea Pots': [
    'إبريق شاي, براد شاي, קנקן תה, τσαγιέρα, заварник, čajnik, ceainic, ấm trà, demlik, çaydanlık, tekanne, tekande, teáskanna, čajová konvice',
  ],
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Cookware Sets': [
    'طقم قدور, סט סירים, σετ κατσαρόλες, набір каструль, set lonaca, set de oale, bộ nồi',
    'tencere seti, kjelesett, edénykészlet, sada nádobí',
  ],
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Stock Pots': [
    'قدر~0.6, סיר, κατσαρόλα, каструля, lonac, oală, tencere, kjele, gryde, fazék, lábas',
  ],
  // Drinks and food.
  'Food, Beverages & Tobacco > Beverages > Coffee': [
    'قهوة, القهوة, بن~0.5, קפה, καφές, кава~0.8, kava~0.7, cafea, cà phê',
    'kahve, kaffe, kávé, zrnková káva, kaffeebohne, espressobohne, espressobohnen, espresso bohne, espresso bohnen',
  ],
  // Beauty.
  'Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne': [
    'عطر, عطور, دهن العود, בושם, κολόνια, парфуми, туалетна вода, parfem, toaletna voda',
    'apă de parfum, nước hoa, parfüm, parfyme, parfume, illatszer, parfém, toaletní voda',
  ],
  // Clothing, shoes, bags.
  'Apparel & Accessories > Clothing > Shirts & Tops': [
    'تيشيرت, بلوزة, חולצה, μπλούζα, πουκάμισο, сорочка, majica, košulja, tricou, cămașă, bluză, áo thun, áo sơ mi',
    'tişört, gömlek, bluz, t-skjorte, skjorte, póló, remera, remeras',
  ],
  'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets': [
    'معطف, جاكيت, מעיל, μπουφάν, παλτό, пальто, jakna, kaput, geacă, palton, jachetă, áo khoác',
    'trençkot, mont~0.6, kaban, jakke, frakk, kabát, dzseki',
  ],
  'Apparel & Accessories > Clothing > Dresses': ['فستان, שמלה, φόρεμα, сукня, haljina, rochie, đầm~0.6, elbise, kjole'],
  'Apparel & Accessories > Shoes': [
    'حذاء, أحذية, נעליים, נעל, παπούτσια, взуття, кросівки, черевики, cipele, tenisice, obuća, pantofi, încălțăminte, adidași',
    'giày, ayakkabı, cipő',
  ],
  'Luggage & Bags > Backpacks': [
    'حقيبة ظهر, תיק גב, рюкзак, ruksak, rucsac, ba lô, sırt çantası, ryggsekk, rygsæk, hátizsák, batoh',
  ],
  // Furniture and home.
  'Furniture > Chairs': ['كرسي, כיסא, καρέκλα, стілець, stolica, scaun, ghế~0.6, sandalye, szék, židle'],
  'Furniture > Office Furniture > Office Chairs': [
    'كرسي مكتب, כיסא משרדי, καρέκλα γραφείου, офісне крісло, uredska stolica, scaun de birou, ghế văn phòng',
    'ofis koltuğu, çalışma sandalyesi, kontorstol, irodai szék, kancelářská židle',
    'cadeira de escritório, silla de oficina, chaise de bureau, sedia da ufficio, bürostuhl',
  ],
  'Home & Garden > Lighting > Lamps': [
    'مصباح, أباجورة, מנורה, φωτιστικό, λάμπα~0.6, світильник, lampa, svjetiljka, lampă, veioză, đèn bàn',
    'lamba, abajur, lampe, lámpa, stolní lampa',
  ],
  // Tools, garden, sports.
  'Hardware > Tools > Drills > Handheld Power Drills': [
    'مثقاب, دريل, מקדחה, δράπανο, дриль, шуруповерт, bušilica, bormașină, mașină de găurit, máy khoan',
    'matkap, bormaskin, boremaskine, fúrógép, vrtačka',
  ],
  'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers': [
    'جزازة العشب, ماكينة قص العشب, מכסחת דשא, χλοοκοπτικό, газонокосарка, kosilica',
    'mașină de tuns iarba, máy cắt cỏ, çim biçme makinesi',
    'gressklipper, plæneklipper, fűnyíró, sekačka',
  ],
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycles': [
    'دراجة هوائية, دراجة~0.7, אופניים, ποδήλατο, велосипед, bicikl, bicicletă, xe đạp, bisiklet, sykkel, cykel',
    'kerékpár, bicikli, jízdní kolo, horské kolo, kolo~0.6',
  ],
  // Toys and books.
  'Toys & Games > Toys': [
    'ألعاب أطفال, צעצוע, παιχνίδι~0.7, іграшка, igračka, jucărie, jucării, đồ chơi, oyuncak, leketøy, legetøj, hračka',
  ],
  'Media > Books': ['كتاب, ספר~0.6, βιβλίο, книжка, knjiga, carte~0.5, sách, kitap, könyv, kniha'],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_REGIONS: [string, string][] = Object.entries(REGIONS).map(([path, lines]) => [
  path,
  lines.join(', '),
]);
