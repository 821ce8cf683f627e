import { describe, expect, it } from 'vitest';
import { inputOf, titleSets } from './compare-answers';

describe('compare-answers', () => {
  it('reads a labelled row as the classifier input: breadcrumb or shop category, page category, brand, language', () => {
    expect(
      inputOf({ title: 'Botki damskie', breadcrumb: 'Buty > Botki', lang: 'pl', brand: '', google_category: '' }),
    ).toEqual({ title: 'Botki damskie', brand: null, category: ['Buty', 'Botki'], googleCategory: null, lang: 'pl' });
    expect(inputOf({ product_title: 'apple iphone 8 64gb', category_label: 'Mobile Phones' })?.title).toBe(
      'apple iphone 8 64gb',
    );
    expect(inputOf({ title: '  ' })).toBeNull();
  });

  it('covers the labelled, development, evaluation and PriceRunner titles, and marks only the blind titles blind', () => {
    const sets = titleSets();
    const files = sets.map((s) => s.file);
    expect(files).toContain('data/labels/eval-titles.csv');
    expect(files).toContain('data/raw/pricerunner-titles-train.csv');
    expect(files.some((f) => /^tests\/fixtures\/dev-.*\.csv$/.test(f))).toBe(true);
    for (const s of sets) expect(s.blind, s.file).toBe(/\/blind-r\d+\//.test(s.file));
    expect(sets.filter((s) => s.blind).length).toBeGreaterThanOrEqual(7);
  });
});
