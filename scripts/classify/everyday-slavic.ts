/**
 * Everyday product words of the Slavic languages that no translated taxonomy covers (issue #15):
 * Slovak, Croatian (whose words Serbian in Latin letters and Bosnian share), Slovenian and
 * Bulgarian, and the Polish and Czech nouns the other lists lack. The nouns a shop puts first in a
 * title for the most-bought products of every top level, in the nominative; their plurals and
 * case forms ("hrncov", "lonaca", "izvijačev", "ножове") are read by the inflection rules
 * (lib/classify/rules/slavic-inflection.ts), so a word is listed in one form where those rules
 * reach the others ("majica", not "majice"). Written for this list from ordinary dictionary
 * vocabulary (not taken from any evaluation title). One row per concept, one line per language:
 * sk; hr; sl; bg; then Polish and Czech; a word two of them share is listed once, in the first.
 * Same syntax as synonyms.ts ("word~0.6" for a word with a second meaning).
 *
 * Curated keys hold for every language, so a word is left out, or listed only in a phrase, where
 * it is another language's word for something else: Croatian and Slovenian "nož" and Polish
 * "nóż" (knife) fold onto Portuguese "noz" (walnut), Croatian "čaša" (glass) onto Spanish "casa",
 * "šal" (scarf) onto "sal" (salt), "sat" (watch) is English, "med" (honey) Swedish, Slovenian
 * "stol" (chair) the Polish and Czech table, Bulgarian "стол" (chair) the Russian table, Polish
 * "kapa" (bedspread) a Croatian cap, Slovenian "pas" (belt) and "kolo" (bicycle, a wheel),
 * Slovenian "pipa" (tap) a Portuguese kite, Croatian "tuš" (shower) the Spanish "tus" (your),
 * Slovenian "milo" (soap) a chocolate drink, "armatura" (a tap) an Italian frame. On a page of
 * one of these languages "noz" reads as a knife whatever the lists say (rules/page-language-words.ts).
 */
const SLAVIC: Record<string, string[]> = {
  // Clothing.
  'Apparel & Accessories > Clothing > Shirts & Tops': [
    'košeľa, tričká, mikina, sveter',
    'majica, košulja, bluza, džemper, vesta~0.5',
    'srajca, puloverji, jopa',
    'тениска, тениски, риза, ризи, блуза, суичър, пуловер',
  ],
  'Apparel & Accessories > Clothing > Pants': [
    'nohavice, tepláky',
    'hlače, traperice, trenirka~0.6',
    'kavbojke, pajkice',
    'панталон, панталони, дънки, клин~0.5',
  ],
  'Apparel & Accessories > Clothing > Skirts': ['sukňa', 'suknja', 'krilo~0.6', 'пола~0.6, поли~0.5'],
  'Apparel & Accessories > Clothing > Dresses': ['', 'haljina', 'obleka~0.6, obleke~0.5', 'рокля, рокли'],
  'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets': [
    'kabát, bunda, vetrovka',
    'jakna, kaput, vjetrovka, kabanica',
    'plašč',
    'яке, якета, палто, шуба',
  ],
  'Apparel & Accessories > Clothing > Underwear & Socks > Socks': ['ponožky', 'čarape', 'nogavice', 'чорапи, чорап'],
  'Apparel & Accessories > Clothing > Underwear & Socks > Underwear': [
    'spodná bielizeň, nohavičky, boxerky',
    'donje rublje, gaće, bokserice, gaćice',
    'spodnje perilo, spodnjice, boksarice',
    'бельо~0.5, бикини~0.6, боксерки, прашки',
  ],
  'Apparel & Accessories > Clothing > Underwear & Socks > Bras': [
    'podprsenka',
    'grudnjak',
    'modrček, nedrček',
    'сутиен',
  ],
  'Apparel & Accessories > Clothing > Sleepwear & Loungewear > Pajamas': ['pyžamo', 'pidžama', 'pižama', 'пижама'],
  'Apparel & Accessories > Clothing > Swimwear': ['plavky', 'kupaći kostim, kupaće gaće', 'kopalke', 'бански'],
  'Apparel & Accessories > Clothing Accessories > Gloves & Mittens': ['rukavice', '', 'rokavice', 'ръкавици'],
  'Apparel & Accessories > Clothing Accessories > Hats': [
    'čiapka, klobúk, šiltovka',
    'šešir, šilterica',
    'klobuk',
    'шапка',
  ],
  'Apparel & Accessories > Clothing Accessories > Scarves & Shawls': ['', 'marama', '', 'шал'],
  'Apparel & Accessories > Clothing Accessories > Belts': ['opasok', 'remen~0.6', '', 'колан'],
  'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips': [
    'peňaženka',
    'novčanik',
    'denarnica',
    'портфейл',
  ],
  'Apparel & Accessories > Handbags, Wallets & Cases > Handbags': ['kabelka', 'torbica, ručna torba', '', 'чанта'],
  'Apparel & Accessories > Shoes': [
    'topánky, tenisky, čižmy, papuče, sandále, poltopánky',
    'cipele, tenisice, čizme, sandale',
    'čevlji, superge, škornji, copati',
    'обувки, маратонки, ботуши, чехли, сандали, боти',
  ],
  'Apparel & Accessories > Jewelry > Watches': ['náramkové hodinky', 'ručni sat', 'ročna ura', 'часовник'],
  'Apparel & Accessories > Jewelry > Rings': ['prsteň', 'prsten', 'prstan', 'пръстен'],
  'Apparel & Accessories > Jewelry > Necklaces': ['retiazka', 'ogrlica', 'verižica', 'колие, огърлица'],
  'Apparel & Accessories > Jewelry > Earrings': ['náušnice', 'naušnice', 'uhani', 'обеци'],
  'Apparel & Accessories > Jewelry > Bracelets': ['náramok', 'narukvica', 'zapestnica', 'гривна'],
  'Luggage & Bags > Backpacks': ['ruksak, batoh', '', 'nahrbtnik', 'раница'],
  'Luggage & Bags > Suitcases': ['kufor', 'kofer', 'kovček', 'куфар'],
  // Furniture.
  'Furniture > Chairs': ['stolička', 'stolica', '', 'столове~0.5'],
  'Furniture > Office Furniture > Office Chairs': [
    'kancelárska stolička',
    'uredska stolica',
    'pisarniški stol',
    'офис стол, офис столове',
  ],
  'Furniture > Tables': ['stôl', '', 'miza', 'маса~0.6'],
  'Furniture > Sofas': ['gauč, sedačka', 'kauč, trosjed', 'kavč, sedežna garnitura', 'диван, канапе'],
  'Furniture > Cabinets & Storage > Armoires & Wardrobes': ['skriňa, šatník', 'ormar', 'omara', 'гардероб'],
  'Furniture > Shelving': ['polica~0.6', '', '', 'етажерка, стелаж'],
  'Furniture > Beds & Accessories > Beds & Bed Frames': ['posteľ', 'krevet', 'postelja', 'легло, спалня'],
  'Furniture > Beds & Accessories > Mattresses': ['matrac', 'madrac', 'vzmetnica', 'матрак'],
  // Home textiles and decor.
  'Home & Garden > Linens & Bedding > Bedding': [
    'posteľná bielizeň, obliečky',
    'posteljina',
    'posteljnina',
    'спално бельо',
  ],
  'Home & Garden > Linens & Bedding > Bedding > Pillows': ['vankúš', 'jastuk', 'vzglavnik', 'възглавница'],
  'Home & Garden > Linens & Bedding > Bedding > Blankets': ['deka', 'pokrivač', 'odeja', 'одеяло'],
  'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters': ['paplón', 'poplun', '', 'завивка'],
  'Home & Garden > Linens & Bedding > Towels': ['uterák', 'ručnik', 'brisača', 'хавлия, хавлиена кърпа'],
  'Home & Garden > Decor > Rugs': ['', 'tepih', 'preproga', 'килим'],
  'Home & Garden > Decor > Window Treatments > Curtains & Drapes': [
    'záclona, záves',
    'zavjesa',
    'zavesa',
    'перде, завеса',
  ],
  'Home & Garden > Decor > Mirrors': ['zrkadlo', 'ogledalo', '', 'огледало'],
  'Home & Garden > Decor > Home Fragrances > Candles': ['sviečka', 'svijeća', 'sveča', 'свещ'],
  'Home & Garden > Lighting > Lamps': ['', 'svjetiljka', 'svetilka', ''],
  'Home & Garden > Lighting > Light Bulbs': ['žiarovka', 'žarulja', 'žarnica', 'крушка'],
  // Kitchen.
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware': ['hrniec, hrnce', '', 'lonec', 'тенджера'],
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans': [
    'panvica',
    'tava',
    'ponev',
    'тиган',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': [
    'kuchynský nôž',
    'kuhinjski nož',
    '',
    'нож, ножове',
    'nóż kuchenny, noże kuchenne',
    'kuchyňský nůž',
  ],
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates': ['tanier', 'tanjur', 'krožnik', 'чиния'],
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs': ['hrnček', 'šalica', 'skodelica', 'чаша~0.6'],
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware': ['pohár~0.6', '', 'kozarec', ''],
  'Home & Garden > Kitchen & Dining > Tableware > Flatware': ['príbor', '', '', 'прибори за хранене'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators': [
    'chladnička',
    'hladnjak',
    'hladilnik',
    'хладилник',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Dishwashers': [
    'umývačka riadu',
    'perilica posuđa',
    'pomivalni stroj',
    'съдомиялна',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Microwave Ovens': [
    'mikrovlnná rúra',
    'mikrovalna pećnica',
    'mikrovalovna pečica',
    'микровълнова фурна',
  ],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Ovens': ['rúra na pečenie', 'pećnica', 'pečica', 'фурна'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines': [
    '',
    '',
    'kavni aparat',
    'кафемашина',
  ],
  'Home & Garden > Household Appliances > Laundry Appliances > Washing Machines': [
    'práčka',
    'perilica rublja',
    'pralni stroj',
    'пералня',
  ],
  'Home & Garden > Household Appliances > Laundry Appliances > Irons & Ironing Systems': [
    '',
    'glačalo',
    'likalnik',
    'ютия',
  ],
  'Home & Garden > Household Appliances > Vacuums': ['vysávač', 'usisavač', 'sesalnik', 'прахосмукачка'],
  'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Dryers': [
    'sušič vlasov',
    'sušilo za kosu',
    'sušilnik za lase',
    'сешоар',
  ],
  // Food and drink.
  'Food, Beverages & Tobacco > Beverages > Coffee': ['', 'kava', '', 'кафе'],
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer': ['', '', '', 'бира'],
  'Food, Beverages & Tobacco > Beverages > Juice': ['džús', 'voćni sok', 'sadni sok', 'сок'],
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils': [
    'olivový olej',
    'ulje',
    'olivno olje',
    'зехтин, олио',
  ],
  'Food, Beverages & Tobacco > Food Items > Candy & Chocolate': ['', 'čokolada', '', 'шоколад'],
  'Food, Beverages & Tobacco > Food Items > Dairy Products > Cheese': ['syr', 'sir~0.6', '', 'сирене, кашкавал'],
  'Food, Beverages & Tobacco > Food Items > Pasta & Noodles': [
    'cestoviny',
    'tjestenina',
    'testenine',
    'макарони, спагети',
  ],
  'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Rice': ['ryža', 'riža', 'riž', 'ориз'],
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Honey': ['', '', '', 'пчелен мед'],
  // Beauty.
  'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner': ['šampón', 'šampon', '', 'шампоан'],
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Bar Soap': ['mydlo', 'sapun', '', 'сапун'],
  'Health & Beauty > Personal Care > Oral Care > Toothpaste': [
    'zubná pasta',
    'pasta za zube',
    'zobna pasta',
    'паста за зъби',
  ],
  'Health & Beauty > Personal Care > Oral Care > Toothbrushes': [
    'zubná kefka',
    'četkica za zube',
    'zobna ščetka',
    'четка за зъби',
  ],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer': ['', 'krema', '', 'крем'],
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup > Lipstick': ['rúž', '', 'šminka', 'червило'],
  'Health & Beauty > Personal Care > Cosmetics > Nail Care > Nail Polishes': [
    'lak na nechty',
    'lak za nokte',
    'lak za nohte',
    'лак за нокти',
  ],
  // Baby, toys, books, stationery.
  'Baby & Toddler > Diapering > Diapers': ['plienky', 'pelene', 'plenice', 'пелени'],
  'Baby & Toddler > Baby Transport > Baby Strollers': ['kočík', 'dječja kolica', 'otroški voziček', 'детска количка'],
  'Baby & Toddler > Baby Health > Pacifiers & Teethers': ['cumlík', 'duda', '', 'биберон~0.5'],
  'Toys & Games > Toys': ['', 'igračka', 'igrača', 'играчка'],
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls': ['bábika', 'lutka', '', 'кукла'],
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals': [
    'plyšový medveď, plyšák',
    'plišani medvjedić',
    'plišasti medvedek',
    'плюшено мече',
  ],
  'Toys & Games > Games > Board Games': ['spoločenská hra', 'društvena igra', 'družabna igra', 'настолна игра'],
  'Toys & Games > Puzzles > Jigsaw Puzzles': ['', 'slagalica', 'sestavljanka', 'пъзел'],
  'Media > Books': ['', 'knjiga', '', 'книга'],
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens': [
    'guľôčkové pero',
    'kemijska olovka',
    'kemični svinčnik',
    'химикалка',
  ],
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pencils': [
    'ceruzka',
    'olovka',
    'svinčnik',
    'молив',
  ],
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pencils > Art Pencils': [
    'pastelky',
    'drvene bojice',
    'barvice',
    'цветни моливи',
    'kredki ołówkowe',
  ],
  'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads': [
    'zošit',
    'bilježnica',
    'zvezek',
    'тетрадка',
  ],
  // DIY, plumbing and garden.
  'Hardware > Tools > Screwdrivers': ['skrutkovač', 'odvijač', 'izvijač', '', 'wkrętak'],
  'Hardware > Tools > Drills': ['vŕtačka', 'bušilica', 'vrtalnik', 'бормашина, винтоверт'],
  'Hardware > Tools > Hammers': ['', 'čekić', '', 'чук'],
  'Hardware > Tools > Saws': ['píla', 'pila~0.6', 'žaga', 'трион'],
  'Hardware > Hardware Accessories > Hardware Fasteners > Screws': ['skrutka', 'vijak, vijci', '', 'винт, винтове'],
  'Hardware > Plumbing > Plumbing Fixtures > Faucets': [
    'vodovodná batéria',
    'slavina, miješalica',
    'kuhinjska pipa',
    'смесител, батерия за баня',
  ],
  'Hardware > Plumbing > Plumbing Fixtures > Sinks': ['umývadlo, drez', 'sudoper, umivaonik', 'umivalnik', 'мивка'],
  'Hardware > Plumbing > Plumbing Fixture Hardware & Parts > Shower Parts': ['sprcha', '', 'prha', 'душ'],
  'Hardware > Building Consumables > Painting Consumables > Paint': ['farba~0.6', 'boja~0.6', '', 'боя'],
  'Hardware > Tools > Ladders & Scaffolding > Ladders': ['rebrík', 'ljestve', 'lestev', 'стълба~0.6'],
  'Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses': ['hadica', 'crijevo', 'vrtna cev', 'маркуч'],
  'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers': [
    'kosačka',
    'kosilica',
    'kosilnica',
    'косачка',
  ],
  'Home & Garden > Lawn & Garden > Gardening > Pots & Planters': [
    'kvetináč',
    'tegla za cvijeće',
    'cvetlični lonec',
    'саксия',
  ],
  'Home & Garden > Plants > Seeds': ['semená', 'sjeme', 'semena', 'семена'],
  // Sports, cars, pets, electronics.
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycles': ['bicykel', 'bicikl', 'gorsko kolo', 'велосипед'],
  'Sporting Goods > Athletics > Soccer > Soccer Balls': [
    'futbalová lopta',
    'nogometna lopta',
    'nogometna žoga',
    'футболна топка',
  ],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents': ['', 'šator', 'šotor', 'палатка'],
  'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights': [
    'činka, jednoručky',
    'bučice',
    'uteži',
    'дъмбели, дъмбел',
  ],
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires':
    ['', 'auto gume, zimske gume, ljetne gume', 'pnevmatike', 'гуми'],
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Motor Oil':
    ['motorový olej', 'motorno ulje', 'motorno olje', 'моторно масло'],
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food': [
    'krmivo pre psov, granule pre psov',
    'hrana za pse',
    '',
    'храна за кучета',
  ],
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food': [
    'krmivo pre mačky, granule pre mačky',
    'hrana za mačke',
    '',
    'храна за котки',
  ],
  'Animals & Pet Supplies > Pet Supplies > Pet Leashes': ['vôdzka', 'povodac', 'povodec', 'повод за куче'],
  'Electronics > Communications > Telephony > Mobile Phones': [
    'mobilný telefón',
    'mobitel, pametni telefon',
    'mobilni telefon',
    'мобилен телефон, смартфон',
  ],
  'Electronics > Audio > Audio Components > Headphones & Headsets': ['slúchadlá', 'slušalice', 'slušalke', 'слушалки'],
  'Electronics > Audio > Audio Components > Speakers': ['', 'zvučnik', 'zvočnik', 'тонколона'],
  'Electronics > Electronics Accessories > Power > Power Adapters & Chargers': [
    'nabíjačka',
    'punjač',
    'polnilec',
    'зарядно',
  ],
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards': [
    'klávesnica',
    'tipkovnica',
    '',
    '',
  ],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_SLAVIC: [string, string][] = Object.entries(SLAVIC)
  .map(([path, lines]): [string, string] => [path, lines.filter(Boolean).join(', ')])
  .filter(([, list]) => list !== '');
