/**
 * Issue #8, round 21: classes left open by round 20; each test fails without its fix. Product
 * examples are our own.
 */
import { describe, expect, it } from 'vitest';
import type { Estimate } from './schema';
import { estimateOnShippedPacks as one } from './shipped-packs';

/** The typical mass a tier C estimate took (its "Typical mass" step). */
const massOf = (e: Estimate) => e.steps.find((s) => s.label === 'Typical mass')?.value;

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

describe('the powered version of an everyday item is an appliance, not the item x mass (data/powered-kinds.csv, #8)', () => {
  // Before: an electric toothbrush was a toothbrush filed under toilet preparations (AGRIBALYSE
  // rapeseed oil per kg with a page mass, unknown without); an electric kettle filed with stovetop
  // kettles was 1.5 kg of steel; a cordless screwdriver 0.3 kg of steel.
  it.each([
    ['Philips Sonicare electric toothbrush', '527', 'items:aspirateur', 0.25],
    ['Elektrische Zahnbürste mit Ladestation', '527', 'items:aspirateur', 0.25],
    ['Brosse à dents électrique rechargeable', '527', 'items:aspirateur', 0.25],
    ['Cepillo de dientes eléctrico', '527', 'items:aspirateur', 0.25],
    ['Cordless electric kettle 1.7 l', '659', 'items:bouilloire', 1.2],
    ['Akkuschrauber 3,6 V', '1203', 'items:aspirateur', 0.6],
    ['Electric can opener', '733', 'items:aspirateur', 0.7],
  ])('%s', async (title, cat, id, kg) => {
    const e = await one({ title, googleCategory: cat });
    expect(e.tier, JSON.stringify(e.steps)).toBe('C');
    expect(e.factors[0]!.id).toBe(id);
    expect(massOf(e)).toBeCloseTo(kg, 3);
    expect(e.steps.find((s) => s.label === 'Material')?.detail).toMatch(/powered-kinds|a (electric|powered)/);
  });
  it.each([
    ['Soft bristle toothbrush', '527', 'materials:plastic_average_plastics', 0.02],
    ['Toothbrush holder for electric toothbrushes', '527', 'materials:plastic_average_plastics', 0.02],
    ['Enamel stovetop kettle', '659', 'materials:metals', 1.2],
    ['Phillips screwdriver', '1203', 'materials:metals', 0.3],
  ])('%s: the unpowered item', async (title, cat, id, kg) => {
    const e = await one({ title, googleCategory: cat });
    expect(e.factors[0]!.id, JSON.stringify(e.steps)).toBe(id);
    expect(massOf(e)).toBeCloseTo(kg, 3);
  });
  it('a page mass is kept, the powered kind still sets the factor', async () => {
    const e = await one({ title: 'Electric toothbrush', googleCategory: '527', weightKg: 0.15 });
    expect(e.factors[0]!.id).toBe('items:aspirateur');
    expect(e.kgCO2e).toBeCloseTo(0.15 * (47.31 / 6), 1);
  });
});

describe('a kind the title names weighs as that kind (data/kind-masses.csv, #8)', () => {
  it.each([
    ['Wireless over-ear headphones', '543626', 0.25],
    ['True wireless earbuds with charging case', '543626', 0.05],
    ['In-Ear Kopfhörer Bluetooth', '543626', 0.05],
    ['Écouteurs sans fil', '543626', 0.05],
  ])('%s (headphones: per kg of the ADEME connected speaker)', async (title, cat, kg) => {
    const e = await one({ title, googleCategory: cat });
    expect(e.factors[0]!.id, JSON.stringify(e.steps)).toBe('items:enceintebluetooth');
    expect(massOf(e)).toBeCloseTo(kg, 3);
  });
  it.each([
    ['Superhero action figure 15 cm', 0.1],
    ['Fashion doll', 0.3],
    ['Wooden doll house', 3],
    ['Farm playset with 3 figures', 0.4],
    ['Puppe Anna', 0.3],
  ])('%s', async (title, kg) => {
    const e = await one({ title, googleCategory: '1255' });
    expect(massOf(e), JSON.stringify(e.steps)).toBeCloseTo(kg, 3);
  });
});

describe('balls weigh what their rules say (data/typical-ranges.csv, #8)', () => {
  // Before: every ball took Sporting Goods' 1 kg. Balls under 0.2 kg (tennis, golf, table tennis,
  // baseball, cricket) would make Sporting Goods' own kinds span beyond x5 both ways and withhold its
  // 1 kg from every kind without a row (tests/data/typical-masses-coverage.test.ts): not added.
  it.each([
    ['Match football size 5', '1112', 0.43],
    ['Basketball size 7', '1083', 0.6],
    ['Beach volleyball', '1116', 0.27],
  ])('%s', async (title, cat, kg) => {
    const e = await one({ title, googleCategory: cat });
    expect(massOf(e), JSON.stringify(e.steps)).toBeCloseTo(kg, 3);
  });
});
