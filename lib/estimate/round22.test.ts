/**
 * Issue #8, round 22: shoes whose title names a fabric upper. Each test fails without its fix.
 * Product titles are our own.
 */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks } from './shipped-packs';

describe('a fabric upper named in a shoe title takes ADEME fabric shoes (data/item-aliases.csv, #8)', () => {
  // ADEME models three pairs by upper: leather 13.4, fabric 17.3, sports 18.7 kg CO2e. A leather
  // word already chose the leather pair; a wool, canvas or knit upper took the sports pair.
  it.each([
    ['Wool runners sneakers', 'items:chaussuresentissu'],
    ['Canvas sneakers low top', 'items:chaussuresentissu'],
    ['Baskets en toile', 'items:chaussuresentissu'],
    ['Zapatillas de lona', 'items:chaussuresentissu'],
    ['Leather sneakers', 'items:chaussuresencuir'],
    ['Running shoes', 'items:chaussuresdesport'],
  ])('%s: %s', async (title, id) => {
    const e = await estimateOnShippedPacks({ title, googleCategory: '187' });
    expect(e.factors[0]!.id).toBe(id);
  });
  it('the material word refines shoes only: a wool jumper stays a wool jumper', async () => {
    const e = await estimateOnShippedPacks({ title: 'Wool jumper', googleCategory: '212' });
    expect(e.factors[0]!.id).toBe('items:pullenlaine');
  });
});
