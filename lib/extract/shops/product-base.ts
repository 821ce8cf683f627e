import type { Product } from '../types';

/** A product with every field unknown: the base an adapter fills when the generic cascade found nothing. */
export function emptyProduct(): Product {
  return {
    title: null,
    brand: null,
    price: null,
    currency: null,
    listPrice: null,
    availability: null,
    sku: null,
    gtin: null,
    mpn: null,
    asin: null,
    category: [],
    googleCategory: null,
    condition: null,
    quantity: null,
    weightKg: null,
    dimensionsCm: null,
    materials: null,
    url: null,
  };
}

/**
 * `{ ...base, ...fields }` without reading the fields of `base` that `fields` replaces: the generic
 * product computes some fields only when read (generic/index.ts), and an adapter that states them
 * itself should not pay for them. Same keys in the same order as the spread.
 */
export function withFields(base: Product, fields: Partial<Product>): Product {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base) as (keyof Product)[]) out[key] = key in fields ? fields[key] : base[key];
  for (const key of Object.keys(fields) as (keyof Product)[]) if (!(key in out)) out[key] = fields[key];
  return out as unknown as Product;
}
