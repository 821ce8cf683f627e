/**
 * Hobbies, crafts, music, party goods and the supplies devices use up, by language (round 22,
 * written for this list): instrument strings, picks, sticks and stands, art paint, canvas, yarn,
 * modelling clay, trading cards, model kits, balloons; replacement heads, filter cartridges,
 * trimmer line and blades; and the product words a modifier leans on (a cake tin, a beer glass).
 * Same syntax as synonyms.ts rows ("word~0.6" sets a weight): [taxonomy path, phrases by language].
 */
const ARTS = 'Arts & Entertainment > Hobbies & Creative Arts';
const MUSIC = `${ARTS} > Musical Instrument & Orchestra Accessories`;
const GUITAR = `${MUSIC} > String Instrument Accessories > Guitar Accessories`;
const CRAFT = `${ARTS} > Arts & Crafts > Art & Crafting Materials`;
const PARTY = 'Arts & Entertainment > Party & Celebration > Party Supplies';

const HOBBIES: Record<string, Record<string, string[]>> = {
  [`${GUITAR} > Guitar Strings`]: {
    en: ['guitar strings', 'bass strings'],
    de: ['gitarrensaiten', 'saiten fur gitarre'],
    fr: ['cordes guitare', 'cordes pour guitare'],
    es: ['cuerdas para guitarra', 'cuerdas guitarra'],
    it: ['corde per chitarra', 'corde chitarra'],
    nl: ['gitaarsnaren', 'snaren voor gitaar', 'snaren voor akoestische gitaar', 'snaren'],
    pl: ['struny do gitary', 'struny gitarowe', 'struny'],
    pt: ['cordas para violao', 'cordas para guitarra', 'cordas violao'],
    sv: ['gitarrstrangar', 'strangar'],
    da: ['guitarstrenge'],
    no: ['gitarstrenger'],
    fi: ['kitaran kielet'],
    cs: ['struny na kytaru', 'kytarove struny', 'gitarove struny', 'struny'],
    sk: ['struny na gitaru'],
    ru: ['струны для гитары', 'струны для электрогитары', 'гитарные струны', 'струны'],
    uk: ['струни для гітари', 'струни'],
    tr: ['gitar teli'],
    hu: ['gitarhur'],
    ro: ['corzi chitara'],
    el: ['χορδές κιθάρας'],
    ja: ['ギター弦'],
    zh: ['吉他弦'],
    ko: ['기타 스트링', '기타줄'],
  },
  [`${GUITAR} > Guitar Picks`]: {
    en: ['guitar picks', 'plectrum', 'plectrums'],
    de: ['plektren', 'plektrum', 'plecs'],
    fr: ['mediators', 'mediator guitare'],
    es: ['puas de guitarra', 'puas guitarra'],
    it: ['plettri', 'plettro'],
    pl: ['kostki gitarowe'],
    nl: ['plectrums'],
  },
  [`${MUSIC} > Music Stands`]: {
    en: ['music stand', 'sheet music stand'],
    de: ['notenstander', 'notenpult'],
    fr: ['pupitre~0.6'],
    es: ['atril'],
    it: ['leggio'],
    pl: ['pulpit do nut'],
    nl: ['muziekstandaard', 'lessenaar'],
  },
  [`${MUSIC} > Electronic Tuners`]: {
    en: ['guitar tuner', 'clip tuner', 'chromatic tuner'],
    de: ['stimmgerat'],
    fr: ['accordeur'],
    es: ['afinador'],
    it: ['accordatore'],
    pl: ['tuner gitarowy'],
  },
  [`${MUSIC} > Percussion Accessories`]: {
    en: ['drum sticks 5a', 'drum sticks 7a'],
    de: ['schlagzeugsticks', 'trommelstocke'],
    fr: ['baguettes de batterie'],
    es: ['baquetas'],
    it: ['bacchette per batteria'],
    pl: ['paleczki perkusyjne', 'paleczki do perkusji'],
    nl: ['drumstokken'],
  },
  [`${ARTS} > Musical Instruments > Woodwinds > Harmonicas`]: {
    de: ['mundharmonika'],
    fr: ['harmonica'],
    nl: ['mondharmonica'],
    pl: ['harmonijka ustna'],
    sv: ['munspel'],
  },
  [`${ARTS} > Musical Instruments > String Instruments > Violins`]: {
    it: ['violino'],
    pt: ['violino'],
    es: ['violin'],
    pl: ['skrzypce'],
    nl: ['viool'],
    sv: ['fiol'],
    cs: ['housle'],
  },
  [`${CRAFT} > Craft Paint, Ink & Glaze > Art & Craft Paint`]: {
    en: ['acrylic paint', 'watercolour paint', 'watercolor paint', 'gouache'],
    de: ['acrylfarben', 'acrylfarbe', 'aquarellfarben', 'gouachefarben'],
    fr: ['peinture acrylique', 'aquarelle', 'gouache'],
    es: ['pintura acrilica', 'acuarelas'],
    it: ['colori acrilici', 'acquerelli'],
    pl: ['farby akrylowe', 'akwarele'],
    nl: ['acrylverf', 'aquarelverf'],
    pt: ['tinta acrilica'],
    sv: ['akrylfarg'],
    da: ['akrylmaling'],
    no: ['akrylmaling'],
    fi: ['akryylivari'],
    cs: ['akrylove barvy'],
    ru: ['акриловые краски'],
  },
  [`${CRAFT} > Art & Craft Paper > Drawing & Painting Paper`]: {
    en: ['watercolour paper', 'watercolor paper', 'sketch pad', 'drawing paper'],
    de: ['aquarellpapier', 'zeichenblock', 'zeichenpapier'],
    fr: ['papier aquarelle', 'bloc de dessin'],
    es: ['papel acuarela', 'bloc de dibujo'],
  },
  [`${CRAFT} > Textiles > Crafting Canvas > Painting Canvas`]: {
    en: ['stretched canvas', 'painting canvas'],
    de: ['keilrahmen', 'malleinwand'],
    fr: ['toile a peindre', 'chassis entoile'],
    es: ['lienzo para pintar'],
    it: ['tela per pittura'],
  },
  [`${CRAFT} > Crafting Fibers > Yarn`]: {
    en: ['yarn', 'knitting wool'],
    de: ['wolle~0.6', 'strickgarn', 'wollknauel'],
    fr: ['pelote de laine', 'fil a tricoter'],
    es: ['ovillo de lana', 'lana para tejer'],
    it: ['gomitolo', 'filato'],
    pl: ['wloczka'],
    nl: ['breigaren', 'breiwol', 'garen katoen'],
    fi: ['lanka'],
    sv: ['garn'],
    da: ['garn'],
  },
  [`${CRAFT} > Embellishments & Trims > Beads`]: {
    en: ['hama beads', 'perler beads', 'craft beads'],
    de: ['perlen~0.6', 'bugelperlen'],
    fr: ['perles a repasser', 'perles en bois'],
    es: ['abalorios'],
  },
  [`${CRAFT} > Pottery & Sculpting Materials > Clay & Modeling Dough`]: {
    en: ['polymer clay', 'modelling clay', 'air dry clay'],
    de: ['modelliermasse', 'knete', 'fimo'],
    fr: ['pate fimo', 'pate a modeler'],
    es: ['arcilla polimerica', 'plastilina'],
    it: ['pasta modellabile'],
    pl: ['modelina'],
  },
  [`${CRAFT} > Crafting Adhesives & Magnets > Decorative Tape`]: { '*': ['washi tape', 'masking tape decoratif'] },
  [`${ARTS} > Collectibles > Collectible Trading Cards`]: {
    en: ['booster pack', 'trading cards', 'booster box', 'elite trainer box'],
    de: ['sammelkarten', 'booster display'],
    fr: ['cartes a collectionner'],
    es: ['cartas coleccionables'],
    it: ['carte collezionabili'],
  },
  [`${ARTS} > Model Making > Scale Model Kits`]: {
    en: ['model kit', 'plastic model kit'],
    de: ['modellbausatz', 'bausatz~0.5'],
    fr: ['maquette a monter', 'maquette~0.7'],
    es: ['maqueta~0.7'],
  },
  [`${PARTY} > Balloons`]: {
    da: ['balloner', 'lufballoner', 'lufballonger'],
    fi: ['ilmapallot', 'ilmapallo'],
    el: ['μπαλόνια'],
    ro: ['baloane'],
    hu: ['lufi', 'lufik'],
    no: ['ballonger'],
    sv: ['ballonger'],
  },
  [`${PARTY} > Banners`]: { fr: ['guirlande fanions', 'banderole~0.6'], es: ['banderin'], de: ['wimpelkette'] },
  [`${PARTY} > Birthday Candles`]: {
    de: ['zahlenkerze', 'geburtstagskerze'],
    en: ['number candle'],
    fr: ['bougie chiffre', 'bougie anniversaire'],
  },
  ['Home & Garden > Lawn & Garden > Outdoor Power Equipment Accessories > Weed Trimmer Accessories > Weed Trimmer Blades & Spools']:
    {
      en: ['trimmer line', 'strimmer line', 'trimmer spool'],
      de: ['mahfaden', 'trimmerfaden'],
      fr: ['fil de coupe', 'fil debroussailleuse'],
      es: ['hilo de desbrozadora'],
      it: ['filo decespugliatore'],
    },
  ['Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Range Hood Accessories']: {
    en: ['cooker hood filter', 'carbon filter~0.6', 'charcoal filter~0.6'],
    de: ['kohlefilter', 'aktivkohlefilter', 'dunstabzugshaubenfilter'],
    fr: ['filtre a charbon~0.6', 'filtre hotte'],
    es: ['filtro de carbon~0.6', 'filtro campana'],
    it: ['filtro carbone', 'filtro cappa'],
  },
  ['Hardware > Plumbing > Water Dispensing & Filtration > Water Filtration Accessories > Water Filter Cartridges']: {
    en: ['water filter cartridges', 'water filter cartridge', 'filter cartridges~0.6'],
    de: ['filterkartuschen', 'wasserfilter kartuschen', 'filterkartusche'],
    fr: ['cartouches filtrantes', 'cartouche filtrante'],
    es: ['cartuchos filtrantes', 'cartucho filtrante'],
    it: ['filtri per caraffa', 'cartucce filtranti'],
  },
  ['Home & Garden > Kitchen & Dining > Cookware & Bakeware > Bakeware']: {
    en: ['cake tin', 'cake pan', 'baking tin'],
    de: ['backform', 'kuchenform'],
    es: ['molde~0.6', 'molde de silicona'],
    fr: ['moule a gateau'],
    it: ['stampo per torte'],
  },
  ['Home & Garden > Kitchen & Dining > Tableware > Drinkware']: {
    nl: ['bierglazen', 'bierglas'],
    pl: ['pokal do piwa', 'kufel'],
    de: ['bierglas', 'bierglaser'],
  },
  ['Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Marinades & Grilling Sauces']: {
    en: ['marinade', 'steak marinade', 'grill marinade'],
    de: ['marinade', 'grillmarinade'],
    fr: ['marinade'],
    es: ['marinada', 'adobo'],
    it: ['marinata'],
    nl: ['marinade'],
  },
  ['Home & Garden > Linens & Bedding > Table Linens > Tablecloths']: {
    en: ['tablecloth', 'tablecloths', 'table cloth'],
    de: ['tischdecke', 'tischdecken', 'tischtuch'],
    fr: ['nappe de table', 'nappe rectangulaire', 'nappe ronde'],
    es: ['mantel de mesa', 'mantel rectangular'],
    it: ['tovaglia'],
    nl: ['tafelkleed'],
    pl: ['obrus'],
    pt: ['toalha de mesa'],
    sv: ['bordsduk'],
    cs: ['ubrus'],
    ru: ['скатерть'],
    tr: ['masa örtüsü'],
  },
  ['Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives']: { de: ['brotmesser'] },
  ['Food, Beverages & Tobacco > Beverages > Coffee']: {
    de: ['kaffeekapseln', 'kaffeepads'],
    fr: ['capsules de cafe', 'dosettes de cafe'],
    nl: ['koffiecups'],
  },
  ['Electronics > Electronics Accessories > Power > Batteries']: {
    pl: ['baterie alkaliczne', 'baterie aa', 'baterie aaa'],
  },
};

// Instruments, art paint, yarn and party goods in the languages whose shops the lexicon did
// not know them in (the words as those shops write them; xx lines hold several languages).
const IN_MORE_LANGUAGES: Record<string, Record<string, string[]>> = {
  [`${ARTS} > Musical Instruments > String Instruments > Guitars`]: {
    xx: [
      'gitar, gitara, gitár, ģitāra, kytara, κιθάρα, гітара, китара, kitara, kitarr, gitarr, guitarra',
      'جيتار, غيتار, גיטרה, กีตาร์, đàn guitar, akustik gitar, klasik gitar, elektro gitar',
    ],
  },
  [`${ARTS} > Musical Instruments > String Instruments > Violins`]: {
    xx: [
      'keman, βιολί, vioara, hegedu, скрипка, цигулка, violina, husle, housle, smuikas, vijole, viiul',
      'biola, כינור, ไวโอลิน, バイオリン, 小提琴, 바이올린, đàn violin',
    ],
  },
  [`${CRAFT} > Craft Paint, Ink & Glaze > Art & Craft Paint`]: {
    xx: [
      'akrilik boya, ακρυλικά χρώματα, culori acrilice, akrylove farby, akrilne barve, akruulvarvid, akrila krasas',
      'màu acrylic, cat akrilik, ألوان أكريليك, צבעי אקריליק, สีอะคริลิค, アクリル絵の具, 丙烯颜料, 아크릴 물감',
    ],
  },
  [`${CRAFT} > Crafting Fibers > Yarn`]: {
    xx: [
      'örgü ipi, νήμα πλεξίματος, fire de tricotat, fonal~0.7, пряжа, прежда, pređa, priadza, preja',
      'siūlai mezgimui, dzija, lõng, len sợi, benang rajut, 毛糸, 毛线, 뜨개실',
    ],
  },
  [`${PARTY} > Balloons`]: {
    xx: [
      'balony, balónky, balóny, baloni, balionai, õhupallid, bóng bay, balonlar, doğum günü balonları',
      'повітряні кульки, воздушные шары, балони за рожден ден, balon ulang tahun, בלונים, ลูกโป่ง, 風船, 气球, 풍선',
    ],
  },
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const HOBBY_SYNONYMS: [string, string][] = [
  ...Object.entries(HOBBIES),
  ...Object.entries(IN_MORE_LANGUAGES),
].map(([path, byLang]) => [path, Object.values(byLang).flat().join(', ')]);
