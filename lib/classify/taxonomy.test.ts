import { describe, expect, it } from 'vitest';
import { packTree, Taxonomy, type TaxonomyRow } from './taxonomy';

const ROWS: TaxonomyRow[] = [
  [166, 0, 'Apparel & Accessories'],
  [1604, 166, 'Clothing'],
  [212, 1604, 'Shirts & Tops'],
  [5322, 1604, 'Activewear'],
  [222, 0, 'Electronics'],
];

describe('packed taxonomy tree', () => {
  it('round-trips ids, parents and names through the shipped strings', () => {
    const taxonomy = Taxonomy.fromPacked(packTree(Taxonomy.toTree(ROWS)));
    expect(taxonomy.ids).toEqual([166, 1604, 212, 5322, 222]);
    expect(taxonomy.pathOf(212)).toBe('Apparel & Accessories > Clothing > Shirts & Tops');
    expect(taxonomy.parentOf(222)).toBe(0);
  });

  it('refuses a model whose id and name lists differ in length', () => {
    const packed = packTree(Taxonomy.toTree(ROWS));
    expect(() => Taxonomy.fromPacked({ ...packed, ids: packed.ids + ',1' })).toThrow(/differ in number/);
  });
});
