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
