/**
 * WooCommerce's own product categories, where the theme shows no breadcrumb (many hide it) and the
 * page declares no BreadcrumbList: the product's meta box names them as links ("Categoría: <a
 * rel="tag">Iluminación</a>", `.product_meta .posted_in`), and the product's element carries them
 * as classes (`product_cat-iluminacion`, the category's slug). Issue #15: the page's own category
 * is the surest signal the classifier has. The store's default category ("Uncategorized", in the
 * store's language) files the product nowhere and is left out.
 */
import { decodeURIComponentSafe } from '../../uri';
import type { PageIndex } from './page-index';
import { textOf } from './text';

/** Categories kept at most. */
const MAX_CATEGORIES = 6;
/** A category name longer than this is no category. */
const MAX_NAME = 80;

/** WooCommerce's default category as the stores' languages name it (and its slugs, hyphens as spaces). Data. */
const UNCATEGORISED = new Set([
  'uncategorized',
  'uncategorised',
  'unkategorisiert',
  'non classe',
  'non classé',
  'sin categoria',
  'sin categoría',
  'senza categoria',
  'sem categoria',
  'ongecategoriseerd',
  'okategoriserad',
  'bez kategorii',
  'nezařazené',
  'nezarazene',
  'без категории',
  'без категорії',
  'uncategorized products',
]);

const keep = (name: string | null): name is string =>
  !!name && name.length <= MAX_NAME && /\p{L}/u.test(name) && !UNCATEGORISED.has(name.toLowerCase());

/** The product's WooCommerce categories, in the page's order: the meta box's links, else its element's classes. */
export function wooCategories(idx: PageIndex): string[] {
  const posted = idx.doc.querySelector('.product_meta .posted_in, .posted_in');
  const links = posted ? Array.from(posted.querySelectorAll('a[rel~="tag"], a')).map((a) => textOf(a, 200)) : [];
  const named = links.filter(keep);
  if (named.length) return [...new Set(named)].slice(0, MAX_CATEGORIES);
  // The main product's element (`<div id="product-812" class="product type-product product_cat-…">`);
  // the related products' tiles carry their own categories and no such id.
  const main = idx.doc.querySelector('.type-product[id^="product-"]');
  if (!main) return [];
  const slugs = Array.from(main.classList)
    .filter((c) => c.startsWith('product_cat-'))
    .map((c) => decodeURIComponentSafe(c.slice('product_cat-'.length)).replace(/-+/g, ' ').trim())
    .filter(keep);
  return [...new Set(slugs)].slice(0, MAX_CATEGORIES);
}
