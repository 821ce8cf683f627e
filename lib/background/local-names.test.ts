import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { LedgerDb } from '../ledger/db';
import { LocalNamesSchema } from '../messaging/protocol';
import { createLocalNames } from './local-names';
import { createRouter } from './router';

const shirts = { categoryId: 212, category: 'Apparel & Accessories > Clothing > Shirts & Tops' };
const table = (locale: string) => JSON.parse(readFileSync(`public/taxonomy/${locale}.json`, 'utf8')) as unknown;

describe('taxonomy names attached by the background', () => {
  it('names each estimate in the UI language, once read', async () => {
    let reads = 0;
    const namesFor = createLocalNames({ locale: 'de', loadTable: async (l) => (reads++, table(l)) });
    expect(await namesFor([shirts, { categoryId: null, category: null }])).toEqual([
      { category: 'Bekleidung & Accessoires > Bekleidung > Shirts & Tops' },
      null,
    ]);
    await namesFor([shirts]);
    expect(reads).toBe(1);
    expect(LocalNamesSchema.safeParse((await namesFor([shirts]))[0]).success).toBe(true);
  });

  it('attaches nothing in English, for an unknown id, or when the table cannot be read', async () => {
    const en = createLocalNames({ locale: 'en', loadTable: () => Promise.reject(new Error('not read in English')) });
    expect(await en([shirts])).toEqual([null]);
    expect(
      await createLocalNames({ locale: 'fr', loadTable: async (l) => table(l) })([{ ...shirts, categoryId: 1 }]),
    ).toEqual([null]);
    const logs: string[] = [];
    const broken = createLocalNames({
      locale: 'es',
      loadTable: () => Promise.reject(new Error('HTTP 404')),
      log: (m) => logs.push(m),
    });
    expect(await broken([shirts])).toEqual([null]);
    expect(logs).toEqual(['category names (es) unavailable: HTTP 404']);
    expect(await createLocalNames({ locale: 'de', loadTable: async () => ({ 212: 'bad' }) })([shirts])).toEqual([null]);
  });
});

describe('the estimate reply to a tab', () => {
  let db: LedgerDb | null = null;
  afterEach(() => db?.delete());

  it('carries the category path in the UI language', async () => {
    db = new LedgerDb(`ledger-${Math.random()}`);
    const handle = createRouter({
      ledger: db,
      extensionOrigin: 'chrome-extension://abc/',
      log: () => {},
      estimate: async (ps) =>
        ps.map(() => ({
          ...shirts,
          kgCO2e: 7,
          low: 2,
          high: 14,
          tier: 'C' as const,
          confidence: 1,
          method: 'test',
          factors: [],
          steps: [],
          flags: [],
          packVersion: 'test',
        })),
      localNames: createLocalNames({ locale: 'zh-CN', loadTable: async (l) => table(l) }),
    });
    const reply = await handle(
      { type: 'estimate', products: [{ title: 'T-Shirt' }] },
      { url: 'https://www.otto.de/p/x', tabId: 3 },
    );
    expect(reply.ok && 'estimates' in reply && reply.estimates[0].local).toEqual({
      category: '服饰 > 服装 > 春夏上衣',
    });
  });
});
