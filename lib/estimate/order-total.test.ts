/**
 * A price that is an order's total (lib/inpage/order-prices.ts): the estimate says so, in a flag
 * and its Price step; a price from the page says nothing of the kind.
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

// A category the spend tier answers (no typical mass): the price is what the figure rests on.
const stick = {
  title: 'Streaming media stick 4K with voice remote',
  price: 39.99,
  currency: 'USD',
  googleCategory: 'Electronics > Video > Video Players & Recorders > Streaming & Home Media Players',
};
// A category with a typical mass: the tier does not use the price.
const brushes = {
  title: 'Replacement roller brushes compatible with iRobot Roomba i7, vacuum cleaner accessories',
  price: 14.25,
  currency: 'USD',
  googleCategory: 'Home & Garden > Household Appliance Accessories > Vacuum Accessories',
};

describe('a price taken from the order total (#8, order pages without line prices)', () => {
  it('is flagged and explained in a Price step', async () => {
    const e = await one({ ...stick, priceIsOrderTotal: true });
    expect(e.tier).toBe('D');
    expect(e.flags).toContain('price-from-order-total');
    expect(e.steps.find((s) => s.label === 'Price')?.detail).toMatch(/^39\.99 USD .*this is its order's total/);
  });
  it('a line price from the page carries neither', async () => {
    const e = await one(stick);
    expect(e.flags).not.toContain('price-from-order-total');
    expect(e.steps.some((s) => s.label === 'Price' && /order's total/.test(s.detail))).toBe(false);
  });
  it('gives the same figure as the same price from the page: only the explanation differs', async () => {
    expect((await one({ ...stick, priceIsOrderTotal: true })).kgCO2e).toBe((await one(stick)).kgCO2e);
  });
  it('says nothing where the tier did not use the price (a typical mass)', async () => {
    const e = await one({ ...brushes, priceIsOrderTotal: true });
    expect(e.flags).toContain('mass-assumed-typical');
    expect(e.flags).not.toContain('price-from-order-total');
  });
});
