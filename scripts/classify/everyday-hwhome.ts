/**
 * Building materials, garden, household, B&I, memorial and mature words of round 24 (issue #15):
 * what people buy in the Hardware, Home & Garden, Business & Industrial, Religious & Ceremonial and
 * Mature top levels, concept by concept and language by language, where the classifier read
 * nothing or another top level (checked word by word against the built model). Written for this
 * list from ordinary dictionary vocabulary as shops name the goods, none taken from an evaluation
 * title, brand names left out. One row per concept, one entry per language; same syntax as
 * synonyms.ts ("phrase~0.x" lowers a weight).
 *
 * Cement-based tile adhesive (sold in 20-25 kg bags) is a mortar, as toplevels.ts already files
 * "Fliesenkleber": so "tile adhesive" and its translations go with the concrete mixes.
 * A word that is another product in another sense is listed only inside a phrase, with a lower
 * weight, or left out: English "mortar" and French "mortier" are also the kitchen mortar, left out;
 * Italian "stucco" is also car body filler, so "rasante"; Russian "грунт" is also a paint primer,
 * so "грунт для цветов"; Polish "lakier" is also nail varnish, so "lakier do drewna", and Hungarian
 * "lakk" has a lower weight; Italian "malta" is the island and left out; Danish "fugemasse" is a
 * sealant and left out of grout; Dutch "pleister" is also a sticking plaster and left out. In the
 * languages that close compounds up, a word of four letters or more is read as a compound's head
 * ("Kalkzementputz": "putz", "Gartenerde": "erde"), so the compounds are not listed.
 *
 * The model's size budget is tight (about 0.8 kB gzipped for this list): the concepts and languages
 * are those where a shop title read nothing or another top level, most bought first.
 */
import { synonymRows, type Lang } from './everyday-r23';

const WORDS: Record<string, Partial<Record<Lang, string>>> = {
  'Hardware > Building Consumables > Wall Patching Compounds & Plaster': {
    en: 'plaster',
    de: 'putz',
    fr: 'plâtre, enduit',
    es: 'yeso',
    it: 'rasante, intonaco',
    pl: 'tynk, gładź',
    pt: 'gesso, reboco',
    sv: 'spackel',
    cs: 'omítka',
    hu: 'vakolat, glett',
    ro: 'tencuială',
    tr: 'sıva',
    ru: 'штукатурка, шпаклевка',
    ja: 'パテ',
    zh: '腻子',
    ko: '퍼티',
  },
  'Hardware > Building Consumables > Masonry Consumables > Cement, Mortar & Concrete Mixes': {
    en: 'concrete, screed, cement, tile adhesive',
    de: 'estrich',
    fr: 'béton, chape, mortier colle',
    es: 'hormigón, cemento cola',
    it: 'calcestruzzo, massetto, adesivo per piastrelle',
    nl: 'tegellijm, dekvloer',
    pl: 'jastrych, wylewka, zaprawa, klej do płytek',
    pt: 'betão, cimento, argamassa',
    sv: 'betong, kakelfix',
    da: 'beton',
    fi: 'betoni, laasti',
    cs: 'cement',
    sk: 'betón',
    hu: 'csemperagasztó',
    ro: 'ciment',
    tr: 'çimento',
    ru: 'цемент, бетон, стяжка, плиточный клей',
    el: 'τσιμέντο',
    ja: 'セメント, コンクリート, モルタル',
    zh: '水泥, 混凝土, 瓷砖胶',
    ko: '시멘트, 레미탈',
  },
  'Hardware > Building Consumables > Masonry Consumables > Grout': {
    es: 'lechada',
    it: 'fugante',
    nl: 'voegmiddel',
    pl: 'fuga',
    pt: 'rejunte',
    sv: 'fogbruk',
    cs: 'spárovací hmota',
    ru: 'затирка',
    ja: '目地材',
    zh: '美缝剂',
    ko: '줄눈',
  },
  'Hardware > Building Materials > Insulation': {
    en: 'insulation',
    de: 'glaswolle, steinwolle',
    fr: 'laine de verre, laine de roche',
    es: 'lana de roca',
    it: 'lana di roccia',
    nl: 'isolatie',
    pl: 'wełna mineralna, styropian',
    sv: 'mineralull',
    cs: 'minerální vata',
    hu: 'kőzetgyapot',
    ru: 'минеральная вата, утеплитель',
    ja: '断熱材',
    zh: '保温棉, 岩棉',
    ko: '단열재',
  },
  'Hardware > Building Consumables > Painting Consumables > Varnishes & Finishes': {
    en: 'varnish',
    de: 'klarlack',
    es: 'barniz',
    nl: 'blanke lak',
    pl: 'lakier do drewna',
    pt: 'verniz',
    cs: 'lak na dřevo',
    ru: 'лак для дерева',
    hu: 'lakk~0.6',
    tr: 'vernik',
    ja: 'ニス',
    zh: '清漆',
    ko: '바니쉬',
  },
  'Home & Garden > Lawn & Garden > Gardening > Sands & Soils > Soil': {
    en: 'potting soil',
    de: 'blumenerde, erde~0.7',
    fr: 'terreau',
    es: 'sustrato',
    it: 'terriccio',
    nl: 'potgrond',
    pl: 'ziemia do kwiatów',
    pt: 'substrato',
    sv: 'jord~0.8',
    da: 'pottemuld',
    fi: 'kukkamulta',
    cs: 'substrát',
    ru: 'грунт для цветов',
    hu: 'virágföld',
    tr: 'saksı toprağı',
    ja: '培養土',
    zh: '营养土',
    ko: '배양토, 분갈이흙',
  },
  'Home & Garden > Lawn & Garden > Gardening > Fertilizers': {
    en: 'lawn feed',
    de: 'dünger',
    it: 'concime',
    nl: 'mest',
    sv: 'gödsel',
    da: 'gødning',
    no: 'gjødsel',
    fi: 'lannoite',
    hu: 'műtrágya',
    ru: 'удобрение',
    zh: '肥料',
  },
  'Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent': {
    nl: 'wasmiddel',
    pl: 'proszek do prania',
    sv: 'tvättmedel',
    cs: 'prací prášek',
    tr: 'çamaşır deterjanı',
    ru: 'стиральный порошок',
  },
  'Business & Industrial > Retail > Display Mannequins': {
    it: 'manichino',
    pl: 'manekin',
    pt: 'manequim',
    ru: 'манекен',
    ja: 'マネキン',
    ko: '마네킹',
  },
  'Religious & Ceremonial > Memorial Ceremony Supplies': {
    de: 'grablaterne',
    pl: 'znicz',
    sv: 'gravlykta',
    hu: 'mécses',
  },
};

/** The word lists as synonyms.ts rows (everyday-r23.ts synonymRows). */
export const EVERYDAY_HWHOME: [string, string][] = synonymRows(WORDS);
