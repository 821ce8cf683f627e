/**
 * Issue #8, round 5: categories that inherited the wrong per-kg material from a parent's sector
 * (each positive test fails without its fix): garden consumables under garden machinery, powered
 * personal-care appliances under cosmetics, powered toys under moulded plastic.
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

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
    const e = await one({ title: 'Multi-purpose compost', googleCategory: '690' });
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
  it('garden machinery keeps its own per-kg factor (round 6: a motor-driven appliance per kg, not compost)', async () => {
    const e = await one({ title: 'Petrol lawn mower', weightKg: 28, googleCategory: '3730' });
    expect(e.factors.map((f) => f.id)).toContain('items:aspirateur');
  });
});

// Round 6 moved these from DESNZ small electrical items to the per kg of ADEME's appliance of the
// same working principle (round6.test.ts); what round 5 fixed, the parent's material, still holds.
describe("powered personal-care appliances and toys are electrical appliances, not their parent's material", () => {
  const KETTLE_PER_KG = 9.907 / 1.2; // ADEME Impact CO2 kettle / its reference mass
  const VACUUM_PER_KG = 47.31 / 6; // ADEME Impact CO2 vacuum cleaner / its reference mass
  it('a 0.6 kg hair dryer is an appliance per kg, not the cosmetics sector proxy (rapeseed oil)', async () => {
    const e = await one({ title: 'Ionic hair dryer 2100 W', weightKg: 0.6, googleCategory: '490' });
    expect(e.tier).toBe('C');
    expect(e.factors.map((f) => f.id)).toContain('items:bouilloire');
    expect(e.flags).not.toContain('material-from-sector');
    expect(e.kgCO2e!).toBeCloseTo(0.6 * KETTLE_PER_KG, 1);
  });
  it('an electric razor without mass or price gets a typical mass (was unknown: sector proxy and typical mass refused together)', async () => {
    const e = await one({ title: 'Rechargeable electric razor', googleCategory: '532' });
    expect(e.tier).toBe('C');
    expect(e.flags).toContain('mass-assumed-typical');
    expect(e.kgCO2e!).toBeCloseTo(0.25 * VACUUM_PER_KG, 1);
  });
  it('a 1 kg remote-control car is an appliance per kg, not average plastics', async () => {
    const e = await one({ title: 'Remote control off-road car 1:16', weightKg: 1, googleCategory: '3601' });
    expect(e.factors.map((f) => f.id)).toContain('items:aspirateur');
    expect(e.kgCO2e!).toBeCloseTo(VACUUM_PER_KG, 1);
  });
  it('a comb or brush under the same hair-styling parent keeps its own (non-electrical) estimate', async () => {
    const e = await one({ title: 'Wooden hair brush', weightKg: 0.1, googleCategory: '487' });
    expect(e.factors.map((f) => f.id)).not.toContain('materials:electrical_small');
  });
});
