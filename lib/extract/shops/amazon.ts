/** Amazon: .com, .co.uk, .de, .fr, .es, .it, .co.jp, .in. */
import type { ShopAdapter } from '../adapter';
import type { PageKind, Product } from '../types';
import { cleanTitle, pageHints, priceFromText, priceTextOf, quantityFromTitle, textOf } from '../listing-tile';
import { amazonBrandRow, amazonDimensionsCm, amazonWeightKg, bulletWeightKg, detailRows } from './amazon-details';
import { amazonListing, amazonListingPlan } from './amazon-listing';
import { amazonOrder, isAmazonOrderDetails, isAmazonOrderHistory } from './amazon-order';
import { emptyProduct, withFields } from './product-base';
import { pageIds, within, type PageIds } from './page-ids';
import type { MoneyHints } from '../money';
import {
  AMAZON_AUTHOR_BYLINE,
  AMAZON_BACK_LINK as BACK_LINK,
  AMAZON_BRAND_BYLINE,
  AMAZON_IN_STOCK_TEXT as IN_STOCK,
  AMAZON_OUT_OF_STOCK_TEXT as OUT_OF_STOCK,
  AMAZON_STORE_BYLINE,
  AMAZON_UNIT_PRICE_AFTER,
} from '../words-facts';

const MARKETPLACES: [string, string][] = [
  ['amazon.com', 'USD'],
  ['amazon.co.uk', 'GBP'],
  ['amazon.de', 'EUR'],
  ['amazon.fr', 'EUR'],
  ['amazon.es', 'EUR'],
  ['amazon.it', 'EUR'],
  ['amazon.co.jp', 'JPY'],
  ['amazon.in', 'INR'],
];

/** Strip the UI-language prefix amazon.de & co. put before paths ("/-/en/s?k=..."). */
const path = (url: URL) => url.pathname.replace(/^\/-\/[a-z]{2}(?:_[A-Z]{2})?(?=\/)/, '');

/** Search (/s?k=), mobile search (/gp/aw/s), browse nodes (/b?node=, /b/...). */
export const isAmazonSearch = (url: URL) => /^\/(?:s|gp\/aw\/s|b)(?:\/|$)/.test(path(url));
export const isAmazonBestsellers = (url: URL) =>
  /^\/(?:gp\/(?:bestsellers|new-releases|movers-and-shakers|most-wished-for|most-gifted)|(?:[^/]+\/)?zgbs)(?:\/|$)/.test(
    path(url),
  );
export const isAmazonProduct = (url: URL) => /\/(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}(?:[/?]|$)/.test(path(url));

/** Buy-box price as [container id, selector inside it], ordered by page variant; the first readable wins. */
const BUY_BOX_PRICE: [string, string | undefined][] = [
  // 2023+ "apex" price block: the featured offer's price to pay comes first.
  ['corePriceDisplay_desktop_feature_div', '.priceToPay .a-offscreen'],
  ['corePrice_feature_div', '.a-price:not(.a-text-price) .a-offscreen'],
  ['apex_desktop', '.apexPriceToPay .a-offscreen'],
  ['corePrice_desktop', '.apexPriceToPay .a-offscreen'],
  // 2022 core price (some layouts mark the main price a-text-price).
  ['corePrice_feature_div', '.a-offscreen'],
  // Buy-box total ("tp" block), all 2021+ layouts.
  ['tp_price_block_total_price_ww', '.a-offscreen'],
  // 2019-2021 layouts.
  ['priceblock_dealprice', undefined],
  ['priceblock_saleprice', undefined],
  ['priceblock_ourprice', undefined],
  ['price_inside_buybox', undefined],
  ['newBuyBoxPrice', undefined],
  // Kindle e-books: the Kindle price (other formats' prices sit in the format swatches).
  ['kindle-price', undefined],
  // Books: the selected format swatch.
  ['tmmSwatches', '.a-button-selected .slot-price, .selected .slot-price'],
];
/** Struck-out list price, inside the price containers. */
const LIST_PRICE: [string, string | undefined][] = [
  [
    'corePriceDisplay_desktop_feature_div',
    '.basisPrice .a-offscreen, .a-text-price[data-a-strike="true"] .a-offscreen',
  ],
  ['corePrice_desktop', '.a-text-price[data-a-strike="true"] .a-offscreen'],
  ['price', '.priceBlockStrikePriceString'],
  ['listPrice', undefined],
];
/** Present when Amazon shows no buy box ("See all buying options"): any price on the page is another offer's. */
const NO_BUY_BOX = ['buybox-see-all-buying-choices', 'unqualifiedBuyBox', 'outOfStock', 'partialStateBuybox'];

/** "($0.50 / count)", "(2,69 €/kg)": a per-unit price next to the buy-box price. */
function isUnitPrice(el: Element): boolean {
  const box = el.closest('.a-price') ?? el;
  if (box.closest('.pricePerUnit, [data-a-size="mini"]')) return true;
  return AMAZON_UNIT_PRICE_AFTER.test(box.nextSibling?.textContent ?? '');
}

function firstIn(ids: PageIds, list: [string, string | undefined][], hints: MoneyHints, ranges: boolean) {
  for (const [id, sel] of list) {
    for (const el of within(ids, id, sel)) {
      if (ranges && el.closest('.a-price-range')) return 'range' as const; // "77,62 € - 170,00 €": no size chosen yet
      if (isUnitPrice(el)) continue;
      const money = priceFromText(priceTextOf(el), hints);
      if (money) return { el: el.closest('.a-price') ?? el, ...money };
    }
  }
  return null;
}

/**
 * The buy box's price, once per id map: within one extraction the product and anchor steps share
 * the map (sharingPageIds), so the second asks nothing of the page again.
 */
function buyBoxPrice(doc: Document, url: URL, ids: PageIds) {
  let box = buyBoxOf.get(ids);
  if (box === undefined) buyBoxOf.set(ids, (box = firstIn(ids, BUY_BOX_PRICE, pageHints(doc, url), true)));
  return box;
}
const buyBoxOf = new WeakMap<PageIds, ReturnType<typeof firstIn>>();

function brandFromByline(text: string): string | null {
  const m = AMAZON_STORE_BYLINE.exec(text) ?? AMAZON_BRAND_BYLINE.exec(text) ?? AMAZON_AUTHOR_BYLINE.exec(text);
  return cleanTitle(m?.[1] ?? null);
}

function asinOf(ids: PageIds, url: URL): string | null {
  const v = ids.get('ASIN')?.getAttribute('value');
  if (v && /^[A-Z0-9]{10}$/.test(v)) return v;
  return /\/(?:dp|gp\/product|gp\/aw\/d)\/([A-Z0-9]{10})/.exec(url.pathname)?.[1] ?? null;
}

function product(doc: Document, url: URL, generic: Product | null): Product | null {
  const ids = pageIds(doc);
  const base = generic ?? emptyProduct();
  const title = cleanTitle(textOf(ids.get('productTitle'))) ?? base.title;
  if (!title && !ids.has('dp') && !ids.has('ppd')) return generic;
  const asin = asinOf(ids, url);
  const rows = detailRows(ids);
  const box = buyBoxPrice(doc, url, ids);
  const noBuyBox = NO_BUY_BOX.some((id) => ids.has(id));
  const marketCurrency = MARKETPLACES.find(([h]) => url.hostname.endsWith(h))?.[1] ?? null;
  const price = box === 'range' ? null : box ? box.price : noBuyBox ? null : base.price;
  // Without a price (a size range, no buy box) the currency is the marketplace's: no generic amount's.
  const currency =
    box && box !== 'range'
      ? box.currency
      : price === null
        ? (marketCurrency ?? base.currency)
        : (base.currency ?? marketCurrency);
  const list = firstIn(ids, LIST_PRICE, pageHints(doc, url), false);
  const availText = textOf(ids.get('availability'), 300);
  // Amazon states stock only in #availability; elsewhere on its pages "in stock" belongs to other
  // offers or sizes, so without that line the answer is unknown.
  const availability = OUT_OF_STOCK.test(availText) ? 'OutOfStock' : IN_STOCK.test(availText) ? 'InStock' : null;
  const crumbs = within(ids, 'wayfinding-breadcrumbs_feature_div', 'li a')
    .map((a) => textOf(a))
    .filter((t) => t && !BACK_LINK.test(t));
  return withFields(base, {
    title,
    brand: cleanTitle(amazonBrandRow(rows)) ?? brandFromByline(textOf(ids.get('bylineInfo'), 200)) ?? base.brand,
    price,
    currency,
    // The buy box's price comes with the struck price of Amazon's own list-price blocks only: the
    // generic list price is the one struck next to the generic cascade's price, another amount's
    // where that is another offer's (and reading it would run the visible-price search).
    listPrice:
      list && list !== 'range' && price !== null && list.price > price
        ? list.price
        : price === null || box
          ? null
          : base.listPrice,
    availability,
    asin: asin ?? base.asin,
    // Amazon's own item number is the ASIN (shown as such in the details table).
    sku: asin ?? base.sku,
    category: crumbs.length ? crumbs : base.category.filter((c) => !BACK_LINK.test(c)),
    // Amazon titles state the pack the price buys ("(Pack of 2)"); that beats a generic "1".
    quantity: quantityFromTitle(title) ?? base.quantity,
    weightKg: amazonWeightKg(rows) ?? bulletWeightKg(ids) ?? base.weightKg,
    dimensionsCm: amazonDimensionsCm(rows) ?? base.dimensionsCm,
    url: asin ? new URL(`/dp/${asin}`, url).href : base.url,
  });
}

export const amazon: ShopAdapter = {
  id: 'amazon',
  matches: MARKETPLACES.map(([host]) => `*://*.${host}/*`),
  detect(doc: Document, url: URL): PageKind | null {
    if (isAmazonSearch(url) || isAmazonBestsellers(url)) return 'listing';
    if (isAmazonOrderDetails(url) || isAmazonOrderHistory(url)) return 'order';
    if (isAmazonProduct(url) || doc.querySelector('#productTitle')) return 'product';
    return null;
  },
  product,
  listing: amazonListing,
  listingPlan: amazonListingPlan,
  order: amazonOrder,
  productAnchor(doc: Document, url: URL): Element | null {
    const ids = pageIds(doc);
    const box = buyBoxPrice(doc, url, ids);
    if (box && box !== 'range') return box.el;
    return ids.get('corePrice_feature_div') ?? ids.get('corePrice_desktop') ?? ids.get('productTitle') ?? null;
  },
};
