/**
 * Issue #8, round 8 (each test fails without its fix).
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

describe('old devices: a title year two or more years from a published footprint is another generation', () => {
  it('a 2017 MacBook Pro 13-inch is not matched to the 2020 footprint (category footprint instead)', async () => {
    const e = await one({
      title: 'Apple MacBook Pro 13-inch 2017, used',
      price: 400,
      currency: 'USD',
      googleCategory: '328',
    });
    expect(e.tier).toBe('B');
    expect(e.method).not.toMatch(/2020/);
    expect(e.flags).toContain('condition-used');
  });
  it('the 2020 model, or one a year off (a report year after the model year), still matches', async () => {
    for (const y of [2020, 2019]) {
      const e = await one({
        title: `Apple MacBook Pro 13-inch (M1) ${y} 256GB`,
        price: 1299,
        currency: 'USD',
        googleCategory: '328',
      });
      expect(e.tier, String(y)).toBe('A');
    }
  });
});
