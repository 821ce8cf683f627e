/**
 * Issue #8, round 10 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

// data/raw/ademe_impactco2_objects_co2e_per_item.csv: chaiseenbois 18.63 kg CO2e; data/ademe-item-masses.csv: 5 kg.
const WOODEN_CHAIR = { kg: 18.63, massKg: 5 };

describe('furniture and clothing: a checked page mass scales the typical item in full', () => {
  it('a 25 kg chair is five wooden chairs of material, under Chairs as under Office Chairs', async () => {
    const chairs = await one({ title: 'Task chair', weightKg: 25, googleCategory: '443' });
    const office = await one({ title: 'Task chair', weightKg: 25, googleCategory: '2045' });
    expect(chairs.tier).toBe('B');
    expect(chairs.kgCO2e! / ((WOODEN_CHAIR.kg * 25) / WOODEN_CHAIR.massKg)).toBeCloseTo(1, 2);
    // Same item, same mass: the branch the shop filed it under does not change the figure.
    expect(Math.abs(chairs.kgCO2e! / office.kgCO2e! - 1)).toBeLessThan(0.02);
  });
  it('without a category (no mass range to check the page against) the x3 clamp stays', async () => {
    const e = await one({ title: 'Wool coat', weightKg: 30 });
    expect(e.tier).toBe('B');
    expect(e.steps.find((s) => s.label === 'Scaling')?.detail).toMatch(/clamped/);
  });
  it('a mass outside the category range is still set aside, not scaled', async () => {
    const e = await one({ title: 'Task chair', weightKg: 400, googleCategory: '443' });
    expect(e.flags).toContain('mass-out-of-range');
    expect(e.kgCO2e).toBeLessThan(WOODEN_CHAIR.kg * 3);
  });
});

describe('soups and stocks: a pack below one ready serving is sold dry', () => {
  const SOUPS = '2423'; // Food, Beverages & Tobacco > Food Items > Soups & Broths
  // data/raw/agribalyse_3.1.1_synthese_co2e_per_kg.csv at retail: 11172 stock cube, dehydrated 9.39; 25913 ready soup 0.45
  it('a 120 g soup stock or a 46.5 g cup soup takes the dehydrated stock, not the ready-to-heat soup', async () => {
    for (const [title, kg, cat] of [
      ['Bonito soup stock 120 g', 0.12, SOUPS],
      ['Cup soup corn cream 46.5 g', 0.0465, '422'],
    ] as const) {
      const e = await one({ title, weightKg: kg, googleCategory: cat });
      expect(e.factors[0]?.id, title).toBe('food:agb-11172');
      expect(e.flags, title).toContain('food-sold-dry');
      expect(e.steps.find((s) => s.label === 'Food')?.detail, title).toMatch(/less than one ready serving \(245 g/);
    }
  });
  it('a ready soup of a serving or more, a 200 g can, or a broth by the litre stays the ready soup', async () => {
    for (const [title, kg] of [
      ['Vegetable soup 400 g', 0.4],
      ['Cream of tomato soup 200 g can', 0.2],
      ['Chicken broth 500 ml', undefined],
    ] as const) {
      const e = await one({ title, weightKg: kg, googleCategory: SOUPS });
      expect(e.factors[0]?.id, title).toBe('food:agb-25913');
      expect(e.flags, title).not.toContain('food-sold-dry');
    }
  });
});
