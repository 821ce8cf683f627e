/**
 * Issue #8, round 21: classes left open by round 20; each test fails without its fix. Product
 * examples are our own.
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

describe('fuels filed with kitchen, lighting and fireplace goods take a fuel sector (data/crosswalk-overrides.csv, #8)', () => {
  // Before: Charcoal Briquettes inherited Kitchen & Dining's metal cookware sector (DESNZ scrap
  // metal per kg: 5 kg of charcoal at 22.5 kg CO2e), firewood the heating equipment sector (DESNZ
  // large electrical items), lamp oil the lighting sector (small electrical items).
  it('charcoal with a mass and no price: no open per-kg factor, an honest unknown, not scrap metal', async () => {
    const e = await one({ title: 'Barbecue charcoal briquettes', googleCategory: '5694', weightKg: 5 });
    expect(e.tier).toBe('unknown');
    expect(e.factors.map((f) => f.id).join(' ')).not.toMatch(/scrap/);
  });
  it('charcoal with a price: the wood chemicals sector (NAICS 325194), not metal cookware', async () => {
    const e = await one({ title: 'Charcoal briquettes', googleCategory: '5694', price: 12, currency: 'USD' });
    expect(e.tier).toBe('D');
    expect(e.factors[0]!.id).toBe('spend:325194');
  });
  it.each([
    ['Kiln-dried firewood', '625', 'materials:wood'],
    ['Hickory smoking chips', '5671', 'materials:wood'],
    ['Paraffin lamp oil', '505312', 'materials:mineral_oil'],
    ['Lighter fluid', '500088', 'materials:mineral_oil'],
  ])('%s: its own fuel per kg', async (title, cat, id) => {
    const e = await one({ title, googleCategory: cat, weightKg: 2 });
    expect(e.tier, JSON.stringify(e.steps)).toBe('C');
    expect(e.factors[0]!.id).toBe(id);
  });
});
