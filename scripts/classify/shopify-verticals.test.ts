/**
 * The Shopify verticals the classifier reads a category gid by (lib/classify/rules/page-category-text.ts)
 * are the crosswalk's (shopify-crosswalk.ts): the same Google department for each top-level category.
 */
import { describe, expect, it } from 'vitest';
import { SHOPIFY_VERTICALS } from '../../lib/classify/rules/page-category-text';
import { readTaxonomy } from './build-model';
import { readShopify, shopifyToGoogle } from './shopify-crosswalk';

describe('Shopify verticals', () => {
  it("map each of Shopify's top-level categories to the crosswalk's Google department", () => {
    const shopify = readShopify();
    const crosswalk = shopifyToGoogle(shopify, readTaxonomy().rows);
    const top = Object.fromEntries(shopify.filter((r) => !r.parent).map((r) => [r.id, crosswalk.get(r.id)!.google]));
    expect(SHOPIFY_VERTICALS).toEqual(top);
  });
});
