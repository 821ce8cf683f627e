/**
 * Every saved shop page under tests/fixtures/pages is extracted with its real URL
 * (tests/fixtures/pages/urls.json) and compared field by field with the `*.expected.json` next to
 * it (same shape as the extract CLI prints). Expected files were checked by eye against the pages.
 *
 * KNOWN_GAPS lists fields that are wrong today, with the reason. Those are asserted to STILL differ,
 * so a fix makes the test fail until the entry is removed: the list can only shrink honestly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, type CliOutput } from '../../lib/extract/load';
import { sameValue as same } from '../../scripts/lib/same-value';
import { htmlFiles } from '../../scripts/lib/html-files';

const ROOT = join(__dirname, '../fixtures/pages');
const URLS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'urls.json'), 'utf8'));

/** page -> field -> why it is wrong today. Fields: product keys, or 'kind' / 'items'. */
const KNOWN_GAPS: Record<string, Record<string, string>> = {};

function expectedPath(page: string): string {
  return join(ROOT, page.replace(/\.html$/, '.expected.json'));
}

/** Field name -> [actual, expected] for every field compared on this page. */
function fields(actual: CliOutput, expected: CliOutput): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = { kind: [actual.kind, expected.kind] };
  if (expected.product) {
    for (const k of Object.keys(expected.product)) {
      out[k] = [
        (actual.product as unknown as Record<string, unknown> | null)?.[k] ?? null,
        (expected.product as unknown as Record<string, unknown>)[k],
      ];
    }
  } else out.product = [actual.product, null];
  out.items = [actual.items, expected.items];
  if (expected.orders) out.orders = [actual.orders ?? [], expected.orders];
  return out;
}

describe('saved shop pages', () => {
  const all = htmlFiles(ROOT);

  it('every saved page has an expected output file and a real URL', () => {
    expect(all.length).toBeGreaterThan(0);
    expect(
      all.filter((p) => !existsSync(expectedPath(p))),
      'pages without *.expected.json',
    ).toEqual([]);
    expect(
      all.filter((p) => !URLS[p]),
      'pages without a URL in urls.json',
    ).toEqual([]);
  });

  it('KNOWN_GAPS only names pages that exist', () => {
    expect(Object.keys(KNOWN_GAPS).filter((p) => !all.includes(p))).toEqual([]);
  });

  for (const page of all.filter((p) => existsSync(expectedPath(p)) && URLS[p])) {
    it(page, () => {
      const expected = JSON.parse(readFileSync(expectedPath(page), 'utf8')) as CliOutput;
      const { output } = extractFile(join(ROOT, page), URLS[page]);
      const gaps = KNOWN_GAPS[page] ?? {};
      const wrong: string[] = [];
      const fixed: string[] = [];
      for (const [name, [a, e]] of Object.entries(fields(output, expected))) {
        const ok = same(a, e);
        if (name in gaps) {
          if (ok) fixed.push(name);
        } else if (!ok)
          wrong.push(`${name}: got ${JSON.stringify(a)?.slice(0, 300)}, expected ${JSON.stringify(e)?.slice(0, 300)}`);
      }
      expect(wrong, `${page}: fields that differ from the expected file`).toEqual([]);
      expect(fixed, `${page}: now right, remove from KNOWN_GAPS`).toEqual([]);
    });
  }
});

describe('extract CLI', () => {
  it('--batch prints one JSON line per input line, with an error for lines it cannot read', () => {
    const good = { url: URLS['wayfair/penhook-armchair.html'], file: join(ROOT, 'wayfair/penhook-armchair.html') };
    const input = [
      JSON.stringify(good),
      'not json',
      JSON.stringify({ url: 'https://x.example/', file: '/no/such/page.html' }),
      JSON.stringify({ url: 'nope', file: good.file }),
    ].join('\n');
    const stdout = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(__dirname, '../../scripts/extract.ts'), '--batch'],
      { input, encoding: 'utf8' },
    );
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({
      url: good.url,
      file: good.file,
      kind: 'product',
      product: { price: 111.99, currency: 'USD' },
    });
    expect(lines[1].error).toMatch(/bad input line/);
    expect(lines[2]).toMatchObject({ file: '/no/such/page.html', error: expect.stringMatching(/ENOENT/) });
    expect(lines[3].error).toMatch(/invalid url/);
  }, 60_000);
});
