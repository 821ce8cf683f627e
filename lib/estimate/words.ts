/**
 * The estimator's words, by concept and language: the one place to add a language to what the
 * estimator reads in a title (condition, foods sold dry, capacities, flavourings, "without",
 * premium prices, pack counts). Estimator code imports the concept regexes at the bottom (built
 * from these lists), never the lists.
 *
 * Entries are regex fragments, matched case-insensitively: "granul[ée]s?" = granulé, granulée,
 * granules... Each concept's regex puts its own word edges around the joined list, so the order of
 * the entries does not change what matches.
 */

export type WordList = Readonly<Record<string, readonly string[]>>;

/** Every fragment of a list, as one alternation. */
function alternation(list: WordList): string {
  return Object.values(list).flat().join('|');
}

/** Words that say a food is sold dry, standing as a word of their own ("milk powder", "poudre de lait"). */
export const DRY_FORM: WordList = {
  en: ['powder(?:ed)?', 'granules?', 'granulated', 'dehydrated', 'freeze[- ]dried', 'instant', 'cubes?'],
  fr: ['poudre', 'granul[ée]s?', 'd[ée]shydrat[ée]e?s?', 'lyophilis[ée]e?s?', 'instantan[ée]e?'],
  es: ['polvo', 'granulad[oa]', 'deshidratad[oa]s?', 'instant[áa]ne[oa]', 'cubitos?'],
  it: ['polvere', 'granulare', 'granulato', 'disidratat[oa]', 'liofilizzat[oa]', 'solubile', 'dad[oi]'],
  nl: ['poeder', 'korrels', 'oplos'],
};

/** The same, where German writes them at the end of a compound ("Milchpulver", "Brühwürfel"): a letter may come before. */
export const DRY_FORM_COMPOUND_END: WordList = {
  de: ['pulver', 'granulat', 'w[üu]rfel', 'instant'],
};

/**
 * Words that say a food is sold ready to eat, in its liquid or cooked form: a small pack of it
 * (a 200 g can of soup) is not sold dry because it weighs less than one serving.
 */
const READY_FORM: WordList = {
  en: [
    'cans?',
    'canned',
    'tins?',
    'tinned',
    'pouch(?:es)?',
    'cartons?',
    'ready(?:[- ]to[- ](?:eat|heat|serve))?',
    'microwave(?:able)?',
    'chilled',
    'fresh',
  ],
  de: ['dose', 'konserve', 'fertig\\p{L}*', 'verzehrfertig', 'frisch'],
  fr: ['bo[iî]te', 'conserve', 'brique', 'pr[eê]te?s? [aà] (?:consommer|r[ée]chauffer)', 'fra[iî]che?'],
  es: ['lata', 'conserva', 'brik', 'list[oa] para (?:comer|calentar)', 'fresc[oa]'],
  it: ['lattina', 'scatola', 'pront[oa]', 'fresc[oa]'],
  nl: ['blik', 'kant-en-klaar', 'vers'],
};

/**
 * Drink containers a title names, by container (lib/estimate/container.ts). A can comes first (a
 * "carton of 24 cans" is cans). A carton only
 * counts when no bottle is named (a "carton of 12 bottles" is the outer case).
 */
const CONTAINER_CAN: WordList = {
  en: ['cans?', 'tins?'],
  de: ['\\p{L}*dosen?'],
  fr: ['canettes?', 'bo[iî]tes?'],
  es: ['latas?'],
  it: ['lattin[ae]'],
  nl: ['blikj?e?s?'],
};
const CONTAINER_GLASS: WordList = {
  en: ['glass(?:\\s+bottles?)?'],
  de: ['glas', 'glasflaschen?', 'mehrweg-?glas'],
  fr: ['verre', 'bouteilles?\\s+(?:en\\s+)?verre'],
  es: ['vidrio'],
  it: ['vetro'],
  nl: ['glas', 'glazen\\s+fles(?:sen)?'],
};
const CONTAINER_PLASTIC: WordList = {
  en: ['pet(?:\\s+bottles?)?', 'plastic\\s+bottles?'],
  de: ['pet-?flaschen?', 'plastikflaschen?', 'kunststoffflaschen?'],
  fr: ['bouteilles?\\s+(?:en\\s+)?plastique'],
  es: ['botellas?\\s+de\\s+pl[áa]stico'],
  it: ['bottigli[ae]\\s+di\\s+plastica'],
  nl: ['plastic\\s+fles(?:sen)?', 'pet-?fles(?:sen)?'],
};
const CONTAINER_CARTON: WordList = {
  en: ['cartons?', 'tetra\\s?pak', 'tetra\\s?brik'],
  de: ['tetra\\s?pak', 'getr[äa]nkekarton', 'karton'],
  fr: ['briques?', 'tetra\\s?pak'],
  es: ['briks?', 'tetra\\s?brik'],
  it: ['cartone', 'tetra\\s?pak'],
  nl: ['pak', 'drankkarton'],
};
const BOTTLE: WordList = {
  en: ['bottles?'],
  de: ['\\p{L}*flaschen?'],
  fr: ['bouteilles?'],
  es: ['botellas?'],
  it: ['bottigli[ae]'],
  nl: ['fles(?:sen)?'],
};

/** Words that make a nearby mass a capacity, not the product's own weight ("8 kg drum", "Fassungsvermögen 7 kg"). */
export const CAPACITY: WordList = {
  en: ['drum', 'load', 'loading', 'capacity', 'fits', 'holds', 'up to', 'max(?:imum)?', 'wash(?:ing)?\\s+load'],
  de: ['fassungsverm[oö]gen', 'beladung', 'f[uü]llmenge', 'trommel', 'kapazit[aä]t', 'zuladung'],
  fr: ['capacit[eé]', 'charge', 'tambour'],
  es: ['capacidad', 'carga'],
  it: ['capacit[aà]', 'carico'],
  nl: ['vulgewicht', 'inhoud', 'laadvermogen'],
};

/**
 * Words that make the product a seasoning, stock, sauce, soup or flavouring: a meat, fish or other
 * high-footprint food named next to them is a minor ingredient or a flavour ("beef stock cubes").
 */
export const FLAVOUR_FORM: WordList = {
  en: ['seasoning', 'stock', 'stocks', 'bouillon', 'broth', 'gravy', 'sauce', 'marinade', 'flavou?r(?:ed)?', 'soup'],
  ja: ['dashi'],
  de: ['w[uü]rz\\p{L}*', 'br[uü]he', 'fond', 'so[sß]e', 'suppe', 'geschmack'],
  fr: ['assaisonnement', 'ar[oô]me', 'soupe'],
  es: ['caldo', 'salsa', 'sopa', 'sazonador'],
  it: ['brodo', 'zuppa', 'condimento', 'dado'],
};

/**
 * Dishes and snacks made of several foods ("beef lasagne", "cheese crackers", "chicken salad",
 * "Schinken-Pizza", "quiche au saumon"): a meat, fish or cheese named next to them is one ingredient
 * among several (AGRIBALYSE 3.1.1 at retail: lasagne with meat 5.0 kg CO2e/kg against raw beef 27.1;
 * pizzas 1.5-7.2, sandwiches 1.9-4.8), not the product. Not burgers, sausages, nuggets or fish
 * fingers, which are mostly the meat or fish.
 */
const COMPOSITE_DISH: WordList = {
  en: [
    'lasagne',
    'lasagna',
    'pizzas?',
    'pies?',
    'pasty',
    'pasties',
    'quiches?',
    'sandwich(?:es)?',
    'wraps?',
    'burritos?',
    'salads?',
    'curry',
    'ready meal',
    'noodles',
    'ravioli',
    'tortellini',
    'dumplings',
    'risotto',
    'paella',
    'crackers',
    'crisps',
    'chips',
    'biscuits',
    'cookies',
    'cakes?',
  ],
  de: [
    'lasagne',
    'pizza',
    '\\p{L}*auflauf',
    'fertiggericht',
    '\\p{L}*salat',
    '\\p{L}*kuchen',
    'kekse',
    'cracker',
    'chips',
    'maultaschen',
    'ravioli',
    'tortellini',
    'quiche',
  ],
  fr: [
    'lasagnes?',
    'pizzas?',
    'tartes?',
    'quiches?',
    'sandwich(?:s|es)?',
    'salades?',
    'plats? cuisin[ée]s?',
    'g[âa]teaux?',
    'biscuits',
    'chips',
    'raviolis?',
    'feuillet[ée]s?',
    'croque',
  ],
  es: [
    'lasañas?',
    'pizzas?',
    'empanadas?',
    's[áa]ndwich',
    'ensaladas?',
    'platos? preparados?',
    'galletas',
    'patatas fritas',
    'tartas?',
    'raviolis?',
    'croquetas',
  ],
  it: [
    'lasagne',
    'pizza',
    'torta',
    'panin[oi]',
    'insalata',
    'piatto pronto',
    'biscotti',
    'patatine',
    'ravioli',
    'tortellini',
    'cracker',
  ],
  nl: ['lasagne', 'pizza', 'taart', 'broodje', 'salade', 'maaltijd', 'koekjes', 'chips'],
};

/** Words right after a material that say the product is without it ("plastic-free", "plastique libre"). */
export const WITHOUT_AFTER: WordList = {
  en: ['free'],
  de: ['frei'],
  fr: ['libre'],
};

/** Words right before a material that say the product is without it ("sans plastique", "ohne Kunststoff"). */
export const WITHOUT_BEFORE: WordList = {
  en: ['no', 'without'],
  fr: ['sans'],
  es: ['sin'],
  it: ['senza'],
  de: ['ohne'],
  la: ['non'],
};

/**
 * Words before a material that put it on a part the product comes with ("knife with wooden handle",
 * "Dose mit Bambusdeckel", "set avec étui en aluminium"), not on the product itself.
 */
export const WITH_PART_BEFORE: WordList = {
  en: ['with', 'including', 'incl'],
  de: ['mit', 'inklusive', 'inkl'],
  fr: ['avec'],
  es: ['con'],
  it: ['con'],
  nl: ['met'],
};

/**
 * Words that join the last items of a list ("board, cards and wooden pawns", "Brett, Karten und
 * Holzfiguren"): with commas, they make the title's enumeration of components (component-list.ts).
 */
export const LIST_AND: WordList = {
  en: ['and', '&', 'plus'],
  de: ['und'],
  fr: ['et'],
  es: ['y', 'e'],
  it: ['e', 'ed'],
  nl: ['en'],
};

/** Title words that say the item is new, over a marketplace's "used" default ("brand new", "neu OVP"). */
export const CONDITION_NEW: WordList = {
  en: ['brand[-\\s]new', 'new[,\\s]+(?:and\\s+)?sealed', 'factory[-\\s]sealed', 'sealed', 'new in box', 'bnib'],
  de: ['neu\\s*(?:&|und)?\\s*ovp', 'originalverpackt', 'ovp'],
  fr: ['neuf\\s+(?:sous\\s+blister|scell[ée])'],
  es: ['nuevo\\s+precintado'],
  it: ['nuovo\\s+sigillato'],
};

/** Title words that say the item is refurbished. */
export const CONDITION_REFURBISHED: WordList = {
  en: ['refurbished', 'renewed', 'reconditioned'],
  de: ['generalüberholt', 'generalueberholt'],
  fr: ['reconditionn[ée]e?'],
  it: ['ricondizionat[oa]'],
  es: ['reacondicionad[oa]'],
};

/** Title words that say the item is used. */
export const CONDITION_USED: WordList = {
  en: ['used', 'pre-?owned', 'second[-\\s]hand'],
  de: ['gebraucht'],
  fr: ['occasion', "d'occasion"],
  es: ['usad[oa]'],
  it: ['usat[oa]'],
  nl: ['tweedehands'],
};

/** Words that say the price reflects rarity or craft, not materials and making at scale. */
export const PREMIUM: WordList = {
  en: [
    'hand-?made',
    'artisan(?:al)?',
    'vintage',
    'antique',
    'collectible',
    "collector'?s",
    'limited edition',
    'signed',
    'autographed',
    'one of a kind',
    'unique piece',
    'auction',
    'luxury',
    'designer',
  ],
  de: ['handgemacht', 'handgefertigt', 'antik', 'sammlerst[uü]ck', 'signiert', 'unikat', 'versteigerung', 'luxus'],
  fr: ['fait main', 'enchères'],
  es: ['hecho a mano'],
  it: ['fatto a mano'],
};

/**
 * Peat named in a growing medium's title ("peat compost", "Torf", "Weißtorf", "tourbe", "turba",
 * "torba", Dutch "veen"). Not the Dutch "turf", which is English for lawn sod.
 */
const PEAT: WordList = {
  en: ['peat'],
  de: ['torf\\p{L}*', '\\p{L}+torf'],
  fr: ['tourbes?'],
  es: ['turbas?'],
  it: ['torbas?'],
  nl: ['veen', 'turfmolm'],
};

/** Cement named in a title ("Portland cement", "Zement", "ciment", "cemento"): see CEMENT_MIX. */
const CEMENT: WordList = {
  en: ['cements?'],
  de: ['zement', 'portlandzement', 'kompositzement', 'hochofenzement'],
  fr: ['ciments?'],
  es: ['cementos?'],
  it: ['cementi', 'cemento'],
  nl: ['cement'],
};

/**
 * A cement-bound mix or product named beside cement ("sand and cement", "cement mortar", "tile
 * cement", "Zementmörtel", "mortier colle"): the bag holds a mix, not cement alone.
 */
const CEMENT_MIX: WordList = {
  en: [
    'concrete',
    'mortars?',
    'mix',
    'mixes',
    'mixed',
    'post ?mix',
    'postcrete',
    'render',
    'screed',
    'grouts?',
    'adhesives?',
    'tiles?',
    'sand',
  ],
  de: ['beton\\p{L}*', '\\p{L}*m[öo]rtel', '\\p{L}*estrich', '\\p{L}*putz', '\\p{L}*kleber', 'sand', 'fertigmischung'],
  fr: ['b[ée]ton', 'mortiers?', 'chapes?', 'enduits?', 'colles?', 'sable'],
  es: ['hormig[óo]n', 'morteros?', 'cola', 'adhesivos?', 'soleras?', 'arena'],
  it: ['calcestruzzo', 'malta', 'massetto', 'intonaco', 'adesivo', 'collante', 'sabbia'],
  nl: ['beton', 'mortel', 'specie', 'lijm', 'dekvloer', 'zand'],
};

/** Peat left out ("peat-free", "torffrei", "sans tourbe"): read before PEAT, the medium is not peat. */
const PEAT_FREE: WordList = {
  en: ['peat[- ]?free', 'without peat', 'no peat'],
  de: ['torffrei\\p{L}*', 'ohne torf'],
  fr: ['sans tourbe'],
  es: ['sin turba'],
  it: ['senza torba'],
  nl: ['veenvrij\\p{L}*', 'turfvrij\\p{L}*', 'zonder veen', 'zonder turf'],
};

/**
 * A precious metal named in a jewellery title: gold (and its alloys and plating: "white gold",
 * "18k", "vergoldet", "plaqué or"), silver ("sterling", "Silber", "argent", "plata", "argento",
 * "zilver"), platinum, palladium. Read after PRECIOUS_TONE is taken out ("gold-tone" is a colour).
 * The French and Italian bare "or"/"oro" stand only with a word that makes them the metal, since "or"
 * is an English word.
 */
const PRECIOUS_METAL: WordList = {
  en: [
    '(?:white|rose|yellow|solid)?[- ]?gold',
    'gold[- ]?(?:plated|filled)',
    '(?:sterling )?silver',
    'sterling',
    'platinum',
    'palladium',
    '(?:8|9|10|14|18|22|24)[ -]?(?:k|kt|ct|karat|carat)',
  ],
  de: [
    '(?:wei[ßs]|rot|gelb|ros[ée]|echt)?gold',
    '(?:sterling|echt)?silber',
    'vergoldet\\p{L}*',
    'versilbert\\p{L}*',
    'platin',
  ],
  fr: ['(?:en |plaqu[ée] )or', 'or (?:jaune|blanc|rose|massif)', 'argent(?: massif)?', 'vermeil', 'platine'],
  es: ['oro', 'plata', 'platino'],
  it: ['oro', 'argento', 'platino'],
  nl: ['(?:wit|ros[ée]|geel)?goud', 'gouden', 'verguld', 'zilver', 'zilveren', 'platina'],
};

/** Gold or silver named as a colour, not the metal ("gold-tone", "goldfarben", "couleur or"): taken out before PRECIOUS_METAL. */
const PRECIOUS_TONE: WordList = {
  en: ['(?:rose[- ])?(?:gold|silver)[- ]?(?:tone|toned|colou?r|colou?red|finish)'],
  de: ['(?:gold|silber)[- ]?(?:farben|farbig|farbe|ton)\\p{L}*'],
  fr: ['(?:couleur|ton|teinte) (?:or|argent)', 'dor[ée]e?s?', 'argent[ée]e?s?'],
  es: ['(?:color|tono) (?:oro|plata)'],
  it: ['(?:colore?|tono) (?:oro|argento)'],
  nl: ['(?:goud|zilver)kleur\\p{L}*'],
};

/** Words that make a toy a soft (plush, stuffed) toy: sewn textile, not moulded plastic. */
export const SOFT_TOY: WordList = {
  en: ['plush(?:ie)?', 'soft toy', 'stuffed (?:animal|toy)s?', 'teddy(?: bear)?', 'cuddly toy'],
  de: ['pl[üu]sch\\p{L}*', 'kuscheltier\\p{L}*', 'stofftier\\p{L}*', 'teddyb[äa]r'],
  fr: ['peluche', 'doudou'],
  es: ['peluche', 'muñeco de peluche'],
  it: ['peluche', 'pupazzo'],
  nl: ['knuffel\\p{L}*', 'pluche'],
};

/**
 * A toy with a motor, a battery or electronics: remote-controlled, robotic, interactive, talking,
 * battery-powered ("RC car", "ferngesteuert", "télécommandé", "robot", "drone").
 */
const POWERED_TOY: WordList = {
  en: [
    'electronic',
    'interactive',
    '(?:remote|radio)[- ]?control(?:led)?',
    'rc',
    'r/c',
    'battery[- ](?:operated|powered)',
    'rechargeable',
    'motori[sz]ed',
    'robot(?:ic|s)?',
    'drones?',
    'app[- ]controlled',
    'talking',
  ],
  de: ['ferngesteuert\\p{L}*', 'fernsteuerung', 'elektronisch\\p{L}*', 'interaktiv\\p{L}*', 'roboter', 'drohnen?'],
  fr: [
    't[ée]l[ée]command[ée]e?s?',
    'radiocommand[ée]e?s?',
    '[ée]lectroniques?',
    'interacti(?:f|ve)s?',
    'robots?',
    'drones?',
  ],
  es: [
    'teledirigid[oa]s?',
    'control remoto',
    'radiocontrol',
    'electr[óo]nic[oa]s?',
    'interactiv[oa]s?',
    'robots?',
    'drones?',
  ],
  it: ['telecomandat[oa]', 'radiocomandat[oa]', 'elettronic[oa]', 'interattiv[oa]', 'robot', 'droni?'],
  nl: ['op afstand bestuurbare?', 'elektronische?', 'interactieve?', 'robots?', 'drones?'],
};

/**
 * Words that make a device's title a part's or an accessory's ("Akku für iPad Air 2", "Coque pour
 * iPhone 13 128 Go", "MacBook Pro 13 display"): what the price may buy instead of the device.
 */
const DEVICE_PART: WordList = {
  en: [
    'for',
    'compatible',
    'replacement',
    'spare',
    'parts?',
    'case',
    'cover',
    'sleeve',
    'bag',
    'protector',
    'tempered glass',
    'charger',
    'cable',
    'adapter',
    'battery',
    'display',
    'screen',
    'lcd',
    'keyboard',
    'stand',
    'mount',
    'skin',
    'stylus',
    'box only',
    'empty box',
  ],
  de: [
    'für',
    'kompatibel',
    'ersatz\\p{L}*',
    '\\p{L}*hülle',
    'tasche',
    'schutz\\p{L}*',
    '\\p{L}*glas',
    'ladeger[äa]t',
    '\\p{L}*kabel',
    'akku',
    'tastatur',
    'halterung',
    'st[äa]nder',
    'leerkarton',
    'ovp only',
  ],
  fr: [
    'pour',
    'compatible',
    'rechange',
    'coque',
    'housse',
    '[ée]tui',
    'protection',
    'verre tremp[ée]',
    'chargeur',
    'c[âa]ble',
    'adaptateur',
    'batterie',
    '[ée]cran',
    'clavier',
    'support',
  ],
  es: [
    'para',
    'compatible',
    'repuesto',
    'funda',
    'protector',
    'cristal templado',
    'cargador',
    'cable',
    'adaptador',
    'bater[íi]a',
    'pantalla',
    'teclado',
    'soporte',
  ],
  it: [
    'per',
    'compatibile',
    'ricambio',
    'custodia',
    'pellicola',
    'vetro temperato',
    'caricatore',
    'cavo',
    'adattatore',
    'batteria',
    'schermo',
    'tastiera',
    'supporto',
  ],
  nl: [
    'voor',
    'geschikt',
    'vervang\\p{L}*',
    'hoes(?:je)?',
    'beschermer',
    'oplader',
    'kabel',
    'accu',
    'scherm',
    'toetsenbord',
    'houder',
  ],
};

/**
 * Words that make a watch or an activity monitor a smartwatch or fitness tracker (connected
 * electronics), with the model lines that name one without the word ("Apple Watch", "Fitbit").
 */
export const SMART_WATCH: WordList = {
  en: ['smart\\s?-?watch(?:es)?', 'fitness\\s+tracker', 'activity\\s+tracker'],
  brands: [
    '(?:apple|galaxy|pixel|huawei)\\s+watch\\d*',
    'fitbit',
    'garmin\\s+(?:venu|forerunner|fenix|vivoactive|vivosmart|instinct)',
    'amazfit',
  ],
  de: ['fitness-?armband', 'fitness-?tracker', 'aktivit[äa]ts-?tracker'],
  fr: ['montre\\s+connect[ée]e', 'bracelet\\s+connect[ée]'],
  es: ['reloj\\s+inteligente', 'pulsera\\s+(?:de\\s+actividad|inteligente)'],
  it: ['orologio\\s+(?:smart|intelligente)', 'braccialetto\\s+fitness'],
  nl: ['activity\\s+tracker', 'stappenteller'],
};

/**
 * Words that make a "portable charger" a battery pack (a power bank: lithium-ion cells, a charge
 * in mAh), not the mains adapter ADEME's external power supplies model.
 */
const BATTERY_PACK: WordList = {
  en: ['power\\s?-?banks?', '\\d[\\d.,]*\\s?mah', 'portable\\s+chargers?', 'battery\\s+packs?'],
  de: ['powerbanks?', 'externer?\\s+akku', 'zusatzakku'],
  fr: ['batterie\\s+externe', 'chargeur\\s+portable'],
  es: ['bater[íi]a\\s+externa', 'cargador\\s+port[áa]til'],
  it: ['batteria\\s+esterna', 'caricabatterie\\s+portatile'],
  nl: ['externe\\s+accu', 'powerbank'],
};

/**
 * How many units a title's price buys: each pattern captures the count; the first pattern in this
 * order that matches wins ("Pack of 2", "2er-Pack", "Lot de 3", "3 Paar" for socks and gloves).
 */
export const PACK_COUNT: readonly { lang: string; pattern: string }[] = [
  { lang: 'en', pattern: 'pack of (\\d{1,3})' },
  { lang: 'en', pattern: 'set of (\\d{1,3})' },
  { lang: 'en', pattern: '(\\d{1,3})\\s*-?\\s*(?:pack|pk|count|ct)' },
  { lang: 'de', pattern: '(\\d{1,3})\\s*er[\\s-]*(?:pack|set)' },
  { lang: 'de', pattern: '(\\d{1,3})\\s*(?:stück|stk)' },
  { lang: 'fr', pattern: 'lot de (\\d{1,3})' },
  { lang: 'es', pattern: 'paquete de (\\d{1,3})' },
  { lang: 'it', pattern: 'confezione da (\\d{1,3})' },
  // en/de/fr/es/it: "2 pairs", "3 Paar", "lot de 2 paires", "5 pares", "3 paia".
  { lang: 'en de fr es it', pattern: '(\\d{1,2})\\s*(?:pairs?|paar|paires?|pares?|paia)' },
  { lang: 'de', pattern: 'packung mit (\\d{1,3})' },
  { lang: 'fr es', pattern: 'pack de (\\d{1,3})' },
  { lang: 'es', pattern: '(\\d{1,3})\\s*(?:unidades|uds)' },
  { lang: 'nl', pattern: '(\\d{1,3})\\s*stuks' },
  { lang: 'nl', pattern: 'set van (\\d{1,3})' },
  { lang: 'pl', pattern: '(?:zestaw|opakowanie) (\\d{1,3})' },
  { lang: 'pl', pattern: '(\\d{1,3})\\s*szt\\.?' },
  { lang: 'ru', pattern: 'упаковка (\\d{1,3})' },
  { lang: 'ru', pattern: '(\\d{1,3})\\s*шт\\.?' },
  // A count written "x6" at the end of the title (UK grocers: "Free Range Eggs Large x12", "Bananas x5").
  { lang: 'en', pattern: '[x×]\\s?(\\d{1,3})\\s*$' },
];

/**
 * The containers a food or drink is sold in, counted ("24 canettes de 44 cl", "6 Flaschen à 0,5 l",
 * "zestaw 4 puszek"): a count right before one of these names that many units. Only containers
 * of a single portion or pack, not a piece of a set (no "pieces", "Teile", which count puzzles).
 */
export const CONTAINER_NOUN: WordList = {
  en: ['cans?', 'tins?', 'bottles?', 'cartons?', 'jars?', 'pouch(?:es)?', 'sachets?', 'tubs?', 'packets?'],
  de: ['dosen?', 'flaschen?', 'b[üu]chsen?', 'gl[äa]ser', 'beutel', 't[üu]ten?', 'becher', 'packungen'],
  fr: ['cann?ettes?', 'bouteilles?', 'bo[iî]tes?', 'bocal', 'bocaux', 'briques?', 'sachets?', 'pots?', 'flacons?'],
  es: ['latas?', 'botellas?', 'botell[ií]n(?:es)?', 'briks?', 'tarros?', 'botes?', 'sobres?'],
  it: ['lattin[ae]', 'bottigli[ae]', 'barattol[oi]', 'brick', 'vasett[oi]', 'bustin[ae]'],
  nl: ['blik(?:jes|ken)?', 'fles(?:sen|jes)?', 'pakken', 'potten', 'zakjes', 'bekers'],
  pl: ['puszk[ai]', 'puszek', 'butel(?:ka|ki|ek)', 'słoik(?:i|ów)?', 'saszet(?:ka|ki|ek)', 'kartony', 'kartonów'],
  ru: ['банк[аи]', 'банок', 'бутыл(?:ка|ки|ок)', 'пакет(?:а|ов)?'],
};

/**
 * A dozen, counted ("1 dozen", "a dozen eggs", "2 Dutzend", "une douzaine", "media docena"): twelve
 * units each (half a dozen: six). Group 1 is the number of dozens, if written as a figure.
 */
const DOZEN: WordList = {
  en: ['dozen'],
  de: ['dutzend'],
  fr: ['douzaines?'],
  es: ['docenas?'],
  it: ['dozzin[ae]'],
  nl: ['dozijn'],
};
/** "half a dozen", "une demi-douzaine", "media docena", "mezza dozzina", "een half dozijn". */
const HALF: WordList = {
  en: ['half a'],
  de: ['ein halbes'],
  fr: ['une demi-', 'demi-'],
  es: ['media'],
  it: ['mezza'],
  nl: ['een half', 'half'],
};

/** Words that say a food comes packed, not loose: "canned", "en conserve" (with CONTAINER_NOUN: "tin", "Dose"). */
const PACKED_FOOD: WordList = {
  en: ['canned', 'tinned', 'jarred'],
  de: ['\\p{L}*konserven?'],
  fr: ['en conserve', 'appertis[ée]e?s?'],
  es: ['en conserva', 'enlatad[oa]s?'],
  it: ['in scatola'],
  nl: ['uit blik', 'in blik'],
};

/** The word between a counted container and its size: "de 44 cl", "à 0,5 l", "da 1,5 l", "po 500 ml". */
const CONTAINER_SIZE_OF: WordList = {
  en: ['of', 'each', 'x'],
  de: ['à', 'a', 'je', 'zu', 'von'],
  fr: ['de', "d'", 'à'],
  es: ['de'],
  it: ['da', 'di'],
  nl: ['van', 'à'],
  pl: ['po'],
  ru: ['по'],
};

/**
 * Words before a count that make it what the product holds, not what the price buys: "wine rack
 * for 12 bottles", "Weinkühlschrank für 18 Flaschen", "jusqu'à 6 bouteilles".
 */
export const HOLDS_BEFORE: WordList = {
  en: ['for', 'holds?', 'fits?', 'up to', 'stores?'],
  de: ['f[üu]r', 'bis zu'],
  fr: ['pour', "jusqu'[àa]"],
  es: ['para', 'hasta'],
  it: ['per', 'fino a'],
  nl: ['voor', 'tot'],
  pl: ['na', 'do'],
  ru: ['на', 'до'],
};

// The concept regexes, marked pure so that a bundle keeps only those it uses. Word edges: letters and digits of every script (\p{L}\p{N}), never `\b`,
// which knows only ASCII letters ("reconditionné" or "neuf scellé" would never end at `\b`).
/**
 * Words that make a title a part of the item its category sells whole: a cover, a case, a sleeve,
 * a refill, a replacement or spare part ("Pillow covers 18x18, set of 4" filed as Pillows,
 * "Mattress protector" as Mattresses, "Replacement brush heads" as Electric Toothbrushes). The part
 * weighs a fraction of the whole item, so the category's typical mass and typical item are not its.
 * "Case" alone is left out (a display case, a pencil case, a case of wine are the product).
 */
const ITEM_PART: WordList = {
  en: [
    'covers?',
    'slip\\s?covers?',
    'pillow\\s?cases?',
    'pillowslips?',
    'sleeves?',
    'protectors?',
    'liners?',
    'refills?',
    'replacements?',
    'spare parts?',
    'spares?',
  ],
  de: ['\\p{L}*bez[uü]ge?', '\\p{L}*hüllen?', 'nachfüll\\p{L}*', 'ersatz\\p{L}*'],
  fr: ['housses?', 'taies?', '[ée]tuis?', 'recharges?', 'de rechange'],
  es: ['fundas?', 'recambios?', 'repuestos?', 'recargas?'],
  it: ['federe', 'federa', 'fodere', 'fodera', 'custodi[ae]', 'ricambi', 'ricambio', 'ricarica', 'ricariche'],
  nl: ['hoezen', 'hoes', '\\p{L}*slopen', '\\p{L}*sloop', 'navullingen', 'navulling', 'vervangings\\p{L}*'],
};
/**
 * Words that make an everyday item its powered version: electric, battery-powered, cordless,
 * rechargeable ("electric toothbrush", "Akkuschrauber", "brosse à dents électrique"). Only
 * where the category lists a powered kind (data/powered-kinds.csv).
 */
const POWERED: WordList = {
  en: ['electric(?:al)?', 'battery[- ](?:operated|powered)', 'cordless', 'rechargeable', 'motori[sz]ed'],
  de: [
    'elektrisch\\p{L}*',
    'elektro\\p{L}+',
    'akku\\p{L}*',
    'batteriebetrieben\\p{L}*',
    'schall\\p{L}+',
    'kabellos\\p{L}*',
  ],
  fr: ['[ée]lectriques?', 'sans fil', 'rechargeables?', '[àa] piles', 'soniques?'],
  es: ['el[ée]ctric[oa]s?', 'inal[áa]mbric[oa]s?', 'recargables?', 'a pilas', 's[óo]nic[oa]s?'],
  it: ['elettric[oaih]e?', 'ricaricabil[ei]', 'a batteri[ae]', 'senza fili', 'sonic[oa]'],
  nl: ['elektrische?', 'oplaadbare?', 'snoerloze?', 'accu\\p{L}*'],
};

/**
 * Words after which a title names what the product goes with or is for, not the product ("holder
 * for electric toothbrushes", "playset with 3 dolls"): a kind word or a powered word after them is
 * not the product's kind.
 */
const KIND_CUT: WordList = {
  en: ['for', 'with', 'including', 'incl\\.?', 'compatible'],
  de: ['f[üu]r', 'mit', 'inkl\\.?', 'inklusive', 'passend'],
  fr: ['pour', 'avec', 'compatible'],
  es: ['para', 'con', 'compatible'],
  it: ['per', 'con', 'compatibile'],
  nl: ['voor', 'met', 'geschikt'],
};

/** Words before a part word that make it an extra of the whole item ("sofa with cover", "cover included"). */
const WITH_PART: WordList = {
  en: ['with', 'and', 'plus', 'incl\\.?', 'including', '&', '\\+'],
  de: ['mit', 'und', 'inkl\\.?', 'inklusive'],
  fr: ['avec', 'et'],
  es: ['con', 'y'],
  it: ['con', 'e'],
  nl: ['met', 'en'],
};

/** The word after a book's page count ("320 pages", "320 Seiten", "320 p."). */
const PAGE_COUNT: WordList = {
  en: ['pages', 'pp\\.?', 'p\\.'],
  de: ['seiten', 's\\.'],
  fr: ['pages', 'p\\.'],
  es: ['p[áa]ginas', 'p[áa]gs?\\.?'],
  it: ['pagine', 'pagg?\\.'],
  nl: ["pagina'?s", 'blz\\.?', 'bladzijden'],
};

/** The word after a count of a puzzle's pieces ("1000 pieces", "1000 Teile", "1000-teilig", "1000 pezzi"). */
const PART_COUNT: WordList = {
  en: ['pieces?', 'pcs?\\.?'],
  de: ['teile', 'teilig(?:es)?', 'tlg\\.?'],
  fr: ['pi[èe]ces'],
  es: ['piezas'],
  it: ['pezzi'],
  nl: ['stukjes', 'stukken'],
};

const W0 = String.raw`(?<![\p{L}\p{N}])`;
const W1 = String.raw`(?![\p{L}\p{N}])`;

/** The title says the food is sold dry. */
export const DRY_FORM_RE = /* @__PURE__ */ new RegExp(
  String.raw`(?:(?<![\p{L}])(?:${alternation(DRY_FORM)})|(?:${alternation(DRY_FORM_COMPOUND_END)}))(?![\p{L}])`,
  'iu',
);

/** The title says the food is sold ready to eat (a can, a pouch, "ready to heat"). */
export const READY_FORM_RE = /* @__PURE__ */ new RegExp(String.raw`${W0}(?:${alternation(READY_FORM)})${W1}`, 'iu');

/** A mass next to a capacity word, before or after it ("drum capacity 8 kg", "9 kg load"). */
export const CAPACITY_NEAR_MASS_RE = /* @__PURE__ */ new RegExp(
  String.raw`(?:${W0}(?:${alternation(CAPACITY)})${W1}[^,;|()\d]{0,20}\d+(?:[.,]\d+)?\s*(?:kg|lbs?|g)${W1})|(?:\d+(?:[.,]\d+)?\s*(?:kg|lbs?)\s*(?:-\s*)?(?:${alternation(CAPACITY)})${W1})`,
  'iu',
);

/** The product is a seasoning, stock, sauce or flavouring. */
export const FLAVOUR_FORM_RE = /* @__PURE__ */ new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(FLAVOUR_FORM)})(?![\p{L}])`,
  'iu',
);

/** The product is a dish or snack of several foods (COMPOSITE_DISH). */
export const COMPOSITE_DISH_RE = /* @__PURE__ */ words(COMPOSITE_DISH);

/** Text right after a material starts with a "without" word. */
export const WITHOUT_AFTER_RE = /* @__PURE__ */ new RegExp(String.raw`^(?:${alternation(WITHOUT_AFTER)})${W1}`, 'u');
/** Text before a material has a "with" word (WITH_PART_BEFORE): the material is a part's. */
export const WITH_PART_BEFORE_RE = /* @__PURE__ */ new RegExp(
  String.raw`${W0}(?:${alternation(WITH_PART_BEFORE)})${W1}`,
  'u',
);
/** A list-joining word (LIST_AND) as a separator between items, on raw lower-case title text. */
export const LIST_AND_RE = /* @__PURE__ */ new RegExp(String.raw`\s(?:${alternation(LIST_AND)})\s`, 'iu');
/** Text right before a material ends with a "without" word. */
export const WITHOUT_BEFORE_RE = /* @__PURE__ */ new RegExp(String.raw`${W0}(?:${alternation(WITHOUT_BEFORE)})$`, 'u');

function words(list: WordList): RegExp {
  return new RegExp(String.raw`${W0}(?:${alternation(list)})${W1}`, 'iu');
}
/**
 * A book's page count in a title: group 1 the figure (10 to 4,999 pages; "1,200 pages" and
 * "1.200 Seiten" read as 1200). The word after a figure says pages; a "p." needs the figure before it.
 */
export const PAGE_COUNT_RE = /* @__PURE__ */ new RegExp(
  String.raw`${W0}(\d{1,2}[.,]\d{3}|\d{2,4})\s*(?:${alternation(PAGE_COUNT)})(?![\p{L}\p{N}])`,
  'iu',
);
/** A count of a puzzle's pieces in a title: group 1 the figure ("1,000 pieces", "1.000 Teile", "1000-teilig"). */
export const PART_COUNT_RE = /* @__PURE__ */ new RegExp(
  String.raw`${W0}(\d{1,2}[.,]\d{3}|\d{1,5})\s*-?\s*(?:${alternation(PART_COUNT)})(?![\p{L}\p{N}])`,
  'iu',
);
export const CONDITION_NEW_RE = /* @__PURE__ */ words(CONDITION_NEW);
export const CONDITION_REFURBISHED_RE = /* @__PURE__ */ words(CONDITION_REFURBISHED);
export const CONDITION_USED_RE = /* @__PURE__ */ words(CONDITION_USED);
export const PREMIUM_RE = /* @__PURE__ */ words(PREMIUM);
/** The title names a smartwatch or a fitness tracker. */
export const SMART_WATCH_RE = /* @__PURE__ */ words(SMART_WATCH);
/** The title names cement (CEMENT). */
export const CEMENT_RE = /* @__PURE__ */ words(CEMENT);
/** The title names a cement-bound mix beside the cement (CEMENT_MIX). */
export const CEMENT_MIX_RE = /* @__PURE__ */ words(CEMENT_MIX);
/** The title names peat (PEAT). */
export const PEAT_RE = /* @__PURE__ */ words(PEAT);
/** Every "peat-free" phrase of a title (PEAT_FREE), to take out before PEAT_RE is read. */
export const PEAT_FREE_RE = /* @__PURE__ */ new RegExp(String.raw`${W0}(?:${alternation(PEAT_FREE)})${W1}`, 'giu');
/** The title names a precious metal (PRECIOUS_METAL). */
export const PRECIOUS_METAL_RE = /* @__PURE__ */ words(PRECIOUS_METAL);
/** Every "gold-tone" colour phrase of a title (PRECIOUS_TONE), to take out before PRECIOUS_METAL_RE is read. */
export const PRECIOUS_TONE_RE = /* @__PURE__ */ new RegExp(
  String.raw`${W0}(?:${alternation(PRECIOUS_TONE)})${W1}`,
  'giu',
);
/** The title names a soft toy. */
export const SOFT_TOY_RE = /* @__PURE__ */ words(SOFT_TOY);
/** The title names a powered toy (motor, battery, electronics). */
export const POWERED_TOY_RE = /* @__PURE__ */ words(POWERED_TOY);
/** The title says the item is its powered version (POWERED). */
export const POWERED_RE = /* @__PURE__ */ words(POWERED);
/** Where the product's own words end (KIND_CUT, or a comma, a bracket or a bar): group-free, for `search`. */
export const KIND_CUT_RE = /* @__PURE__ */ new RegExp(String.raw`${W0}(?:${alternation(KIND_CUT)})${W1}|[,(|]`, 'iu');
/**
 * The title names a part of the item its category sells whole (ITEM_PART), not as an extra of that
 * item ("with cover", "cover included").
 */
export const ITEM_PART_RE = /* @__PURE__ */ new RegExp(
  String.raw`(?<!${W0}(?:${alternation(WITH_PART)})\s+(?:\p{L}+\s+)?)${W0}(?:${alternation(ITEM_PART)})${W1}(?!\s+(?:included|inclus[ea]?|inklusive))`,
  'iu',
);
/** The title names a part or an accessory of a device (DEVICE_PART). */
export const DEVICE_PART_RE = /* @__PURE__ */ words(DEVICE_PART);
/**
 * A whole device's specification in a title: its storage or memory ("256GB", "1 TB", "128 Go",
 * "16GB RAM"), which a part or an accessory does not state as its own.
 */
export const DEVICE_STORAGE_RE = /(?<![\p{L}\p{N}])\d{1,4}\s?(?:GB|TB|Go|To|ГБ)(?![\p{L}\p{N}])/u;
/** The title names a power bank (a battery pack), not a charger. */
export const BATTERY_PACK_RE = /* @__PURE__ */ words(BATTERY_PACK);

/** The drink containers a title names (CONTAINER_* above). */
export const CONTAINER_CAN_RE = /* @__PURE__ */ words(CONTAINER_CAN);
export const CONTAINER_GLASS_RE = /* @__PURE__ */ words(CONTAINER_GLASS);
export const CONTAINER_PLASTIC_RE = /* @__PURE__ */ words(CONTAINER_PLASTIC);
export const CONTAINER_CARTON_RE = /* @__PURE__ */ words(CONTAINER_CARTON);
export const BOTTLE_RE = /* @__PURE__ */ words(BOTTLE);
/** A count in dozens: group 1 a half word, group 2 a figure (none: one dozen). */
export const DOZEN_RE = /* @__PURE__ */ new RegExp(
  String.raw`${W0}(?:(${alternation(HALF)})\s*|(\d{1,2})\s*)?(?:${alternation(DOZEN)})${W1}`,
  'iu',
);
/** The title says the food comes in containers (cans, jars, bottles) or canned: a count in it counts packs. */
export const PACKED_FOOD_RE = /* @__PURE__ */ new RegExp(
  String.raw`${W0}(?:${alternation(CONTAINER_NOUN)}|${alternation(PACKED_FOOD)})${W1}`,
  'iu',
);

/** A count not after a "for" word: what the product holds is not what the price buys. */
const COUNT = String.raw`(?<!${W0}(?:${alternation(HOLDS_BEFORE)})\s+)${W0}(\d{1,3})\s*`;
/** Not followed by a capacity word ("12 bottle capacity"). */
const NOT_CAPACITY = String.raw`(?!\s*(?:${alternation(CAPACITY)})${W1})`;
/** A count of containers: "24 canettes", "6 Flaschen", "4 puszek"; group 1 is the count. */
export const CONTAINER_COUNT_RE = /* @__PURE__ */ new RegExp(
  String.raw`${COUNT}(?:${alternation(CONTAINER_NOUN)})${W1}${NOT_CAPACITY}`,
  'iu',
);
/**
 * A count of containers and the size of each: "24 canettes de 44 cl", "6 Flaschen à 0,5 l", "24 latas
 * 440 ml", "4 puszki po 500 ml"; group 1 is the count, group 2 the word before the size if any, and
 * the size starts where the match ends.
 */
export const CONTAINER_EACH_RE = /* @__PURE__ */ new RegExp(
  String.raw`${COUNT}(?:${alternation(CONTAINER_NOUN)})${W1}[\s(–-]*(?:(${alternation(CONTAINER_SIZE_OF)})(?![\p{L}])\s*)?(?=\d)`,
  'iu',
);

/** The pack-count patterns, in order, each between word edges. */
export const PACK_COUNT_RES: readonly RegExp[] = /* @__PURE__ */ PACK_COUNT.map(
  ({ pattern }) => new RegExp(String.raw`${W0}${pattern}${W1}`, 'iu'),
);
