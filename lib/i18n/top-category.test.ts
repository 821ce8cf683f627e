import { describe, expect, it } from 'vitest';
import { LOCALES } from './pick-locale';
import { topCategoryId, topCategoryName } from './top-category';
import { TOP_CATEGORIES } from './top-categories';

describe('top-level categories in every UI language', () => {
  it('map each name, in any language, back to its own id', () => {
    expect(TOP_CATEGORIES).toHaveLength(21);
    for (const c of TOP_CATEGORIES)
      for (const locale of LOCALES) {
        expect(topCategoryId(c.names[locale])).toBe(c.id);
        expect(topCategoryName(c.id, locale)).toBe(c.names[locale]);
      }
  });

  it('know no id for a name outside the taxonomy or a lower level', () => {
    expect(topCategoryId('Bastelkram')).toBeNull();
    expect(topCategoryId('Home & Garden > Kitchen & Dining')).toBeNull();
    expect(topCategoryName(2, 'de')).toBeNull();
  });
});
