/**
 * Reconstructed shop pages (tests/fixtures/reconstructed): minimal pages built from the markup the
 * shops publicly serve, for shops with no real saved page (Walmart, Target, IKEA, AliExpress) and
 * for order confirmations (Shopify "thank you", WooCommerce "order received"). Each starts with a
 * comment saying it is reconstructed and from what. They run through the full extraction with
 * their URL (reconstructed/urls.json) and are compared field by field with `*.expected.json`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, loadPage } from '../../lib/extract/load';
import { extractListing } from '../../lib/extract/listing';
import { extractOrder } from '../../lib/extract/order';
import { htmlFiles } from '../../scripts/lib/html-files';

const ROOT = join(__dirname, '../fixtures/reconstructed');
const URLS: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'urls.json'), 'utf8'));

/**
 * page -> top-level fields the full pipeline gets wrong today, with why. Asserted to STILL differ,
 * so that a fix fails the test until the entry goes: the list can only shrink honestly.
 */
const KNOWN_GAPS: Record<string, Record<string, string>> = {
  // Round 16's blind set (#10): product facts the benchmark does not score, left for later rounds.
  // Brands printed only as a labelled row or a link by the title ("Marka:", "브랜드", "Бренд").
  'opencart/product-termos-tr.html': {
    'product.weightKg': 'the weight is in the description ("Ağırlık: 520 g"), not a spec row',
  },
  'jtl/product-gartenschere-de.html': { 'product.weightKg': 'the weight is in the description text' },
  'gambio/product-kaffeemuehle-de.html': {
    'product.listPrice': '"UVP 49,90 EUR" is a sibling of the box own text, not a struck or nearby amount',
  },
  'shoptet/product-konvice-cs.html': {
    'product.listPrice': '"price-standard" is not a former-price class (struck by CSS)',
  },
  'shoper/product-plecak-pl.html': { 'product.weightKg': 'the weight is in the description text ("waga 980 g")' },
  'idosell/product-czajnik-pl.html': { 'product.brand': 'the producer link is not read as the brand' },
  'coupang/product-coffee-ko.html': {
    'product.weightKg': 'the weight is an option value ("중량 1.13kg")',
  },
  'momo/product-goods-tw.html': {
    'product.listPrice': 'a recommended item\'s price is taken for the list price ("市售價" label is not read)',
    'product.category': 'the breadcrumb box has no breadcrumb class (#bt_2_layout_NAV)',
  },
  'kaspi/product-kz.html': { 'product.weightKg': '"Вес 1.2 кг" in a dl is not read' },
  'rozetka/product-uk.html': {
    'product.weightKg': '"Вага" is not a weight label yet',
  },
  'allegro/product-pl.html': {
    'product.gtin': '"EAN (GTIN)" is not a GTIN label yet',
    'product.category': 'the breadcrumb is a nav with an aria-label only',
  },
  'bol/product-nl.html': {
    'product.currency': 'no currency sign on the page and a .com host',
    'product.listPrice': '"Adviesprijs 29,99" has no currency sign either',
  },
  'trendyol/product-tr.html': {
    'product.materials': 'Turkish "Materyal" and "%65 Polyester" shares are not read',
  },
  'flipkart/product-in.html': {
    'product.listPrice': 'the MRP is struck by a hashed class only',
    'product.category': 'the breadcrumb has hashed classes only',
  },
  // The second blind set.
  'jumia/product-ng.html': {
    'product.listPrice': 'the old price is struck by a utility class ("-lthr")',
    'product.category': 'the breadcrumb class "brcbs" is not known',
    'product.weightKg': '"Weight (kg): 1.1" in a list is not read',
  },
};

/** Numbers to 1e-4 relative; objects key by key with missing = null; everything else strict. */
function diff(actual: unknown, expected: unknown, path: string, out: string[]): void {
  if (typeof actual === 'number' && typeof expected === 'number') {
    if (Math.abs(actual - expected) > 1e-4 * Math.max(1, Math.abs(expected)))
      out.push(`${path}: got ${actual}, expected ${expected}`);
  } else if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length)
      out.push(`${path}: got ${actual.length} entries, expected ${expected.length}`);
    expected.forEach((e, i) => diff(actual[i], e, `${path}[${i}]`, out));
  } else if (expected && typeof expected === 'object' && actual && typeof actual === 'object') {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    for (const k of new Set([...Object.keys(a), ...Object.keys(e)]))
      diff(a[k] ?? null, e[k] ?? null, `${path}.${k}`, out);
  } else if ((actual ?? null) !== (expected ?? null)) {
    out.push(`${path}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}

describe('reconstructed shop pages', () => {
  const all = htmlFiles(ROOT);

  it('every reconstructed page says so, has a URL and an expected output', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const page of all) {
      const head = readFileSync(join(ROOT, page), 'utf8').slice(0, 400);
      expect(head, page).toMatch(/^<!--\s*RECONSTRUCTED, not a real capture\./);
      expect(URLS[page], `${page} has no URL in urls.json`).toBeTruthy();
      expect(existsSync(join(ROOT, page.replace(/\.html$/, '.expected.json'))), `${page} has no expected file`).toBe(
        true,
      );
    }
  });

  for (const page of all.filter((p) => URLS[p])) {
    it(page, () => {
      const expected = JSON.parse(readFileSync(join(ROOT, page.replace(/\.html$/, '.expected.json')), 'utf8'));
      const { output } = extractFile(join(ROOT, page), URLS[page]);
      const gaps = KNOWN_GAPS[page] ?? {};
      const wrong: string[] = [];
      const fixed: string[] = [];
      // Top-level fields, and the product's fields one by one ("product.brand").
      const got = output as unknown as Record<string, unknown>;
      const fields: [string, unknown, unknown][] = [];
      for (const field of new Set([...Object.keys(output), ...Object.keys(expected)])) {
        const a = got[field] ?? null;
        const e = expected[field] ?? null;
        if (field === 'product' && a && e && typeof a === 'object' && typeof e === 'object') {
          const ap = a as Record<string, unknown>;
          const ep = e as Record<string, unknown>;
          for (const k of new Set([...Object.keys(ap), ...Object.keys(ep)]))
            fields.push([`product.${k}`, ap[k], ep[k]]);
        } else fields.push([field, a, e]);
      }
      for (const [field, a, e] of fields) {
        const found: string[] = [];
        diff(a ?? null, e ?? null, field, found);
        if (field in gaps) {
          if (!found.length) fixed.push(field);
        } else wrong.push(...found);
      }
      expect(wrong, page).toEqual([]);
      expect(fixed, `${page}: KNOWN_GAPS entries that now pass: remove them`).toEqual([]);
    });

    it(`${page}: listing / order extraction alone`, () => {
      const expected = JSON.parse(readFileSync(join(ROOT, page.replace(/\.html$/, '.expected.json')), 'utf8'));
      if (expected.kind !== 'listing' && expected.kind !== 'order') return;
      // Known item/order gaps are asserted (to still differ) by the full-pipeline test above.
      if (KNOWN_GAPS[page]?.items || KNOWN_GAPS[page]?.orders) return;
      const { doc } = loadPage(join(ROOT, page));
      const url = new URL(URLS[page]);
      const got =
        expected.kind === 'order'
          ? (({ orders, items }) => ({ orders, items }))(extractOrder(doc, url))
          : { items: extractListing(doc, url).items };
      const wrong: string[] = [];
      diff(
        got,
        expected.kind === 'order' ? { orders: expected.orders, items: expected.items } : { items: expected.items },
        'page',
        wrong,
      );
      expect(wrong, page).toEqual([]);
    });
  }
});
