/**
 * `npm run taxonomy-names`: public/taxonomy/<locale>.json, the Google product taxonomy names of
 * each UI language the vendored translations cover (lib/i18n/category-names.ts), from data/raw/taxonomy.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseTaxonomyNames } from '../lib/i18n/category-names';
import { ROOT } from './lib/demo-pages';

/** UI locale -> the vendored translation it reads. English needs none: the estimate's path is English. */
export const TAXONOMY_FILES = {
  de: 'google_product_taxonomy_2015-02-19.de-DE.txt',
  fr: 'google_product_taxonomy_2015-02-19.fr-FR.txt',
  es: 'google_product_taxonomy_2015-02-19.es-ES.txt',
  'zh-CN': 'google_product_taxonomy_2012-01-13.zh-CN.txt',
} as const;

/** The JSON text of one locale's table (sorted by id, so a rebuild is byte-identical). */
export function taxonomyNamesJson(file: string): string {
  const names = parseTaxonomyNames(readFileSync(join(ROOT, 'data', 'raw', 'taxonomy', file), 'utf8'));
  const sorted = Object.fromEntries(Object.entries(names).sort(([a], [b]) => Number(a) - Number(b)));
  return `${JSON.stringify(sorted)}\n`;
}

if (process.argv[1]?.endsWith('build-taxonomy-names.ts')) {
  const dir = join(ROOT, 'public', 'taxonomy');
  mkdirSync(dir, { recursive: true });
  for (const [locale, file] of Object.entries(TAXONOMY_FILES)) {
    const json = taxonomyNamesJson(file);
    writeFileSync(join(dir, `${locale}.json`), json);
    console.log(
      `public/taxonomy/${locale}.json: ${Object.keys(JSON.parse(json) as object).length} names, ${json.length} bytes`,
    );
  }
}
