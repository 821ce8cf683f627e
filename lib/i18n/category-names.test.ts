import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  TAXONOMY_FILES,
  taxonomyNamesJson,
  topCategoriesTs,
  TOP_CATEGORIES_FILE,
} from '../../scripts/build-taxonomy-names';
import { asCategoryNames, localCategoryPath, parseTaxonomyNames } from './category-names';

const table = (locale: keyof typeof TAXONOMY_FILES) =>
  asCategoryNames(JSON.parse(readFileSync(`public/taxonomy/${locale}.json`, 'utf8')));

const EN = '# v\n1 - Furniture\n460 - Furniture > Sofas\n7 - Furniture > Sofas > Corner Sofas\n8 - Furniture > Beds\n';

describe('taxonomy names in the UI language', () => {
  it('rebuilds each path from names and parent ids, an untranslated level in English', () => {
    const names = parseTaxonomyNames(EN, '# v\n1 - Möbel\n7 - Möbel > Sofas > Ecksofas\n');
    expect(names['460']).toEqual(['', 1]);
    expect(localCategoryPath(7, 'Furniture > Sofas > Corner Sofas', names)).toBe('Möbel > Sofas > Ecksofas');
    expect(localCategoryPath(460, 'Furniture > Sofas', names)).toBe('Möbel > Sofas');
    expect(localCategoryPath(8, 'Furniture > Beds', names)).toBe('Möbel > Beds');
    expect(localCategoryPath(9, 'Some > New > Node', names)).toBeNull();
    expect(localCategoryPath(null, 'Furniture', names)).toBeNull();
    // Levels that do not line up with the English path: the English path is shown.
    expect(localCategoryPath(7, 'Furniture > Corner Sofas', names)).toBeNull();
  });

  it('names shipped categories in German, French, Spanish and Chinese', () => {
    const shirts = 'Apparel & Accessories > Clothing > Shirts & Tops';
    expect(localCategoryPath(212, shirts, table('de'))).toBe('Bekleidung & Accessoires > Bekleidung > Shirts & Tops');
    expect(localCategoryPath(460, 'Furniture > Sofas', table('fr'))).toBe('Meubles > Canapés');
    expect(localCategoryPath(460, 'Furniture > Sofas', table('es'))).toBe('Mobiliario > Sofás');
    expect(localCategoryPath(460, 'Furniture > Sofas', table('zh-CN'))).toBe('家具 > 沙发');
  });

  it('keeps English per level where the 2015 translation lacks a newer category', () => {
    expect(localCategoryPath(2331, 'Apparel & Accessories > Clothing > Skirts > Mini Skirts', table('de'))).toBe(
      'Bekleidung & Accessoires > Bekleidung > Röcke > Mini Skirts',
    );
  });

  it('reads a bad table as none', () => {
    // A file that is not JSON never gets here: the background's load rejects and English is shown
    // (lib/background/local-names.test.ts).
    expect(asCategoryNames({ 212: 'not a row' })).toBeNull();
    expect(asCategoryNames([])).toBeNull();
    expect(asCategoryNames(null)).toBeNull();
  });

  it('ships tables that match the vendored translations (npm run taxonomy-names)', async () => {
    for (const [locale, file] of Object.entries(TAXONOMY_FILES))
      expect(readFileSync(`public/taxonomy/${locale}.json`, 'utf8') === taxonomyNamesJson(file), locale).toBe(true);
    expect(readFileSync(TOP_CATEGORIES_FILE, 'utf8') === (await topCategoriesTs())).toBe(true);
  });
});
