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
  aliexpress: [
    ['https://www.aliexpress.com/item/1005006123456789.html', 'product'],
    ['https://www.aliexpress.us/item/1005006123456789.html?spm=a2g0o', 'product'],
    ['https://www.aliexpress.com/w/wholesale-phone-case.html', 'listing'],
    ['https://www.aliexpress.com/p/order/index.html', null],
  ],
};
