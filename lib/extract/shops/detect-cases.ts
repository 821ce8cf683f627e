/**
 * Test URLs for every adapter's page-kind detection, kept as data beside the adapters (the
 * registry meta-test fails when an adapter has none). null = let the generic detection decide.
 */
import type { PageKind } from '../types';
import { SPEC_DETECT_CASES } from './specs';

export const DETECT_CASES: Record<string, [url: string, kind: PageKind | null][]> = {
  // Shops declared as data carry their cases in their spec.
  ...SPEC_DETECT_CASES,
  amazon: [
    ['https://www.amazon.com/s?k=portable+charger', 'listing'],
    ['https://www.amazon.de/-/en/s?k=katzenfutter&page=2', 'listing'],
    ['https://www.amazon.de/gp/bestsellers/ce-de', 'listing'],
    ['https://www.amazon.com/b?node=16225009011', 'listing'],
    ['https://www.amazon.in/gp/aw/s?k=kurta', 'listing'],
    ['https://www.amazon.com/stores/Anker/page/1234', null],
    ['https://www.amazon.com/Best-Sellers-Tools-Home-Improvement/zgbs/hi', 'listing'],
    ['https://www.amazon.co.jp/gp/new-releases/electronics', 'listing'],
    ['https://www.amazon.com/gp/your-account/order-details?orderID=114-8722141-6545058', 'order'],
    ['https://www.amazon.com/your-orders/orders?timeFilter=year-2024', 'order'],
    ['https://www.amazon.co.uk/gp/css/order-history?ref_=nav_orders_first', 'order'],
    ['https://www.amazon.com/Gorilla-6012110-Black-2-Pack-Piece/dp/B00N150YS4', 'product'],
    ['https://www.amazon.in/gp/product/B0DR8G428S?psc=1', 'product'],
    ['https://www.amazon.fr/gp/cart/view.html', null],
    ['https://www.amazon.it/', null],
  ],
  ebay: [
    ['https://www.ebay.de/sch/i.html?_nkw=apple', 'listing'],
    ['https://www.ebay.com/b/Laptops-Netbooks/175672/bn_1648276', 'listing'],
    ['https://www.ebay.co.uk/itm/144278067683', 'product'],
    ['https://www.ebay.com/p/24295417', 'product'],
    ['https://www.ebay.de/mye/myebay/summary', null],
  ],
  walmart: [
    ['https://www.walmart.com/ip/Bounty-Paper-Towels/10315352', 'product'],
    ['https://www.walmart.com/search?q=paper+towels', 'listing'],
    ['https://www.walmart.com/browse/household-essentials/paper-towels/1115193_1025739', 'listing'],
    ['https://www.walmart.com/account/wmpurchasehistory', null],
  ],
  target: [
    ['https://www.target.com/p/stanley-40oz-quencher/-/A-87654321', 'product'],
    ['https://www.target.com/s?searchTerm=water+bottle', 'listing'],
    ['https://www.target.com/c/water-bottles-kitchen-dining/-/N-4y9zy', 'listing'],
    ['https://www.target.com/cart', null],
  ],
  bestbuy: [
    ['https://www.bestbuy.com/site/anker-power-bank/6644753.p?skuId=6644753', 'product'],
    ['https://www.bestbuy.com/product/samsung-magnetic-wireless-battery-pack-gray/JJGRF3RK8W/sku/6669029', 'product'],
    ['https://www.bestbuy.com/site/searchpage.jsp?st=portable+charger', 'listing'],
    [
      'https://www.bestbuy.com/site/cell-phone-accessories/portable-chargers/pcmcat1490990012.c?id=pcmcat1490990012',
      'listing',
    ],
    ['https://www.bestbuy.com/cart', null],
  ],
  etsy: [
    ['https://www.etsy.com/es/listing/550571276/el-original-he-y-hay-calabaza', 'product'],
    ['https://www.etsy.com/listing/550571276/doormat', 'product'],
    ['https://www.etsy.com/search?q=doormat', 'listing'],
    ['https://www.etsy.com/c/home-and-living', 'listing'],
    ['https://www.etsy.com/shop/OliveCreativeCompany', null],
  ],
  ikea: [
    ['https://www.ikea.com/us/en/p/kallax-shelf-unit-white-80275887/', 'product'],
    ['https://www.ikea.com/de/de/cat/buecherregale-10382/', 'listing'],
    ['https://www.ikea.com/de/de/search/?q=regal', 'listing'],
    ['https://www.ikea.com/de/de/rooms/', null],
  ],
  aliexpress: [
    ['https://www.aliexpress.com/item/1005006123456789.html', 'product'],
    ['https://www.aliexpress.us/item/1005006123456789.html?spm=a2g0o', 'product'],
    ['https://www.aliexpress.com/w/wholesale-phone-case.html', 'listing'],
    ['https://www.aliexpress.com/p/order/index.html', null],
  ],
};
