/**
 * Issue #8, round 16 (each test fails without its fix).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEstimateFlag } from './flags';
import { parseQuantity } from './quantity';
import { POWERED_TOY_ITEM } from './tier-c-mass';
import { estimateOnShippedPacks as one } from './shipped-packs';

/** The mass one estimate multiplied: the first number of its "Mass x factor" step ("0.756 kg x ..."). */
async function massOf(input: Parameters<typeof one>[0]): Promise<number> {
  const e = await one(input);
  const m = /^([\d.]+) kg x/.exec(e.steps.find((s) => s.label === 'Mass x factor')?.detail ?? '');
  expect(m, JSON.stringify(e.steps)).not.toBeNull();
  return Number(m![1]);
}

const EGGS = 'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs > Eggs';
const FRUIT = 'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables';

describe('a count of a food sold loose counts pieces, not packs (#8)', () => {
  // Before: 12 x the category's typical 0.5-0.6 kg pack = 6-7 kg of eggs.
  it('eggs, 12 pack: 12 eggs of 63 g (EU grades M-L), not 12 packs', async () => {
    expect(await massOf({ title: 'Free range eggs, 12 pack', googleCategory: EGGS })).toBeCloseTo(0.756, 3);
    const e = await one({ title: 'Free range eggs, 12 pack', googleCategory: EGGS });
    expect(e.flags).not.toContain('mass-assumed-typical');
    expect(e.steps.find((s) => s.label === 'Typical mass')?.detail).toMatch(/12 pieces of Egg, raw x 63 g per piece/);
  });
  it('"10 Stück" and a trailing "x12" count eggs too', async () => {
    expect(await massOf({ title: 'Eier aus Freilandhaltung, 10 Stück', googleCategory: EGGS })).toBeCloseTo(0.63, 3);
    expect(await massOf({ title: 'British Free Range Eggs Large x12', googleCategory: EGGS })).toBeCloseTo(0.756, 3);
  });
  it("a loose fruit without a piece mass keeps the category's pack mass once", async () => {
    const one5 = await massOf({ title: 'Bananas, 5 pack', googleCategory: FRUIT });
    const one1 = await massOf({ title: 'Bananas', googleCategory: FRUIT });
    expect(one5).toBe(one1);
  });
  it('cans or tins in the title count packs: the pack mass is multiplied as before', async () => {
    const tins = await massOf({ title: 'Tomatoes in tins, 4 pack', googleCategory: FRUIT });
    const single = await massOf({ title: 'Tomatoes', googleCategory: FRUIT });
    expect(tins).toBeCloseTo(4 * single, 5);
  });
  it('a mass on the page wins over the pieces', async () => {
    expect(await massOf({ title: 'Free range eggs, 12 pack', googleCategory: EGGS, weightKg: 0.8 })).toBe(0.8);
  });
  it('a packaged food (not sold loose) still multiplies its pack mass by the count', async () => {
    const cat = 'Food, Beverages & Tobacco > Food Items > Snack Foods';
    expect(await massOf({ title: 'Crisps 6 pack', googleCategory: cat })).toBeCloseTo(
      6 * (await massOf({ title: 'Crisps', googleCategory: cat })),
      5,
    );
  });
});

describe('"x6" at the end of a title is a count (#8)', () => {
  it('reads a trailing x12 / × 6, not a size or a count in the middle', () => {
    expect(parseQuantity({ title: 'Free Range Eggs Large x12' }).units).toBe(12);
    expect(parseQuantity({ title: 'Bananas × 5' }).units).toBe(5);
    expect(parseQuantity({ title: 'Binoculars 10x42' }).units).toBe(1);
    expect(parseQuantity({ title: 'Coca-Cola 330 ml x 6' }).units).toBe(6);
    expect(parseQuantity({ title: 'Coca-Cola 330 ml x 6' }).massKg).toBeCloseTo(1.98, 5);
  });
});

describe('a food named in the title with a price x10 below the category sets the category aside (#8)', () => {
  const tv = 'Electronics > Video > Televisions';
  const shop = { currency: 'GBP', url: 'https://www.tesco.com/groceries/en-GB/products/1' };
  it('"Avocados, 4 pack" at GBP 2 filed as a television is not four televisions', async () => {
    const e = await one({ title: 'Avocados ripe and ready, 4 pack', googleCategory: tv, price: 2, ...shop });
    expect(e.tier).not.toBe('B');
    expect(e.category).toBeNull();
    expect(e.steps[0]!.detail).toMatch(/set aside: the title names a food \("avocados"\)/);
  });
  it('a food word on a product priced within its category changes nothing', async () => {
    const tables = 'Furniture > Tables';
    const e = await one({ title: 'Mango wood coffee table', googleCategory: tables, price: 150, ...shop });
    expect(e.category).toBe(tables);
  });
});

describe('a powered toy under a plastic-default toy category is electrical equipment (#8)', () => {
  const toys = 'Toys & Games > Toys';
  const material = async (title: string, googleCategory = toys) =>
    (await one({ title, googleCategory })).steps.find((s) => s.label === 'Material')?.detail ?? '';
  it('a remote control helicopter, an interactive learning toy, a ferngesteuertes Auto: per kg of an appliance', async () => {
    expect(await material('Remote control mini helicopter')).toMatch(/per kg of a typical vacuum cleaner/);
    expect(await material('VTech interactive learning toy', 'Toys & Games > Toys > Educational Toys')).toMatch(
      /vacuum cleaner/,
    );
    expect(await material('Ferngesteuertes Auto für Kinder')).toMatch(/vacuum cleaner/);
    const e = await one({ title: 'Remote control mini helicopter', googleCategory: toys });
    expect(e.flags).toContain('material-from-title');
  });
  it('an unpowered toy stays plastic, a plush robot stays textile', async () => {
    expect(await material('Stacking cups for toddlers')).toMatch(/plastics/i);
    expect(await material('Plush robot soft toy')).toMatch(/Clothing/);
  });
  it("the appliance is the powered toy categories' own (data/typical-ranges.csv)", () => {
    const csv = readFileSync(new URL('../../data/typical-ranges.csv', import.meta.url), 'utf8');
    for (const id of ['2546', '3625']) {
      const row = csv.split('\n').find((l) => l.startsWith(`${id},`));
      expect(row, id).toContain(`,item:${POWERED_TOY_ITEM},`);
    }
  });
});

describe("round 16's estimates carry only published flags", () => {
  it.each([
    { title: 'Free range eggs, 12 pack', googleCategory: EGGS },
    { title: 'Bananas, 5 pack', googleCategory: FRUIT },
    { title: 'Remote control mini helicopter', googleCategory: 'Toys & Games > Toys' },
    { title: 'Avocados, 4 pack', googleCategory: 'Electronics > Video > Televisions', price: 2, currency: 'GBP' },
  ])('$title', async (p) => {
    for (const f of (await one(p)).flags) expect(isEstimateFlag(f), f).toBe(true);
  });
});

describe("a price under a third of the category's lowest, with no mass, is a part: no whole item's footprint (#8)", () => {
  const fridges = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators';
  const us = { currency: 'USD', url: 'https://www.amazon.com/dp/x' };
  it("a refrigerator's water filter at USD 46 is not a 257 kg refrigerator (tier B item steps aside)", async () => {
    const e = await one({
      title: 'Refrigerator water filter 1, single pack',
      googleCategory: fridges,
      price: 46,
      ...us,
    });
    expect(e.tier).toBe('D');
    expect(e.kgCO2e!).toBeLessThan(60);
    const fridge = await one({
      title: 'French door refrigerator 25 cu ft',
      googleCategory: fridges,
      price: 1500,
      ...us,
    });
    expect(fridge.tier).toBe('B');
  });
  it("per kg of an item at the category's typical mass steps aside the same way (tier C); a drill keeps it", async () => {
    const drills = 'Hardware > Tools > Drills';
    const part = await one({ title: 'Replacement chuck key', googleCategory: drills, price: 6, ...us });
    expect(part.tier).toBe('D');
    const drill = await one({ title: 'Cordless drill driver 18V', googleCategory: drills, price: 89, ...us });
    expect(drill.tier).toBe('C');
  });
  it('a cheap garment is still the garment', async () => {
    const tee = await one({
      title: 'Basic T-shirt',
      googleCategory: 'Apparel & Accessories > Clothing > Shirts & Tops',
      price: 1.2,
      ...us,
    });
    expect(tee.tier).toBe('B');
  });
});

describe('the part rule reads one unit, not the pieces of a pack (#8)', () => {
  it('"48 Stück" AA batteries at EUR 18 keep the physical tier', async () => {
    const e = await one({
      title: 'AA Alkalibatterien 1,5 V, 48 Stück',
      googleCategory: 'Electronics > Electronics Accessories > Power > Batteries',
      price: 18,
      currency: 'EUR',
      url: 'https://www.amazon.de/dp/x',
    });
    expect(e.tier).toBe('C');
  });
});

describe("a device title stating a whole device's storage, at a part's price, is an auction bid, not a part (#8)", () => {
  const tablets = 'Electronics > Computers > Tablet Computers';
  const ebay = { currency: 'EUR', url: 'https://www.ebay.de/itm/1' };
  it('"Apple iPad Pro 2. Gen 256GB, Wi-Fi" at EUR 3.48 (current bid) gets the tablet footprint', async () => {
    const e = await one({
      title: 'Apple iPad Pro 2. Gen 256GB, Wi-Fi, 12,9 Zoll - Silber',
      googleCategory: tablets,
      price: 3.48,
      ...ebay,
    });
    expect(e.tier).toBe('B');
    expect(e.flags).toContain('price-not-informative');
    expect(e.kgCO2e!).toBeGreaterThan(30);
  });
  it('a part or accessory naming the device and its storage stays a part (spend tier)', async () => {
    for (const title of ['Akku für Apple iPad Pro 256GB', 'Hülle für iPad Air 64GB', 'Display für iPad 2 16GB']) {
      const e = await one({ title, googleCategory: tablets, price: 15, ...ebay });
      expect(e.tier, title).toBe('D');
    }
  });
  it('without a storage figure a low price still reads as a part', async () => {
    const e = await one({ title: 'Apple iPad Pro 12,9 Zoll', googleCategory: tablets, price: 15, ...ebay });
    expect(e.tier).toBe('D');
  });
});

describe('rolls, buns and croissants are sold by the piece (#8)', () => {
  const bakery = 'Food, Beverages & Tobacco > Food Items > Bakery';
  it('"Bread rolls 6 pack" and "Croissants x4" are one typical pack, not six or four loaves', async () => {
    const loaf = await massOf({ title: 'White bread', googleCategory: bakery });
    expect(await massOf({ title: 'Bread rolls 6 pack', googleCategory: bakery })).toBe(loaf);
    expect(await massOf({ title: 'Butter croissants x4', googleCategory: bakery })).toBe(loaf);
    expect(await massOf({ title: 'Brötchen zum Aufbacken, 10 Stück', googleCategory: bakery })).toBe(loaf);
  });
  it('the roll and the croissant are their own AGRIBALYSE rows, not a baguette', async () => {
    const e = await one({ title: 'Butter croissants x4', googleCategory: bakery });
    expect(e.method).toMatch(/Croissant/);
  });
  it('loaves are still counted as loaves', async () => {
    const loaf = await massOf({ title: 'White bread', googleCategory: bakery });
    expect(await massOf({ title: 'White bread 2 pack', googleCategory: bakery })).toBeCloseTo(2 * loaf, 5);
  });
});

describe('a meat, fish or cheese named in a dish of several foods is an ingredient, not the product (#8)', () => {
  const food = 'Food, Beverages & Tobacco > Food Items';
  const method = async (title: string, googleCategory = food) => (await one({ title, googleCategory })).method;
  it('"Beef lasagne 400 g" is a lasagne with meat (AGRIBALYSE 5.0 kg/kg), not 400 g of beef (27 kg/kg)', async () => {
    const e = await one({ title: 'Beef lasagne 400 g', googleCategory: food });
    expect(e.method).toMatch(/Lasagna or cannelloni with meat/);
    expect(e.kgCO2e!).toBeLessThan(3);
  });
  it('cheese crackers and a ham pizza are not cheese or ham', async () => {
    expect(await method('Cheese crackers 200 g', `${food} > Snack Foods`)).not.toMatch(/cheese/i);
    expect(await method('Schinken Pizza 350 g')).not.toMatch(/ham|pork/i);
  });
  it('a food that is mostly the meat or fish keeps it: mince, burgers, fillets', async () => {
    expect(await method('Beef mince 500 g')).toMatch(/Beef/);
    expect(await method('Beef burgers 4 x 113 g')).toMatch(/beef/i);
    expect(await method('Salmon fillets 240 g')).toMatch(/Salmon/);
  });
});

describe('a dozen is twelve (#8)', () => {
  it.each([
    ['Grade A Large Eggs, 1 Dozen', 12],
    ['Free range eggs, a dozen', 12],
    ['Bagels 2 dozen', 24],
    ['Half a dozen eggs', 6],
    ['Eier, 1 Dutzend', 12],
    ['Oeufs frais, une douzaine', 12],
    ['Huevos, media docena', 6],
  ])('%s: %i units', (title, n) => {
    expect(parseQuantity({ title }).units).toBe(n);
  });
  it('12 eggs of a dozen weigh 12 eggs', async () => {
    expect(await massOf({ title: 'Grade A Large Eggs, 1 Dozen', googleCategory: EGGS })).toBeCloseTo(0.756, 3);
  });
});
