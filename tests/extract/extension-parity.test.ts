/**
 * The extension and `npm run extract` give the same price, currency, item id and availability, on
 * every page with an expected JSON under tests/fixtures (the saved and reconstructed pages and the
 * development pages of blind-r19 to blind-r23; the blind sets blind-r16 to blind-r18 and blind-r24 stay
 * unread).
 *
 * The CLI (and `npm run extract:score`) runs the whole extraction (lib/extract `extractPage`). The
 * extension runs it too, but on a page the detector sends to the product bundle
 * (lib/content/detect.ts `injectKind`): there the page collects its facts
 * (lib/extract/facts-page.ts) and the worker reads the product from them (lib/extract/facts.ts,
 * after a JSON round trip as a message makes); only where that is `undecided` does the page hand
 * over to the whole extraction. Both read the product with the same rules (generic/assemble.ts);
 * where a rule needs what the facts do not hold, the facts hand over.
 *
 * Intended differences: none. A field listed here would be one the extension reads otherwise on
 * purpose, with the page and the reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../lib/extract/load';
import { extractPage } from '../../lib/extract';
import { collectProductFacts } from '../../lib/extract/facts-page';
import { productFromFacts } from '../../lib/extract/facts';
import { pageSpecs } from '../../lib/extract/shops/page-specs';
import { pageSpecFor } from '../../lib/extract/shops/page-spec';
import { injectKind } from '../../lib/content/detect';
import type { Product } from '../../lib/extract/types';
import { htmlFiles } from '../../scripts/lib/html-files';

const FIXTURES = join(__dirname, '../fixtures');
const SPECS = pageSpecs();
const FULL = SPECS.flatMap((s) => (s.full ? s.matches : []));
const FIELDS = ['price', 'currency', 'sku', 'availability'] as const satisfies readonly (keyof Product)[];
/** Blind sets whose pages are measured only (their aggregate scores), never read by a test. */
const BLIND = /^blind-r(1[678]|24)$/;
/** `<folder>/<page>` -> the fields the extension reads otherwise on purpose (none: see above). */
const INTENDED: ReadonlyMap<string, readonly (typeof FIELDS)[number][]> = new Map();

/** The folders with pages and their URLs (a set's own folder, or its `pages/`). */
const folders = readdirSync(FIXTURES)
  .filter((d) => !BLIND.test(d))
  .flatMap((d) => [d, `${d}/pages`])
  .filter((d) => existsSync(join(FIXTURES, d, 'urls.json')));

/**
 * The product as the extension reads it where the product bundle answers (its answer, or null for
 * "no product here"); `whole` where it hands over to the whole extraction, the CLI's own reading.
 */
function bundleProduct(file: string, url: string): Product | null | 'whole' {
  const { doc } = loadPage(file);
  if (injectKind(doc, new URL(url), FULL) !== 'product') return 'whole';
  const facts = collectProductFacts(doc, url, pageSpecFor(SPECS, new URL(url)));
  if (facts.kind !== 'facts') return 'whole';
  const read = productFromFacts(JSON.parse(JSON.stringify(facts.facts)));
  return read.kind === 'product' ? read.product : read.kind === 'none' ? null : 'whole';
}

describe('the extension and the CLI read the same price, currency, item id and availability', () => {
  it('finds the folders', () => {
    expect(folders).toEqual(expect.arrayContaining(['pages', 'reconstructed', 'blind-r19/pages', 'blind-r20/pages']));
  });
  for (const folder of folders) {
    const root = join(FIXTURES, folder);
    const urls: Record<string, string> = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8'));
    const pages = htmlFiles(root).filter(
      (p) => urls[p] && existsSync(join(root, p.replace(/\.html$/, '.expected.json'))),
    );
    if (pages.length)
      describe(folder, () => {
        for (const page of pages) {
          it(page, () => {
            const url = urls[page]!;
            const ext = bundleProduct(join(root, page), url);
            if (ext === 'whole') return;
            const cli = extractPage(loadPage(join(root, page)).doc, url).product;
            const intended = INTENDED.get(`${folder}/${page}`) ?? [];
            const differ = FIELDS.filter((f) => !intended.includes(f) && (ext?.[f] ?? null) !== (cli?.[f] ?? null));
            expect(
              differ.map(
                (f) => `${f}: extension ${JSON.stringify(ext?.[f] ?? null)}, CLI ${JSON.stringify(cli?.[f] ?? null)}`,
              ),
            ).toEqual([]);
          });
        }
      });
  }
});
