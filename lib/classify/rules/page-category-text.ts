/**
 * The page's own category as platforms write it, where it is neither a Google id nor a Google path
 * (parts.ts resolves those):
 * - a Shopify Standard Product Taxonomy gid (`gid://shopify/TaxonomyCategory/hg-11-4`, or its bare
 *   id "hg-11-4"), which Shopify storefronts and apps write for the merchant's category. Its first
 *   letters name the Shopify vertical; the model ships no crosswalk of Shopify's 10,000 categories
 *   (26 kB gzipped), so the gid vouches for the vertical's Google department only
 *   (scripts/classify/shopify-crosswalk.ts maps the verticals; a test keeps the two in step), and
 *   the title and crumbs name the kind within it. Its path segments are no crumbs ("gid:",
 *   "shopify", "TaxonomyCategory").
 * - a URL (`https://shop.example/collections/table-lamps`, a product ontology's
 *   `.../id/Table_lamp`): its path's words are the crumbs, not the scheme and the host.
 * - else a path of crumbs ("Home > Furniture > Chairs", "Möbel/Stühle").
 */
import { decodeURIComponentSafe } from '../../uri';

/** Shopify vertical -> Google department (0: none, as gift cards, add-ons, services, "Uncategorized"). */
export const SHOPIFY_VERTICALS: Readonly<Record<string, number>> = {
  ap: 1,
  aa: 166,
  ae: 8,
  bt: 537,
  bi: 111,
  co: 141,
  el: 222,
  fb: 412,
  fr: 436,
  gc: 0,
  ha: 632,
  hb: 469,
  hg: 536,
  lb: 5181,
  ma: 772,
  me: 783,
  os: 922,
  pa: 0,
  rc: 5605,
  se: 0,
  so: 2092,
  sg: 988,
  tg: 1239,
  na: 0,
  vp: 888,
};

/** `gid://shopify/TaxonomyCategory/hg-11-4` or a bare "hg-11-4" (a vertical's letters, then numbers). */
const SHOPIFY_CATEGORY = /^\s*(?:gid:\/\/shopify\/TaxonomyCategory\/)?([a-z]{2})(?:-\d{1,4}){0,8}\s*$/i;
/** A Shopify gid of another kind (`gid://shopify/Product/123`): no category. */
const ANY_GID = /^\s*gid:\/\//i;
const URL_TEXT = /^\s*https?:\/\/\S+\s*$/i;
/** A URL path segment that names nothing: an id, a number, a file name. */
const NOT_A_NAME = /\d|\.\w{2,4}$/;

export interface PageCategoryText {
  /** The Google department a Shopify category id vouches for, or null. */
  department: number | null;
  /** The crumbs the text reads as. */
  crumbs: string[];
}

/** The crumbs and department of a page category text the taxonomy does not resolve. */
export function readPageCategoryText(raw: string): PageCategoryText {
  const shopify = SHOPIFY_CATEGORY.exec(raw);
  const vertical = shopify?.[1]?.toLowerCase() ?? '';
  // A vertical's letters alone ("el") are a word, not a category id.
  if (Object.hasOwn(SHOPIFY_VERTICALS, vertical) && (ANY_GID.test(raw) || raw.includes('-')))
    return { department: SHOPIFY_VERTICALS[vertical] || null, crumbs: [] };
  if (ANY_GID.test(raw)) return { department: null, crumbs: [] };
  if (URL_TEXT.test(raw)) {
    let path: string;
    try {
      path = new URL(raw.trim()).pathname;
    } catch {
      return { department: null, crumbs: [] };
    }
    const crumbs = path
      .split('/')
      .map(decodeURIComponentSafe)
      .filter((s) => s && !NOT_A_NAME.test(s))
      .map((s) => s.replace(/[-_+]+/g, ' ').trim())
      .filter((s) => s.length > 2);
    return { department: null, crumbs };
  }
  return { department: null, crumbs: raw.split(/\s*[>/]\s*/) };
}
