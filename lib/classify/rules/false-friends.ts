/**
 * Words that name one product in one language and another one elsewhere: German "Tee" is tea,
 * the "TEE" of an English, Korean or Japanese fashion title a T-shirt ("KIDS LOGO TEE"). The
 * curated lists hold both readings without a language, so a title split them and often gave no
 * category. With the page's language known, such a word keeps the reading of that language only.
 * Some are no product at all in a language: Polish and Czech "pod" is "under" ("Krem pod oczy",
 * "Podkładka pod mysz", "Szafka pod umywalkę"), not the laundry pods of English titles, and German
 * "Buche" (beech, the wood a board or a chair is made of) is no book, though it folds onto "Buch".
 */
import type { LexEntry } from '../lexicon';

/** "Food, Beverages & Tobacco > Beverages > Tea & Infusions". */
const TEA_AND_INFUSIONS = 2073;
/** "Apparel & Accessories > Clothing > Shirts & Tops". */
const SHIRTS_AND_TOPS = 212;

interface FalseFriend {
  /** The word as a title token (normalised, stemmed). */
  word: string;
  /** Languages where the word names `there` (nothing when null); in every other language it names `elsewhere`. */
  langs: string[];
  there: number | null;
  elsewhere: number;
}

/** "Furniture > Tables": Japanese 机 (tsukue) is a desk; in Chinese 机 is "machine" (台式机, 打印机, 洗衣机). */
const TABLES = 6392;
/** "Home & Garden > Household Supplies > Laundry Supplies > Laundry Detergent" (detergent pods). */
const LAUNDRY_DETERGENT = 2754;

/** "Apparel & Accessories > Clothing > Shorts" (Turkish "şort", Romanian "șort"). */
const SHORTS = 207;
/** "Mature > Weapons > Brass Knuckles" (Turkish "muşta"). */
const BRASS_KNUCKLES = 3833;
/** "Furniture > Beds & Accessories > Beds & Bed Frames" (French "lit", which "liten" folds to). */
const BEDS = 505764;
/** "Food, Beverages & Tobacco > Food Items > Condiments & Sauces" (white sauces). */
const CONDIMENTS_AND_SAUCES = 427;
/** "Apparel & Accessories > Clothing > Outerwear > Vests" (English, Italian, Spanish "gilet"). */
const VESTS = 1831;
/** "Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Flour". */
const FLOUR = 2775;
/** "Animals & Pet Supplies > Pet Supplies > Dog Supplies". */
const DOG_SUPPLIES = 5;
/** "Apparel & Accessories > Clothing Accessories > Hats". */
const HATS = 173;
/** "Apparel & Accessories > Clothing Accessories > Belts". */
const BELTS = 169;
/** "Hardware > Tools > Hammers" (Finnish "vasara"). */
const HAMMERS = 1186;
/** "Media > Books" (German "Buch", onto which "Buche", beech, and "buchen", to book, fold). */
const BOOKS = 784;
/** "Sporting Goods > Outdoor Recreation > Climbing" (Czech and Slovak "mačky", crampons). */
const CLIMBING = 7059;

const FALSE_FRIENDS: FalseFriend[] = [
  // Estonian "tee" is tea too ("roheline tee").
  { word: 'tee', langs: ['de', 'et'], there: TEA_AND_INFUSIONS, elsewhere: SHIRTS_AND_TOPS },
  // "Gilet" is a cardigan in French and Dutch titles, a sleeveless body warmer or waistcoat in
  // English (and Italian, Spanish) ones.
  { word: 'gilet', langs: ['fr', 'nl'], there: SHIRTS_AND_TOPS, elsewhere: VESTS },
  // Colour and size words of the Nordic titles: Danish and Norwegian "sort" (black), Finnish
  // "musta" (black), Norwegian and Swedish "liten" (small) name no product there.
  { word: 'sort', langs: ['da', 'no', 'nb'], there: null, elsewhere: SHORTS },
  { word: 'musta', langs: ['fi'], there: null, elsewhere: BRASS_KNUCKLES },
  { word: 'liten', langs: ['no', 'nb', 'sv'], there: null, elsewhere: BEDS },
  // Russian "белый" (white) and "белье" (linen) share one key, which the translated names give a
  // white sauce: in a Russian title it names no product alone ("Соус белый" keeps its sauce).
  { word: 'бел', langs: ['ru'], there: null, elsewhere: CONDIMENTS_AND_SAUCES },
  { word: 'pod', langs: ['pl', 'cs', 'sk'], there: null, elsewhere: LAUNDRY_DETERGENT },
  { word: '机', langs: ['zh'], there: null, elsewhere: TABLES },
  // Modifiers of the Indonesian, Malay, Vietnamese and Latvian titles that fold onto another
  // language's product: Indonesian and Malay "polos" (plain: "Kaos Polos") onto "polo", "makan"
  // (to eat: "Kotak Makan", a lunch box) onto a flour; Vietnamese "lít" (litre) onto French "lit"
  // (bed), "chiên" (fried: "Nồi chiên") onto French "chien", "cao cấp" (premium) onto Portuguese
  // "cão" and English "cap"; Latvian "balts" (white) onto "belt". Indonesian and Malay "muka"
  // (the face: "Pencuci Muka", a face wash) is the Slovak and Croatian flour ("múka"); Latvian
  // "vasara" (summer: "Vasaras riepas", summer tyres) the Finnish hammer.
  { word: 'polo', langs: ['id', 'ms'], there: null, elsewhere: SHIRTS_AND_TOPS },
  { word: 'makan', langs: ['id', 'ms'], there: null, elsewhere: FLOUR },
  { word: 'muka', langs: ['id', 'ms'], there: null, elsewhere: FLOUR },
  { word: 'vasara', langs: ['lv'], there: null, elsewhere: HAMMERS },
  { word: 'lit', langs: ['vi'], there: null, elsewhere: BEDS },
  { word: 'chien', langs: ['vi'], there: null, elsewhere: DOG_SUPPLIES },
  { word: 'cao', langs: ['vi'], there: null, elsewhere: DOG_SUPPLIES },
  { word: 'cap', langs: ['vi'], there: null, elsewhere: HATS },
  { word: 'balt', langs: ['lv'], there: null, elsewhere: BELTS },
  // German "Buche" (beech: "Kochlöffel Buche", "Schneidebrett Buche massiv") and "buchen" (to
  // book) fold onto "Buch" (book): in a German title they name the wood, no product.
  { word: 'buche', langs: ['de'], there: null, elsewhere: BOOKS },
  { word: 'buchen', langs: ['de'], there: null, elsewhere: BOOKS },
  // Croatian, Serbian, Bosnian and Slovenian "mačke" (cats: "Granule za mačke", a shop's "Mačke"
  // shelf) fold onto the Czech and Slovak crampons ("mačky"): no product alone there.
  { word: 'mack', langs: ['hr', 'sr', 'bs', 'sl'], there: null, elsewhere: CLIMBING },
];

/** The readings a one-word hit keeps in a title of `lang`: those of the language's meaning, if listed. */
export function falseFriendEntries(token: string, lang: string | null, entries: LexEntry[]): LexEntry[] {
  if (lang === null) return entries;
  const friend = FALSE_FRIENDS.find((f) => f.word === token);
  if (!friend) return entries;
  const node = friend.langs.includes(lang) ? friend.there : friend.elsewhere;
  if (node === null) return [];
  const kept = entries.filter((e) => e.id === node);
  return kept.length ? kept : entries;
}
