/**
 * The generic product cascade: structured data (JSON-LD, microdata, OpenGraph/product meta), then
 * visible-page heuristics (buy-box price, h1, breadcrumbs, spec tables). Shop adapters refine this.
 *
 * Precedence, field by field (first non-null wins unless noted):
 * - price/currency: the visible buy-box price when it is reliably located (buy-box context, itemprop,
 *   or close to the title) — it is what the user pays, while structured data can be stale or in
 *   another currency (Etsy shows 53,11 € while og/JSON-LD give 48,00 / 43.90). Otherwise JSON-LD,
 *   microdata, product meta. A structured price in the same currency that the visible one merely
 *   confirms changes nothing.
 * - title: JSON-LD name, microdata name, h1, og:title, <title> (site suffix removed).
 * - brand, identifiers, availability, condition, weight, dimensions, materials: JSON-LD, microdata,
 *   meta, then page text (spec tables / stock line).
 * - category: BreadcrumbList JSON-LD (where it names more than the root and the product:
 *   declared-trail.ts), else breadcrumb markup, else the category the platform's markup
 *   names (platform-category.ts), else the scripts' category (script-category.ts); home/root crumbs removed.
 */
import type { Product } from '../types';
import { currencyFromHost, type MoneyHints } from '../money';
import { ldNodesOf, typeList } from './jsonld';
import { productFromMeta, productFromMicrodata } from './meta';
import { indexPage, meta, type PageIndex } from './page-index';
import {
  availabilityFromBuyButton,
  availabilityFromControl,
  availabilityFromPage,
  availabilityFromWords,
} from './buy-button';
import { availabilityFromBoxClass } from './stock-class';
import { availabilityFromDom, breadcrumbsFromPage, findTitleElement, hostWordOf } from './dom';
import { findVisiblePrice, type VisiblePrice } from './price';
import { shownItemId } from './item-id';
import { collectSpecPairs } from './specs';
import { brandFromBox, brandFromLink } from './brand-link';
import { conditionBesideTitle } from './condition-line';
import { stateTextOf } from './json-state';
import { clean, headingText, textOf } from './text';
import { assembleProduct, readDeclared } from './assemble';
import { CART_HEADING, CART_PATH } from '../words'; // cart pages show line prices: never a product of their own

/** Declared editorial pages: articles and blog posts mention prices without selling one thing. */
const ARTICLE_TYPE = /^(?:Article|BlogPosting|NewsArticle|Blog|Recipe|HowTo|FAQPage)$/;

/** Add-to-cart controls; British and German shops put it in a basket ("add-to-basket", OXID "toBasket"). */
const ADD_TO_CART =
  'form.cart, [name="add-to-cart"], button[name="add"], [class*="add-to-cart" i], [class*="addtocart" i], [class*="add_to_cart" i], [class*="add-to-basket" i], [class*="addtobasket" i], [class*="add_to_basket" i], [id*="tobasket" i]';

/** An undeclared page showing more distinct prices than this is a list of products, not one. */
const MAX_UNDECLARED_AMOUNTS = 4;

export interface GenericResult {
  product: Product | null;
  /** Element showing the price (or the title), for the badge. */
  anchor: Element | null;
  /** True when structured data or meta declares a product. */
  declared: boolean;
  /** Declared, or undeclared but clearly one product (heading + reliably placed price). */
  confident: boolean;
}

export function pageLocale(idx: PageIndex): string | null {
  return clean(idx.doc.documentElement?.getAttribute('lang')) ?? meta(idx, 'og:locale')?.replace('_', '-') ?? null;
}

export function extractGenericProduct(doc: Document, url: URL, index?: PageIndex): GenericResult {
  const idx = index ?? indexPage(doc);
  const d = readDeclared(ldNodesOf(idx), url, productFromMicrodata(idx), productFromMeta(idx), () => stateTextOf(idx));
  const { nodes, ld, md, meta, js, declared } = d;
  const structuredCurrency = d.currency;

  const titleEl = findTitleElement(idx, [
    ld?.title ?? null,
    md?.title ?? null,
    js?.title ?? null,
    meta.title ?? null,
    idx.title,
  ]);
  const money: MoneyHints = {
    currency: structuredCurrency ?? currencyFromHost(url.hostname),
    locale: pageLocale(idx),
    host: url.hostname,
  };
  // The visible price search, run when first needed: by the product's money fields, by `confident`
  // or by `anchor` (a shop adapter that states the price and its own anchor needs none of them).
  // A search that fails counts as none found.
  let visible: VisiblePrice | null | undefined;
  const visibleOf = (): VisiblePrice | null => {
    if (visible === undefined) {
      try {
        visible = findVisiblePrice(idx, titleEl, money);
      } catch {
        visible = null;
      }
    }
    return visible;
  };

  const product = assembleProduct(
    d,
    {
      titleText: headingText(titleEl, 400),
      docTitle: idx.title,
      canonical: idx.canonical,
      visible: visibleOf,
      pairs: collectSpecPairs(idx),
      domCrumbs: () => breadcrumbsFromPage(idx),
      availability: () =>
        availabilityFromPage(
          () => availabilityFromDom(idx, titleEl),
          () => availabilityFromBuyButton(idx, doc, titleEl),
          () => availabilityFromWords(idx, titleEl),
          () => availabilityFromControl(idx, titleEl),
          () => availabilityFromBoxClass(titleEl),
        ),
      brand: () => brandFromLink(idx, titleEl) ?? brandFromBox(idx, titleEl),
      condition: () => conditionBesideTitle(titleEl),
      itemId: () => shownItemId(idx, titleEl, [hostWordOf(url.hostname), meta.siteName ?? '']),
    },
    url,
    { structured: structuredCurrency, host: currencyFromHost(url.hostname) },
  );

  // Without a declaration, a product page needs a heading and a reliably placed price, and few
  // competing amounts (a search page shows many): conservative, so articles and listings stay out.
  // The fields are still returned, for callers (shop adapters) that know the page kind otherwise.
  const notAProduct = () =>
    CART_PATH.test(url.pathname) ||
    CART_HEADING.test(clean(textOf(titleEl ?? idx.h1s[0], 80)) ?? '') ||
    nodes.some((n) => typeList(n).some((t) => ARTICLE_TYPE.test(t))) ||
    // SEO plugins tag WooCommerce products og:type "article" too: an add-to-cart control says shop page.
    (meta.ogType === 'article' && !doc.querySelector(ADD_TO_CART));
  if (!product) return { product: null, anchor: null, declared, confident: false };
  return lazyResult(product, declared, titleEl, visibleOf, notAProduct);
}

/**
 * The result, its `anchor` and `confident` computed when first read (each once), in the same turn
 * as the rest: both need the visible price search, which a shop adapter stating the price and its
 * own anchor never asks for.
 */
function lazyResult(
  product: Product,
  declared: boolean,
  titleEl: Element | null,
  visibleOf: () => VisiblePrice | null,
  notAProduct: () => boolean,
): GenericResult {
  let anchor: Element | null | undefined;
  let confident: boolean | undefined;
  return {
    product,
    get anchor() {
      return anchor === undefined ? (anchor = visibleOf()?.el ?? titleEl) : anchor;
    },
    declared,
    get confident() {
      if (confident === undefined) {
        const v = declared ? null : visibleOf();
        confident =
          declared ||
          (!!(titleEl && v?.reliable && v.distinctAmounts <= MAX_UNDECLARED_AMOUNTS) && !safeNot(notAProduct));
      }
      return confident;
    },
  };
}

/** `f()`, true when it throws (a failing test of "not a product" leaves the page unconfident). */
function safeNot(f: () => boolean): boolean {
  try {
    return f();
  } catch {
    return true;
  }
}
