/**
 * The product's category as shop platforms write it outside any breadcrumb, read where the theme
 * shows no trail (many hide it) and the page declares no BreadcrumbList. Issue #15: the page's own
 * category is the surest signal the classifier has.
 * - WooCommerce: the product's meta box names its categories as links ("Categoría: <a
 *   rel="tag">Iluminación</a>", `.product_meta .posted_in`), and the product's element carries
 *   them as classes (`product_cat-iluminacion`, the category's slug). The store's default category
 *   ("Uncategorized", in the store's language: words.ts UNCATEGORISED) files the product nowhere and is left out.
 * - PrestaShop: the product page's body carries its default category's slug among its classes
 *   (`<body id="product" class="… category-id-5 category-lampade-da-tavolo category-id-parent-3
 *   category-depth-level-3 …">`); the id, parent and depth classes are no names.
 */
import { decodeURIComponentSafe } from '../../uri';
import type { PageIndex } from './page-index';
import { textOf } from './text';
import { UNCATEGORISED_TEXT } from '../words';

/** Categories kept at most. */
const MAX_CATEGORIES = 6;
/** A category name longer than this is no category. */
const MAX_NAME = 80;

const keep = (name: string | null): name is string =>
  !!name && name.length <= MAX_NAME && /\p{L}/u.test(name) && !UNCATEGORISED_TEXT.test(name);

/** A slug as words: percent-decoded, hyphens as spaces. */
const slugWords = (slug: string) => decodeURIComponentSafe(slug).replace(/-+/g, ' ').trim();

/** The product's category from its platform's markup (WooCommerce, PrestaShop), or none. */
export function platformCategories(idx: PageIndex): string[] {
  const woo = wooCategories(idx);
  return woo.length ? woo : prestaShopCategory(idx);
}

/** The product's WooCommerce categories, in the page's order: the meta box's links, else its element's classes. */
function wooCategories(idx: PageIndex): string[] {
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
    .map((c) => slugWords(c.slice('product_cat-'.length)))
    .filter(keep);
  return [...new Set(slugs)].slice(0, MAX_CATEGORIES);
}

/** PrestaShop's body classes that name no category: its id and its parent's id (prefixes), its depth. */
const PRESTASHOP_NOT_A_NAME = ['category-id-', 'category-depth-level-'];
const isCategoryName = (c: string) =>
  c.startsWith('category-') && c !== 'category-default' && !PRESTASHOP_NOT_A_NAME.some((p) => c.startsWith(p));

/** The default category's slug on a PrestaShop product page's body (`body#product`), or none. */
function prestaShopCategory(idx: PageIndex): string[] {
  const body = idx.doc.body;
  if (body?.id !== 'product' || !body.classList.contains('page-product')) return [];
  const slug = Array.from(body.classList).find(isCategoryName);
  const name = slug ? slugWords(slug.slice('category-'.length)) : null;
  return keep(name) ? [name] : [];
}
