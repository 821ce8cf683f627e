import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from '../classify';
import { estimateProducts } from '../estimate';
import type { ProductInput } from '../estimate/input';
import type { Estimate } from '../estimate/schema';
import { loadFactorSourceFromDir } from '../factors/node';
import type { FactorSource } from '../factors/source';
import { placeAmong, relativeTo, similarSpan, unitsOf } from './similar';

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
  const span =
    e.categoryId !== null && e.category ? await similarSpan(e.categoryId, e.category, factors, estimate) : null;
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

  it('gives no label without a figure', () => {
    const unknown = { kgCO2e: null, category: 'X', steps: [] } as unknown as Estimate;
    expect(placeAmong(unknown, { low: 1, high: 10, category: 'X', weightKg: null, priceUsd: null })).toBeNull();
  });
});
