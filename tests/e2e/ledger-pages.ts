/**
 * Pages and data for the ledger's e2e (#14). The order page is the RECONSTRUCTED Shopware order
 * confirmation (tests/fixtures/reconstructed/shopware), two lines, one of quantity 2, served at an
 * OTTO checkout URL: a built-in shop's host, so the extension runs there without a permission
 * prompt (a test cannot accept one in Chromium). Its extraction there is the generic order path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/demo-pages';
import { storedProduct } from '../../lib/ledger/record';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/ledger/transfer';

export const ORDER_URL = 'https://www.otto.de/checkout/finish?orderId=0188b2c4d6e8';
export const ORDER_HTML = readFileSync(
  join(ROOT, 'tests/fixtures/reconstructed/shopware/finish-bestellbestaetigung.html'),
  'utf8',
);
export const ORDER_LINES = ['Tagesrucksack Alpin 28', 'Trinkflasche Edelstahl 0,75 l'];

/**
 * One purchase bought on 10 May 2024 (or on `day`) for 100 EUR, 12 kg, under Home & Garden: an
 * export the import message takes. `key` tells two such purchases apart.
 */
export function euroPurchaseExport(day = '2024-05-10', key = 'e2e-euro-purchase'): string {
  const at = `${day}T12:00:00.000Z`;
  const category = 'Home & Garden > Kitchen & Dining';
  const product = storedProduct({
    title: 'Cast iron casserole',
    url: 'https://www.otto.de/p/casserole-1',
    price: 100,
    currency: 'EUR',
  });
  const purchase = {
    id: 1,
    key,
    product,
    identity: 'otto.de|cast iron casserole',
    shop: 'otto.de',
    price: 100,
    currency: 'EUR',
    quantity: 1,
    condition: null,
    source: 'badge',
    orderId: null,
    status: 'active',
    purchasedAt: at,
    day,
    month: day.slice(0, 7),
    category,
    userCategory: null,
    estimate: {
      kgCO2e: 12,
      low: 6,
      high: 24,
      tier: 'C',
      category,
      categoryId: 1,
      confidence: 0.7,
      method: 'e2e',
      factors: [],
      steps: [],
      flags: [],
      packVersion: 'e2e',
    },
    kgCO2e: 12,
    low: 6,
    high: 24,
    tier: 'C',
    packVersion: 'e2e',
    estimatedAt: at,
    createdAt: at,
    updatedAt: at,
  };
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: at, purchases: [purchase] });
}

/** The same purchase bought today: it counts in this year's category breakdown. */
export const purchaseTodayExport = () =>
  euroPurchaseExport(new Date().toISOString().slice(0, 10), 'e2e-purchase-today');
