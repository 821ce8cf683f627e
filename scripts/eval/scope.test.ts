import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../lib/csv';
import { DATA } from '../factors/io';
import { catalogueCases, publishedCases, shopReferenceCases } from './cases';
import { catalogueScope, scopeClassOf, signedMedianLog10 } from './scope';

describe('scope class per reference (scripts/eval/scope.ts, #8)', () => {
  it('every published, shop and catalogue reference carries its class', () => {
    const pub = readCsvRecords(join(DATA, 'eval', 'published-footprints.csv'));
    expect(publishedCases().map((c) => c.scope)).toEqual(pub.map((r) => r.scope_class));
    expect(new Set(shopReferenceCases().map((c) => c.scope))).toEqual(
      new Set(['to-shelf', 'life-cycle', 'includes-use']),
    );
    const cat = catalogueCases();
    expect(cat.filter((c) => c.scope === 'to-gate').length).toBeGreaterThan(50);
    expect(cat.every((c) => c.scope === 'to-gate' || c.scope === 'as-reported')).toBe(true);
  });
  it('a row without a known class is an error, not a silent default', () => {
    expect(() => scopeClassOf('', 'row x')).toThrow(/row x/);
    expect(() => scopeClassOf('cradle-to-grave', 'row y')).toThrow(/scope_class/);
    expect(scopeClassOf(' to-gate ', 'row z')).toBe('to-gate');
  });
  it('reads the Carbon Catalogue scope text', () => {
    expect(catalogueScope('upstream + operations (cradle to gate)')).toBe('to-gate');
    expect(catalogueScope('total as reported (stage split not published; may include use and end of life)')).toBe(
      'as-reported',
    );
  });
  it('the bias is the signed median error', () => {
    const rows = [
      { central: 10, reference: 100 },
      { central: 100, reference: 100 },
      { central: 1000, reference: 100 },
      { central: 1, reference: 100 },
      { central: null, reference: 100 },
    ];
    expect(signedMedianLog10(rows)).toBeCloseTo(-0.5, 6);
    expect(signedMedianLog10([])).toBeNull();
  });
});
