/** Issue #8, round 5: garden consumables filed under garden machinery's sector (each test fails without its fix). */
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadFactorSourceFromDir } from '../factors/node';
import type { FactorSource } from '../factors/source';
import { estimateProducts } from './index';
import type { ProductInput } from './input';
import { EstimateSchema } from './schema';

let factors: FactorSource;
beforeAll(async () => {
  factors = await loadFactorSourceFromDir(join(import.meta.dirname, '..', '..', 'public', 'factors'));
});
const now = new Date('2025-06-15T12:00:00Z');
const one = async (p: ProductInput) => {
  const [e] = await estimateProducts([p], { factors, classifier: null, now });
  EstimateSchema.parse(e);
  return e;
};

describe('compost, mulch and soil are organic or mineral matter, not garden machinery', () => {
  // Lawn & Garden maps to NAICS 333112 (garden equipment), so compost inherited DESNZ large
  // electrical items per kg: a 25 kg bag came out near 80 kg CO2e.
  it('a 25 kg bag of compost is mass x DESNZ compost (0.112 kg CO2e/kg), not large electrical items', async () => {
    const e = await one({ title: 'Peat-free multi-purpose compost', weightKg: 25, googleCategory: '690' });
    expect(e.tier).toBe('C');
    expect(e.factors.map((f) => f.id)).toContain('materials:compost_derived_from_garden_waste');
    expect(e.kgCO2e!).toBeCloseTo(25 * 0.112, 1);
    expect(e.flags).not.toContain('material-from-sector');
  });
  it('a bag of compost without a mass gets the category typical bag (20 kg), flagged, with the wider range', async () => {
    const e = await one({ title: 'Multi-purpose compost 50 l', googleCategory: '690' });
    expect(e.tier).toBe('C');
    expect(e.flags).toContain('mass-assumed-typical');
    expect(e.kgCO2e!).toBeCloseTo(20 * 0.112, 1);
    expect(e.steps.some((s) => s.label === 'Typical mass')).toBe(true);
  });
  it('mulch takes the compost stand-in and bagged sand DESNZ aggregates', async () => {
    const mulch = await one({ title: 'Bark mulch', weightKg: 15, googleCategory: '2988' });
    expect(mulch.factors.map((f) => f.id)).toContain('materials:compost_derived_from_garden_waste');
    const sand = await one({ title: 'Play sand', weightKg: 15, googleCategory: '543677' });
    expect(sand.factors.map((f) => f.id)).toContain('materials:aggregates');
    expect(sand.kgCO2e!).toBeLessThan(0.5);
  });
  it('garden machinery keeps its own per-kg factor', async () => {
    const e = await one({ title: 'Petrol lawn mower', weightKg: 28, googleCategory: '3730' });
    expect(e.factors.map((f) => f.id)).toContain('materials:electrical_large');
  });
});
