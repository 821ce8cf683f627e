/**
 * Food names from AGRIBALYSE 3.1.1 (ADEME & INRAE, 2023, Licence Ouverte / Etalab 2.0; see
 * data/raw/SOURCES.md): 2,518 foods with French names ("Coppa", "Speck", "Risotto aux
 * champignons", "Cancoillotte", "Speculoos", "Gouda") in CIQUAL food subgroups. A French food name
 * puts its head noun first, so each name's first word is a food word of its subgroup's node
 * (SUBGROUP_NODE, a crosswalk written for this file). Many are names that travel between languages
 * unchanged (risotto, coppa, gouda, couscous, tiramisu), so they are stored with the words several
 * languages share and count in a title of any language. A word of several subgroups reads as
 * their common node (localized.ts resolves readings), a word no table already holds only.
 */
import { readCsvRecords } from '../lib/csv';

export const AGRIBALYSE_CSV = 'data/raw/agribalyse_3.1.1_synthese_co2e_per_kg.csv';

/**
 * CIQUAL food subgroup (AGRIBALYSE `food_subgroup_fr`) -> Google Product Taxonomy node: the
 * deepest node that holds every food of the subgroup. Subgroups that mix kinds take the shared
 * parent ("pâtes, riz et céréales" -> Food Items). Left out: foods for special diets (no node).
 */
export const SUBGROUP_NODE: Record<string, number> = {
  'aides culinaires': 2660, // Cooking & Baking Ingredients
  algues: 430, // Fruits & Vegetables
  condiments: 427, // Condiments & Sauces
  herbes: 4608, // Seasonings & Spices
  'ingrédients divers': 2660,
  sauces: 427,
  sels: 4608,
  épices: 4608,
  'céréales et biscuits infantiles': 562, // Baby & Toddler Food
  'desserts infantiles': 562,
  'laits et boissons infantiles': 562,
  'petits pots salés et plats infantiles': 562,
  'boisson alcoolisées': 499676, // Alcoholic Beverages
  'boissons sans alcool': 413, // Beverages
  eaux: 420, // Water
  'feuilletées et autres entrées': 5814, // Prepared Foods
  'pizzas, tartes et crêpes salées': 5814,
  'plats composés': 5814,
  'plats végétariens': 5814,
  'salades composées et crudités': 5814,
  sandwichs: 5814,
  soupes: 2423, // Soups & Broths
  fruits: 430,
  'fruits à coque et graines oléagineuses': 433, // Nuts & Seeds
  légumes: 430,
  légumineuses: 430,
  'pommes de terre et autres tubercules': 430,
  'desserts glacés': 5788, // Frozen Desserts & Novelties
  glaces: 5788,
  sorbets: 5788,
  'crèmes et spécialités à base de crème': 428, // Dairy Products
  fromages: 428,
  laits: 428,
  'produits laitiers frais et assimilés': 428,
  'autres matières grasses': 2660,
  beurres: 428,
  'huiles de poissons': 2660,
  'huiles et graisses végétales': 2660,
  margarines: 428,
  'céréales de petit-déjeuner et biscuits': 422, // Food Items (cereals and biscuits)
  'farines et pâtes à tarte': 2660,
  'gâteaux et pâtisseries': 1876, // Bakery
  'pains et viennoiseries': 1876,
  'pâtes, riz et céréales': 422,
  'chocolats et produits à base de chocolat': 4748, // Candy & Chocolate
  'confiseries non chocolatées': 4748,
  'confitures et assimilés': 5740, // Dips & Spreads
  'sucres, miels et assimilés': 422,
  'autres produits à base de viande': 432, // Meat, Seafood & Eggs
  charcuteries: 432,
  'mollusques et crustacés crus': 432,
  'mollusques et crustacés cuits': 432,
  'poissons crus': 432,
  'poissons cuits': 432,
  'produits à base de poissons et produits de la mer': 432,
  'substituts de charcuterie': 5807, // Tofu, Soy & Vegetarian Products
  'substituts de viande': 5807,
  'viandes crues': 432,
  'viandes cuites': 432,
  œufs: 432,
};

/**
 * First words of AGRIBALYSE names that are no food of their own: French adjectives that stand
 * before the noun ("Petits pois", "Gros sel") and generic nouns that need the rest of the name
 * ("Matière grasse", "Spécialité fromagère", "Préparation pour...", "Plat cuisiné"), which in a
 * title would as often name something else.
 */
const NOT_A_FOOD_WORD = new Set([
  'petit',
  'petits',
  'petite',
  'petites',
  'grand',
  'grande',
  'gros',
  'grosse',
  'demi',
  'mini',
  'vieux',
  'jeune',
  'nouveau',
  'matiere',
  'specialite',
  'preparation',
  'produit',
  'plat',
  'dessert',
  'boisson',
  'melange',
  'base',
  'assortiment',
  'substitut',
  'garniture',
  'aliment',
  'feuille',
  'pate',
  'pates',
  'poudre',
  'extrait',
  'sirop',
  'coeur',
  'filet',
  'blanc',
  'rouge',
  'noir',
  'orange',
  'rose',
  'nature',
  'type',
  'eau',
]);

/** Shortest food word kept: shorter ones are more often abbreviations or other words. */
const MIN_LETTERS = 4;

/** [first word of a food's French name (normalised, unfolded), node] for every AGRIBALYSE food. */
export function foodWords(path = AGRIBALYSE_CSV): [string, number][] {
  const out: [string, number][] = [];
  for (const r of readCsvRecords(path)) {
    const node = SUBGROUP_NODE[r.food_subgroup_fr ?? ''];
    const word = (r.name_fr ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-zœæ]+/)[0];
    if (!node || !word || word.length < MIN_LETTERS || NOT_A_FOOD_WORD.has(word)) continue;
    out.push([word, node]);
  }
  return out;
}

/**
 * Languages whose aliases are left to the classifier's own words: English titles have the
 * taxonomy's names and the curated words; German and Dutch food words are closed compounds
 * ("Vollmilch", "Knäckebrot") that the compound reader already reads by their head, more finely
 * than a CIQUAL subgroup's node ("milch": milk; "brot": bakery).
 */
const SKIPPED_ALIAS_LANGS = new Set(['en', 'de', 'nl']);

/** The estimator's food words in six languages (data/README.md): "tonno", "burro", "rinderhackfleisch". */
const FOOD_ALIASES_CSV = 'data/food-aliases.csv';
/** The estimator's food -> AGRIBALYSE row table: which row each named food takes. */
const FOOD_AGRIBALYSE_CSV = 'data/food-agribalyse.csv';

/**
 * [language, alias, node] for every word of the estimator's food table whose food is an AGRIBALYSE
 * row: its CIQUAL subgroup's node, as for the French names above. The table holds the words shops
 * write for a food in each language ("tonno", "salmone", "zucchero", "Schnittlauch") where the
 * taxonomies have only category names ("Carne e pesce"); a food no AGRIBALYSE row names (halloumi,
 * coffee pods) has no subgroup and is left out. Single words only: a longer alias ("olio d'oliva")
 * would outvote the head noun before it ("Tonno all'olio d'oliva").
 */
export function foodAliasWords(
  aliasesPath = FOOD_ALIASES_CSV,
  foodsPath = FOOD_AGRIBALYSE_CSV,
  agribalysePath = AGRIBALYSE_CSV,
): [string, string, number][] {
  const subgroup = new Map(readCsvRecords(agribalysePath).map((r) => [r.agb_code ?? '', r.food_subgroup_fr ?? '']));
  const codeOf = new Map(readCsvRecords(foodsPath).map((r) => [r.food ?? '', r.agb_code ?? '']));
  const out: [string, string, number][] = [];
  for (const r of readCsvRecords(aliasesPath)) {
    const food = r.food ?? '';
    const code = food.startsWith('agb:') ? food.slice(4) : codeOf.get(food);
    const node = code ? SUBGROUP_NODE[subgroup.get(code) ?? ''] : undefined;
    const alias = r.alias ?? '';
    if (node && r.lang && !SKIPPED_ALIAS_LANGS.has(r.lang) && /^\p{L}+$/u.test(alias)) out.push([r.lang, alias, node]);
  }
  return out;
}
