/**
 * Issue #8, round 17 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

/** The mass one estimate multiplied: the first number of its "Mass x factor" step ("0.756 kg x ..."). */
function massIn(e: Awaited<ReturnType<typeof one>>): number {
  const m = /^([\d.]+) kg x/.exec(e.steps.find((s) => s.label === 'Mass x factor')?.detail ?? '');
  expect(m, JSON.stringify(e.steps)).not.toBeNull();
  return Number(m![1]);
}

/** UK DESNZ 2024 v1.1, Material use, "Food and drink": 3,701.40359 kg CO2e per tonne (a point value). */
const DESNZ_FOOD_AND_DRINK = 3.7014;
/** UK DESNZ 2024 v1.1, Material use, "Plastics: average plastics": 3,164.78049 kg CO2e per tonne. */
const DESNZ_AVERAGE_PLASTICS = 3.1648;

describe('pet food is food per kg, not unknown nor moulded plastic (#8)', () => {
  // Before: "Cat food 2 kg" was unknown (no per-kg factor for NAICS 311111), and bird, fish and
  // small-animal food and pet treats took their parent's miscellaneous goods (339999): plastics.
  it('cat food with a mass: the mass x DESNZ food and drink', async () => {
    const e = await one({ title: 'Cat food 2 kg', googleCategory: '3367' });
    expect(e.tier).toBe('C');
    expect(e.factors[0]?.id).toBe('materials:food_and_drink');
    expect(e.kgCO2e).toBeCloseTo(2 * DESNZ_FOOD_AND_DRINK, 1);
  });
  it("dog food without a mass: the category's typical pack (3 kg), flagged", async () => {
    const e = await one({ title: 'Adult dry dog food, chicken', googleCategory: '3530' });
    expect(e.tier).toBe('C');
    expect(e.flags).toContain('mass-assumed-typical');
    expect(massIn(e)).toBe(3);
  });
  it.each([
    ['4990', 'Wild bird seed mix 1 kg'],
    ['5002', 'Cat treats 1 kg'],
    ['5024', 'Tropical fish flakes 1 kg'],
  ])('%s (%s): food for animals, per kg of food and drink, not plastics', async (id, title) => {
    const e = await one({ title, googleCategory: id });
    expect(e.tier).toBe('C');
    expect(e.factors[0]?.id).toBe('materials:food_and_drink');
    expect(e.flags).toContain('material-from-sector');
  });
});

describe('paint is estimated per kg, its litres at a paint density (#8)', () => {
  // Before: paint (NAICS 325510) had no per-kg factor and no profile: unknown without a price.
  it('a 10 l tin of emulsion: 13 kg (1.3 kg per litre) x the plastics proxy', async () => {
    const e = await one({ title: 'Matt emulsion paint, white, 10 L', googleCategory: '1361' });
    expect(e.tier).toBe('C');
    expect(e.factors[0]?.id).toBe('materials:plastic_average_plastics');
    expect(massIn(e)).toBeCloseTo(13, 5);
    expect(e.steps.find((s) => s.label === 'Material')?.detail).toContain(String(DESNZ_AVERAGE_PLASTICS));
  });
  it('a varnish (same sector, no profile) with a mass takes the sector proxy, flagged', async () => {
    const e = await one({ title: 'Yacht varnish 2.5 kg', googleCategory: '503738' });
    expect(e.tier).toBe('C');
    expect(e.flags).toContain('material-from-sector');
  });
});
