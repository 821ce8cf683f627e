/**
 * Issue #8, round 14 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import type { TaxonomyNode } from '../../scripts/factors/crosswalk';
import { typicalMassSpan } from '../../scripts/factors/crosswalk';
import { estimateOnShippedPacks as one } from './shipped-packs';

describe('a sub-category does not take a parent typical mass that stands for none of its kinds (#8)', () => {
  // data/typical-ranges.csv: household appliances in general 10 kg; below it irons 1.5 kg and
  // washing machines 70 kg, laundry combo units 80 kg. A steam iron filed only under "Laundry
  // Appliances" (no profile of its own) took the 10 kg: 32.7 kg CO2e of large electrical items.
  const laundry = 'Home & Garden > Household Appliances > Laundry Appliances';
  it('a steam iron under "Laundry Appliances" with no mass is not 10 kg of appliance', async () => {
    const e = await one({ title: 'Philips steam iron 2400 W', googleCategory: laundry });
    expect(e.tier).toBe('unknown');
    expect(e.steps.find((s) => s.label === 'Typical mass')?.detail).toContain('1.5 to 80 kg');
  });
  it('with a price it takes the spend tier, with a page mass the per-kg factor', async () => {
    const priced = await one({
      title: 'Philips steam iron 2400 W',
      googleCategory: laundry,
      price: 39.99,
      currency: 'USD',
    });
    expect(priced.tier).toBe('D');
    const weighed = await one({ title: 'Philips steam iron 2400 W', googleCategory: laundry, weightKg: 1.4 });
    expect(weighed.tier).toBe('C');
    expect(weighed.flags).not.toContain('mass-assumed-typical');
  });
  it('a category with a profile of its own keeps its typical mass, and so does the general node itself', async () => {
    const irons = await one({
      title: 'Philips steam iron 2400 W',
      googleCategory: 'Home & Garden > Household Appliances > Laundry Appliances > Irons & Ironing Systems',
    });
    expect(irons.flags).toContain('mass-assumed-typical');
    const general = await one({ title: 'Appliance', googleCategory: 'Home & Garden > Household Appliances' });
    expect(general.flags).toContain('mass-assumed-typical');
  });
  it('hand tools under "Tools" (2 kg typical; screwdrivers 0.3 kg, compressors 20 kg) are not 2 kg each', async () => {
    const e = await one({ title: 'Knipex pliers', googleCategory: 'Hardware > Tools > Pliers' });
    expect(e.flags).not.toContain('mass-assumed-typical');
  });

  const tree: TaxonomyNode[] = [
    { id: 1, path: 'A', parentId: null },
    { id: 2, path: 'A > B', parentId: 1 },
    { id: 3, path: 'A > B > Light', parentId: 2 },
    { id: 4, path: 'A > B > Heavy', parentId: 2 },
    { id: 5, path: 'AB', parentId: null },
  ];
  const nodes = new Map(tree.map((n) => [n.id, n]));
  it('the span is set only when kinds below reach more than x5 beyond the typical mass on both sides', () => {
    expect(
      typicalMassSpan(
        1,
        nodes,
        new Map([
          [1, 10],
          [3, 1.5],
          [4, 70],
        ]),
      ),
    ).toEqual([1.5, 70]);
    expect(
      typicalMassSpan(
        1,
        nodes,
        new Map([
          [1, 10],
          [3, 1.5],
          [4, 40],
        ]),
      ),
    ).toBeNull();
    expect(
      typicalMassSpan(
        1,
        nodes,
        new Map([
          [1, 10],
          [3, 3],
          [4, 70],
        ]),
      ),
    ).toBeNull();
    // Only the profile's own sub-tree counts ("AB" is not below "A").
    expect(
      typicalMassSpan(
        1,
        nodes,
        new Map([
          [1, 10],
          [3, 1.5],
          [5, 70],
        ]),
      ),
    ).toBeNull();
  });
});
