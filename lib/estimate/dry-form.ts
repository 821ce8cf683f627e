/**
 * Foods sold dry. Milk powder, stock granules, soup cubes and instant coffee weigh a fraction of
 * the food as drunk or eaten, so the per kg of the liquid or ready-to-heat food (what a category's
 * default or a plain "milk" names) under-counts them several-fold. When the title says the product
 * is dry and the food has a dry form in the factor table (data/food-dry-forms.csv), that form's per
 * kg as sold is used instead.
 */
import type { FoodRow } from '../factors/tables';
import type { BatchData } from './batch';
import { DRY_FORM_RE } from './words';

/** The food's dry form when the title says the product is sold dry, else null. */
export function dryFormOf(food: FoodRow, title: string, data: BatchData): FoodRow | null {
  if (!food.dryForm || !DRY_FORM_RE.test(title)) return null;
  return data.food.get(food.dryForm) ?? null;
}
