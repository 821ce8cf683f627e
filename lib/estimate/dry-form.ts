/**
 * Foods sold dry. Milk powder, stock granules, soup cubes and instant coffee weigh a fraction of
 * the food as drunk or eaten, so the per kg of the liquid or ready-to-heat food (what a category's
 * default or a plain "milk" names) under-counts them several-fold. When the title says the product
 * is dry and the food has a dry form in the factor table (data/food-dry-forms.csv), that form's per
 * kg as sold is used instead.
 */
import type { FoodRow } from '../factors/tables';
import type { BatchData } from './batch';

/**
 * Words that say a food is sold dry (en/de/fr/es/it/nl). German compounds end in the word
 * ("Milchpulver", "Gemüsebrühe-Granulat"), so a letter may come before those.
 */
const DRY_FORM = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:powder(?:ed)?|granules?|granulated|dehydrated|freeze[- ]dried|instant|cubes?|poudre|granul[ée]s?|d[ée]shydrat[ée]e?s?|lyophilis[ée]e?s?|instantan[ée]e?|polvo|granulad[oa]|deshidratad[oa]s?|instant[áa]ne[oa]|cubitos?|polvere|granulare|granulato|disidratat[oa]|liofilizzat[oa]|solubile|dad[oi]|poeder|korrels|oplos)|(?:pulver|granulat|w[üu]rfel|instant))(?![\p{L}])`,
  'iu',
);

/** The food's dry form when the title says the product is sold dry, else null. */
export function dryFormOf(food: FoodRow, title: string, data: BatchData): FoodRow | null {
  if (!food.dryForm || !DRY_FORM.test(title)) return null;
  return data.food.get(food.dryForm) ?? null;
}
