/** A small, realistic ledger for the screenshots and the accessibility e2e (imported through the real import message). */
import { storedProduct } from '../../lib/ledger/record';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/ledger/transfer';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';

/** Default settings with a 20 kg monthly budget: the sample ledger's month is over it. */
export const OVER_BUDGET_SETTINGS: Settings = { ...DEFAULT_SETTINGS, budget: { period: 'month', kg: 20 } };

/** Title, shop, kg CO2e, category, how many times in the year: a year under the default budget. */
const ITEMS: [string, string, number, string, number][] = [
  ['Fairphone 4 5G, 256 GB', 'otto.de', 46, 'Electronics > Communications > Telephony', 1],
  ['Merino wool socks, 2 pairs', 'zalando.de', 3.2, 'Apparel & Accessories > Clothing', 4],
  ['Stainless steel electric kettle 1.7 l', 'zalando.de', 12, 'Home & Garden > Kitchen & Dining', 1],
  ['Organic cotton T-shirt', 'zalando.de', 6.5, 'Apparel & Accessories > Clothing', 3],
  ['Bounty paper towels, 12 rolls', 'amazon.com', 8.5, 'Home & Garden > Household Supplies', 5],
];

/** A typical ledger as an export: 14 purchases over the last 11 months in three categories, one returned. */
export function sampleLedgerExport(): string {
  const now = new Date();
  let next = 0;
  const purchases = ITEMS.flatMap(([title, shop, kg, category, times], i) =>
    Array.from({ length: times }, (_, k) => {
      const at = new Date(now.getFullYear(), now.getMonth() - ((i * 2 + k * 3) % 11), 3 + i, 12).toISOString();
      const id = ++next;
      return {
        id,
        key: `shot-${id}-key`,
        product: storedProduct({ title, url: `https://www.${shop}/p/${id}`, price: 20 + id, currency: 'EUR' }),
        identity: `${shop}|${title}-${k}`,
        shop,
        price: 20 + id,
        currency: 'EUR',
        quantity: 1,
        condition: null,
        source: 'badge',
        orderId: null,
        status: id === 5 ? 'returned' : 'active',
        purchasedAt: at,
        day: at.slice(0, 10),
        month: at.slice(0, 7),
        category,
        userCategory: null,
        estimate: {
          kgCO2e: kg,
          low: kg * 0.6,
          high: kg * 1.7,
          tier: 'B',
          category,
          categoryId: 1,
          confidence: 0.7,
          method: 'shots',
          factors: [],
          steps: [],
          flags: [],
          packVersion: 'shots',
        },
        kgCO2e: kg,
        low: kg * 0.6,
        high: kg * 1.7,
        tier: 'B',
        packVersion: 'shots',
        estimatedAt: at,
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), purchases });
}
