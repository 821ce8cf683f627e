import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSelected, judge, shippedTaxonomy } from './eval-pages';
import { parseCsv } from './lib/csv';

const ROOT = join(import.meta.dirname, '..');
const taxonomy = shippedTaxonomy();

describe('eval:pages, the review rule', () => {
  it("reads the shipped model's taxonomy, each node's chain from the top level down", () => {
    // Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles
    expect(taxonomy.ancestors(751)).toEqual([536, 638, 730, 751]);
  });

  it('the node, a node under it, or an ancestor at level 2 or deeper is right; the top level alone is broad', () => {
    expect(judge(taxonomy, [751], 751)).toBe('right');
    expect(judge(taxonomy, [730], 751)).toBe('right'); // deeper than the label, under it
    expect(judge(taxonomy, [751], 638)).toBe('right'); // Kitchen & Dining, level 2
    expect(judge(taxonomy, [751], 536)).toBe('broad'); // Home & Garden only
    expect(judge(taxonomy, [751], 659)).toBe('wrong'); // Stovetop Kettles, a cousin
    expect(judge(taxonomy, [751], null)).toBe('missing');
    expect(judge(taxonomy, [659, 652], 652)).toBe('right'); // an accepted alternative
  });

  it("--only keeps the pages under one folder, so a dev set's rows can be listed apart from a test set's", () => {
    expect(isSelected('reconstructed/a/p.html', ['--only', 'reconstructed/', '--wrong'])).toBe(true);
    expect(isSelected('blind-r16/a/p.html', ['--only', 'reconstructed/', '--wrong'])).toBe(false);
    expect(isSelected('blind-r16/a/p.html', ['--wrong'])).toBe(true);
  });

  it('every labelled page exists and every label is a Google id', () => {
    const [, ...rows] = parseCsv(readFileSync(join(ROOT, 'tests', 'fixtures', 'page-categories.csv'), 'utf8'));
    expect(rows.length).toBeGreaterThanOrEqual(120);
    for (const [page, id, also] of rows) {
      expect(() => readFileSync(join(ROOT, 'tests', 'fixtures', page!)), page).not.toThrow();
      for (const g of [id, ...(also ?? '').split(';')].filter(Boolean))
        expect(taxonomy.has(Number(g)), `${page} ${g}`).toBe(true);
    }
  });
});
