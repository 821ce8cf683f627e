/**
 * Issue #8, round 12 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

describe('a garment with a page mass and no category takes the clothing per kg, as with one (#8)', () => {
  // DESNZ 2024 material use, "Clothing": 22.31 kg CO2e/kg (data/raw/material_factors_per_kg_desnz2024.csv),
  // the intensity of every clothing and shoe category in data/typical-ranges.csv.
  it('jeans with a mass are DESNZ clothing x mass whether or not a category was found', async () => {
    const bare = await one({ title: "Levi's 505 Regular Fit jeans", weightKg: 0.7665 });
    expect(bare.tier).toBe('C');
    expect(bare.kgCO2e! / 0.7665).toBeCloseTo(22.31, 1);
    expect(bare.flags).toContain('category-from-item-name');
    const filed = await one({
      title: "Levi's 505 Regular Fit jeans",
      weightKg: 0.7665,
      googleCategory: 'Apparel & Accessories > Clothing > Pants',
    });
    expect(filed.category).toBe('Apparel & Accessories > Clothing > Pants');
    expect(bare.kgCO2e).toBeCloseTo(filed.kgCO2e!, 2);
  });
  it('the garment comes before a metal word that is its colour', async () => {
    const e = await one({ title: "Levi's 505 Regular Fit jeans Steel", weightKg: 0.7665 });
    expect(e.kgCO2e! / 0.7665).toBeCloseTo(22.31, 1);
  });
  it('a page mass more than x3 from the modelled item is not taken per kg without a category', async () => {
    const e = await one({ title: 'Wool coat', weightKg: 30 });
    expect(e.tier).toBe('B');
  });
  it('with no mass, the typical item still stands for the product', async () => {
    const e = await one({ title: "Levi's 505 Regular Fit jeans" });
    expect(e.tier).toBe('B');
    expect(e.kgCO2e).toBeCloseTo(23.2, 1);
  });
});
