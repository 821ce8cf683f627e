/**
 * Brands that sell one kind of product, named in titles that often say nothing else: a supermarket
 * or liquor shop writes "Heineken 6 x 33 cl", "Jägermeister 0,7 l", "Whiskas 12 x 85 g" with no
 * word for beer, liqueur or cat food. A brand votes for its kind only when nothing else in the
 * title or on the page names a product (gather.ts's fallback), so "Heineken Bierglas" stays a glass.
 *
 * Written for this list from the brands' own product ranges (facts, not taken from any evaluation
 * title). Left out: brands that are also common words or names in some language ("Corona",
 * "Modelo", "Brahma", "Kozel", "Finish", "Fairy", "Always", "Felix", "Bounty", "Kinder" alone,
 * "Mars", "Gourmet", "Skip", "Dash", "Libero"), brands with a second product range of their own
 * (Nespresso and Dolce Gusto sell machines, Guinness names a book of records, Oral-B brushes and
 * paste, Tchibo everything; Energizer's name is on phones), and brands whose name holds a kind word already ("Coca-Cola": cola).
 * A phrase of two words ("monster energy", "birra moretti") stands where one word alone is
 * ambiguous. Phrases are matched whole, as phraseKey folds them ("Jack Daniel's", "M&M's").
 */
import { phraseKey } from '../text';

const BEER = 414;
const SODA = 2628;
const ENERGY_DRINKS = 5723;
const WATER = 420;
const JUICE = 2887;
const WHISKEY = 1926;
const VODKA = 2107;
const GIN = 1671;
const RUM = 2605;
const TEQUILA = 2220;
const BRANDY = 2364;
const LIQUEURS = 2933;
const WINE = 421;
const COFFEE = 1868;
const TEA = 2073;
const CANDY = 4748;
const CHIPS = 2392;
const COOKIES = 2229;
const NUT_BUTTERS = 3965;
const CAT_FOOD = 3367;
const CAT_TREATS = 5002;
const CAT_LITTER = 4999;
const DOG_FOOD = 3530;
const DOG_TREATS = 5011;
const DIAPERS = 551;
const LAUNDRY_DETERGENT = 2754;
const FABRIC_SOFTENERS = 2794;
const TOOTHPASTE = 1360;
const MOUTHWASH = 3040;
const RAZORS = 534;
const SHAMPOO = 543615;
const BATTERIES = 4928;

/** Each kind with its brands. */
const BRANDS: [node: number, brands: string[]][] = [
  [
    BEER,
    [
      "heineken, carlsberg, budweiser, stella artois, beck's, krombacher, warsteiner, bitburger, paulaner, erdinger",
      'hoegaarden, leffe, grimbergen, kronenbourg, peroni, birra moretti, pilsner urquell, staropramen, tyskie',
      'zywiec, efes pilsen, asahi super dry, tsingtao, san miguel, mahou, estrella damm, amstel, grolsch',
      'desperados, tuborg, carling, coors, guinness draught, guinness extra stout, duvel, affligem',
      'radeberger, franziskaner, weihenstephaner, veltins, jever, oettinger, heineken 0.0',
    ],
  ],
  [
    SODA,
    [
      'pepsi, pepsi max, fanta, sprite, 7up, 7 up, mirinda, schweppes, dr pepper, mountain dew, fever tree, orangina',
      'fritz kola, club mate, sinalco, almdudler',
    ],
  ],
  [ENERGY_DRINKS, ['monster energy, powerade, gatorade, burn energy, relentless energy, celsius energy']],
  [
    WATER,
    [
      'evian, volvic, perrier, san pellegrino, s pellegrino, vittel, gerolsteiner, acqua panna, badoit, contrex',
      'borjomi, vichy catalan, font vella, lanjaron, apollinaris, selters, staatl fachingen',
    ],
  ],
  [JUICE, ['tropicana, capri sun, granini, hohes c, innocent smoothie']],
  [
    WHISKEY,
    [
      "jack daniel's, johnnie walker, jameson, jim beam, maker's mark, chivas regal, ballantine's",
      'glenfiddich, glenlivet, macallan, laphroaig, talisker, lagavulin, ardbeg, glenmorangie, bushmills',
      'famous grouse, monkey shoulder, woodford reserve, wild turkey, bulleit, tullamore dew, nikka, suntory hibiki',
    ],
  ],
  [VODKA, ['smirnoff, grey goose, zubrowka, russian standard, wyborowa, stolichnaya, ketel one, belvedere vodka']],
  [GIN, ["bombay sapphire, tanqueray, hendrick's, beefeater, monkey 47, gordon's gin, roku gin"]],
  [RUM, ['bacardi, captain morgan, havana club, kraken rum, diplomatico, ron zacapa, sailor jerry']],
  [TEQUILA, ['jose cuervo, olmeca, sierra tequila, don julio, patron silver']],
  [BRANDY, ['hennessy, remy martin, martell, courvoisier, metaxa, asbach uralt']],
  [
    LIQUEURS,
    [
      'jagermeister, jaegermeister, baileys, kahlua, disaronno, cointreau, grand marnier, aperol, campari',
      'limoncello, licor 43, amarula, southern comfort, malibu rum',
    ],
  ],
  [
    WINE,
    [
      'moët & chandon, moet et chandon, veuve clicquot, dom perignon, taittinger, laurent perrier, piper heidsieck',
      'freixenet, rotkappchen sekt, henkell trocken, mumm champagne',
    ],
  ],
  [COFFEE, ['nescafe, jacobs kronung, dallmayr prodomo, segafredo, kimbo, douwe egberts, folgers, maxwell house']],
  [TEA, ['twinings, tetley, teekanne, yogi tea, ahmad tea, pukka tea, lipton yellow label']],
  [
    CANDY,
    [
      'haribo, milka, lindt, toblerone, ferrero rocher, kinder bueno, kinder schokolade, kinder surprise',
      "m&m's, snickers, twix, kitkat, kit kat, ritter sport, cadbury, hershey's, toffifee, raffaello",
      'skittles, mentos, tic tac, maltesers, merci schokolade, lindor',
    ],
  ],
  [CHIPS, ["pringles, doritos, lay's chips, walkers crisps"]],
  [COOKIES, ['oreo, leibniz keks, digestive biscuits']],
  [NUT_BUTTERS, ['nutella']],
  [
    CAT_FOOD,
    ['whiskas, sheba, felix katzenfutter, friskies, applaws, perfect fit cat, animonda carny, kitekat, miamor'],
  ],
  [CAT_TREATS, ['dreamies, temptations cat treats']],
  [CAT_LITTER, ["catsan, cat's best, biokats"]],
  [DOG_FOOD, ['pedigree, chappi, frolic, eukanuba, acana, orijen, wolfsblut, rinti, mera dog, royal canin dog']],
  [DOG_TREATS, ['dentastix, schmackos']],
  [DIAPERS, ['huggies, libero windeln, moony, merries, lupilu windeln']],
  [LAUNDRY_DETERGENT, ['ariel pods, persil, omo, perwoll, weisser riese, coral waschmittel']],
  [FABRIC_SOFTENERS, ['lenor, comfort weichspuler, downy, kuschelweich, vernel']],
  [TOOTHPASTE, ['colgate, sensodyne, elmex, parodontax, blend a med']],
  [MOUTHWASH, ['listerine']],
  [RAZORS, ['gillette fusion, gillette mach3, gillette venus, wilkinson sword']],
  [SHAMPOO, ['head & shoulders']],
  [BATTERIES, ['duracell']],
];

/** Strong enough to stand for a product word, like a maker's model code (model-codes.ts). */
export const BRAND_KIND_WEIGHT = 0.7;

let byPhrase: Map<string, number> | null = null;
/** The longest brand phrase, in words. */
let longest = 1;

/** The phrase -> node map, built on first use. */
export function brandKindPhrases(): Map<string, number> {
  if (byPhrase) return byPhrase;
  byPhrase = new Map();
  for (const [node, lines] of BRANDS)
    for (const raw of lines.join(',').split(',')) {
      const key = phraseKey(raw);
      byPhrase.set(key, node);
      longest = Math.max(longest, key.split(' ').length);
    }
  return byPhrase;
}

/**
 * Shops write the maker first ("Heineken Premium Pilsener", "6 x Heineken 0,33 l"): a brand later
 * in the title is a name inside it ("Android 8.0 Oreo", "mug with Haribo print").
 */
const FIRST_WORDS = 3;

/**
 * The kind of the one-kind brand named by the page's brand field or among the title's first words
 * (the longest phrase first).
 */
export function brandKindNode(title: string, brand: string | null | undefined): number | null {
  const map = brandKindPhrases();
  const own = brand ? map.get(phraseKey(brand)) : undefined;
  if (own !== undefined) return own;
  const words = phraseKey(title).split(' ');
  for (let i = 0; i < Math.min(words.length, FIRST_WORDS); i++)
    for (let n = Math.min(longest, words.length - i); n >= 1; n--) {
      const node = map.get(words.slice(i, i + n).join(' '));
      if (node !== undefined) return node;
    }
  return null;
}
