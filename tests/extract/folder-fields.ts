/**
 * A reconstructed folder's pages (its urls.json) against every field of their `*.expected.json`
 * product, one test each: for the round tests beside the rules (lib/extract/round19.test.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { extractFile } from '../../lib/extract/load';

export function eachPageHasItsFields(root: string): void {
  const urls = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8')) as Record<string, string>;
  it.each(Object.entries(urls))('%s', (file, url) => {
    const expected = JSON.parse(readFileSync(join(root, file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
      product: Record<string, unknown>;
    };
    const got = extractFile(join(root, file), url).output.product as Record<string, unknown> | null;
    for (const [k, v] of Object.entries(expected.product)) expect(got?.[k] ?? null, `${file} ${k}`).toEqual(v);
  });
}
