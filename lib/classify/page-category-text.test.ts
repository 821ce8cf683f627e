/**
 * Round 22 (#15): the page's own category as platforms write it where it is no Google id or path
 * (rules/page-category-text.ts): a Shopify Standard Product Taxonomy gid vouches for its vertical's
 * department, a URL's path words are the crumbs, another gid names nothing. Each fails on the
 * classifier of the round's start (948a779), which read a gid's and a URL's segments as crumbs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { readPageCategoryText } from './rules/page-category-text';
import { extractFile } from '../extract/load';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);

const FOOD_ITEMS = 422;
const FOOD_BEVERAGES_TOBACCO = 412;
const HOBBIES_AND_CREATIVE_ARTS = 5710;
const HEALTH_AND_BEAUTY = 469;
const CHAIRS = 443;
const LAMPS = 4636;

const classify = (title: string, googleCategory: string) => classifier.classify({ title, googleCategory, lang: 'en' });

describe('reading a page category text', () => {
  it("a Shopify category gid, or its bare id, is its vertical's department and no crumbs", () => {
    expect(readPageCategoryText('gid://shopify/TaxonomyCategory/fb-2-3-1')).toEqual({
      department: FOOD_BEVERAGES_TOBACCO,
      crumbs: [],
    });
    expect(readPageCategoryText('hb-1')).toEqual({ department: HEALTH_AND_BEAUTY, crumbs: [] });
    // Shopify's verticals with no Google department (gift cards, services), and other gids: nothing.
    expect(readPageCategoryText('gid://shopify/TaxonomyCategory/gc-1')).toEqual({ department: null, crumbs: [] });
    expect(readPageCategoryText('gid://shopify/Product/812345')).toEqual({ department: null, crumbs: [] });
    // Two letters alone, or letters that are no vertical, are words.
    expect(readPageCategoryText('el').crumbs).toEqual(['el']);
    expect(readPageCategoryText('tv-55').crumbs).toEqual(['tv-55']);
  });

  it("a URL's path words are the crumbs, not its scheme, host, ids or file names", () => {
    expect(readPageCategoryText('https://www.shop.example/collections/dining-chairs').crumbs).toEqual([
      'collections',
      'dining chairs',
    ]);
    expect(readPageCategoryText('http://www.productontology.org/id/Table_lamp').crumbs).toEqual(['Table lamp']);
    expect(readPageCategoryText('https://shop.example/c/12345/wohnzimmer%20lampen.html').crumbs).toEqual([]);
    expect(readPageCategoryText('https://shop.example/kategorie/stehlampen/').crumbs).toEqual([
      'kategorie',
      'stehlampen',
    ]);
  });

  it('anything else is a path of crumbs', () => {
    expect(readPageCategoryText('Home > Furniture > Chairs').crumbs).toEqual(['Home', 'Furniture', 'Chairs']);
    expect(readPageCategoryText('Möbel/Stühle').crumbs).toEqual(['Möbel', 'Stühle']);
  });
});

describe("a Shopify category gid frames the title's words in its department", () => {
  it("reads a title of words of several departments in the page's department", () => {
    expect(classify('Sea Bass Fillet 400 g', 'gid://shopify/TaxonomyCategory/fb-2-1')?.id).toBe(FOOD_ITEMS);
    expect(classify('Jazz Bass 4 String', 'gid://shopify/TaxonomyCategory/ae-2-4')?.id).toBe(HOBBIES_AND_CREATIVE_ARTS);
    // The title still names the kind within the department.
    expect(classify('Aurora 2000 Lamp', 'gid://shopify/TaxonomyCategory/hg-13-5')?.id).toBe(LAMPS);
  });

  it('keeps the department over a title word of another one', () => {
    const got = classify('Tablet 10 Pack', 'gid://shopify/TaxonomyCategory/hb-1');
    expect(got && classifier.pathOf(got.id)?.startsWith('Health & Beauty')).toBe(true);
  });

  it('a Shopify page that writes the gid as its JSON-LD category', () => {
    const url = 'https://www.harbourfish.example.co.uk/products/wild-sea-bass-fillets';
    const { output, lang } = extractFile('tests/fixtures/reconstructed-r22c/shopify-gid-en.html', url);
    const p = output.product!;
    expect(p.googleCategory).toBe('gid://shopify/TaxonomyCategory/fb-2-8');
    const got = classifier.classify({
      title: p.title ?? '',
      category: p.category,
      googleCategory: p.googleCategory,
      lang,
    });
    expect(got?.id).toBe(FOOD_ITEMS);
  });
});

describe('a URL as the page category', () => {
  it('reads its path words, not the host', () => {
    expect(classify('Aurora 2000', 'https://www.shop.example/collections/dining-chairs')?.id).toBe(CHAIRS);
    expect(classify('Aurora 2000', 'http://www.productontology.org/id/Table_lamp')?.id).toBe(LAMPS);
  });
});
