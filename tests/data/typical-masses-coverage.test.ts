/**
 * Issue #8: a product known by its title and category alone (no price, no mass: a line of an order
 * history, where Amazon shows no per-item prices) gets a physical estimate when its category has a
 * typical mass and a per-kg factor (data/typical-ranges.csv `default_mass_kg`, `intensity`). The
 * masses stand for the kinds beneath them: a parent whose kinds span too far still withholds its
 * own (scripts/factors/crosswalk.ts, typicalMassSpan). Run on the shipped packs (`npm run factors`).
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from '../../lib/estimate/shipped-packs';
import { data } from '../../scripts/factors/io';

/** The mass one estimate multiplied: the first number of its "Mass x factor" step ("0.25 kg x ..."). */
function massUsed(e: Awaited<ReturnType<typeof one>>): number | null {
  const m = /^([\d.]+) kg x/.exec(e.steps.find((s) => s.label === 'Mass x factor')?.detail ?? '');
  return m ? Number(m[1]) : null;
}

describe('a title alone gets a typical-mass estimate in commonly bought categories (#8)', () => {
  // Title, category path, and the mass a product of that title plausibly weighs (kg, low and high:
  // spec-sheet weights of common models, the range the typical mass must fall in).
  const CASES: [string, string, number, number][] = [
    ['OXO Good Grips silicone spatula', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Spatulas', 0.03, 0.5],
    ['Stainless steel cocktail shaker', 'Home & Garden > Kitchen & Dining > Barware > Cocktail Shakers & Tools > Cocktail Shakers', 0.1, 1],
    ['Insulated stainless steel water bottle', 'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles', 0.1, 0.6],
    ['Microfibre spin mop and bucket set', 'Home & Garden > Household Supplies > Household Cleaning Supplies > Mops', 0.2, 3],
    ['Heavy duty rolling garment rack', 'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Closet Organizers & Garment Racks', 2, 15],
    ['Velvet throw pillow 45 x 45 cm', 'Home & Garden > Decor > Throw Pillows', 0.2, 1.2],
    ['Glass flower vase', 'Home & Garden > Decor > Vases', 0.2, 3],
    ['Replacement roller brushes for iRobot Roomba i7 robot vacuum', 'Home & Garden > Household Appliance Accessories > Vacuum Accessories', 0.02, 0.6],
    ['Hooded cat litter box with flap', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter Boxes', 0.8, 4],
    ['Orthopedic dog bed, large', 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Beds', 0.5, 6],
    ['Cat6 Ethernet coupler RJ45 female to female', 'Electronics > Electronics Accessories > Adapters', 0.005, 0.1],
    ['USB-C to HDMI cable 2 m', 'Electronics > Electronics Accessories > Cables > Audio & Video Cables', 0.03, 0.5],
    ['Adult bike helmet with LED light', 'Sporting Goods > Outdoor Recreation > Cycling > Cycling Apparel & Accessories > Bicycle Helmets', 0.2, 0.6],
    ['2 person dome tent', 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents', 1.5, 6],
    ['Putty knife 75 mm', 'Hardware > Tools > Putty Knives & Scrapers', 0.05, 0.4],
    ['A4 copier paper 80 gsm, one ream', 'Office Supplies > General Office Supplies > Paper Products > Printer & Copier Paper', 2, 3],
    ['Anti-colic baby bottle', 'Baby & Toddler > Nursing & Feeding > Baby Bottles', 0.05, 0.2],
    ['Lightweight compact travel stroller', 'Baby & Toddler > Baby Transport > Baby Strollers', 5, 15],
    ['Makeup brush', 'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes', 0.01, 0.2],
    ['Aluminium roof bars for cars', 'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Storage & Cargo > Motor Vehicle Carrying Racks', 4, 18],
  ];
  it.each(CASES)('%s', async (title, googleCategory, lo, hi) => {
    const e = await one({ title, googleCategory });
    expect(e.tier, JSON.stringify(e.steps)).toBe('C');
    expect(e.flags).toContain('mass-assumed-typical');
    const kg = massUsed(e)!;
    expect(kg).toBeGreaterThanOrEqual(lo);
    expect(kg).toBeLessThanOrEqual(hi);
    // A per-kg factor of an everyday good: between wood (about 0.35) and IT equipment (about 25).
    expect(e.kgCO2e! / kg).toBeGreaterThan(0.3);
    expect(e.kgCO2e! / kg).toBeLessThan(30);
    // The range keeps the central value and widens for the assumed mass.
    expect(e.low!).toBeLessThan(e.kgCO2e!);
    expect(e.high!).toBeGreaterThan(e.kgCO2e! * 2);
  });
});

describe('typical masses stand for the kinds beneath them (#8)', () => {
  it('a kind under "Tools" without a mass of its own still takes none (its kinds weigh 0.1 to 50 kg)', async () => {
    const e = await one({ title: 'Knife sharpener', googleCategory: 'Hardware > Tools > Sharpeners' });
    expect(e.tier).toBe('unknown');
    expect(e.flags).not.toContain('mass-assumed-typical');
    expect(e.steps.find((s) => s.label === 'Mass check')?.detail).toMatch(/no typical mass assumed/);
  });
  it("sporting goods' own 1 kg still holds for a kind without a row: the new kinds do not span beyond x5 on both sides", async () => {
    // (Basketballs have a row of their own since round 21: a kind without one.)
    const e = await one({ title: 'Volleyball net', googleCategory: 'Sporting Goods > Athletics > Volleyball > Volleyball Nets' });
    expect(e.flags).toContain('mass-assumed-typical');
    expect(massUsed(e)).toBe(1);
  });
  it("every typical mass sits inside its own row's weight range", () => {
    const outside = data('typical-ranges.csv').filter((r) => {
      const [d, lo, hi] = [r.default_mass_kg, r.weight_kg_low, r.weight_kg_high].map(Number);
      return r.default_mass_kg && r.weight_kg_low && r.weight_kg_high && !(d! >= lo! && d! <= hi!);
    });
    expect(outside.map((r) => `${r.gpt_id} ${r.gpt_path}`)).toEqual([]);
  });
});
