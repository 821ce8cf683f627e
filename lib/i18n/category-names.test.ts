import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TAXONOMY_FILES, taxonomyNamesJson } from '../../scripts/build-taxonomy-names';
import { localCategoryPath, parseCategoryNames, parseTaxonomyNames } from './category-names';
import { createI18nFor } from './core';
import { CATALOGUES } from '.';

const table = (locale: keyof typeof TAXONOMY_FILES) =>
  parseCategoryNames(readFileSync(`public/taxonomy/${locale}.json`, 'utf8'));

describe('taxonomy names in the UI language', () => {
  it('rebuilds each path from names and parent ids', () => {
    const names = parseTaxonomyNames('# v\n1 - Möbel\n460 - Möbel > Sofas\n7 - Möbel > Sofas > Ecksofas\n');
    expect(localCategoryPath(7, names)).toBe('Möbel > Sofas > Ecksofas');
    expect(localCategoryPath(8, names)).toBeNull();
    expect(localCategoryPath(null, names)).toBeNull();
  });

  it('names shipped categories in German, French, Spanish and Chinese', () => {
    expect(localCategoryPath(212, table('de'))).toBe('Bekleidung & Accessoires > Bekleidung > Shirts & Tops');
    expect(localCategoryPath(460, table('fr'))).toBe('Meubles > Canapés');
    expect(localCategoryPath(460, table('es'))).toBe('Mobiliario > Sofás');
    expect(localCategoryPath(460, table('zh-CN'))).toBe('家具 > 沙发');
  });

  it('keeps the English path where the translation lacks the category or the table is bad', () => {
    const de = createI18nFor('de', CATALOGUES.de, () => table('de'));
    expect(de.category(212, 'Apparel & Accessories > Clothing > Shirts & Tops')).toBe(
      'Bekleidung & Accessoires > Bekleidung > Shirts & Tops',
    );
    expect(de.category(99999999, 'Some > New > Node')).toBe('Some > New > Node');
    const broken = createI18nFor('de', CATALOGUES.de, () => parseCategoryNames('{"212": "not a row"}'));
    expect(broken.category(212, 'Apparel & Accessories > Clothing > Shirts & Tops')).toBe(
      'Apparel & Accessories > Clothing > Shirts & Tops',
    );
    expect(parseCategoryNames('not json')).toBeNull();
  });

  it('ships tables that match the vendored translations (npm run taxonomy-names)', () => {
    for (const [locale, file] of Object.entries(TAXONOMY_FILES))
      expect(readFileSync(`public/taxonomy/${locale}.json`, 'utf8') === taxonomyNamesJson(file), locale).toBe(true);
  });
});
