/** eBay: search results (/sch/), browse pages (/b/), item pages (/itm/). */
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
import { withFields } from './product-base';
import { EBAY_PLACEHOLDER_TITLE_TEXT, EBAY_TITLE_LEAD_TEXT, NEW_TEXT, REFURBISHED_TEXT, USED_TEXT } from '../words';
import type { Matcher } from '../pattern';

const HOSTS = [
  'ebay.com',
  'ebay.co.uk',
  'ebay.de',
  'ebay.fr',
  'ebay.it',
  'ebay.es',
  'ebay.at',
  'ebay.ch',
  'ebay.nl',
  'ebay.be',
  'ebay.ie',
  'ebay.pl',
  'ebay.ca',
  'ebay.com.au',
];

export const isEbaySearch = (url: URL) => /^\/(?:sch|b)\//.test(url.pathname);
export const isEbayItem = (url: URL) => /^\/(?:itm|p)\//.test(url.pathname);

const TILE_SELECTORS = [
  // 2019-2024 results list; the first hidden "Shop on eBay" template item sits outside it.
  '.srp-results > li.s-item',
  // 2025+ card layout.
  '.srp-results > li.s-card',
  // Browse (/b/) pages.
  '.b-list__items_nofooter > li.s-item',
  'ul.brwrvr__item-results > li',
];
const TITLE = ['.s-item__title', '.s-card__title', 'h3', '.brwrvr__item-card__title'];
// "Neues Angebot" / "New listing" badges are printed inside the title.
const TITLE_NOISE = '.LIGHT_HIGHLIGHT, .clipped, .s-item__title--tagblock, .s-card__new-listing';
const PRICE = ['.s-item__price', '.s-card__price', '.bsig__price'];

function tileTitle(tile: Element): string | null {
  const el = firstText(tile, TITLE)?.el;
  if (!el) return null;
  let text = textOf(el);
  for (const n of Array.from(el.querySelectorAll(TITLE_NOISE))) {
    const noise = textOf(n);
    if (noise) text = text.replace(noise, ' ');
  }
  return cleanTitle(text);
}

/** One result card as an item (position left to listingFromPlan), or null for a template or placeholder. */
function readTile(tile: Element, url: URL, hints: MoneyHints): Omit<Item, 'position'> | null {
  const title = tileTitle(tile);
  if (!title || EBAY_PLACEHOLDER_TITLE_TEXT.test(title)) return null; // template / placeholder tile
  // "EUR 234,95 bis EUR 269,95" is a variant range: no single price.
  const money = firstPrice(tile, PRICE, hints);
  const href = (
    tile.querySelector('a.s-item__link') ??
    tile.querySelector('a.s-card__link') ??
    tile.querySelector('a[href*="/itm/"]')
  )?.getAttribute('href');
  const itemUrl = absoluteUrl(href, url)?.replace(/\?.*$/, '') ?? null;
  // eBay obfuscates its ad label (a hidden "Anzeige" on every tile, revealed by CSS on ads):
  // only a plainly visible label counts.
  return {
    title,
    price: money?.price ?? null,
    currency: money?.currency ?? null,
    url: itemUrl,
    quantity: quantityFromTitle(title),
    rating: readRating(tile),
    sponsored: hasAdLabel(tile),
  };
}

/** The result cards, each read on its own (the content script reads those near the viewport). */
function listingPlan(doc: Document, url: URL): TilePlan | null {
  let hints: MoneyHints | undefined;
  return cardsPlan(doc, TILE_SELECTORS, (tile) => readTile(tile, url, (hints ??= pageHints(doc, url))));
}

function listing(doc: Document, url: URL): { items: Item[]; anchors: (Element | null)[] } | null {
  const plan = listingPlan(doc, url);
  return plan && listingFromPlan(plan);
}

const ITEM_PRICE = ['.x-price-primary', '#prcIsum', '#mm-saleDscPrc', '.x-bin-price__content'];
const ITEM_CONDITION: [Matcher, Product['condition']][] = [
  [REFURBISHED_TEXT, 'refurbished'],
  [USED_TEXT, 'used'],
  [NEW_TEXT, 'new'],
];

function product(doc: Document, url: URL, generic: Product | null): Product | null {
  if (!generic) return null;
  const money = firstPrice(doc, ITEM_PRICE, pageHints(doc, url));
  const condText = textOf(doc.querySelector('.x-item-condition-text, #vi-itm-cond, .x-item-condition-value'), 100);
  const condition = ITEM_CONDITION.find(([re]) => re.test(condText))?.[1] ?? generic.condition;
  const title = cleanTitle(
    textOf(doc.querySelector('.x-item-title__mainTitle, h1.it-ttl')).replace(EBAY_TITLE_LEAD_TEXT, ''),
  );
  return withFields(generic, {
    title: title ?? generic.title,
    price: money?.price ?? generic.price,
    currency: money?.currency ?? generic.currency,
    condition,
  });
}

export const ebay: ShopAdapter = {
  id: 'ebay',
  matches: HOSTS.map((h) => `*://*.${h}/*`),
  detect(_doc: Document, url: URL): PageKind | null {
    if (isEbaySearch(url)) return 'listing';
    if (isEbayItem(url)) return 'product';
    return null;
  },
  product,
  listing,
  listingPlan,
  productAnchor: (doc) =>
    doc.querySelector('.x-price-primary, #prcIsum') ?? doc.querySelector('.x-item-title__mainTitle, h1'),
};
