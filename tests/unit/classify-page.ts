/**
 * The whole chain on a reconstructed page: extracted with the given URL (else the one of its
 * folder's urls.json) and classified as the content script sends it (title, brand, trail, page
 * category, language). For the round tests of page classes (lib/classify/pages-r22.test.ts,
 * pages-r23.test.ts).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Classifier } from '../../lib/classify';
import { extractFile } from '../../lib/extract/load';

export function classifyPage(classifier: Classifier, file: string, url?: string): number | null {
  const urls = url
    ? {}
    : (JSON.parse(readFileSync(join(dirname(file), 'urls.json'), 'utf8')) as Record<string, string>);
  const { output, lang } = extractFile(file, url ?? urls[basename(file)] ?? 'https://shop.example/p');
  const p = output.product;
  if (!p) return null;
  return (
    classifier.classify({
      title: p.title ?? '',
      brand: p.brand,
      category: p.category,
      googleCategory: p.googleCategory,
      lang,
    })?.id ?? null
  );
}
