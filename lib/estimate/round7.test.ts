/**
 * Issue #8, round 7 (each test in the first block fails without its fix): foods sold dry take the
 * per kg of their dry form (data/food-dry-forms.csv, lib/estimate/dry-form.ts), not the per kg of
 * the liquid or ready-to-heat food that a plain name or the category's default stands for.
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

// AGRIBALYSE 3.1.1 at retail (data/raw/agribalyse_3.1.1_synthese_co2e_per_kg.csv).
const MILK_POWDER = 14.82; // 19021 whole milk powder, non rehydrated
const STOCK_CUBE = 9.365; // 11172 aromatic stock cube, dehydrated
const INSTANT_COFFEE = 26.87; // 18005 instant coffee powder, non rehydrated
const ids = (e: { factors: { id: string }[] }) => e.factors.map((f) => f.id);

describe('a food sold dry is counted per kg of its dry form', () => {
  it('"whole milk powder" takes milk powder, not liquid milk (about 8 kg of milk per kg of powder)', async () => {
    const e = await one({ title: 'Whole milk powder 800 g', weightKg: 0.8, googleCategory: '418' });
    expect(ids(e)).toEqual(['food:agb-19021']);
    expect(e.flags).toContain('food-sold-dry');
    expect(e.kgCO2e!).toBeCloseTo(0.8 * MILK_POWDER, 1);
  });
  it('a German compound ("Vollmilchpulver") is read as dry too', async () => {
    const e = await one({ title: 'Vollmilchpulver 500 g', weightKg: 0.5, googleCategory: '418' });
    expect(ids(e)).toEqual(['food:agb-19021']);
  });
  it('bouillon granules in the soups category take the dry stock, not a ready-to-heat soup', async () => {
    const e = await one({ title: 'Chicken bouillon granules 200 g', weightKg: 0.2, googleCategory: '2423' });
    expect(ids(e)).toEqual(['food:agb-11172']);
    expect(e.kgCO2e!).toBeCloseTo(0.2 * STOCK_CUBE, 1);
    expect(e.method).toMatch(/stock cube/);
  });
  it('instant coffee without the words "instant coffee" together still takes instant powder over ground coffee', async () => {
    const e = await one({ title: 'Gold Blend instant 200 g', weightKg: 0.2, googleCategory: '1868' });
    expect(ids(e)).toEqual(['food:agb-18005']);
    expect(e.kgCO2e!).toBeCloseTo(0.2 * INSTANT_COFFEE, 1);
  });
  it('the panel says why, step by step', async () => {
    const e = await one({ title: 'Lait en poudre entier 400 g', weightKg: 0.4, googleCategory: '418' });
    expect(e.steps.map((s) => s.detail).join(' ')).toMatch(/sold dry \(the title says so\) -> Milk, powder/);
  });
});

describe('soaps and toilet preparations are sold by the volume of their content', () => {
  // DESNZ has no factor for them; data/sector-materials.csv names AGRIBALYSE rapeseed oil at retail
  // as the stated per-kg proxy of NAICS 3256, used when the page gives a mass and no price.
  const RAPESEED_OIL = 2.28;
  it('"shampoo 400 ml" without a price is 0.4 kg of content, per kg of the sector proxy', async () => {
    const e = await one({ title: 'Herbal shampoo 400 ml', googleCategory: '543615' });
    expect(e.tier).toBe('C');
    expect(e.flags).toContain('material-from-sector');
    expect(e.kgCO2e!).toBeCloseTo(0.4 * RAPESEED_OIL, 1);
  });
  it('with a price the spend tier still answers (a proxy per kg is no better than the sector spend)', async () => {
    const e = await one({ title: 'Herbal shampoo 400 ml', googleCategory: '543615', price: 4, currency: 'EUR' });
    expect(e.tier).toBe('D');
  });
  it('a volume on other goods stays a capacity (a 750 ml water bottle is not 0.75 kg)', async () => {
    const e = await one({ title: 'Glass water bottle 750 ml', googleCategory: '3809' });
    expect(e.steps.map((s) => s.detail).join(' ')).not.toMatch(/0\.75 kg x/);
  });
});

describe('shoes by type: a kind that weighs unlike the modelled pair is scaled to its typical mass', () => {
  // ADEME Impact CO2 pairs (data/ademe-item-masses.csv): sports 18.7 kg at 0.8 kg, leather 13.4 kg at 0.9 kg.
  const SPORTS = 18.7;
  const LEATHER = 13.4;
  it("sandals without a mass: the leather pair per kg at a pair of sandals' 0.5 kg, not a sports pair", async () => {
    const e = await one({ title: 'Birkenstock Arizona sandals', googleCategory: '187' });
    expect(ids(e)).toEqual(['items:chaussuresencuir']);
    expect(e.kgCO2e!).toBeCloseTo((LEATHER * 0.5) / 0.9, 1);
    expect(e.flags).toContain('mass-assumed-typical');
  });
  it("children's shoes: the sports pair at a children's pair's 0.35 kg", async () => {
    const e = await one({ title: 'Kids sneakers size 28', googleCategory: '187' });
    expect(e.kgCO2e!).toBeCloseTo((SPORTS * 0.35) / 0.8, 1);
  });
  it('"leather" refines shoes to the leather pair ("leather oxford shoes")', async () => {
    const e = await one({ title: "Men's leather oxford shoes", googleCategory: '187' });
    expect(ids(e)).toEqual(['items:chaussuresencuir']);
    expect(e.kgCO2e!).toBeCloseTo(LEATHER, 1);
  });
  it('a running shoe is still the sports pair as modelled', async () => {
    const e = await one({ title: 'Trail running shoes', googleCategory: '187' });
    expect(e.kgCO2e!).toBeCloseTo(SPORTS, 1);
  });
  it('"leather" does not make a leather sofa a shoe', async () => {
    const e = await one({ title: 'Leather sofa 3 seater', googleCategory: '460' });
    expect(ids(e)).not.toContain('items:chaussuresencuir');
  });
});

describe('what must not change', () => {
  it('liquid milk keeps the milk per kg', async () => {
    const e = await one({ title: 'Whole milk 1 l', weightKg: 1.03, googleCategory: '418' });
    expect(ids(e)).not.toContain('food:agb-19021');
    expect(e.flags).not.toContain('food-sold-dry');
    expect(e.kgCO2e!).toBeLessThan(5);
  });
  it('a ready-to-heat soup keeps the soup per kg', async () => {
    const e = await one({ title: 'Tomato and basil soup 400 g', weightKg: 0.4, googleCategory: '2423' });
    expect(e.flags).not.toContain('food-sold-dry');
    expect(e.kgCO2e!).toBeLessThan(1);
  });
  it('a dry food without a dry form in the table (dried apricots) is left as it is', async () => {
    const e = await one({ title: 'Dried apricots 500 g', weightKg: 0.5, googleCategory: '5740' });
    expect(e.flags).not.toContain('food-sold-dry');
  });
});
