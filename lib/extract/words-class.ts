/**
 * Class-name and id tokens shops write on price and page regions, by concept and language (most
 * are English, as themes write them; German shops write "uvp" and "grundpreis", Brazilian VTEX
 * stores "vitrine"). The buy-box price search (generic/price.ts) builds its class regexes from
 * these lists and imports the regexes, never the lists. The always-on detector's selector tokens
 * live in words-buy.ts (its bundle takes only that file).
 *
 * Tokens are lowercase and literal, with two marks: "-?" is an optional hyphen ("list-?price" is
 * "list-price" and "listprice"), and a trailing "*" takes the word characters after it
 * ("recommend*" is "recommended", "recommendations").
 */
import { lazy } from './pattern';
import type { WordList } from './words';

/** Struck-through amounts: "price--strike", "line-through", "crossed-out". */
const STRUCK_CLASS: WordList = {
  en: ['strike', 'striked', 'strikethrough', 'strikeout', 'line-?through', 'crossed', 'crossed-?out'],
};

/** A former, list or reference price: "was-price", "old-price", "price-regular", "rrp", "uvp". */
const FORMER_PRICE_CLASS: WordList = {
  en: [
    'was',
    'old',
    'non-?sale',
    'not-?discounted',
    'list-?price',
    'listprice',
    'org',
    'orig',
    'origin',
    'original',
    'regular',
    'rrp',
    'msrp',
    'compare',
    'before',
    'instead',
    'retail',
    'basis',
    'reference',
    'prev',
    'previous',
    'former',
    'consumer',
  ],
  de: ['uvp'],
};

/** The amount saved, shown beside the price: "you-save", "price-savings". */
const SAVINGS_CLASS: WordList = {
  en: ['saving', 'savings', 'you-?save'],
};

/** State flags on the live price's box, before a list-price token: "has-discount", "with-list-price", "is-compare". */
const STATE_FLAG_CLASS: WordList = {
  en: ['has', 'with', 'is'],
};

/** A per-unit price: "unit-price", "price-per", "base-price", "grundpreis". */
const UNIT_PRICE_CLASS: WordList = {
  en: ['unit-?price', 'price-?per', 'per-?unit', 'ppu', 'base-?price', 'priceperunit'],
  de: ['grundpreis'],
};

/** Hidden elements: "d-none", "is-hidden", "visually invisible". */
const HIDDEN_CLASS: WordList = {
  en: ['hide', 'hidden', 'd-none', 'display-none', 'invisible', 'is-hidden'],
};

/** Regions that show other products or the page's chrome: carousels, recommendations, menus, footers. */
const ELSEWHERE_CLASS: WordList = {
  en: [
    'carousel',
    'recommend*',
    'recs',
    'related',
    'similar',
    'sponsor*',
    'upsell',
    'cross-?sell*',
    'cross_sell*',
    'also*',
    'bought',
    'viewed',
    'slider',
    'swiper',
    'footer',
    'bundle',
    'accessor*',
    'compare',
    'sims',
    'p13n',
    'shelf',
    'reco',
    'alternative',
    'alternatives',
    'other-?sellers',
    'featured-?products',
    'product-?miniature',
    'product-?tile',
    'showcase',
    'catalog-?section',
    'aod',
    'flyout',
    'menu',
    'mega-?menu',
    'dropdown',
    'navigation',
    'nav',
    'header-?nav',
  ],
  pt: ['vitrine'],
};

/** The product's buy box and main price block: "buy-box", "product-info", "price-box". */
const BUY_BOX_CLASS: WordList = {
  en: [
    'buy-?box',
    'buybox',
    'add-?to-?cart',
    'purchase',
    'price-?block',
    'product-?info',
    'offer-?box',
    'checkout',
    'product-?main',
    'product-?hero',
    'core-?price',
    'product-?price',
    'main-?price',
    'current-?price',
    'sale-?price',
    'final-?price',
    'price-?box',
  ],
};

/** Amounts near the price that are not the item's price: shipping, tax, instalments, cover. */
const NOT_ITEM_PRICE_CLASS: WordList = {
  en: [
    'shipping',
    'delivery',
    'subtotal',
    'tax',
    'installment',
    'installments',
    'monthly',
    'saving',
    'savings',
    'coupon',
    'financ*',
    'warranty',
    'protection',
  ],
};

/** Class names shops give the price to pay (as opposed to list, unit or other prices), anywhere in the name. */
const MAIN_PRICE_CLASS: WordList = {
  en: [
    'customer-?price',
    'our-?price',
    'price-?to-?pay',
    'pricetopay',
    'sale-?price',
    'current-?price',
    'final-?price',
    'now-?price',
    'offer-?price',
    'deal-?price',
    'price-?now',
    // The same words after "price" (Shoptet "price-final", bol "promo-price", eMAG "product-new-price").
    'price-?final',
    'price-?current',
    'price-?sale',
    'special-?price',
    'promo-?price',
    'new-?price',
  ],
  // "preco-promocional" (Loja Integrada), "IndirimliFiyat" (Ticimax): the discounted price.
  pt: ['preco-?promocional'],
  tr: ['indirimli-?fiyat'],
};

/**
 * The discounted price itself (what DISCOUNT_NOT_PRICE leaves out of the struck classes), anywhere
 * in the class string: "price_discount_gde", "discount-price", "discounted-price". Such a class on
 * an amount or a nearer box wins over a discount or former-price class further up (struck.ts).
 */
const DISCOUNTED_PRICE_CLASS: WordList = {
  en: ['price-?discount', 'price_discount', 'discount-?price', 'discount_price', 'discounted-?price'],
};

/**
 * A club, member, VIP or loyalty tier's price, anywhere in the class string ("club-price",
 * "marketclub-price", "member-price", "svip-price"): only a buyer who joined pays it. The price
 * counted is the one a buyer without membership pays now (price.ts `notOneItemPrice`).
 */
const MEMBER_PRICE_CLASS: WordList = {
  en: ['club-?price', 'member-?price', 'members-?price', 'loyalty-?price', 'vip-?price', 'clubcard-?price'],
};

/**
 * A section's heading written as a box of its own, between class-name edges: "section-title",
 * "block__heading", "carousel-header" (generic/other-products.ts reads its words).
 */
const SECTION_HEADING_CLASS: WordList = {
  en: ['title', 'heading', 'headline', 'header', 'caption'],
};

/**
 * The kind a `data-<kind>-price` attribute names on an amount's box (Falabella's
 * `data-internet-price`, `data-normal-price`, `data-cmr-price`), the whole kind: a former or list
 * price, or one only a card holder or member pays.
 */
const DATA_PRICE_FORMER_KIND: WordList = {
  en: ['normal', 'regular', 'list', 'old', 'original', 'was', 'before', 'reference', 'compare', 'crossed'],
};
const DATA_PRICE_CONDITIONAL_KIND: WordList = {
  en: ['cmr', 'card', 'member', 'club', 'vip', 'loyalty', 'app', 'coupon'],
};

// ---------------------------------------------------------------------------------------------
// Listing tiles (listing-generic.ts) and the product-or-listing test (listing-or-product.ts).

/** A tile's former price, between class-name edges: "price--was", "old-price", "uvp". */
const TILE_FORMER_CLASS: WordList = {
  en: ['was', 'old', 'before', 'regular', 'original', 'compare', 'rrp', 'msrp'],
  de: ['uvp'],
};
/** ... or anywhere in the class string: "price-strike", "line-through", "listprice". */
const TILE_STRUCK_CLASS: WordList = { en: ['strike', 'line-through', 'crossed', 'list-?price', 'basis-?price'] };
/**
 * Containers of recommendations and carousels ("Customers also bought", "Sponsored products
 * related to this item", slick/swiper sliders), anywhere in the tag, class and id string...
 */
const CAROUSEL_CLASS: WordList = {
  en: [
    'carousel',
    'slider',
    'slick',
    'swiper',
    'scroller',
    'recs',
    'recommend',
    'related',
    'similar',
    'also-?bought',
    'also-?viewed',
    'also-?like',
    'upsell',
    'cross-?sell',
    'sp_detail',
  ],
};
/**
 * ... or at the start of a markup word ("product-reco", "reco_list", not "areco"): the edge before
 * is ASCII_WORD_START, `\b` as markup has always been read here (class names and ids are ASCII).
 */
const CAROUSEL_PREFIX_CLASS: WordList = { en: ['reco'] };
/** Badges printed inside a tile's title ("Neues Angebot", "New", "Sale"), anywhere in the class. */
const BADGE_CLASS: WordList = {
  en: ['badge', 'label', 'tag', 'flag', 'highlight', 'pill', 'chip', 'ribbon', 'sticker'],
};
/** A spec table's label cell: a noun, maybe after one word and "-" or "_" ("spec-name", "attr_label"). */
const LABEL_CELL_CLASS: WordList = { en: ['name', 'label', 'lbl', 'key', 'term', 'title'] };
/** Option pickers (sizes, colours), between class-name edges: "size-swatches", "variant_picker". */
const OPTION_GROUP_CLASS: WordList = {
  en: [
    'variant',
    'variants',
    'swatch',
    'swatches',
    'option',
    'options',
    'size',
    'sizes',
    'color',
    'colour',
    'picker',
    'selector',
  ],
};
/**
 * An option of a picker that cannot be chosen, between class-name edges: "swatch-option disabled",
 * "notallowed". Not "sold-out": a sold-out badge beside the price has that class too.
 */
const UNAVAILABLE_OPTION_CLASS: WordList = {
  en: ['disabled', 'unavailable', 'notallowed', 'not-?allowed', 'unselectable'],
};
/** The chosen option of a picker, between class-name edges: "swatch-option selected", "is-active". */
const CHOSEN_OPTION_CLASS: WordList = { en: ['selected', 'active', 'checked', 'current', 'chosen'] };
/** ARIA roles of one option of a picker (the whole role value). */
const OPTION_ROLE_VALUE: WordList = { en: ['option', 'radio', 'menuitemradio'] };
/** A tile's rating or star score, anywhere in the class (any case): "star-rating", "c-stars". */
const RATING_CLASS: WordList = { en: ['star', 'rating'] };
/** A product heading's class, anywhere in it (any case): "product-title", "productName". */
const PRODUCT_TITLE_CLASS_PART: WordList = { en: ['product-title', 'product_title', 'product-name', 'productname'] };
/** The product's add-to-cart controls in markup: a cart form's class and action... */
const CART_FORM_CLASS: WordList = { en: ['cart'] };
const CART_FORM_ACTION_PART: WordList = { en: ['cart', 'basket'] };
/** ... a control's name ("add-to-cart"; a button's "add")... */
const ADD_TO_CART_NAME: WordList = { en: ['add-to-cart'] };
const ADD_BUTTON_NAME: WordList = { en: ['add'] };
/** ... its class or id, anywhere in it (any case)... */
const ADD_TO_CART_CLASS_PART: WordList = { en: ['add-to-cart', 'addtocart', 'add_to_cart'] };
const ADD_TO_CART_ID_PART: WordList = { en: ['add-to-cart', 'addtocart'] };
/** ... or a data-action holding both an "add" word and a "cart" word. */
const DATA_ACTION_ADD_PART: WordList = { en: ['add'] };
const DATA_ACTION_CART_PART: WordList = { en: ['cart'] };

// ---------------------------------------------------------------------------------------------
// Page furniture and roles: the visible-page heuristics (generic/dom.ts) and the page index
// (generic/page-index.ts) read these in class, id and test-id strings.

/** Overlays over the page: cookie banners, dialogs, newsletter pop-ups (their h1 is not the product's). */
const OVERLAY_CLASS: WordList = {
  en: ['cookie', 'consent', 'privacy', 'gdpr', 'modal', 'dialog', 'overlay', 'popup', 'banner', 'newsletter'],
};
/** The shop's own name in the page header: "logo", "site-title", "masthead". */
const LOGO_CLASS: WordList = {
  en: ['logo', 'site-?title', 'site-?name', 'masthead', 'brand-?logo', 'header-?logo', 'navbar-?brand'],
};
/** The box naming the product's brand or maker by the title ("prod-brand-name", "producertag", "product__brand"). */
const BRAND_CLASS: WordList = {
  en: ['brand', 'brand-?name', 'producer', 'producertag', 'manufacturer', 'vendor', 'product-?vendor'],
  de: ['marke', 'hersteller'],
  pl: ['producent'],
};
/** Product headings that are not an h1: an owner, then ("-", "_" or nothing) a noun: "product-name", "pdp_title". */
// "sku-name" (JD), "goods_name" / "goods-title" (Chinese, Korean and Japanese storefronts).
const TITLE_OWNER_CLASS: WordList = { en: ['product', 'pdp', 'item', 'detail', 'sku', 'goods'] };
const TITLE_NOUN_CLASS: WordList = { en: ['title', 'name'] };
/** ... and "product-heading" ("item-heading" is a card's). */
const PRODUCT_HEADING_CLASS: WordList = { en: ['product-?heading', 'product_heading'] };
/** A heading's markup saying it is the product's title, anywhere in the string ("pdp", "title"). */
const TITLE_HINT_CLASS: WordList = { en: ['title', 'product', 'name', 'pdp'] };

/** Page-index roles, anywhere in the string: the price, breadcrumbs, stock, spec rows, title-like elements. */
// The shop's own language too ("spanFiyat" on Ticimax, "preco-promocional" on Loja Integrada).
const PRICE_ROLE_CLASS: WordList = {
  en: ['price'],
  pt: ['preco'],
  es: ['precio'],
  it: ['prezzo'],
  de: ['preis'],
  tr: ['fiyat'],
  id: ['harga'],
};
const BREADCRUMB_ROLE_CLASS: WordList = { en: ['breadcrumb'] };
const STOCK_ROLE_CLASS: WordList = { en: ['stock', 'availab', 'sold-?out'] };
const SPEC_ROLE_CLASS: WordList = {
  en: [
    'spec',
    'attr',
    'propert',
    'detail',
    'sku',
    'mfr',
    'upc',
    'ean',
    'gtin',
    'model',
    'part',
    'label',
    'lbl',
    'key',
    'name',
    'term',
    'info',
  ],
};
const TITLE_ROLE_CLASS: WordList = { en: ['title', 'name', 'heading'] };

// ---------------------------------------------------------------------------------------------
// Structured-data values: schema.org availability states and the catalogue feeds' spellings
// (OpenGraph, Facebook/Google feeds write "in stock", "available for order", "oos"), the whole
// value after its URL, lower-cased. Literal spellings.

const SCHEMA_IN_STOCK: WordList = {
  en: [
    'instock',
    'in_stock',
    'in stock',
    'in-stock',
    'limitedavailability',
    'onlineonly',
    'preorder',
    'pre-order',
    'presale',
    'backorder',
    'available',
    'available for order',
    // Round 23a: made to order can be ordered now.
    'madetoorder',
  ],
};
const SCHEMA_OUT_OF_STOCK: WordList = {
  en: [
    'outofstock',
    'out_of_stock',
    'out of stock',
    'out-of-stock',
    'soldout',
    'sold_out',
    'sold out',
    'sold-out',
    'discontinued',
    'oos',
    'unavailable',
    // Round 23a: in store only cannot be bought on the page (the benchmark's availability); reserved
    // is not available (schema.org).
    'instoreonly',
    'reserved',
  ],
};
/** A page state's stock value, "_", "-" and spaces taken out (lower-cased, anywhere): "OUT_OF_STOCK", "soldOut". */
const STATE_OUT_OF_STOCK: WordList = { en: ['outofstock', 'soldout', 'unavailable', 'notavailable', 'discontinued'] };
/**
 * A whole class token of the product's own box (an ancestor of its title) stating its stock:
 * WooCommerce writes "outofstock" / "instock" on the product's div whatever the theme shows,
 * Shopify themes "product--sold-out" on the product section. Lower-cased, whole tokens only.
 */
export const PRODUCT_BOX_OUT_OF_STOCK_CLASS: WordList = {
  en: [
    'outofstock',
    'out-of-stock',
    'sold-out',
    'soldout',
    'is-sold-out',
    'is-soldout',
    'product--sold-out',
    'product--soldout',
    'product--out-of-stock',
    'product-outofstock',
  ],
};
/** ... and in stock. */
export const PRODUCT_BOX_IN_STOCK_CLASS: WordList = { en: ['instock', 'in-stock', 'product--in-stock'] };
/** ... and in stock: orderable now, pre-order and backorder among them (as SCHEMA_IN_STOCK reads them). */
const STATE_IN_STOCK: WordList = {
  en: ['instock', 'available', 'limitedstock', 'lowstock', 'preorder', 'presale', 'backorder'],
};
/** Free-text conditions that mean used, at the start of the value (lower-cased): "open box", "like new". */
const USED_CONDITION_VALUE: WordList = {
  en: ['open-?box', 'open box', 'like new', 'pre-?owned', 'second-?hand', 'second hand'],
};
/** Placeholders feeds write for no brand (the whole value, any case): "unbranded", "generic", "n/a". */
const NO_BRAND_VALUE: WordList = { en: ['null', 'undefined', 'n/a', 'none', 'unbranded', 'generic', '-'] };
/** Offer price kinds naming a list price (schema.org priceType / Shopify's kinds), anywhere in the kind. */
const LIST_PRICE_KIND: WordList = { en: ['listprice', 'strikethroughprice', 'msrp', 'srp'] };

// ---------------------------------------------------------------------------------------------
// Builder.

const escapeToken = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** One token as a regex source: "-?" stays an optional hyphen, a trailing "*" becomes `\w*`. */
function tokenSource(token: string): string {
  // Most tokens are letters, digits, "_", "-" and spaces: their own source (built on every page load).
  if (PLAIN_TOKEN.test(token)) return token;
  const stem = token.length > 1 && token.endsWith('*');
  const core = stem ? token.slice(0, -1) : token;
  return core.split('-?').map(escapeToken).join('-?') + (stem ? String.raw`\w*` : '');
}

/** A token with nothing to escape, no "-?" and no "*" stem. */
const PLAIN_TOKEN = /^[\w -]*$/;

/** The lists' tokens as one plain alternation (no group, no edges), deduplicated, in first-seen order. */
function classTokens(...lists: WordList[]): string {
  const seen = new Set<string>();
  let out = '';
  for (const list of lists)
    for (const key in list)
      for (const token of list[key]!) {
        if (seen.has(token)) continue;
        seen.add(token);
        out += (seen.size > 1 ? '|' : '') + tokenSource(token);
      }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Concepts, as the price search uses them (tested against class and id strings, lower-cased).
// Each concept is marked /* @__PURE__ */: building a Pattern has no effect a page needs, so a
// bundle keeps only the patterns (and their lists) its code imports.

/** A token between class-name edges: the start, a space, "_" or "-" before it and after it. */
const EDGE_BEFORE = String.raw`(?:^|[\s_-])`;
const EDGE_AFTER = String.raw`(?:[\s_-]|$)`;
/** "discount" names a saving, except the discounted price itself ("price-discount", "discount-price", "discounted"). */
const DISCOUNT_NOT_PRICE = String.raw`(?<!price[-_]{1,2})discount(?![-_]?price|ed)`;
/** "total" names a cart total, except "total-price", the price to pay on Salla-style themes. */
const TOTAL_NOT_PRICE = String.raw`total(?![-_]?price)`;

/** A struck, former or saved amount, not the price to pay (a state flag before it does not count). */
export const STRUCK_OR_FORMER = /* @__PURE__ */ lazy(
  () =>
    String.raw`${EDGE_BEFORE}(?<!(?:${classTokens(STATE_FLAG_CLASS)})[-_])(?:${classTokens(STRUCK_CLASS, FORMER_PRICE_CLASS, SAVINGS_CLASS)}|${DISCOUNT_NOT_PRICE})(?:[\s_-]|price|$)`,
);
/** A per-unit price's box. */
export const UNIT_PRICE_BOX = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:${classTokens(UNIT_PRICE_CLASS)})${EDGE_AFTER}`,
);
/** A hidden element (the edge after is a space or "_" only: "hidden-xs" hides on small screens only). */
export const HIDDEN_BOX = /* @__PURE__ */ lazy(
  () => String.raw`${EDGE_BEFORE}(?:${classTokens(HIDDEN_CLASS)})(?:[\s_]|$)`,
);
/** A region of other products or of the page's chrome. */
// Not a BEM modifier of a price class: "f-priceBox-price--reco" is a recommended (list) price, not
// a recommendations region.
export const ELSEWHERE_REGION = /* @__PURE__ */ lazy(
  () => `(?<!price-)${EDGE_BEFORE}(?:${classTokens(ELSEWHERE_CLASS)})${EDGE_AFTER}`,
);
/** The product's buy box. */
export const BUY_BOX_REGION = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:${classTokens(BUY_BOX_CLASS)})${EDGE_AFTER}`,
);
/** An amount that is not the item's price. */
export const NOT_ITEM_PRICE_BOX = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:${classTokens(NOT_ITEM_PRICE_CLASS)}|${TOTAL_NOT_PRICE})${EDGE_AFTER}`,
);
/** A member tier's price (MEMBER_PRICE_CLASS), anywhere in the class string. */
export const MEMBER_PRICE_BOX = /* @__PURE__ */ lazy(() => classTokens(MEMBER_PRICE_CLASS));
/** A `data-<kind>-price` attribute's kind (lower-cased, whole) naming a former price, or a conditional one. */
export const DATA_PRICE_FORMER = /* @__PURE__ */ lazy(() => `^(?:${classTokens(DATA_PRICE_FORMER_KIND)})$`);
export const DATA_PRICE_CONDITIONAL = /* @__PURE__ */ lazy(() => `^(?:${classTokens(DATA_PRICE_CONDITIONAL_KIND)})$`);
/** The discounted price's own class, anywhere in the class string. */
export const DISCOUNTED_PRICE_BOX = /* @__PURE__ */ lazy(() => classTokens(DISCOUNTED_PRICE_CLASS));
/** The shop's class for the price to pay (the discounted price's too), anywhere in the class string. */
export const MAIN_PRICE_BOX = /* @__PURE__ */ lazy(() => classTokens(MAIN_PRICE_CLASS, DISCOUNTED_PRICE_CLASS));

/** `\b` before a markup word (ASCII word characters, as `\b` knows them; class names and ids are ASCII). */
const ASCII_WORD_START = '(?<![0-9A-Za-z_])';
/** A tile's struck-out, former, list or "compare at" price (its class, any case). */
export const TILE_OLD_PRICE = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:${classTokens(TILE_FORMER_CLASS)})${EDGE_AFTER}|${classTokens(TILE_STRUCK_CLASS)}`,
  'i',
);
/** A container of recommendations or a carousel (its tag, class and id, any case). */
export const CAROUSEL_BOX = /* @__PURE__ */ lazy(
  () => `${classTokens(CAROUSEL_CLASS)}|${ASCII_WORD_START}(?:${classTokens(CAROUSEL_PREFIX_CLASS)})`,
  'i',
);
/** A badge inside a tile's title (its class, any case). */
export const BADGE_BOX = /* @__PURE__ */ lazy(() => classTokens(BADGE_CLASS), 'i');
/** A spec table's label cell (its class, lower-cased by the page's markup or not: as written). */
export const LABEL_CELL_BOX = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:[a-z]+[-_])?(?:${classTokens(LABEL_CELL_CLASS)})${EDGE_AFTER}`,
);
/** A container of option pickers (its class, as written). */
export const OPTION_GROUP_BOX = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:${classTokens(OPTION_GROUP_CLASS)})${EDGE_AFTER}`,
);
/** A picker's option that cannot be chosen, by its class (lower-cased). */
export const UNAVAILABLE_OPTION = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:${classTokens(UNAVAILABLE_OPTION_CLASS)})${EDGE_AFTER}`,
);
/** A picker's chosen option, by its class (lower-cased). */
export const CHOSEN_OPTION = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:${classTokens(CHOSEN_OPTION_CLASS)})${EDGE_AFTER}`,
);
/** An option's ARIA role (the whole value, lower-cased). */
export const OPTION_ROLE = /* @__PURE__ */ lazy(() => `^(?:${classTokens(OPTION_ROLE_VALUE)})$`);
/** An element holding a tile's bare rating score (its class, any case). */
export const RATING_BOX = /* @__PURE__ */ lazy(() => classTokens(RATING_CLASS), 'i');

/** Plain tokens of one or more lists (no "-?" or "*" marks: they go into selectors). */
const selectorTokens = (...lists: WordList[]) => [...new Set(lists.flatMap((list) => Object.values(list).flat()))];
/** `[attr*="token" i]` for each token. */
const containing = (attr: string, list: WordList, tag = '') =>
  selectorTokens(list).map((t) => `${tag}[${attr}*="${t}" i]`);
/** The product heading: the h1, an element whose class names a product title, or itemprop="name". */
export const PRODUCT_TITLE_SELECTOR = [
  'h1',
  ...containing('class', PRODUCT_TITLE_CLASS_PART),
  '[itemprop="name"]',
].join(', ');
/** The product's add-to-cart controls, by markup. */
export const CART_CONTROL_SELECTOR = [
  ...selectorTokens(CART_FORM_CLASS).map((t) => `form.${t}`),
  ...containing('action', CART_FORM_ACTION_PART, 'form'),
  ...selectorTokens(ADD_TO_CART_NAME).map((t) => `[name="${t}"]`),
  ...selectorTokens(ADD_BUTTON_NAME).map((t) => `button[name="${t}"]`),
  ...containing('class', ADD_TO_CART_CLASS_PART),
  ...containing('id', ADD_TO_CART_ID_PART),
  ...selectorTokens(DATA_ACTION_ADD_PART).flatMap((add) =>
    selectorTokens(DATA_ACTION_CART_PART).map((cart) => `[data-action*="${add}" i][data-action*="${cart}" i]`),
  ),
].join(', ');

/** An overlay's box (the token may run on: "cookie-banner", "modalWindow"). */
export const OVERLAY_BOX = /* @__PURE__ */ lazy(() => `${EDGE_BEFORE}(?:${classTokens(OVERLAY_CLASS)})`);
/** The shop's logo or site name. */
export const LOGO_BOX = /* @__PURE__ */ lazy(() => `${EDGE_BEFORE}(?:${classTokens(LOGO_CLASS)})${EDGE_AFTER}`);
/** A box naming the brand (BRAND_CLASS), between class-name edges. */
export const BRAND_BOX = /* @__PURE__ */ lazy(() => `${EDGE_BEFORE}(?:${classTokens(BRAND_CLASS)})${EDGE_AFTER}`);
/** A product heading that is not an h1 (tested on the lower-cased string, anywhere). */
export const TITLE_BOX = /* @__PURE__ */ lazy(
  () =>
    `(?:${classTokens(TITLE_OWNER_CLASS)})[-_]?(?:${classTokens(TITLE_NOUN_CLASS)})|${classTokens(PRODUCT_HEADING_CLASS)}`,
);
/** A heading marked as the product's title. */
export const TITLE_HINT = /* @__PURE__ */ lazy(() => classTokens(TITLE_HINT_CLASS));

/** The page index's roles (any case, anywhere in the string). */
export const PRICE_ROLE = /* @__PURE__ */ lazy(() => classTokens(PRICE_ROLE_CLASS), 'i');
export const BREADCRUMB_ROLE = /* @__PURE__ */ lazy(() => classTokens(BREADCRUMB_ROLE_CLASS), 'i');
export const STOCK_ROLE = /* @__PURE__ */ lazy(() => classTokens(STOCK_ROLE_CLASS), 'i');
export const SPEC_ROLE = /* @__PURE__ */ lazy(() => classTokens(SPEC_ROLE_CLASS), 'i');
export const TITLE_ROLE = /* @__PURE__ */ lazy(() => classTokens(TITLE_ROLE_CLASS), 'i');
/** Any of the roles above but the title's: one test before the others. */
export const ANY_ROLE = /* @__PURE__ */ lazy(
  () => classTokens(PRICE_ROLE_CLASS, BREADCRUMB_ROLE_CLASS, STOCK_ROLE_CLASS, SPEC_ROLE_CLASS),
  'i',
);

/** A structured-data availability value (the whole value, lower-cased). */
export const SCHEMA_IN_STOCK_VALUE = /* @__PURE__ */ lazy(() => `^(?:${classTokens(SCHEMA_IN_STOCK)})$`);
export const SCHEMA_OUT_OF_STOCK_VALUE = /* @__PURE__ */ lazy(() => `^(?:${classTokens(SCHEMA_OUT_OF_STOCK)})$`);
/** A page state's stock value (squashed and lower-cased, anywhere): out of stock, or in stock. */
export const STATE_OUT_OF_STOCK_VALUE = /* @__PURE__ */ lazy(() => classTokens(STATE_OUT_OF_STOCK));
export const STATE_IN_STOCK_VALUE = /* @__PURE__ */ lazy(() => classTokens(STATE_IN_STOCK));
/** A free-text condition meaning used (lower-cased, at the start). */
export const USED_CONDITION_START = /* @__PURE__ */ lazy(() => `^(?:${classTokens(USED_CONDITION_VALUE)})`);
/** A brand that is a placeholder for none (the whole value, any case). */
export const NO_BRAND = /* @__PURE__ */ lazy(() => `^(?:${classTokens(NO_BRAND_VALUE)})$`, 'i');
/** A section heading's box (SECTION_HEADING_CLASS), any case. */
export const SECTION_HEADING_BOX = /* @__PURE__ */ lazy(
  () => `${EDGE_BEFORE}(?:${classTokens(SECTION_HEADING_CLASS)})${EDGE_AFTER}`,
  'i',
);
/** An offer price kind naming a list price (lower-cased, anywhere). */
export const LIST_PRICE_KIND_TEXT = /* @__PURE__ */ lazy(() => classTokens(LIST_PRICE_KIND));

/** Every list, for the tests (lowercase, no duplicates). */
export const CLASS_LISTS: Readonly<Record<string, WordList>> = {
  STRUCK_CLASS,
  FORMER_PRICE_CLASS,
  SAVINGS_CLASS,
  STATE_FLAG_CLASS,
  UNIT_PRICE_CLASS,
  HIDDEN_CLASS,
  ELSEWHERE_CLASS,
  BUY_BOX_CLASS,
  NOT_ITEM_PRICE_CLASS,
  MAIN_PRICE_CLASS,
  DISCOUNTED_PRICE_CLASS,
  MEMBER_PRICE_CLASS,
  SECTION_HEADING_CLASS,
  DATA_PRICE_FORMER_KIND,
  DATA_PRICE_CONDITIONAL_KIND,
  OVERLAY_CLASS,
  LOGO_CLASS,
  BRAND_CLASS,
  TITLE_OWNER_CLASS,
  TITLE_NOUN_CLASS,
  PRODUCT_HEADING_CLASS,
  TITLE_HINT_CLASS,
  PRICE_ROLE_CLASS,
  BREADCRUMB_ROLE_CLASS,
  STOCK_ROLE_CLASS,
  SPEC_ROLE_CLASS,
  TITLE_ROLE_CLASS,
  SCHEMA_IN_STOCK,
  SCHEMA_OUT_OF_STOCK,
  LIST_PRICE_KIND,
  STATE_OUT_OF_STOCK,
  STATE_IN_STOCK,
  USED_CONDITION_VALUE,
  NO_BRAND_VALUE,
  TILE_FORMER_CLASS,
  TILE_STRUCK_CLASS,
  CAROUSEL_CLASS,
  CAROUSEL_PREFIX_CLASS,
  BADGE_CLASS,
  RATING_CLASS,
  LABEL_CELL_CLASS,
  OPTION_GROUP_CLASS,
  UNAVAILABLE_OPTION_CLASS,
  CHOSEN_OPTION_CLASS,
  OPTION_ROLE_VALUE,
  PRODUCT_TITLE_CLASS_PART,
  CART_FORM_CLASS,
  CART_FORM_ACTION_PART,
  ADD_TO_CART_NAME,
  ADD_BUTTON_NAME,
  ADD_TO_CART_CLASS_PART,
  ADD_TO_CART_ID_PART,
  DATA_ACTION_ADD_PART,
  DATA_ACTION_CART_PART,
};
