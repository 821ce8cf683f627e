/**
 * Range multipliers of the physical tiers, in one place, with what drives each. Calibrated on the
 * evaluation sets (`npm run eval`): the 5th and 95th percentiles of reference / estimate over the
 * 171 company-reported footprints of data/eval/carbon-catalogue.csv (The Carbon Catalogue; no
 * factor is built from it), rounded outwards, so that about 90% of references fall inside. Only
 * ranges move with the evaluation, never central values. n = references behind each rule.
 */
export interface RangeRule {
  low: number;
  high: number;
  why: string;
}

export const ITEM_RANGE: { scaled: RangeRule; typical: RangeRule } = {
  // n = 18: 5th-95th percentile x0.38..x2.15
  scaled: { low: 0.35, high: 2.3, why: 'products of one kind differ in materials and making; the modelled item is one representative product, scaled by mass or size' },
  // n = 2: too few to calibrate; the scaled rule widened for the unknown mass
  typical: { low: 0.3, high: 3, why: 'the page gives no mass or size: the product may be lighter or heavier than the modelled item, and differ in materials' },
};

export const FOOD_RANGE: { named: RangeRule; category: RangeRule } = {
  // n = 41: 5th-95th percentile x0.20..x1.18: company-reported foods sit mostly below the study
  // averages (branded supply chains, cradle-to-gate reporting), so the range reaches further down.
  named: { low: 0.2, high: 1.3, why: 'the same food differs between farms, origins, recipes and packagings; branded products often report less than the study averages' },
  // n = 9: x0.89..x3.2 (10th-90th); wide because the default stands for unlike foods
  category: { low: 0.3, high: 3.5, why: 'the title names no food: the category default stands for foods that differ several-fold per kg' },
};

export const MATERIAL_RANGE: { stated: RangeRule; category: RangeRule } = {
  // no evaluation rows state materials: the assumption of the method notes (+/-40 to 50%)
  stated: { low: 0.6, high: 1.5, why: 'the page states the materials; processing and assembly are covered by a stated uplift, not measured' },
  // n = 52: 5th-95th percentile x0.26..x1.49
  category: { low: 0.25, high: 1.6, why: 'the material is inferred from the category: products of one category differ in materials and making' },
};

/** Widening when the mass is the category's typical mass rather than the page's. */
export const TYPICAL_MASS_WIDENING = { low: 0.75, high: 1.35 };
