/**
 * Issue #8, round 11 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

describe('dry breads AGRIBALYSE covers are named foods, in the languages of the aliases', () => {
  // data/raw/agribalyse_3.1.1_synthese_co2e_per_kg.csv at retail: 7407 "Wheat swedish toast"
  // (pain grillé suédois: Knäckebrot) 1.244; 7300 "Rusk" (biscotte classique) 0.9483 kg CO2e/kg.
  it('crispbread and Knäckebrot take the Swedish toast, rusks and Zwieback the rusk', async () => {
    for (const [title, perKg] of [
      ['Rye crispbread 270 g', 1.244],
      ['Crispbreads 200 g', 1.244],
      ['Knäckebrot Roggen 250 g', 1.244],
      ['Zwieback 225 g', 0.9483],
      ['Biscottes complètes 290 g', 0.9483],
    ] as const) {
      const e = await one({ title });
      const kg = Number(/(\d+) g/.exec(title)![1]) / 1000;
      expect(e.tier, title).toBe('C');
      expect(e.kgCO2e! / kg, title).toBeCloseTo(perKg, 2);
    }
  });
});
