import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from '../classify';
import { estimateProducts } from '../estimate';
import type { ProductInput } from '../estimate/input';
import type { Estimate } from '../estimate/schema';
import { loadFactorSourceFromDir } from '../factors/node';
import type { FactorSource } from '../factors/source';
import { methodKey, placeAmong, relativeTo, similarSpan, unitsOf } from './similar';

let factors: FactorSource;
const classifier = createClassifier(
  JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel,
);
const now = new Date('2025-06-15T12:00:00Z');
const estimate = (p: ProductInput[]) => estimateProducts(p, { factors, classifier, now });
beforeAll(async () => {
  factors = await loadFactorSourceFromDir(join(import.meta.dirname, '..', '..', 'public', 'factors'));
});

async function placed(p: ProductInput) {
  const [e] = await estimate([p]);
  const span = await similarSpan(e, factors, estimate);
  return { e, span, at: placeAmong(e, span) };
}

describe('relative label against similar products', () => {
  it('splits the span in thirds on a log scale', () => {
    const span = { low: 10, high: 1000 };
    expect(relativeTo(20, span)).toBe('lower');
    expect(relativeTo(100, span)).toBe('typical');
    expect(relativeTo(900, span)).toBe('higher');
  });

  it('reads the units an estimate covers from its Quantity step', () => {
    expect(
      unitsOf({ steps: [{ label: 'Quantity', detail: '6 unit(s) (title); 6 x 330 ml', value: null, unit: null }] }),
    ).toBe(6);
    expect(unitsOf({ steps: [] })).toBe(1);
  });

  it('places a light and a heavy laptop at opposite ends of the laptop span', async () => {
    const light = await placed({
      title: 'Ultrabook laptop 13 inch 1.0 kg',
      weightKg: 1.0,
      price: 900,
      currency: 'USD',
      googleCategory: 'Electronics > Computers > Laptops',
    });
    const heavy = await placed({
      title: 'Gaming laptop 17 inch 4.2 kg',
      weightKg: 4.2,
      price: 2800,
      currency: 'USD',
      googleCategory: 'Electronics > Computers > Laptops',
    });
    // Whatever the laptop method reads (mass or a device median), both sit in one span, or neither gets a label.
    if (light.span && heavy.span) {
      expect(light.span).toEqual(heavy.span);
      expect(light.span.low).toBeLessThan(light.span.high);
      expect(heavy.e.kgCO2e! >= light.e.kgCO2e!).toBe(true);
    }
  });

  it('says higher for a sofa far heavier than usual, lower for a light one', async () => {
    const sofa = (kg: number) =>
      placed({
        title: `Three-seater sofa, ${kg} kg`,
        weightKg: kg,
        price: 800,
        currency: 'EUR',
        googleCategory: 'Furniture > Sofas',
      });
    const light = await sofa(22);
    const heavy = await sofa(140);
    expect(light.span).not.toBeNull();
    expect(light.at?.relative).toBe('lower');
    expect(heavy.at?.relative).toBe('higher');
  });

  it("gives no span where the category borrows a parent's typical mass that stands for none of its kinds", async () => {
    // Laundry appliances take the household appliances' profile (10 kg typical), whose kinds weigh
    // 1.5 kg (irons) to 80 kg (laundry combo units): a steam iron is not compared with that span.
    const iron = await placed({
      title: 'Philips steam iron 2400 W, 1.4 kg',
      weightKg: 1.4,
      price: 49,
      currency: 'EUR',
      googleCategory: 'Home & Garden > Household Appliances > Laundry Appliances',
    });
    expect(iron.e.kgCO2e).not.toBeNull();
    expect(iron.span).toBeNull();
    expect(iron.at).toBeNull();
  });

  it('compares a refurbished item with new similar products: it sits lower than the new one', async () => {
    const item = (condition: 'new' | 'refurbished') =>
      placed({
        title: 'Three-seater sofa, 60 kg',
        weightKg: 60,
        price: 800,
        currency: 'EUR',
        googleCategory: 'Furniture > Sofas',
        condition,
      });
    const fresh = await item('new');
    const refurb = await item('refurbished');
    expect(fresh.at).not.toBeNull();
    expect(refurb.at?.relative).toBe('lower');
  });

  it('compares a typical item with the same item across its weights, not with per-kg figures', async () => {
    // Without a mass the jumper is ADEME's wool jumper (tier B, per item); per kg, the same
    // category's ends came out 1.8-18 kg and called every wool jumper "higher".
    const jumper = await placed({
      title: 'Merino wool jumper, crew neck',
      price: 89.95,
      currency: 'EUR',
      googleCategory: 'Apparel & Accessories > Clothing > Sweaters',
    });
    expect(jumper.e.factors.map((f) => f.id)).toContain('items:pullenlaine');
    expect(jumper.span?.basis).toEqual({ kind: 'item', item: 'wool jumper' });
    expect(jumper.span!.low).toBeLessThan(jumper.e.kgCO2e!);
    expect(jumper.span!.high).toBeGreaterThan(jumper.e.kgCO2e!);
    expect(jumper.at?.relative).toBe('typical');
    // The same jumper with its weight on the page is estimated per kg, and compared per kg.
    const weighed = await placed({
      title: 'Merino wool jumper, crew neck',
      weightKg: 0.32,
      price: 89.95,
      currency: 'EUR',
      googleCategory: 'Apparel & Accessories > Clothing > Sweaters',
    });
    expect(weighed.e.tier).toBe('C');
    if (weighed.span) expect(weighed.span.basis).toEqual({ kind: 'category' });
  });

  it('never sets ends made by another method against the product', async () => {
    const { e, span } = await placed({
      title: 'Merino wool jumper, crew neck',
      price: 89.95,
      currency: 'EUR',
      googleCategory: 'Apparel & Accessories > Clothing > Sweaters',
    });
    const perKg = await estimate([
      { title: 'Shirts & Tops', weightKg: 0.08, googleCategory: e.category!, price: 4, currency: 'USD' },
    ]);
    expect(methodKey(perKg[0])).not.toBe(methodKey(e));
    expect(span!.low).not.toBeCloseTo(perKg[0].kgCO2e!);
  });

  it('ignores money conversions when it compares methods', () => {
    const f = (id: string) => ({ id, value: 1, unit: '', source: '', version: '', year: null, licence: '' });
    expect(methodKey({ tier: 'D', factors: [f('spend:339999'), f('fx:EUR:2025'), f('cpi:2023/2025')] })).toBe(
      methodKey({ tier: 'D', factors: [f('spend:339999')] }),
    );
    expect(methodKey({ tier: 'C', factors: [f('materials:clothing')] })).not.toBe(
      methodKey({ tier: 'B', factors: [f('items:pullenlaine')] }),
    );
  });

  it('gives no label without a figure', () => {
    const unknown = { kgCO2e: null, category: 'X', steps: [] } as unknown as Estimate;
    const span = {
      low: 1,
      high: 10,
      category: 'X',
      weightKg: null,
      priceUsd: null,
      basis: { kind: 'category' },
    } as const;
    expect(placeAmong(unknown, span)).toBeNull();
  });
});
