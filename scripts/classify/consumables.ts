/**
 * Consumables and replacement parts by language: what a device uses up is its supply node, not
 * the device ("HP 305 ink cartridge" is a cartridge, "Brother DR-2400 drum unit" a drum kit,
 * "vacuum bags for Miele" a vacuum accessory). Data for the curated lexicon (same weights syntax
 * as synonyms.ts: "word~0.6"); accents and case are folded at build time. The pt, pl, ru, cs and
 * sv words are the head nouns of these nodes' names in Google's and Shopify's translations
 * (../shared/data/taxonomy: "Worki na do odkurzacza", "Принадлежности для пылесосов", "Břitvy a
 * žiletky", "Rakhyvlar och rakblad", "Фотопленка") with the device they serve.
 */
const PRINT = 'Electronics > Print, Copy, Scan & Fax > Printer, Copier & Fax Machine Accessories > Printer Consumables';

const CONSUMABLES: Record<string, Record<string, string[]>> = {
  [`${PRINT} > Toner & Inkjet Cartridges`]: {
    en: [
      'toner',
      'toner cartridge',
      'ink cartridge',
      'inkjet cartridge',
      'printer cartridge',
      'printer ink',
      'ink tank',
    ],
    de: ['tintenpatrone', 'druckerpatrone', 'tonerkartusche', 'druckertinte', 'patrone~0.6'],
    fr: ['cartouche d encre', 'cartouche encre', 'cartouche de toner', 'encre imprimante'],
    es: ['cartucho de tinta', 'cartucho de toner', 'tinta impresora'],
    it: ['cartuccia', 'cartucce', 'cartuccia toner', 'inchiostro stampante'],
    nl: ['inktcartridge', 'printerinkt', 'tonercartridge'],
    pl: ['tusz', 'tusze', 'kartridz'],
    pt: ['cartucho de tinta', 'tinteiro'],
    sv: ['blackpatron', 'bläckpatron', 'tonerkassett'],
    ru: ['картридж', 'картриджи', 'тонер картридж', 'чернила для принтера'],
    cs: ['tonery', 'inkoust do tiskarny', 'inkoustova napln'],
    // Written for this list (round 21): the languages without a translated taxonomy.
    xx: [
      '잉크 카트리지, mürekkep kartuşu, blækpatron, blekkpatron, mustepatruuna, mustekasetti, tintapatron, cartuș cerneală, tinta kartuša, tonerkasetta',
      'atramentová kazeta, тонер касета, rašalo kasetė, hộp mực, tinta printer, خرطوشة حبر, tindikassett, tintes kasetne',
    ],
  },
  [`${PRINT} > Toner & Inkjet Cartridge Refills`]: {
    en: ['ink refill', 'refill ink', 'refill kit', 'toner refill', 'ink bottle'],
    de: ['nachfulltinte', 'nachfullset', 'refill tinte'],
    fr: ['recharge d encre', 'kit de recharge'],
    es: ['recarga de tinta'],
    it: ['ricarica inchiostro'],
  },
  [`${PRINT} > Printer Drums & Drum Kits`]: {
    en: ['drum unit', 'drum kit', 'imaging drum', 'photoconductor'],
    de: ['trommeleinheit', 'bildtrommel', 'fotoleitertrommel'],
    fr: ['tambour d imprimante', 'unite tambour', 'kit tambour'],
    es: ['unidad de tambor', 'tambor de imagen'],
    it: ['unita tamburo', 'tamburo'],
    nl: ['drumeenheid'],
    pt: ['tambor para impressora', 'kit de tambor'],
    pl: ['beben do drukarki', 'bebny do drukarek'],
    ru: ['печатный барабан', 'фотобарабан'],
    cs: ['valec do tiskarny'],
    sv: ['trumkit', 'trumenhet'],
  },
  [`${PRINT} > Printheads`]: {
    en: ['printhead', 'print head'],
    de: ['druckkopf'],
    fr: ['tete d impression'],
    es: ['cabezal de impresion'],
  },
  [`${PRINT} > Printer Maintenance Kits`]: {
    en: ['maintenance kit', 'waste ink box', 'waste toner box', 'fuser unit'],
    de: ['wartungskit', 'resttonerbehalter', 'tintenauffangbehalter', 'fixiereinheit'],
  },
  'Home & Garden > Household Appliance Accessories > Vacuum Accessories': {
    en: ['vacuum bags', 'vacuum cleaner bags', 'hoover bags', 'vacuum filter', 'hepa filter', 'replacement filter~0.6'],
    de: ['staubsaugerbeutel', 'staubbeutel', 'staubsaugerfilter', 'ersatzfilter~0.6'],
    fr: ['sac aspirateur', 'sacs aspirateur', 'filtre aspirateur'],
    es: ['bolsas aspiradora', 'filtro aspiradora'],
    it: ['sacchetti aspirapolvere', 'filtro aspirapolvere'],
    nl: ['stofzuigerzakken', 'stofzuigerfilter'],
    pt: ['saco para aspirador', 'saco aspirador', 'sacos de po', 'filtro para aspirador', 'filtro aspirador'],
    pl: ['worki do odkurzacza', 'worek do odkurzacza', 'filtr do odkurzacza'],
    ru: ['мешки для пылесоса', 'мешок для пылесоса', 'фильтр для пылесоса'],
    cs: ['sacky do vysavace', 'filtr do vysavace'],
    sv: ['dammsugarpasar', 'dammsugarpase', 'dammsugarfilter'],
    // Written for this list (round 24): the languages without a translated taxonomy, and the
    // Spanish, Chinese and Korean forms shops use ("bolsas para aspiradora", "먼지봉투").
    xx: [
      'bolsas para aspiradora, bolsas de aspiradora, støvsugerposer, støvsugerpose, pölypussit, pölynimuripussit',
      'porzsák, porzsákok, saci aspirator, saci de aspirator, toz torbası, süpürge torbası',
      'σακούλες ηλεκτρικής σκούπας, мішки для пилососа, торбички за прахосмукачка, vrećice za usisavač',
      'vrecká do vysávača, vrečke za sesalnik, 集尘袋, 吸尘器袋, 尘袋, 紙パック, 먼지봉투, 청소기 필터',
      'kantong debu, putekļu maisi, tolmukotid, pölynimurin pussit, 吸尘器滤网',
    ],
  },
  'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades': {
    en: ['razor blades', 'replacement blades~0.6', 'razor cartridges', 'replacement heads~0.5'],
    de: ['rasierklingen', 'ersatzklingen', 'klingen~0.5'],
    fr: ['lames de rasoir', 'lames de rechange'],
    es: ['cuchillas de afeitar', 'cuchillas de repuesto'],
    it: ['lamette'],
    pt: ['laminas de barbear', 'lamina de barbear'],
    pl: ['ostrza do golenia', 'ostrze do golenia'],
    ru: ['бритвенные лезвия', 'лезвия для бритвы'],
    cs: ['ziletky', 'ziletka'],
    sv: ['rakblad'],
    xx: [
      'cuchillas de recambio, refis de laminas, recargas de laminas, lame di ricambio, barberblade, barberblad',
      'partaterät, vaihtoterät, borotvapenge, borotvabetét, lame de ras, rezerve aparat de ras',
      'tıraş bıçağı, yedek tıraş bıçağı, ξυραφάκια, ανταλλακτικά ξυραφάκια, змінні касети, леза для гоління',
      'сменные кассеты, ножчета за бръснене, britvice, zamjenske oštrice, žiletky, náhradné čepele',
      '剃须刀片, 면도날, 리필 면도날, wkłady do maszynki, wkład do maszynki, náhradní břity, náhradní břit',
      'mata pisau cukur, شفرات حلاقة',
    ],
  },
  // Written for this list (round 24): what a toothbrush, a watch, a water jug, a capsule coffee
  // machine and a lens use up or wear, by language; each is its own node, not the device.
  'Health & Beauty > Personal Care > Oral Care > Toothbrush Accessories > Toothbrush Replacement Heads': {
    xx: [
      'toothbrush heads, replacement brush heads, brush heads, aufsteckbürsten, ersatzbürsten, zahnbürstenköpfe',
      'brossettes, brossettes de rechange, têtes de brosse à dents, cabezales de recambio, recambios de cepillo',
      'testine, testine di ricambio, ricariche testine, opzetborstels, opzetborstel, tandborsthuvuden',
      'borsthuvuden, tandbørstehoveder, børstehoveder, tannbørstehoder, børstehoder, vaihtoharjat, harjaspäät',
      'końcówki do szczoteczki, końcówki szczoteczki, náhradní hlavice, kartáčkové hlavice, náhradné hlavice',
      'pótfej, pótfejek, fogkefefej, capete de schimb, capete periuta, cabeças de escova, recargas de escova',
      'насадки для зубной щетки, сменные насадки, насадки для зубної щітки, накрайници за четка за зъби',
      'nastavci za četkicu, ανταλλακτικές κεφαλές, yedek başlık, diş fırçası başlığı, 替换刷头, 牙刷头, 칫솔모, 리필모',
    ],
  },
  'Apparel & Accessories > Jewelry > Watch Accessories > Watch Bands': {
    xx: [
      'watch band, watch strap, watchband, replacement strap, uhrenarmband, uhrarmband, ersatzarmband',
      'bracelet de montre, bracelet montre, correa de reloj, correa para reloj, cinturino, cinturino orologio',
      'horlogeband, horlogebandje, klockarmband, urrem, klokkereim, kellon ranneke, kellonranneke',
      'pasek do zegarka, řemínek na hodinky, remienok na hodinky, óraszíj, curea ceas, curea de ceas',
      'pulseira para relógio, bracelete de relógio, ремешок для часов, ремінець для годинника',
      'каишка за часовник, remen za sat, λουράκι ρολογιού, saat kordonu, 表带, 手表带, 時計ベルト, 시계줄',
    ],
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Water Filters': {
    xx: ['water filter jug, filtre à eau, carafe filtrante, filtro de agua, filtro acqua, caraffa filtrante'],
  },
  // What a filter jug or an under-sink filter uses up is a cartridge: the taxonomy has its node
  // (round 23: before, the cartridges read as the jug).
  'Hardware > Plumbing > Water Dispensing & Filtration > Water Filtration Accessories > Water Filter Cartridges': {
    xx: [
      'water filter cartridge, water filter cartridges, filter cartridges, filterkartusche, filterkartuschen, wasserfilterkartusche',
      'cartouche filtrante, cartouches filtrantes, cartucho filtrante, cartuccia filtrante, cartucce filtranti',
      'filterpatroon, filterpatronen, filterpatron, suodatinpatruuna, wkład filtrujący, wkłady filtrujące',
      'filtrační patrona, filtračná patróna, szűrőbetét, cartuș filtrant, cartușe filtrante',
      'сменный картридж для фильтра, картридж для фильтра, змінний картридж, филтърна касета',
      'uložak za filter, φίλτρο κανάτας, filtre kartuşu, 滤芯, 净水滤芯, 浄水カートリッジ, 필터 카트리지',
      'filtro para jarro, filtro de água para jarro, filtro per caraffa, filtro para jarra, 浄水器 カートリッジ, 净水器滤芯, 정수기 필터',
      'картридж для фильтра кувшина, картридж для кувшина',
    ],
  },
  'Food, Beverages & Tobacco > Beverages > Coffee': {
    xx: [
      'coffee capsules, coffee pods, kaffeekapseln, kaffeepads, capsules de café, dosettes, capsule caffè',
      'cialde caffè, koffiecups, koffiepads, kaffekapslar, kaffekapsler, kahvikapselit, kapsułki do kawy',
      'kávové kapsle, kávové kapsuly, kávékapszula, capsule cafea, cápsulas de café, kahve kapsülü',
      'кофейные капсулы, капсулы кофе, кавові капсули, кафе капсули, kapsule za kavu, κάψουλες καφέ',
      '咖啡胶囊, コーヒーカプセル, 커피캡슐',
      'kapsul kopi, kafijas kapsulas, kohvikapslid, كبسولات قهوة',
    ],
  },
  // Written for this list (round 21): what a glucose meter and an air purifier use up.
  'Health & Beauty > Health Care > Biometric Monitor Accessories > Blood Glucose Meter Accessories > Blood Glucose Test Strips':
    {
      xx: [
        'test strips, glucose test strips, teststreifen, blutzuckerteststreifen, bandelettes, bandelettes de glycémie',
        'tiras reactivas, strisce reattive, paski testowe, тест-полоски, strip tes, testovací proužky, teststrips',
      ],
    },
  'Home & Garden > Household Appliance Accessories > Air Purifier Accessories > Air Purifier Filters': {
    xx: [
      'air purifier filter, luftreinigerfilter, filtre purificateur, filtr do oczyszczacza, 空气净化器滤芯, 공기청정기 필터',
    ],
  },
  // Written for this list (round 23): what an electric shaver wears out is its head or foil, an
  // electric razor's accessory, not a blade for a wet razor.
  'Health & Beauty > Personal Care > Shaving & Grooming > Electric Razor Accessories': {
    xx: [
      'shaver head, shaver heads, shaving heads, shaver foil, scherkopf, scherköpfe, ersatzscherkopf, scherfolie',
      'têtes de rasoir, tête de rasage, cabezal de afeitado, testina rasoio',
      'scheerkop, scheerkoppen, rakhuvud, rakhuvuden, głowica golarki, holicí hlavice, бритвенная головка',
      'シェーバー 替刃, 剃须刀头, 剃须刀刀头, 替换刀头, 刀头~0.6, 면도기 헤드, tıraş makinesi başlığı',
    ],
  },
  // What a filter coffee machine uses up, by language.
  'Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Coffee Maker & Espresso Machine Accessories > Coffee Filters':
    {
      xx: [
        'coffee filter papers, filtros de café',
        'filtri caffè, filtri per caffè, koffiefilter, koffiefilters, kaffefilter, kaffefiltre, kahvinsuodatin',
        'kahvinsuodattimet, filtry do kawy, kávové filtry, фильтры для кофе',
        '커피 필터, kahve filtresi, filtros de papel para café',
      ],
    },
  'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Tools > Needles & Hooks > Sewing Machine Needles':
    {
      xx: [
        'sewing machine needles, nähmaschinennadeln, aiguilles machine à coudre, agujas máquina de coser',
        'aghi macchina da cucire, naaimachinenaalden, symaskinsnålar, igły do maszyny, jehly do šicího stroje',
        'иглы для швейной машины, ミシン針, 缝纫机针, 미싱바늘',
      ],
    },
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Mop Heads & Refills': {
    xx: [
      'mop head, mop pads, mop refill, wischbezug, wischbezüge, wischpad, recharge serpillière, recambio fregona',
      'ricambio mocio, dweilpad, moppdukar, nakładka na mop, wkład do mopa, refil para mop, refil mop',
      'насадка для швабры, 拖把头, モップ 替え, 걸레 리필',
    ],
  },
  'Hardware > Tool Accessories > Tool Blades > Saw Blades': {
    xx: [
      'saw blade, saw blades, circular saw blade, sägeblatt, sägeblätter, stichsägeblatt',
      'disco de sierra, lama per sega, disco per sega',
      'zaagblad, zaagbladen, sågblad, savklinge, sagblad, sahanterä, pilový kotouč, pilové kotouče',
      'tarcza do pilarki, brzeszczot, lâmina de serra, disco de serra, пильный диск, チップソー, 锯片, 톱날',
      'testere bıçağı',
    ],
  },
  'Hardware > Tool Accessories > Drill & Screwdriver Accessories > Drill & Screwdriver Bits': {
    xx: ['ドリルビット, 钻头, 麻花钻头, 드릴 비트, 드릴비트, matkap ucu, poranterä'],
  },
  'Home & Garden > Lawn & Garden > Outdoor Power Equipment Accessories > Lawn Mower Accessories > Lawn Mower Blades': {
    xx: [
      'lawn mower blade, mower blade, rasenmähermesser, lame de tondeuse, cuchilla cortacésped, lama tosaerba',
      'maaimes, gräsklipparkniv, nóż do kosiarki, нож для газонокосилки',
    ],
  },
  // Written for this list (round 23): a box or an organiser to keep things in is the storage, not
  // what it keeps ("Aufbewahrungsbox für Spielzeug", "장난감 정리함": rules/storage-of.ts).
  'Home & Garden > Household Supplies > Storage & Organization > Household Storage Containers': {
    xx: [
      'storage box, storage boxes, storage bin, aufbewahrungsbox, aufbewahrungskiste, boîte de rangement',
      'bac de rangement, caja de almacenaje, caja de almacenamiento, caja organizadora, scatola portaoggetti',
      'contenitore portaoggetti, scatola contenitore, opbergbox, opbergdoos, förvaringslåda, förvaringsbox',
      'opbevaringskasse, opbevaringsboks, oppbevaringsboks, oppbevaringskasse',
      'pudełko do przechowywania, pojemnik do przechowywania, úložný box, úložná krabice, ящик для хранения',
      'коробка для хранения, контейнер для хранения, 収納ボックス, 整理箱, 정리함',
      'caixa organizadora, caixa de arrumação, caixa de armazenamento',
    ],
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Organizers > Spice Organizers': {
    xx: [
      'spice rack, gewürzregal, porte-épices, porte épices, especiero, portaspezie, kruidenrek, kryddhylla',
      'krydderihylde, krydderhylle, maustehylly, stojak na przyprawy, stojan na koření, полка для специй',
      'porta temperos, porta-temperos, 調味料ラック, 调料架, 양념통 정리대',
    ],
  },
  'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Shoe Racks & Organizers': {
    xx: [
      'shoe rack, range-chaussures, range chaussures',
      'полка для обуви',
      'シューズラック, 鞋架, 신발장, 신발 정리대',
    ],
  },
  'Home & Garden > Decor > Bookends': {
    xx: [
      'bookends, buchstütze, buchstützen, serre-livres, sujetalibros, fermalibri, boekensteun, bokstöd, bogstøtte, bokstøtte, kirjatuki',
    ],
  },
  'Home & Garden > Lighting Accessories > Lamp Shades': {
    xx: [
      'lamp shade, lampshade, lampenschirm, abat-jour, pantalla de lámpara, paralume, lampenkap, lampskärm',
      'lampeskærm, lampeskjerm, lampunvarjostin, abażur, stínidlo, абажур, ランプシェード, 灯罩, 램프 갓',
    ],
  },
  // "A table lamp is a lamp" (round 23): the table names where the product stands.
  'Home & Garden > Lighting > Lamps': {
    xx: [
      'lampe de table, lámpara de mesa, lampada da tavolo, lampade da tavolo',
      'candeeiro de mesa, luminária de mesa, tafellamp, bordslampa, pöytävalaisin, lampa stołowa',
      'настольная лампа, テーブルランプ, 台灯, 테이블 램프',
    ],
  },
  'Home & Garden > Decor > Clocks > Desk & Shelf Clocks': {
    xx: ['table clock, tischuhr, horloge de table, reloj de mesa, orologio da tavolo, relógio de mesa'],
  },
  'Sporting Goods > Indoor Games > Ping Pong > Ping Pong Paddles & Sets': {
    xx: [
      'raquette de tennis de table, pala de tenis de mesa',
      'racchetta da tennis da tavolo, racchetta ping pong, tafeltennisbatje, bordtennisracket, rakietka do tenisa',
    ],
  },
  'Toys & Games > Games > Board Games': {
    xx: ['giochi da tavolo'],
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Bakeware > Cake Pans & Molds': {
    xx: [
      'cake tin, cake pan, kuchenform, moule à gâteau, molde para tarta, taartvorm, kageform',
      'kakeform, kakkuvuoka, forma do ciasta, forma na dort, ケーキ型',
      '蛋糕模具, 케이크 틀, kek kalıbı',
    ],
  },
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Stemware': {
    xx: [
      'wine glass, wine glasses, weinglas, bicchieri da vino',
      'vinglass, viinilasi, kieliszek do wina',
      '红酒杯, 葡萄酒杯, 와인잔, şarap kadehi',
    ],
  },
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Beer Glasses': {
    xx: [
      'beer glass, bierglas, biergläser, verre à bière, bierglazen, ölglas, ølglas, oluttuoppi, bokal do piwa, ビールグラス, 啤酒杯, 맥주잔',
    ],
  },
  'Hardware > Hardware Accessories > Tool Storage & Organization > Tool Bags': {
    xx: [
      'tool bag, werkzeugtasche, sac à outils, bolsa de herramientas, borsa porta attrezzi, gereedschapstas, verktygsväska, torba narzędziowa, 工具バッグ, 工具包, 공구가방',
    ],
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': {
    xx: ['bread knife, couteau à pain, cuchillo de pan, coltello da pane, broodmes, leipäveitsi, nóż do chleba'],
  },
  'Home & Garden > Kitchen & Dining > Tableware > Flatware > Table Knives': {
    xx: [
      'butter knife, buttermesser, couteau à beurre, cuchillo de mantequilla, coltello da burro, botermes, smörkniv',
    ],
  },
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Treats': {
    xx: ['犬 おやつ, 狗零食, 강아지 간식'],
  },
  'Cameras & Optics > Camera & Optic Accessories > Camera Lens Accessories > Lens Caps': {
    xx: [
      'lens cap, lens cover, objektivdeckel, bouchon d objectif, tapa de objetivo, tappo obiettivo',
      'copriobiettivo, lensdop, objektivlock, dekielek na obiektyw, krytka objektivu, крышка для объектива',
      'レンズキャップ, 镜头盖, 렌즈캡',
    ],
  },
  // Film is what a film camera uses up: Google's names of the node in its translations.
  'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Film': {
    en: ['camera film', 'instant film', 'photo film'],
    de: ['kamerafilm', 'sofortbildfilm'],
    fr: ['pellicule photo', 'film instantane'],
    es: ['pelicula fotografica', 'pelicula instantanea'],
    it: ['rullino fotocamera', 'rullino', 'pellicola istantanea'],
    pt: ['filme fotografico', 'filme instantaneo'],
    pl: ['film do aparatu', 'filmy do aparatow'],
    ru: ['фотопленка'],
    cs: ['fotograficky film'],
    sv: ['kamerafilm'],
  },
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const CONSUMABLE_SYNONYMS: [string, string][] = Object.entries(CONSUMABLES).map(([path, byLang]) => [
  path,
  Object.values(byLang).flat().join(', '), // the xx groups are comma-separated lines of several languages
]);
