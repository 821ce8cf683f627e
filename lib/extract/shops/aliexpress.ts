/**
 * AliExpress: item pages /item/<id>.html, search /w/wholesale-<query>.html. Class names are
 * build hashes ("multi--titleText--nXeOvyr"), so selectors match on their stable stem.
 */
import type { ShopAdapter } from '../adapter';
import type { Item, PageKind, Product } from '../types';
import {
  absoluteUrl,
  cleanTitle,
  firstPrice,
  firstText,
  hasAdLabel,
  pageHints,
  quantityFromTitle,
  readRating,
  textOf,
} from '../listing-tile';
import { cardsPlan, listingFromPlan, type TilePlan } from '../listing-plan';
import type { MoneyHints } from '../money';
import { emptyProduct } from './product-base';

export const isAliExpressItem = (url: URL) => /^\/item\/\d+\.html/.test(url.pathname);
export const isAliExpressSearch = (url: URL) => /^\/(?:w\/wholesale-|wholesale|category\/)/.test(url.pathname);

const TILE_TITLE = ['h3', '[class*="titleText"]', '[class*="item-title"]'];
const TILE_PRICE = ['[class*="price-sale"]', '[class*="price--current"]', '[class*="price-current"]'];

/** Search cards (2023+): one link per card around image, title and price. */
const TILE = 'a[href*="/item/"]';
const hasTitle = (a: Element) => !!a.querySelector(TILE_TITLE.join(', '));

/** One card as an item (position left to listingFromPlan), or null without a title. */
function readTile(tile: Element, url: URL, hints: MoneyHints): Omit<Item, 'position'> | null {
  const title = cleanTitle(firstText(tile, TILE_TITLE)?.text);
  if (!title) return null;
  const money = firstPrice(tile, TILE_PRICE, hints);
  return {
    title,
    price: money?.price ?? null,
    currency: money?.currency ?? null,
    url: absoluteUrl(tile.getAttribute('href'), url)?.replace(/\?.*$/, '') ?? null,
    quantity: quantityFromTitle(title),
    rating: readRating(tile),
    sponsored: hasAdLabel(tile),
  };
}

/** The search cards, each read on its own (the content script reads those near the viewport). */
function listingPlan(doc: Document, url: URL): TilePlan | null {
  let hints: MoneyHints | undefined;
  const plan = cardsPlan(doc, [TILE], (tile) => readTile(tile, url, (hints ??= pageHints(doc, url))), {
    keep: hasTitle,
  });
  return plan?.tiles.length ? plan : null;
}

function listing(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null {
  const plan = listingPlan(doc, url);
  return plan && listingFromPlan(plan);
}

/** Item page price by variant: 2023+ price block, then the 2020-22 one. */
const PRICE = [
  '.product-price-current',
  '[class*="price--current"]',
  '.product-price-value',
  '.uniform-banner-box-price',
];
/** The struck "original" price shown beside a discounted one. */
const LIST_PRICE = ['[class*="price--originalText"]', '.product-price-original', '.product-price-del'];

function product(doc: Document, url: URL, generic: Product | null): Product | null {
  const title = cleanTitle(textOf(doc.querySelector('h1[data-pl="product-title"], .product-title-text, h1')));
  if (!generic && !title) return null;
  const shown = firstPrice(doc, PRICE, pageHints(doc, url));
  const id = /^\/item\/(\d+)\.html/.exec(url.pathname)?.[1] ?? null;
  const base = generic ?? emptyProduct();
  const list = shown ? firstPrice(doc, LIST_PRICE, pageHints(doc, url)) : null;
  const listPrice =
    list && shown && list.currency === shown.currency && list.price > shown.price ? list.price : base.listPrice;
  return {
    ...base,
    title: title ?? base.title,
    price: shown?.price ?? base.price,
    currency: shown?.currency ?? base.currency,
    listPrice,
    sku: base.sku ?? id,
    url: base.url ?? (id ? new URL(`/item/${id}.html`, url).href : null),
  };
}

export const aliexpress: ShopAdapter = {
  id: 'aliexpress',
  matches: ['*://*.aliexpress.com/*', '*://*.aliexpress.us/*'],
  detect(_doc: Document, url: URL): PageKind | null {
    if (isAliExpressItem(url)) return 'product';
    if (isAliExpressSearch(url)) return 'listing';
    return null;
  },
  product,
  listing,
  listingPlan,
  productAnchor: (doc) => firstPrice(doc, PRICE, {})?.el ?? doc.querySelector('h1'),
};
