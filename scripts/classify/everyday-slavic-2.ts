/**
 * More everyday product words of the Slavic languages (issue #15), for the concepts shops sell
 * most that everyday-slavic.ts and the other lists still leave unread: Polish, Czech, Slovak,
 * Croatian (with Serbian in Latin letters and Bosnian), Slovenian, Bulgarian, Russian and
 * Ukrainian. Written for this list from ordinary dictionary vocabulary (not taken from any
 * evaluation title). One row per concept, one line per language, in the order pl; cs; sk; hr; sl;
 * bg; ru; uk; a word two of them share is listed once, in the first. Case forms are read by the
 * inflection rules (lib/classify/rules/slavic-inflection.ts); the genitive plural after a set
 * head ("Zestaw pędzli", "Набор кистей") is listed where those rules do not reach it. Same syntax
 * as synonyms.ts ("word~0.6" for a word with a second meaning).
 *
 * Curated keys hold for every language and fold diacritics, so a short word that is another
 * language's word for something else is listed only inside a phrase: Croatian "miš" and
 * Slovenian "miška" (mouse) fold onto the Czech and Polish "miska" (bowl), Bulgarian "мишка"
 * (mouse) is the Russian teddy bear, Ukrainian "мило" (soap) a Russian adverb, Slovenian "milo"
 * a chocolate drink, Croatian and Slovenian "kocke" (blocks) the Czech "kočka" (cat), Polish
 * "ekspres" (coffee machine) any express delivery, Bulgarian "кана" (jug) and Slovak "kanvica"
 * (kettle, also a teapot) other vessels.
 */
const SLAVIC_2: Record<string, string[]> = {
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines': [
    'ekspres ciśnieniowy, ekspres do kawy, ekspres przelewowy, ekspres kolbowy',
    'pákový kávovar',
    '',
    '',
    'aparat za kavo, kavni aparat, kavni avtomat',
    '',
    '',
    '',
  ],
  'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes': [
    'pędzel do makijażu, pędzle do makijażu, pędzli do makijażu',
    'štětec na make-up, štětce na make-up, štětců na make-up, kosmetický štětec, kosmetické štětce',
    'štetec na make-up, štetce na make-up, štetcov na make-up, kozmetický štetec',
    'kist za šminkanje, kistovi za šminkanje, kistova za šminkanje, kistovi za make-up',
    'čopič za ličenje, čopiči za ličenje, čopičev za ličenje',
    'четка за грим, четки за грим',
    'кисть для макияжа, кисти для макияжа, кистей для макияжа',
    'пензель для макіяжу, пензлі для макіяжу, пензлів для макіяжу',
  ],
  'Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures': [
    'plafon~0.6',
    '',
    'stropné svietidlo, stropné svetlo',
    '',
    '',
    'плафониера',
    '',
    '',
  ],
  'Home & Garden > Lighting > Lighting Fixtures': ['', '', 'svietidlo', '', '', 'осветително тяло', '', ''],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles': [
    '',
    '',
    'rýchlovarná kanvica, elektrická kanvica',
    '',
    'grelnik vode, električni grelnik vode',
    'електрическа кана, кана за вода~0.6',
    'электрочайник, электрический чайник',
    '',
  ],
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': [
    '',
    '',
    'puzdro na mobil, kryt na mobil, obal na mobil',
    '',
    '',
    'калъф за телефон, калъф за смартфон, кейс за телефон',
    '',
    '',
  ],
  'Apparel & Accessories > Clothing > Underwear & Socks > Underwear': ['', '', '', '', 'hlačke', '', '', ''],
  'Furniture > Cabinets & Storage > Dressers': ['', '', '', '', 'predalnik', 'скрин', '', ''],
  'Toys & Games > Toys > Building Toys > Interlocking Blocks': [
    '',
    '',
    '',
    'kocke za slaganje, lego kocke',
    'kocke za sestavljanje',
    '',
    '',
    '',
  ],
  'Apparel & Accessories > Shoes': ['klapki, klapki basenowe', 'pantofle', '', '', '', '', '', ''],
  'Home & Garden > Linens & Bedding > Bedding > Blankets': ['koc, koce', '', '', '', '', '', '', ''],
  'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters': ['', 'přikrývka', '', '', '', '', '', ''],
  'Electronics > Electronics Accessories > Power > Power Adapters & Chargers': [
    '',
    'autonabíječka',
    'autonabíjačka',
    '',
    '',
    '',
    '',
    '',
  ],
  'Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths': [
    '',
    '',
    'osuška',
    '',
    '',
    'хавлиена кърпа, кърпа за баня, хавлия',
    '',
    '',
  ],
  'Home & Garden > Linens & Bedding > Towels > Beach Towels': ['', '', '', '', '', 'плажна кърпа', '', ''],
  'Baby & Toddler > Nursing & Feeding > Baby Bottles': [
    '',
    '',
    'dojčenská fľaša, dojčenská fľaštička',
    'bočica za bebe, bočica za hranjenje',
    'steklenička za dojenčke, stekleničke za dojenčke',
    'бебешко шише, шише за хранене',
    '',
    '',
  ],
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs': [
    '',
    '',
    '',
    'bežični miš, računalni miš, gaming miš',
    'brezžična miška, računalniška miška',
    'безжична мишка, компютърна мишка, геймърска мишка',
    '',
    'бездротова миша, миша бездротова, ігрова миша',
  ],
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture': [
    '',
    '',
    '',
    'grebalica',
    'praskalnik',
    'драскалка',
    '',
    '',
  ],
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Liquid Hand Soap': [
    '',
    '',
    '',
    '',
    'tekoče milo',
    '',
    '',
    'рідке мило, мило рідке',
  ],
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Beds': ['', '', '', '', '', 'легло за куче', '', ''],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_SLAVIC_2: [string, string][] = Object.entries(SLAVIC_2)
  .map(([path, lines]): [string, string] => [path, lines.filter(Boolean).join(', ')])
  .filter(([, list]) => list !== '');
