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
