/**
 * The product bundle's facts (lib/extract/facts-page.ts) on every saved and reconstructed page, as a
 * digest of what it hands the worker and where it puts the badge: a change meant to make the facts
 * path faster (fewer index buckets, an earlier JSON-LD read) must leave every digest as it was.
 * A change meant to change the facts updates the snapshot (`npx vitest run -u`) and says why.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../lib/extract/load';
import { collectProductFacts } from '../../lib/extract/facts-page';
import { productFromFacts } from '../../lib/extract/facts';
import { pageSpecs } from '../../lib/extract/shops/page-specs';
import { pageSpecFor } from '../../lib/extract/shops/page-spec';
import { htmlFiles } from '../../scripts/lib/html-files';
import { elementPath } from '../unit/element-path';

const FIXTURES = join(__dirname, '../fixtures');
const SPECS = pageSpecs();

/** An element as its path from the root (two loads of a page compare by place). */
const path = (el: Element | null) => (el ? elementPath(el) : null);

const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

describe('product facts stay the same', () => {
  for (const set of ['pages', 'reconstructed']) {
    const root = join(FIXTURES, set);
    const urls: Record<string, string> = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8'));
    it(set, () => {
      const got: Record<string, string> = {};
      for (const page of htmlFiles(root).filter((p) => urls[p])) {
        const url = urls[page]!;
        const { doc } = loadPage(join(root, page));
        const facts = collectProductFacts(doc, url, pageSpecFor(SPECS, new URL(url)));
        if (facts.kind === 'undecided') {
          got[page] = 'undecided';
          continue;
        }
        const read = productFromFacts(JSON.parse(JSON.stringify(facts.facts)));
        const price = read.kind === 'product' ? read.product.price : null;
        // Where the badge goes for the price read, for no price, and for a price the page does not show.
        const anchors = [price, null, 0.01].map((p) => path(facts.anchorFor(p)));
        got[page] = digest(JSON.stringify([facts.facts, path(facts.anchor), anchors]));
      }
      expect(got).toMatchSnapshot();
    });
  }
});
