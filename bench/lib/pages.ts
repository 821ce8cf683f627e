/** The pages the browser scenarios load, at their real URLs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { DEMO_PAGES, PAGES_DIR, demoBody } from '../../scripts/lib/demo-pages';
import { MINIMAL_PRODUCT_HTML, MINIMAL_PRODUCT_URL, NO_PRODUCT_HTML, NO_PRODUCT_URL } from '../../tests/e2e/pages';

export const PRODUCT = DEMO_PAGES.find((p) => p.name === 'otto-fairphone')!;
const SEARCH = DEMO_PAGES.find((p) => p.name === 'amazon-search')!;

/** Amazon's result tile. */
export const TILE = '[data-component-type="s-search-result"]';
/** The saved Amazon search page grown to 100 result tiles (copies with their own ASIN and link). */
const LISTING_100_PAGE = 'https://www.amazon.com/s?k=portable+charger&page=100-tiles';
/**
 * Served unstyled, the saved page puts its first result 3,700 px down, below the first screen (the
 * styled page shows results on it): the URL's fragment scrolls to the first result at load, so that
 * "the tiles on the first screen" are tiles, as for a user.
 */
const FIRST_RESULT = 'embodied-bench-first-result';
export const LISTING_100_URL = `${LISTING_100_PAGE}#${FIRST_RESULT}`;

/** A copy of `tile` that is a different product (own ASIN, own links). */
function copyTile(tile: Element, n: number): Element {
  const copy = tile.cloneNode(true) as Element;
  const asin = `B0BENCH${String(n).padStart(4, '0')}`;
  copy.setAttribute('data-asin', asin);
  copy.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', `/dp/${asin}`));
  return copy;
}

function listing100(): string {
  const { document } = parseHTML(readFileSync(join(PAGES_DIR, SEARCH.file), 'utf8'));
  const tiles = [...document.querySelectorAll(TILE)];
  const parent = tiles[tiles.length - 1].parentElement!;
  tiles[0]!.setAttribute('id', FIRST_RESULT);
  for (let n = tiles.length; n < 100; n++)
    parent.append(copyTile(tiles[n % tiles.length] as unknown as Element, n) as unknown as Node);
  return document.toString();
}

export function benchPages(): Map<string, Buffer | string> {
  return new Map<string, Buffer | string>([
    [PRODUCT.url, demoBody(PRODUCT)],
    [SEARCH.url, demoBody(SEARCH)],
    [NO_PRODUCT_URL, NO_PRODUCT_HTML],
    [MINIMAL_PRODUCT_URL, MINIMAL_PRODUCT_HTML],
    [LISTING_100_PAGE, listing100()],
  ]);
}

export { MINIMAL_PRODUCT_URL, NO_PRODUCT_URL };
