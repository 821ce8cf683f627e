// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIZES_PRODUCT_HTML } from '../../tests/e2e/inpage-pages';
import { createClassifier, type ClassifierModel } from '../classify';
import { estimateProducts } from '../estimate';
import type { ProductInput } from '../estimate/input';
import { loadFactorSourceFromDir } from '../factors/node';
import type { FactorSource } from '../factors/source';
import { offeredVariants } from './offered-variants';
import { variantChoices } from './variant-choices';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

let factors: FactorSource;
const classifier = createClassifier(
  JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel,
);
const estimate = (p: ProductInput[]) => estimateProducts(p, { factors, classifier, now: new Date('2025-06-15') });
beforeAll(async () => {
  factors = await loadFactorSourceFromDir(join(import.meta.dirname, '..', '..', 'public', 'factors'));
});

describe('sizes the page offers with their own weights', () => {
  it('reads the structured data variants, lightest first', () => {
    expect(offeredVariants(doc(SIZES_PRODUCT_HTML))).toEqual([
      { label: '250 g', weightKg: 0.25 },
      { label: '500 g', weightKg: 0.5 },
      { label: '1 kg', weightKg: 1 },
    ]);
  });

  it('reads a size selector that states masses, outside navigation only', () => {
    const page = doc(`<nav><a>500 g coffee</a><a>1 kg coffee</a></nav><main><h1>Oats</h1>
      <select><option>Choose a size</option><option>750 g</option><option>1,5 kg bag</option></select></main>`);
    expect(offeredVariants(page)).toEqual([
      { label: '750 g', weightKg: 0.75 },
      { label: '1,5 kg bag', weightKg: 1.5 },
    ]);
  });

  it('finds nothing where the page offers one weight or none', () => {
    expect(
      offeredVariants(doc('<main><p>Fine merino wool, 320 g. Machine washable.</p><button>Add</button></main>')),
    ).toEqual([]);
    expect(offeredVariants(doc('<main><label>S</label><label>M</label><label>L</label></main>'))).toEqual([]);
  });

  it('estimates each size at its own weight, by the same method as this offer', async () => {
    const product: ProductInput = {
      title: 'Espresso coffee beans, 500 g',
      weightKg: 0.5,
      price: 12.9,
      currency: 'EUR',
      googleCategory: 'Food, Beverages & Tobacco > Beverages > Coffee',
    };
    const variants = offeredVariants(doc(SIZES_PRODUCT_HTML));
    const [own] = await estimate([product]);
    const others = await estimate(variants.map((v) => ({ ...product, weightKg: v.weightKg })));
    const choices = variantChoices(own, product.weightKg, variants, others);
    expect(choices.map((c) => c.label)).toEqual(['250 g', '500 g', '1 kg']);
    expect(choices.map((c) => c.current)).toEqual([false, true, false]);
    expect(choices[1].kg).toBeCloseTo(own.kgCO2e!);
    expect(choices[0].kg).toBeLessThan(choices[1].kg);
    expect(choices[2].kg).toBeGreaterThan(choices[1].kg);
  });

  it('leaves out a size that would be estimated by another method', async () => {
    // No weight on the page: the jumper is a typical item; at a stated weight it would be per kg.
    const jumper: ProductInput = {
      title: 'Merino wool jumper, crew neck',
      price: 89.95,
      currency: 'EUR',
      googleCategory: 'Apparel & Accessories > Clothing > Sweaters',
    };
    const variants = [
      { label: 'S', weightKg: 0.28 },
      { label: 'L', weightKg: 0.36 },
    ];
    const [own] = await estimate([jumper]);
    const others = await estimate(variants.map((v) => ({ ...jumper, weightKg: v.weightKg })));
    expect(variantChoices(own, null, variants, others)).toEqual([]);
  });
});
