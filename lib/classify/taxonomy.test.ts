import { describe, expect, it } from 'vitest';
import { NAME_LINE_END, packTree, Taxonomy, type TaxonomyRow } from './taxonomy';

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

  it('round-trips ids of both bands, each a small difference from the previous id of its band', () => {
    const rows: TaxonomyRow[] = [
      [536, 0, 'Home & Garden'],
      [499_873, 536, 'Bathroom Accessories'],
      [574, 499_873, 'Bathroom Accessory Mounts'],
      [499_874, 499_873, 'Bath Caddies'],
      [575, 499_873, 'Bath Mats'],
      [98, 536, 'Kitchen'],
    ];
    const packed = packTree(Taxonomy.toTree(rows));
    expect(packed.ids).toBe('ew,.appd,12,.1,1,-d9');
    const taxonomy = Taxonomy.fromPacked(packed);
    expect(taxonomy.ids).toEqual([536, 499_873, 574, 499_874, 575, 98]);
    expect(taxonomy.pathOf(575)).toBe('Home & Garden > Bathroom Accessories > Bath Mats');
  });

  it('packs the names one line each, NAME_LINE_END between them, and refuses a name holding it', () => {
    const packed = packTree(Taxonomy.toTree(ROWS));
    expect(packed.names.split(NAME_LINE_END)).toHaveLength(ROWS.length);
    expect(packed.names).not.toContain('\n');
    const bad: TaxonomyRow[] = [[1, 0, `Odds${NAME_LINE_END} Ends`]];
    expect(() => packTree(Taxonomy.toTree(bad))).toThrow(/cannot be packed/);
  });

  it('refuses a model whose id and name lists differ in length', () => {
    const packed = packTree(Taxonomy.toTree(ROWS));
    expect(() => Taxonomy.fromPacked({ ...packed, ids: packed.ids + ',1' })).toThrow(/differ in number/);
  });

  it('knows its nodes by id and nothing else, whatever number a page gives', () => {
    const taxonomy = Taxonomy.fromPacked(packTree(Taxonomy.toTree(ROWS)));
    for (const [id] of ROWS) expect(taxonomy.has(id)).toBe(true);
    for (const id of [0, -166, 166.5, 167, 5323, 1e9, NaN, Infinity]) {
      expect(taxonomy.has(id)).toBe(false);
      expect(taxonomy.nameOf(id)).toBeNull();
      expect(taxonomy.pathOf(id)).toBeNull();
      expect(taxonomy.parentOf(id)).toBe(0);
    }
    expect(taxonomy.nameOf(5322)).toBe('Activewear');
  });

  it('refuses a node id that is no positive integer or past the largest it indexes', () => {
    expect(() => new Taxonomy([[1 << 23, 0, 'Too Far']])).toThrow(/out of range/);
    const packed = packTree(Taxonomy.toTree(ROWS));
    expect(() => Taxonomy.fromPacked({ ...packed, ids: packed.ids.replace(/^[^,]+/, '-5') })).toThrow(/out of range/);
  });
});
