/**
 * Issue #8, round 6 (each test fails without its fix): powered goods measured per kg of a whole
 * appliance's life-cycle figure rather than DESNZ's material-use factor for electrical items.
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

// ADEME Impact CO2 cradle-to-shelf figures over their reference masses (data/ademe-item-masses.csv).
const VACUUM_PER_KG = 47.31 / 6;
const KETTLE_PER_KG = 9.907 / 1.2;
const DESNZ_SMALL_ELECTRICAL = 5.6479;

describe('small powered goods take the per kg of the ADEME appliance with the same working principle', () => {
  // DESNZ's "electrical items" factors price the materials of the waste stream; ADEME's appliance
  // LCAs (kettle, coffee makers, vacuum, microwave) come out 1.4x higher per kg, 1.7x for large ones.
  it('a 3 kg blender (motor-driven) is 3 kg x the vacuum cleaner per kg', async () => {
    const e = await one({ title: 'High-speed blender 1.5 l', weightKg: 3, googleCategory: '505666' });
    expect(e.tier).toBe('C');
    expect(e.factors.map((f) => f.id)).toEqual(['items:aspirateur']);
    expect(e.kgCO2e!).toBeCloseTo(3 * VACUUM_PER_KG, 1);
    expect(e.kgCO2e!).toBeGreaterThan(3 * DESNZ_SMALL_ELECTRICAL * 1.3);
  });
  it('a 2 kg toaster (heating) is 2 kg x the kettle per kg', async () => {
    const e = await one({ title: '2-slice toaster', weightKg: 2, googleCategory: '5289' });
    expect(e.factors.map((f) => f.id)).toEqual(['items:bouilloire']);
    expect(e.kgCO2e!).toBeCloseTo(2 * KETTLE_PER_KG, 1);
  });
  it('a cordless drill without a mass gets the typical 2 kg of a drill, per kg of the motor-driven appliance', async () => {
    const e = await one({ title: 'Cordless drill driver 18 V', googleCategory: '1217' });
    expect(e.flags).toContain('mass-assumed-typical');
    expect(e.kgCO2e!).toBeCloseTo(2 * VACUUM_PER_KG, 1);
  });
  it('the method names the appliance it measures by', async () => {
    const e = await one({ title: 'Air fryer 4 l', weightKg: 4, googleCategory: '738' });
    expect(e.method).toMatch(/per kg of a typical electric kettle/);
  });
  it('electronics that are no appliance (a flashlight, a power supply) keep DESNZ small electrical items', async () => {
    const e = await one({ title: 'LED flashlight', weightKg: 0.2, googleCategory: '338' });
    expect(e.factors.map((f) => f.id)).toEqual(['materials:electrical_small']);
  });
});
