import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from '../lib/csv';
import { DATA } from '../factors/io';
import { addedReferenceCases, shopReferenceCases } from './cases';
import { issueCategoryOf } from './issue-categories';

const rows = readCsvRecords(join(DATA, 'eval', 'shop-references.csv'));

describe('data/eval/shop-references.csv', () => {
  it('every row is cited, scoped and positive', () => {
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.citation, r.title).toMatch(/https?:\/\/|doi:10\./);
      expect(['to-shelf', 'life-cycle', 'includes-use'], r.title).toContain(r.scope_class);
      expect(r.scope.trim().length, r.title).toBeGreaterThan(0);
      expect(r.quality.trim().length, r.title).toBeGreaterThan(0);
      expect(Number(r.reference_kgco2e), r.title).toBeGreaterThan(0);
      expect(Number(r.year), r.title).toBeGreaterThan(1990);
    }
  });
  it('becomes one held-out, title-only case per row, filed under its category', () => {
    const cases = shopReferenceCases();
    expect(cases).toHaveLength(rows.length);
    for (const c of cases) {
      expect(c.alwaysHeldOut).toBe(true);
      expect(c.product.weightKg ?? null).toBeNull();
      expect(c.product.price ?? null).toBeNull();
    }
    expect(cases.filter((c) => c.includesUse).length).toBe(rows.filter((r) => r.scope_class === 'includes-use').length);
    expect(new Set(cases.map((c) => issueCategoryOf(c.source)))).toContain('toys');
  });
});

describe('data/eval/added-references.csv (added after round 19, reported apart)', () => {
  const added = readCsvRecords(join(DATA, 'eval', 'added-references.csv'));
  it('every row is cited, scoped and positive', () => {
    expect(added.length).toBeGreaterThan(0);
    for (const r of added) {
      expect(r.citation, r.title).toMatch(/https?:\/\/|doi:10\./);
      expect(['to-shelf', 'life-cycle', 'includes-use'], r.title).toContain(r.scope_class);
      expect(Number(r.reference_kgco2e), r.title).toBeGreaterThan(0);
    }
  });
  it('is filed apart from the shop references (source "added:"), none of them repeated', () => {
    const cases = addedReferenceCases();
    expect(cases).toHaveLength(added.length);
    expect(cases.every((c) => c.source.startsWith('added:') && c.alwaysHeldOut)).toBe(true);
    const shop = new Set(rows.map((r) => r.title));
    expect(added.filter((r) => shop.has(r.title))).toEqual([]);
  });
});
