import { describe, expect, it } from 'vitest';
import { missCause, missesByCause } from './miss-causes';

const row = (central: number | null, flags: string[] = [], includesUse = false) => ({
  group: 'shop:toys/doll|C',
  reference: 10,
  central,
  low: null,
  high: null,
  flags,
  includesUse,
});

describe('why a reference is missed (scripts/eval/miss-causes.ts)', () => {
  it('within x2 is no miss, whatever the flags', () => {
    expect(missCause(row(19.9, ['mass-assumed-typical']))).toBeNull();
    expect(missCause(row(5.01, [], true))).toBeNull();
  });
  it('no estimate: no category when the classifier gave none, else no factor', () => {
    expect(missCause(row(null, ['no-category', 'no-price']))).toBe('no category');
    expect(missCause(row(null, ['no-price']))).toBe('no factor');
  });
  it('the first cause that applies, in order', () => {
    expect(missCause(row(2, ['mass-assumed-typical'], true))).toBe('use in reference');
    expect(missCause(row(40, ['device-maker-not-in-data', 'mass-assumed-typical']))).toBe('other maker');
    expect(missCause(row(40, ['typical-item-assumed', 'material-from-title']))).toBe('mass assumed');
    expect(missCause(row(2, ['material-from-sector']))).toBe('material inferred');
    expect(missCause(row(2, ['category-from-food-name']))).toBe('factor or reference');
  });
  it('counts per category and direction', () => {
    const by = missesByCause(
      [row(40, ['mass-assumed-typical']), row(2, ['mass-assumed-typical']), row(null), row(12)],
      () => 'toys',
    );
    expect(by.get('toys')?.get('mass assumed')).toEqual({ over: 1, under: 1, unknown: 0 });
    expect(by.get('toys')?.get('no factor')).toEqual({ over: 0, under: 0, unknown: 1 });
    expect(by.get('toys')?.size).toBe(2);
  });
});
