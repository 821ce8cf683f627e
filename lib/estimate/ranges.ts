/**
 * Range multipliers of the physical tiers, in one place. They are calibrated on the evaluation
 * sets (`npm run eval`: data/eval/ references, never the factor sources): the aim is that about
 * 90% of published references fall inside [low, high], no wider than that needs. Each says what
 * drives it, and the panel shows that sentence.
 */
export interface RangeRule {
  low: number;
  high: number;
  why: string;
}

export const ITEM_RANGE: { scaled: RangeRule; typical: RangeRule } = {
  scaled: { low: 0.5, high: 2, why: 'products of one kind differ in materials and making; the modelled item is one representative product, scaled by mass or size' },
  typical: { low: 0.4, high: 2.5, why: 'the page gives no mass or size: the product may be lighter or heavier than the modelled item, and differ in materials' },
};

export const FOOD_RANGE: { named: RangeRule; category: RangeRule } = {
  named: { low: 0.6, high: 1.7, why: 'the same food differs between farms, origins and packagings (studies of one food differ by about this much)' },
  category: { low: 0.4, high: 2.5, why: 'the title names no food: the category default stands for foods that differ several-fold per kg' },
};

export const MATERIAL_RANGE: { stated: RangeRule; category: RangeRule } = {
  stated: { low: 0.6, high: 1.5, why: 'the page states the materials; processing and assembly are covered by a stated uplift, not measured' },
  category: { low: 0.4, high: 2.5, why: 'the material is inferred from the category: products of one category differ in materials and making' },
};

/** Widening when the mass is the category's typical mass rather than the page's. */
export const TYPICAL_MASS_WIDENING = { low: 0.75, high: 1.35 };
