/**
 * Issue #8, round 20 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

const APPAREL = '166';
const FURNITURE = '436';
const HOME_AND_GARDEN = '536';
const ELECTRONICS = '222';
const TREES = '6426';

describe('a broad category narrowed by the ADEME item the title names (tier-b-item.ts, #8)', () => {
  // Before: a page filed only under a branch root ("Apparel & Accessories") got the root's median
  // spend factor (tier E, about 4-5 kg for a pair of ballet flats or jeans), or "unknown" without a
  // price, although the title names an item with a published per-item footprint.
  it.each([
    ["Women's ballet flats", APPAREL, 'pair of leather shoes', 13.4 * (0.4 / 0.9)],
    ['Slim fit jeans', APPAREL, 'jeans', 23.2],
    ['Damen Ballerinas', APPAREL, 'pair of leather shoes', 13.4 * (0.4 / 0.9)],
    ['Sofa bed, grey', FURNITURE, 'sofa bed', 197.5],
  ])('%s under a broad category: the typical item', async (title, cat, item, kg) => {
    for (const price of [{}, { price: 45, currency: 'EUR' }]) {
      const e = await one({ title, googleCategory: cat, ...price });
      expect(e.tier, JSON.stringify(e.steps)).toBe('B');
      expect(e.method).toContain(item);
      expect(Math.abs(e.kgCO2e! / kg - 1)).toBeLessThan(0.01);
      expect(e.flags).toContain('category-from-item-name');
    }
  });
  it('a page mass scales the named item', async () => {
    const e = await one({ title: 'Slim fit jeans', googleCategory: APPAREL, weightKg: 0.9 });
    expect(e.tier).toBe('B');
    expect(e.kgCO2e).toBeGreaterThan(23.2);
  });
  it('not a category off the item’s home, nor a part of the item', async () => {
    // Shoes filed under Trees: the category is wrong, but it is not broader than shoes.
    const trees = await one({ title: 'Tree ballet flats', googleCategory: TREES, price: 90, currency: 'EUR' });
    expect(trees.method).not.toContain('leather shoes');
    // A laptop sleeve under Electronics is not a laptop.
    const sleeve = await one({
      title: 'Laptop sleeve 15 inch',
      googleCategory: ELECTRONICS,
      price: 20,
      currency: 'EUR',
    });
    expect(sleeve.method).not.toContain('laptop');
    expect(sleeve.kgCO2e ?? 0).toBeLessThan(20);
    // Appliances are not narrowed: a brand word names capsules as often as the machine.
    const pods = await one({
      title: 'Nespresso capsules, 50 pack',
      googleCategory: HOME_AND_GARDEN,
      price: 20,
      currency: 'EUR',
    });
    expect(pods.method).not.toContain('coffee machine');
  });
});
