/**
 * Foods sold dry. Milk powder, stock granules, soup cubes and instant coffee weigh a fraction of
 * the food as drunk or eaten, so the per kg of the liquid or ready-to-heat food (what a category's
 * default or a plain "milk" names) under-counts them several-fold. When the title says the product
 * is dry, or the page's pack weighs less than one ready serving of the food (where a source gives
 * one: soups 245 g, data/food-dry-forms.csv) and the title does not say it is ready to eat (a can,
 * a pouch), and the food has a dry form in the factor table, that form's per kg as sold is used instead.
 */
import type { FoodRow } from '../factors/tables';
import type { BatchData } from './batch';
import { sig } from './make';
import type { Prepared } from './prepare';
import { DRY_FORM_RE, READY_FORM_RE } from './words';

export interface DryForm {
  food: FoodRow;
  /** Why: the title's own word, or the pack's mass below one ready serving. */
  why: string;
}

/** The food's dry form when the title says the product is sold dry or its pack is below one serving, else null. */
export function dryFormOf(food: FoodRow, p: Pick<Prepared, 'title' | 'quantity'>, data: BatchData): DryForm | null {
  const dry = food.dryForm ? data.food.get(food.dryForm) : undefined;
  if (!dry) return null;
  if (DRY_FORM_RE.test(p.title)) return { food: dry, why: 'sold dry (the title says so)' };
  // A stated weight (not a volume: 200 ml of broth is a liquid) per unit below one ready serving.
  const q = p.quantity;
  const unit = q.massKg !== null && q.massKg > 0 && !q.fromVolume ? q.massKg / q.units : null;
  if (food.dryBelowKg && unit !== null && unit < food.dryBelowKg && !READY_FORM_RE.test(p.title))
    return {
      food: dry,
      why: `sold dry: ${sig(unit * 1000, 3)} g per pack is less than one ready serving (${food.dryBelowKg * 1000} g, data/food-dry-forms.csv)`,
    };
  return null;
}
