/**
 * A cooked dish is a prepared food, not its raw ingredient: "Homestyle Mashed Potatoes", "Herb
 * Roasted Potatoes", "Glazed Carrots", "Stuffed Peppers", "Pommes de terre sautées", "Peperoni
 * ripieni", "Gefüllte Paprika". A cooking participle of the title's language turns a vegetable
 * reading into a prepared side dish and a meat or fish reading into a prepared meal. Drying,
 * smoking, canning and freezing are left out: a dried fruit, smoked salmon or frozen peas are
 * still the food.
 */
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';
import { normalizeText } from '../text';

/** "Food Items > Fruits & Vegetables", "Food Items > Meat, Seafood & Eggs". */
const FRUITS_AND_VEGETABLES = 430;
const MEAT_SEAFOOD_EGGS = 432;
/** "Prepared Foods > Prepared Appetizers & Side Dishes", "> Prepared Meals & Entrées". */
const PREPARED_SIDE_DISHES = 499989;
const PREPARED_MEALS = 499988;

/** Cooking participles by language (normalised: no accents, lower case), with their inflected forms. */
const COOKED: Record<string, string[]> = {
  en: [
    'mashed',
    'roasted',
    'baked',
    'fried',
    'grilled',
    'stuffed',
    'glazed',
    'creamed',
    'scalloped',
    'breaded',
    'braised',
    'sauteed',
    'steamed',
  ],
  fr: [
    'roti',
    'rotie',
    'roties',
    'rotis',
    'farci',
    'farcie',
    'farcies',
    'farcis',
    'gratine',
    'gratinee',
    'gratinees',
    'gratines',
    'saute',
    'sautee',
    'sautees',
    'sautes',
    'poele',
    'poelee',
    'poelees',
    'braise',
    'braisee',
    'pane',
    'panee',
    'panees',
    'panes',
    'cuisine',
    'cuisinee',
    'cuisines',
    'cuisinees',
  ],
  de: [
    'gebraten',
    'gebratene',
    'gebratener',
    'gefullt',
    'gefullte',
    'gefullter',
    'paniert',
    'panierte',
    'uberbacken',
    'uberbackene',
    'geschmort',
    'geschmorte',
    'gegrillt',
    'gegrillte',
  ],
  it: [
    'arrosto',
    'arrosti',
    'ripieno',
    'ripieni',
    'ripiena',
    'ripiene',
    'gratinati',
    'gratinate',
    'impanati',
    'impanate',
    'fritti',
    'fritte',
    'grigliati',
    'grigliate',
    'stufati',
  ],
  es: [
    'asado',
    'asados',
    'asada',
    'asadas',
    'relleno',
    'rellenos',
    'rellena',
    'rellenas',
    'empanado',
    'empanados',
    'empanadas',
    'guisado',
    'guisados',
    'gratinado',
    'gratinados',
  ],
  pt: [
    'assado',
    'assados',
    'assada',
    'assadas',
    'recheado',
    'recheados',
    'recheada',
    'recheadas',
    'empanado',
    'empanados',
    'refogado',
    'refogados',
    'gratinado',
    'gratinados',
  ],
  nl: ['gebakken', 'gevulde', 'gegrilde', 'gestoofde', 'gepaneerde'],
  pl: ['pieczone', 'pieczony', 'faszerowane', 'faszerowana', 'panierowane', 'duszone', 'smazone'],
};
const COOKED_SETS = new Map(Object.entries(COOKED).map(([lang, words]) => [lang, new Set(words)]));

/** Whether the title's tokens (normalised, unstemmed) hold a cooking participle of its language. */
function saysCooked(tokens: string[], lang: string | null): boolean {
  const words = COOKED_SETS.get(lang ?? 'en');
  return !!words && tokens.some((t) => words.has(t));
}

/** Title evidence with vegetable and meat readings turned into prepared dishes, when the title says cooked. */
export function preparedDishRule(
  taxonomy: Taxonomy,
  title: string,
  lang: string | null,
  evidence: Evidence[],
): Evidence[] {
  if (!saysCooked(normalizeText(title).split(' '), lang)) return evidence;
  return evidence.map((e) =>
    taxonomy.isAncestorOrSelf(FRUITS_AND_VEGETABLES, e.id)
      ? { ...e, id: PREPARED_SIDE_DISHES }
      : taxonomy.isAncestorOrSelf(MEAT_SEAFOOD_EGGS, e.id)
        ? { ...e, id: PREPARED_MEALS }
        : e,
  );
}
