/**
 * Issue #8, round 9 (each test fails without its fix).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

const FOOD_ROOT = '422'; // Food, Beverages & Tobacco > Food Items

describe('food: AGRIBALYSE 3.1.1 at retail first for every food it covers', () => {
  // data/raw/agribalyse_3.1.1_synthese_co2e_per_kg.csv, kgco2e_per_kg_at_retail_derived
  const AGB = { rice: 2.7543, tuna: 4.3129, yoghurt: 2.1006, sugar: 0.6123, beefMince: 33.246 };
  it('a food the title names takes the AGRIBALYSE row, not Clark 2022 or Poore & Nemecek', async () => {
    const cases: [string, number, string, number][] = [
      ['Basmati rice 1 kg', 1, 'food:agb-9100', AGB.rice],
      ['Tuna chunks in brine 160 g', 0.16, 'food:agb-26181', AGB.tuna],
      ['Natural yoghurt 500 g', 0.5, 'food:agb-19593', AGB.yoghurt],
      ['White granulated sugar 1 kg', 1, 'food:agb-31016', AGB.sugar],
      ['Beef mince 500 g', 0.5, 'food:agb-6254', AGB.beefMince],
    ];
    for (const [title, kg, id, perKg] of cases) {
      const e = await one({ title, weightKg: kg, googleCategory: FOOD_ROOT });
      expect(e.tier, title).toBe('C');
      expect(
        e.factors.map((f) => f.id),
        title,
      ).toEqual([id]);
      expect(e.method, title).toMatch(/AGRIBALYSE 3\.1\.1, at retail/);
      expect(Math.abs(e.kgCO2e! / (kg * perKg) - 1), title).toBeLessThan(0.01);
    }
  });
  it('the same food in German, French or Italian gets the same row', async () => {
    for (const title of ['Reis 1 kg', 'Riz 1 kg', 'Riso 1 kg'])
      expect((await one({ title, weightKg: 1, googleCategory: FOOD_ROOT })).factors[0]?.id, title).toBe(
        'food:agb-9100',
      );
  });
  it('every row of data/food-agribalyse.csv has an AGRIBALYSE code and a reason', () => {
    const lines = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'food-agribalyse.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1);
    expect(lines.length).toBeGreaterThan(100);
    for (const l of lines) {
      const [, code, ...reason] = l.split(',');
      expect(code, l).toMatch(/^\d+(_\d+)?$/);
      expect(reason.join(',').length, l).toBeGreaterThan(5);
    }
  });
  it("a food only a source names (Clark's grapes, raspberries, lettuce) takes AGRIBALYSE too", async () => {
    // AGRIBALYSE at retail: grape, white, raw 0.42; raspberry, raw 1.47; lettuce, raw 0.73 (Clark: 8.08, 8.37, 6.49)
    for (const [title, id] of [
      ['Grapes 500 g', 'food:agb-13044'],
      ['Raspberries 150 g', 'food:agb-13015'],
      ['Lettuce 300 g', 'food:agb-20031'],
    ]) {
      const e = await one({ title, googleCategory: FOOD_ROOT });
      expect(
        e.factors.map((f) => f.id),
        title,
      ).toEqual([id]);
    }
  });
});
