/**
 * Everyday product words of Finnish, Hungarian, Romanian, Norwegian, Danish, Greek and Turkish that
 * the earlier lists (everyday-regions-2.ts, everyday-regions-3.ts, the translated taxonomy) leave out
 * (issue #15): storage and kitchen goods, furniture parts and hallway furniture, toy cars, pet and
 * baby goods, garden and lighting, computer mice and webcams, and hand tools. Written for this list
 * from ordinary dictionary vocabulary (not taken from any evaluation title). One row per concept, one
 * entry per language; same syntax as synonyms.ts ("word~0.6" for a word with a second meaning).
 *
 * A word that folds onto another language's product word, or is an everyday word there, is listed
 * only inside a phrase: Norwegian "vater" (spirit level) is German "father", "tang" (pliers) an
 * English word, "mus" (mouse) is left to "trådløs mus"; Romanian "ruletă" (tape measure) is Spanish
 * "roulette", "bere" (beer) Italian "to drink"; Turkish "mayo" (swimsuit) is English mayonnaise and
 * "pense" (pliers) French "think"; Greek "ποντίκι" is the animal as well as the mouse; Finnish
 * "mysli" (muesli) is Polish and Czech "thoughts", Hungarian "tál" (bowl) Spanish "tal", "dió" (walnut)
 * Italian "dio", "pad" (bench) English, Romanian "bancă" (bench) Italian "bank", "gem" (jam) English,
 * Norwegian "bolle" (bowl) Italian "bubbles", Turkish "rende" (grater) Italian "makes".
 */
type Lang = 'fi' | 'hu' | 'ro' | 'no' | 'da' | 'el' | 'tr';

const REGIONS: Record<string, Partial<Record<Lang, string>>> = {
  // Clothing and shoes.
  'Apparel & Accessories > Clothing > Underwear & Socks > Underwear': {
    hu: 'boxeralsó, boxeralsók',
    ro: 'boxeri, chiloți boxeri',
  },
  'Apparel & Accessories > Clothing > Swimwear': {
    tr: 'kadın mayo, erkek mayo, mayokini',
  },
  'Apparel & Accessories > Shoes': {
    fi: 'juoksukengät, lenkkarit, lenkkitossut, tennarit',
    el: 'γαλότσες, γαλότσα, πέδιλα',
  },
  // Furniture, its parts and the hallway.
  'Furniture > Cabinets & Storage > Armoires & Wardrobes': {
    da: 'garderobeskab',
  },
  'Furniture > Cabinets & Storage > Dressers': {
    fi: 'laatikosto',
  },
  'Furniture > Table Accessories > Table Legs': {
    fi: 'pöydänjalat, pöydänjalka',
    hu: 'asztalláb, asztallábak',
    no: 'bordben, bordbein',
    ro: 'picioare masă, picioare de masă',
  },
  'Hardware > Building Materials > Door Hardware > Door Knobs & Handles': {
    fi: 'ovenkahva, ovenkahvat',
    hu: 'kilincs, ajtókilincs',
    no: 'dørhåndtak, dørvrider',
    da: 'dørhåndtag',
    ro: 'mâner ușă, mâner de ușă',
    el: 'πόμολο πόρτας',
  },
  'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Shoe Racks & Organizers': {
    fi: 'kenkäteline, kenkähylly',
    hu: 'cipőtartó, cipősszekrény',
    no: 'skostativ, skohylle',
    da: 'skoreol',
    ro: 'pantofar',
    el: 'παπουτσοθήκη',
    tr: 'ayakkabılık',
  },
  'Home & Garden > Decor > Coat & Hat Racks': {
    fi: 'naulakko',
    hu: 'fogas~0.7, előszobafal',
    no: 'knaggrekke, stumtjener',
    da: 'knagerække',
    ro: 'cuier',
    tr: 'portmanto',
  },
  // Kitchen and storage.
  'Home & Garden > Household Supplies > Storage & Organization > Household Storage Containers': {
    fi: 'säilytyslaatikko, säilytyslaatikot',
    hu: 'tárolódoboz, tárolódobozok, tároló doboz',
    ro: 'cutie depozitare, cutie de depozitare, cutii depozitare, cutii de depozitare',
    el: 'κουτί αποθήκευσης, κουτιά αποθήκευσης',
    tr: 'saklama kutusu, saklama kutuları',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': {
    fi: 'veitsisarja',
    hu: 'késkészlet',
    no: 'knivsett',
    da: 'knivsæt',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Casserole Dishes': {
    fi: 'uunivuoka',
    hu: 'sütőtál, üveg sütőtál',
    no: 'ildfast form',
  },
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles': {
    fi: 'juomapullo',
    hu: 'kulacs',
    no: 'drikkeflaske',
    da: 'drikkedunk',
    ro: 'sticlă de apă, sticla de apa',
    el: 'παγούρι',
    tr: 'matara',
  },
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Lunch Boxes & Totes': {
    hu: 'uzsonnásdoboz, ételhordó',
    da: 'madkasse',
    ro: 'cutie pentru prânz',
    el: 'φαγητοδοχείο',
    tr: 'beslenme kutusu, beslenme çantası',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders': {
    fi: 'sähkövatkain',
    hu: 'kézi mixer',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines': {
    tr: 'kahve makinesi, filtre kahve makinesi',
  },
  // Bedding.
  'Home & Garden > Linens & Bedding > Bedding > Mattress Protectors': {
    hu: 'matracvédő, matracfedő',
    fi: 'patjansuoja',
    no: 'madrassbeskytter',
    ro: 'protecție saltea',
  },
  // Toys.
  'Toys & Games > Toys > Play Vehicles': {
    fi: 'leikkiauto, leikkiautot',
    hu: 'játékautó, játékautók',
    no: 'lekebil, lekebiler',
    da: 'legetøjsbil',
    ro: 'mașinuță de jucărie',
  },
  // Cosmetics.
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer': {
    hu: 'kézkrém',
    no: 'håndkrem',
    da: 'håndcreme',
  },
  // Food and drink.
  'Food, Beverages & Tobacco > Food Items > Bakery > Cookies': {
    fi: 'keksit, keksi',
    hu: 'keksz',
    no: 'kjeks',
    ro: 'biscuiți, biscuiti',
  },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer': {
    ro: 'bere~0.6, bere blondă, bere la doză, bere artizanală',
  },
  // Pet.
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter': {
    fi: 'kissanhiekka, kissan hiekka',
    el: 'άμμος για γάτες, άμμος γάτας',
  },
  'Animals & Pet Supplies > Pet Supplies > Fish Supplies > Aquariums': {
    fi: 'akvaario',
    ro: 'acvariu',
  },
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Toys': {
    fi: 'koiran lelu, koiranlelu',
    hu: 'kutyajáték',
    no: 'hundeleke',
    da: 'hundelegetøj',
    ro: 'jucărie pentru câini',
  },
  'Animals & Pet Supplies > Pet Supplies > Pet Leashes': {
    da: 'hundesnor',
  },
  // Baby.
  'Furniture > Baby & Toddler Furniture > High Chairs & Booster Seats': {
    fi: 'syöttötuoli',
    hu: 'etetőszék',
    no: 'høystol',
    da: 'højstol',
    ro: 'scaun de masă pentru copii',
  },
  'Baby & Toddler > Baby Safety > Baby Monitors': {
    fi: 'itkuhälytin',
    hu: 'bébiőr',
    no: 'babycall',
    da: 'babyalarm',
    ro: 'monitor bebeluși, monitor pentru bebeluși',
  },
  // Garden and lighting.
  'Furniture > Outdoor Furniture > Outdoor Seating > Outdoor Chairs': {
    fi: 'puutarhatuoli',
    hu: 'kerti szék',
    no: 'hagestol',
    da: 'havestol',
    ro: 'scaun de grădină',
  },
  'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Hedge Trimmers': {
    fi: 'pensasleikkuri',
    hu: 'sövényvágó',
    no: 'hekksaks, hekktrimmer',
    da: 'hækkeklipper',
    ro: 'mașină de tuns gard viu, foarfecă de gard viu',
    el: 'μπορντουροψάλιδο',
    tr: 'çit budama makinesi',
  },
  'Home & Garden > Lawn & Garden > Gardening > Fertilizers': {
    fi: 'lannoite',
    hu: 'műtrágya',
    no: 'gjødsel',
    da: 'gødning',
    ro: 'îngrășământ',
    el: 'λίπασμα',
    tr: 'gübre',
  },
  'Home & Garden > Lighting > Light Ropes & Strings': {
    fi: 'valosarja, valoketju',
    hu: 'fényfüzér',
    no: 'lysslynge',
    da: 'lyskæde',
    ro: 'instalație luminoasă',
  },
  // Phone and computer accessories.
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs': {
    fi: 'hiiri~0.7, langaton hiiri, pelihiiri',
    hu: 'egér~0.7, vezeték nélküli egér, gamer egér',
    no: 'trådløs mus, datamus, gamingmus',
    el: 'ασύρματο ποντίκι, ποντίκι υπολογιστή',
  },
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': {
    fi: 'puhelimen kuori, puhelinkuori, puhelimen suojakuori',
  },
  'Electronics > Electronics Accessories > Power > Power Adapters & Chargers': {
    fi: 'varavirtalähde',
    ro: 'baterie externă',
  },
  'Cameras & Optics > Cameras > Webcams': {
    fi: 'verkkokamera',
    hu: 'webkamera',
    ro: 'cameră web',
  },
  // Tools.
  'Hardware > Tools > Screwdrivers': {
    fi: 'ruuvimeisseli, ruuvimeisselit, ruuvimeisselisarja',
    no: 'skrutrekker, skrutrekkersett',
  },
  'Hardware > Tools > Drills > Handheld Power Drills': {
    hu: 'fúrócsavarozó, akkus fúró',
    el: 'δραπανοκατσάβιδο',
  },
  'Hardware > Tools > Measuring Tools & Sensors > Levels': {
    fi: 'vesivaaka',
    hu: 'vízmérték',
    no: 'vaterpass',
    da: 'vaterpas',
    ro: 'nivelă',
  },
  'Hardware > Tools > Measuring Tools & Sensors > Tape Measures': {
    fi: 'mittanauha',
    hu: 'mérőszalag',
    ro: 'ruletă de măsurat',
  },
  'Hardware > Tools > Wrenches': {
    fi: 'jakoavain, kiintoavain',
    hu: 'villáskulcs, csavarkulcs',
    no: 'fastnøkkel, skiftenøkkel',
    da: 'gaffelnøgle, svensknøgle',
    ro: 'cheie fixă, cheie reglabilă',
  },
  'Hardware > Hardware Accessories > Tool Storage & Organization > Tool Boxes': {
    fi: 'työkalulaatikko, työkalupakki',
    hu: 'szerszámosláda',
    no: 'verktøykasse',
    da: 'værktøjskasse',
    ro: 'cutie de scule',
    el: 'εργαλειοθήκη',
    tr: 'takım çantası',
  },
  'Hardware > Tools > Pliers': {
    fi: 'pihdit',
    hu: 'fogó~0.6, kombinált fogó',
    no: 'kombinasjonstang, nebbtang',
    da: 'kombinationstang',
    ro: 'clește',
    el: 'πένσα',
  },
  // Second list: bathroom and hallway, kitchen tools, baby, garden tools, computer accessories, power tools.
  'Apparel & Accessories > Clothing > Sleepwear & Loungewear > Robes': {
    fi: 'kylpytakki',
    hu: 'fürdőköpeny',
    no: 'morgenkåpe',
    ro: 'halat de baie',
  },
  'Luggage & Bags > Cosmetic & Toiletry Bags': {
    hu: 'neszeszer',
    no: 'toalettmappe',
  },
  'Furniture > Entertainment Centers & TV Stands': {
    fi: 'tv-taso',
    no: 'tv-benk',
    hu: 'tv-szekrény',
  },
  'Furniture > Benches': {
    fi: 'penkki',
    no: 'benk',
  },
  'Furniture > Beds & Accessories > Beds & Bed Frames': {
    fi: 'sängynrunko',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Flatware > Flatware Sets': {
    hu: 'evőeszközkészlet',
    no: 'bestikksett',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Serveware > Serving Pitchers & Carafes': {
    hu: 'kancsó',
    ro: 'carafă',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Whisks': {
    fi: 'vispilä',
    hu: 'habverő',
    no: 'visp',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Spatulas': {
    fi: 'paistinlasta',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Colanders & Strainers': {
    fi: 'siivilä',
    hu: 'tésztaszűrő, konyhai szűrő',
    no: 'dørslag',
    ro: 'strecurătoare',
  },
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dollhouses': {
    fi: 'nukkekoti',
    hu: 'babaház',
    no: 'dukkehus',
  },
  'Baby & Toddler > Baby Toys & Activity Equipment > Rattles': {
    fi: 'helistin',
    hu: 'csörgő',
    no: 'rangle',
    ro: 'zornăitoare',
  },
  'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Nail Tools > Nail Files & Emery Boards': {
    fi: 'kynsiviila',
    hu: 'körömreszelő',
    no: 'neglefil',
  },
  'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Combs & Brushes': {
    fi: 'hiusharja',
    hu: 'hajkefe',
    no: 'hårbørste',
    ro: 'perie de păr',
  },
  'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades': {
    fi: 'partahöylä',
    no: 'barberhøvel',
  },
  'Health & Beauty > Personal Care > Shaving & Grooming > Electric Razors': {
    ro: 'aparat de bărbierit',
  },
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Skin Care Masks & Peels': {
    fi: 'kasvonaamio',
    hu: 'arcmaszk',
    no: 'ansiktsmaske',
    ro: 'mască de față',
  },
  'Food, Beverages & Tobacco > Food Items > Snack Foods > Crackers': {
    fi: 'näkkileipä',
    no: 'knekkebrød',
  },
  'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Cereal & Granola': {
    hu: 'müzli',
  },
  'Food, Beverages & Tobacco > Food Items > Dips & Spreads > Jams & Jellies': {
    fi: 'hillo',
    hu: 'lekvár',
    no: 'syltetøy',
    ro: 'gem de căpșuni, gem de caise, gem de prune',
  },
  'Food, Beverages & Tobacco > Food Items > Nuts & Seeds': {
    fi: 'pähkinät, pähkinä',
    no: 'nøtter',
    ro: 'nuci',
  },
  'Food, Beverages & Tobacco > Food Items > Seasonings & Spices': {
    fi: 'mausteet, mauste',
    hu: 'fűszer, fűszerkeverék',
    no: 'krydder',
    ro: 'condimente',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture': {
    fi: 'raapimispuu',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Beds': {
    fi: 'kissan peti',
    hu: 'macskaágy',
  },
  'Animals & Pet Supplies > Pet Supplies > Bird Supplies > Bird Food': {
    fi: 'linnunruoka',
    hu: 'madáreleség',
    no: 'fuglefrø',
    ro: 'hrană pentru păsări',
  },
  'Baby & Toddler > Baby Health > Pacifiers & Teethers': {
    fi: 'huvitutti',
    no: 'smokk',
  },
  'Baby & Toddler > Nursing & Feeding > Bibs': {
    fi: 'ruokalappu',
    hu: 'előke',
    no: 'smekke',
    ro: 'bavețică',
  },
  'Baby & Toddler > Diapering > Changing Mats & Trays': {
    fi: 'hoitoalusta',
    hu: 'pelenkázó alátét',
    no: 'stelleunderlag',
  },
  'Baby & Toddler > Baby Transport > Baby Carriers': {
    hu: 'babahordozó',
    no: 'bæresele',
    ro: 'marsupiu',
  },
  'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans': {
    fi: 'kastelukannu',
    hu: 'locsolókanna',
    no: 'vannkanne',
    ro: 'stropitoare',
  },
  'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Wheelbarrows': {
    fi: 'kottikärryt',
    hu: 'talicska',
    no: 'trillebår',
    ro: 'roabă',
  },
  'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Shovels & Spades': {
    fi: 'lapio',
    hu: 'kerti ásó',
    ro: 'lopată',
  },
  'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Rakes': {
    fi: 'harava',
    hu: 'gereblye',
    ro: 'greblă',
  },
  'Home & Garden > Lighting > Lighting Fixtures > Wall Light Fixtures': {
    ro: 'aplică perete, aplică de perete',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Juicers': {
    fi: 'mehulinko',
    ro: 'storcător',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills > Waffle Irons': {
    fi: 'vohvelirauta',
    hu: 'gofrisütő',
    no: 'vaffeljern',
    ro: 'aparat de vafe',
  },
  'Electronics > Electronics Accessories > Computer Components > USB & FireWire Hubs': {
    fi: 'usb-keskitin',
    hu: 'usb elosztó',
  },
  'Electronics > Electronics Accessories > Computer Accessories > Mouse Pads': {
    hu: 'egérpad',
    no: 'musematte',
  },
  'Electronics > Electronics Accessories > Memory > Flash Memory > Flash Memory Cards': {
    fi: 'muistikortti',
    hu: 'memóriakártya',
    no: 'minnekort',
  },
  'Hardware > Tools > Grinders': {
    fi: 'kulmahiomakone',
    hu: 'sarokcsiszoló',
    ro: 'polizor unghiular',
  },
  'Hardware > Tools > Saws > Jigsaws': {
    fi: 'pistosaha',
    no: 'stikksag',
  },
  'Hardware > Tools > Sanders': {
    fi: 'hiomakone',
    hu: 'csiszológép',
    no: 'slipemaskin',
    ro: 'șlefuitor',
  },
  'Hardware > Tools > Ladders & Scaffolding > Ladders': {
    fi: 'tikkaat',
    hu: 'létra',
    ro: 'scară~0.7',
  },
  'Hardware > Tool Accessories > Drill & Screwdriver Accessories > Drill & Screwdriver Bits': {
    fi: 'poranterät',
    hu: 'fúrószár',
    ro: 'burghie',
  },
  // Third list: Romanian, Turkish and Greek clothing, kitchen, toiletries, drinks, pet, baby, garden and fasteners.
  'Apparel & Accessories > Clothing > Outerwear > Vests': {
    tr: 'şişme yelek, yelek',
  },
  'Luggage & Bags > Fanny Packs': {
    ro: 'borsetă',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Bowls': {
    ro: 'castron',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Food Graters & Zesters': {
    ro: 'răzătoare',
    tr: 'sebze rendesi, rende seti',
    el: 'τρίφτης',
  },
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Pressure Cookers & Canners': {
    tr: 'düdüklü tencere',
    el: 'χύτρα ταχύτητας',
    ro: 'oală sub presiune',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Cookers & Steamers': {
    ro: 'multicooker',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Organizers > Spice Organizers': {
    tr: 'baharatlık',
  },
  'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters': {
    el: 'κουβερλί',
    tr: 'pike takımı',
  },
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals': {
    ro: 'ursuleț de pluș',
  },
  'Sporting Goods > Outdoor Recreation > Riding Scooters': {
    ro: 'trotinetă',
    el: 'πατίνι',
  },
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Makeup Removers': {
    ro: 'demachiant',
    tr: 'makyaj temizleyici',
    el: 'ντεμακιγιάζ',
  },
  'Health & Beauty > Personal Care > Shaving & Grooming > Shaving Cream': {
    ro: 'spumă de ras',
    tr: 'tıraş köpüğü',
    el: 'αφρός ξυρίσματος',
  },
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash': {
    tr: 'duş jeli',
  },
  'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner': {
    el: 'μαλακτική κρέμα μαλλιών',
  },
  'Food, Beverages & Tobacco > Beverages > Water': {
    ro: 'apă minerală, apă plată',
    tr: 'maden suyu, içme suyu',
    el: 'μεταλλικό νερό, εμφιαλωμένο νερό',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Flour': {
    tr: 'buğday unu',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils': {
    el: 'ηλιέλαιο',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food': {
    ro: 'hrană umedă pisici',
  },
  'Animals & Pet Supplies > Pet Supplies > Bird Supplies > Bird Cages & Stands': {
    ro: 'colivie',
    tr: 'kuş kafesi',
    el: 'κλουβί πουλιών',
  },
  'Animals & Pet Supplies > Pet Supplies > Pet Collars & Harnesses': {
    el: 'κολάρο σκύλου',
  },
  'Baby & Toddler > Nursing & Feeding > Baby & Toddler Food > Baby Food': {
    tr: 'bebek maması',
  },
  'Furniture > Baby & Toddler Furniture > Cribs & Toddler Beds': {
    ro: 'pătuț',
    tr: 'bebek beşiği, beşik',
    el: 'κούνια μωρού',
  },
  'Home & Garden > Plants > Seeds': {
    ro: 'sămânță de gazon',
    tr: 'çim tohumu',
    el: 'σπόροι γκαζόν',
  },
  'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Pruning Shears': {
    ro: 'foarfecă de grădină, foarfecă de crengi',
    tr: 'budama makası',
    el: 'κλαδευτήρι',
  },
  'Hardware > Hardware Accessories > Hardware Fasteners > Nails': {
    ro: 'cuie',
    el: 'καρφιά',
  },
  'Office Supplies > Shipping Supplies > Packing Tape': {
    ro: 'bandă adezivă',
    tr: 'koli bandı',
    el: 'ταινία συσκευασίας',
  },
  'Hardware > Tools > Measuring Tools & Sensors': {
    tr: 'lazer metre',
  },
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_REGIONS_4: [string, string][] = Object.entries(REGIONS).map(([path, byLang]) => [
  path,
  Object.values(byLang).join(', '),
]);
