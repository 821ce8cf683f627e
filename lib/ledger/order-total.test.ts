import { describe, expect, it } from 'vitest';
import { StoredProductSchema, storedProduct } from './record';
import { toInput } from './reestimate';

describe('a purchase priced from its order total keeps saying so (#8)', () => {
  it('is stored with priceIsOrderTotal, and a re-estimate is told again', () => {
    const product = storedProduct({ title: 'Roller brushes', price: 14.25, currency: 'USD', priceIsOrderTotal: true });
    expect(StoredProductSchema.parse(product).priceIsOrderTotal).toBe(true);
    expect(toInput({ product, day: '2024-11-01' })).toMatchObject({ price: 14.25, priceIsOrderTotal: true });
  });
  it('a record written before the field existed still reads', () => {
    const { priceIsOrderTotal: _, ...old } = storedProduct({ title: 'Paper towels', price: 43.49, currency: 'USD' });
    expect(StoredProductSchema.safeParse(old).success).toBe(true);
  });
});
