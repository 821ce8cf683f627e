/**
 * Food and drink, sporting goods, toys, crafts and car-care words of round 23 (issue #15): what
 * people buy in those top levels, concept by concept and language by language, that the
 * classifier did not already read as the concept (checked word by word against the built model).
 * Written for this list from ordinary dictionary vocabulary as shops name the goods, none taken
 * from an evaluation title, brand names left out. One row per concept, one entry per language;
 * same syntax as synonyms.ts ("phrase~0.x" lowers a weight).
 *
 * A word that is another product in another language is listed only inside a phrase or left out:
 * Italian "dadi" (dice) are also nuts for bolts, so "dadi da gioco"; Spanish and Italian
 * "batería"/"batteria" is a battery as well as a drum kit, so only "batteria elettronica",
 * "batería electrónica"; Dutch "bougie" (a spark plug) is the French candle and left out; German
 * "Drachen", Swedish "drake", Czech "drak", Hungarian "sárkány", Norwegian and Danish "drage" and
 * Romanian "zmeu" (a kite) are dragons, so they are left out; Czech "stan" (a tent) is the Polish
 * state and the Swedish town, so only "turistický stan"; Russian "икра" (roe) is also a vegetable
 * spread ("кабачковая икра"), so only "красная икра"; Polish "pianka" (a wetsuit) is also foam, so
 * "pianka neoprenowa"; Norwegian "brus" (a soda) is the Swedish noise ("vitt brus", white-noise machines) and left out; Hungarian "emelő" (a jack) is any lift, so "autó emelő"; Dutch "accu" any
 * battery, so "auto accu"; French "dés" (dice) is the article "des" once accents fold, so left out.
 */
/** The languages the round-23 and later word lists name their words in. */
export type Lang =
  | 'en'
  | 'de'
  | 'fr'
  | 'es'
  | 'it'
  | 'nl'
  | 'pl'
  | 'pt'
  | 'sv'
  | 'cs'
  | 'ru'
  | 'ja'
  | 'zh'
  | 'ko'
  | 'da'
  | 'fi'
  | 'no'
  | 'tr'
  | 'el'
  | 'ro'
  | 'hu'
  | 'uk'
  | 'sk'
  | 'lt'
  | 'lv'
  | 'et'
  | 'id';

const WORDS: Record<string, Partial<Record<Lang, string>>> = {
  'Sporting Goods > Outdoor Recreation > Fishing > Fishing Rods': {
    sv: 'fiskespö',
    ru: 'удилище, спиннинг',
    uk: 'вудка, вудилище, спінінг',
    hu: 'horgászbot',
    cs: 'rybářský prut',
    pl: 'wędzisko',
    fi: 'onkivapa, kalastusvapa',
    no: 'fiskestang',
    da: 'fiskestang',
    tr: 'olta kamışı',
    el: 'καλάμι ψαρέματος',
    ro: 'lanseta, undiță',
    nl: 'werphengel',
  },
  'Sporting Goods > Outdoor Recreation > Fishing > Fishing Reels': {
    ja: 'スピニングリール, ベイトリール',
    zh: '渔轮, 纺车轮',
    ru: 'рыболовная катушка',
    pl: 'kołowrotek wędkarski',
    cs: 'rybářský naviják',
    hu: 'horgászorsó',
    tr: 'olta makinesi',
    sv: 'spinnrulle',
  },
  'Sporting Goods > Outdoor Recreation > Fishing > Fishing Tackle > Fishing Baits & Lures': {
    fi: 'uistin, viehe',
    pl: 'przynęta wędkarska',
    cs: 'třpytka',
    ru: 'воблер, блесна',
    uk: 'воблер, блешня',
    hu: 'villantó',
    nl: 'kunstaas',
  },
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents': {
    pl: 'namiot',
    hu: 'kempingsátor',
    tr: 'kamp çadırı',
  },
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Pads': {
    cs: 'karimatka',
    sk: 'karimatka',
    pl: 'karimata',
    no: 'liggeunderlag',
    da: 'liggeunderlag',
    fi: 'retkialusta',
    ru: 'туристический коврик',
    nl: 'slaapmat',
  },
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Camp Furniture': {
    en: 'camping chair',
    de: 'Campingstuhl',
    fr: 'chaise de camping',
    es: 'silla de camping',
    it: 'sedia da campeggio',
    pl: 'krzesło turystyczne',
    nl: 'campingstoel',
    sv: 'campingstol',
    ja: 'キャンプチェア',
    zh: '露营椅, 折叠露营椅',
    ko: '캠핑 의자, 캠핑의자',
    tr: 'kamp sandalyesi',
    cs: 'kempingová židle',
    hu: 'kempingszék',
  },
  'Sporting Goods > Athletics > Tennis > Tennis Balls': {
    cs: 'tenisové míčky',
    sk: 'tenisové loptičky',
    ja: 'テニスボール',
    ko: '테니스공',
    hu: 'teniszlabda',
    pl: 'piłki tenisowe',
    tr: 'tenis topu',
    ru: 'теннисные мячи',
  },
  'Sporting Goods > Athletics > Racquetball & Squash > Racquetball & Squash Balls': {
    es: 'pelotas de pádel',
    it: 'palline da padel',
    en: 'padel balls',
    fr: 'balles de padel',
    pt: 'bolas de padel',
  },
  'Sporting Goods > Athletics > Basketball > Basketballs': {
    el: 'μπάλα μπάσκετ',
    tr: 'basketbol topu',
    uk: "баскетбольний м'яч",
    ru: 'баскетбольный мяч',
    pl: 'piłka do koszykówki',
    cs: 'basketbalový míč',
  },
  'Sporting Goods > Athletics > Soccer > Soccer Balls': {
    uk: "футбольний м'яч",
    ru: 'мяч футбольный',
    cs: 'fotbalový míč',
    pl: 'piłka do piłki nożnej',
  },
  'Sporting Goods > Athletics > Volleyball > Volleyballs': {
    tr: 'voleybol topu',
    uk: "волейбольний м'яч",
    ru: 'волейбольный мяч',
    el: 'μπάλα βόλεϊ',
    pl: 'piłka do siatkówki',
    cs: 'volejbalový míč',
  },
  'Sporting Goods > Athletics > Boxing & Martial Arts > Boxing & Martial Arts Protective Gear > Boxing Gloves & Mitts':
    {
      pl: 'rękawice bokserskie',
      cs: 'boxerské rukavice',
      ru: 'боксерские перчатки',
      uk: 'боксерські рукавички',
      hu: 'bokszkesztyű',
      tr: 'boks eldiveni',
      sv: 'boxningshandskar',
      fi: 'nyrkkeilyhanskat',
      ja: 'ボクシンググローブ',
      zh: '拳击手套',
      ko: '복싱 글러브, 권투 글러브',
    },
  'Sporting Goods > Athletics > Baseball & Softball > Baseball & Softball Gloves & Mitts': {
    ja: '野球 グローブ, 野球グローブ',
    ko: '야구 글러브',
    zh: '棒球手套',
    en: 'baseball glove',
  },
  'Sporting Goods > Athletics > Figure Skating & Hockey > Hockey Sticks': {
    sv: 'ishockeyklubba',
    ru: 'хоккейная клюшка',
  },
  'Sporting Goods > Athletics > Field Hockey & Lacrosse > Field Hockey Sticks': {
    nl: 'hockeystick',
    de: 'Feldhockeyschläger',
  },
  'Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Skis': {
    no: 'slalåmski, alpinski',
    sv: 'slalomskidor, alpinskidor',
    fi: 'laskettelusukset',
    pl: 'narty zjazdowe',
    hu: 'síléc',
    de: 'Alpinski',
  },
  'Sporting Goods > Outdoor Recreation > Riding Scooters': {
    ja: 'キックボード',
    sv: 'sparkcykel',
    no: 'sparkesykkel',
    fi: 'potkulauta',
  },
  'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks': {
    en: 'rc truck',
    it: 'macchina radiocomandata, auto radiocomandata',
    es: 'coche teledirigido',
    pl: 'samochód zdalnie sterowany',
    sv: 'radiostyrd bil',
    nl: 'bestuurbare auto',
    ja: 'ラジコン',
    zh: '遥控车, 遙控車',
  },
  'Toys & Games > Toys > Flying Toys > Kites': {
    fr: 'cerf-volant',
    pl: 'latawiec',
    it: 'aquilone',
    uk: 'повітряний змій',
    tr: 'uçurtma',
    ja: '凧',
    zh: '風箏',
    fi: 'leija',
    el: 'χαρταετός',
  },
  'Sporting Goods > Outdoor Recreation > Boating & Water Sports > Boating & Water Sport Apparel > Wetsuits': {
    de: 'Neoprenanzug',
    fr: 'combinaison néoprène',
    es: 'traje de neopreno',
    pl: 'pianka neoprenowa',
    sv: 'våtdräkt',
    ru: 'гидрокостюм',
  },
  'Sporting Goods > Outdoor Recreation > Cycling > Cycling Apparel & Accessories': {
    de: 'Radtrikot',
    fr: 'maillot de cyclisme',
    es: 'maillot de ciclismo',
    nl: 'fietsshirt',
    pl: 'koszulka rowerowa',
    en: 'cycling jersey',
  },
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories > Bicycle Computers': {
    de: 'Fahrradcomputer',
    en: 'bike computer',
    fr: 'compteur vélo',
    pl: 'licznik rowerowy',
    nl: 'fietscomputer',
  },
  'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories': {
    uk: 'велосипедний ліхтар',
    ru: 'велофара',
    pl: 'lampka rowerowa',
    nl: 'fietslamp',
    sv: 'cykellampa',
  },
  'Toys & Games > Puzzles > Mechanical Puzzles': {
    en: 'speed cube, rubiks cube',
    nl: 'rubiks kubus',
    ru: 'кубик рубика',
  },
  'Toys & Games > Games > Dice Sets & Games': {
    it: 'dadi da gioco',
    ru: 'игральные кости',
    nl: 'dobbelstenen',
    sv: 'tärningar',
    de: 'Spielwürfel',
  },
  'Toys & Games > Games > Card Games': {
    ja: '花札, カードゲーム',
    ko: '화투, 카드게임',
  },
  'Arts & Entertainment > Hobbies & Creative Arts > Collectibles > Collectible Trading Cards': {
    ja: 'トレカ, トレーディングカード',
  },
  'Toys & Games > Toys > Art & Drawing Toys > Play Dough & Putty': {
    ru: 'пластилин',
    uk: 'пластилін',
    pl: 'ciastolina',
    cs: 'modelína',
    de: 'Plastilin',
    fr: 'pâte à modeler',
    es: 'plastilina',
    it: 'plastilina',
    sv: 'modellera',
    hu: 'gyurma',
    tr: 'oyun hamuru',
    ro: 'plastilină',
  },
  'Office Supplies > Office Instruments > Writing & Drawing Instruments > Markers & Highlighters > Markers': {
    es: 'rotuladores',
    pl: 'flamastry, pisaki',
    cs: 'fixy',
    sv: 'tuschpennor',
    ru: 'фломастеры',
  },
  'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Materials > Craft Paint, Ink & Glaze':
    {
      pl: 'farby plakatowe',
      cs: 'temperové barvy',
      de: 'Temperafarben',
      ru: 'гуашь',
      it: 'tempere',
    },
  'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Materials > Art & Craft Paper > Drawing & Painting Paper':
    {
      sv: 'ritblock',
      nl: 'tekenblok',
      pl: 'blok rysunkowy',
      cs: 'skicák',
      it: 'album da disegno',
      en: 'drawing pad',
    },
  'Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Tools > Needles & Hooks > Knitting Needles':
    {
      da: 'strikkepinde',
      no: 'strikkepinner',
      fi: 'neulepuikot',
    },
  'Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments > String Instruments': {
    pt: 'cavaquinho',
    tr: 'bağlama, saz',
    el: 'μπουζούκι',
    en: 'bouzouki, balalaika',
    ru: 'балалайка, домра',
  },
  'Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments > Percussion > Electronic Drums': {
    it: 'batteria elettronica',
    es: 'batería electrónica',
    de: 'E-Drum',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Engine Parts': {
    cs: 'zapalovací svíčka',
    pl: 'świeca zapłonowa',
    uk: 'свічка запалювання',
    hu: 'gyújtógyertya',
    it: "candela d'accensione",
    no: 'tennplugg',
    da: 'tændrør',
    fi: 'sytytystulppa',
    el: 'μπουζί',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Windshield Fluid':
    {
      nl: 'ruitensproeiervloeistof',
      no: 'spylervæske',
      sv: 'spolarvätska',
      da: 'sprinklervæske',
      fi: 'lasinpesuneste',
      de: 'Scheibenwaschflüssigkeit',
      pl: 'płyn do spryskiwaczy',
      cs: 'kapalina do ostřikovačů',
      ru: 'омывающая жидкость, незамерзайка',
      hu: 'szélvédőmosó',
    },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Braking': {
    fi: 'jarrulevyt',
    no: 'bremseskiver',
    cs: 'brzdové destičky, brzdové kotouče',
    pl: 'klocki hamulcowe, tarcze hamulcowe',
    hu: 'féktárcsa',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Power & Electrical Systems': {
    uk: 'акумулятор автомобільний',
    ru: 'автомобильный аккумулятор',
    pl: 'akumulator samochodowy',
    cs: 'autobaterie',
    nl: 'auto accu',
  },
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Repair & Specialty Tools':
    {
      tr: 'kriko',
      de: 'Wagenheber',
      es: 'gato hidráulico',
      pl: 'podnośnik samochodowy',
      nl: 'krik',
      ru: 'домкрат',
      uk: 'домкрат',
      sv: 'domkraft',
      no: 'jekk',
      da: 'donkraft',
      fi: 'tunkki',
      hu: 'autó emelő',
      en: 'car jack',
    },
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Cleaning > Car Wash Solutions':
    {
      ja: 'カーシャンプー',
      pl: 'szampon samochodowy',
    },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Dessert Toppings': {
    nl: 'hagelslag',
  },
  'Food, Beverages & Tobacco > Beverages > Coffee': {
    sv: 'kaffebönor',
  },
  'Food, Beverages & Tobacco > Food Items > Bakery > Cookies': {
    nl: 'stroopwafels, koekjes',
  },
  'Food, Beverages & Tobacco > Food Items > Bakery > Pastries & Scones': {
    pt: 'pastéis de nata, pastel de nata',
    zh: '凤梨酥, 鳳梨酥',
  },
  'Food, Beverages & Tobacco > Beverages > Soda': {
    fi: 'virvoitusjuoma',
    tr: 'gazoz',
  },
  'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs > Seafood > Canned Seafood': {
    ko: '참치 캔, 참치캔',
    ja: 'ツナ缶',
  },
  'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs > Seafood': {
    ru: 'красная икра',
    uk: 'червона ікра',
    sv: 'kaviar',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Canned & Dry Milk': {
    ru: 'сгущенка, сгущенное молоко',
    uk: 'згущене молоко, згущенка',
    pl: 'mleko skondensowane',
    de: 'Kondensmilch',
    fr: 'lait concentré',
    es: 'leche condensada',
    it: 'latte condensato',
    pt: 'leite condensado',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Pickled Fruits & Vegetables': {
    ko: '김치, 포기김치',
    ja: 'キムチ',
    en: 'kimchi',
    ru: 'соленые огурцы',
    cs: 'nakládané okurky',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Curry Sauce': {
    ko: '카레',
    ja: 'カレールー',
  },
  'Food, Beverages & Tobacco > Food Items > Pasta & Noodles': {
    ko: '라면, 컵라면',
    ja: 'カップヌードル, インスタント麺',
  },
  'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs > Meat': {
    cs: 'paštika',
    pl: 'pasztet',
    ru: 'паштет',
    da: 'leverpostej',
    hu: 'májkrém',
  },
  'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Olives & Capers': {
    el: 'ελιές',
    tr: 'siyah zeytin, yeşil zeytin',
  },
  'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Wheat': {
    tr: 'bulgur',
    en: 'bulgur',
  },
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Meal': {
    ro: 'mălai',
    it: 'farina di mais',
  },
  'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs > Meat > Lunch & Deli Meats': {
    hu: 'szalámi, felvágott',
  },
};

/**
 * Word lists by concept and language as synonyms.ts rows: [taxonomy path, comma-separated
 * phrases], a phrase two languages share once.
 */
export function synonymRows(words: Record<string, Partial<Record<Lang, string>>>): [string, string][] {
  return Object.entries(words).map(([path, byLang]) => [
    path,
    [...new Set(Object.values(byLang).flatMap((list) => list.split(', ')))].join(', '),
  ]);
}

/** The round-23 word lists as synonyms.ts rows. */
export const EVERYDAY_R23: [string, string][] = synonymRows(WORDS);
