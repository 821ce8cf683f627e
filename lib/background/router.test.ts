import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Estimate } from '../estimate/schema';
import { LedgerDb } from '../ledger/db';
import { createRecordTokens, memoryTokenPersistence } from './record-tokens';
import { createRouter, type SenderFacts } from './router';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { BUILT_IN_SHOPS_OFF } from '../messaging/limits';

const ORIGIN = 'chrome-extension://abc/';
const popup: SenderFacts = { url: `${ORIGIN}popup.html` };
const tab: SenderFacts = { url: 'https://www.otto.de/p/x', tabId: 7 };

function estimateFor(title: string): Estimate {
  return {
    kgCO2e: title.length,
    low: title.length / 2,
    high: title.length * 2,
    tier: 'D',
    category: 'Apparel & Accessories',
    categoryId: 166,
    confidence: 0.8,
    method: 'test',
    factors: [],
    steps: [],
    flags: [],
    packVersion: 'test',
  };
}

/** Estimates `product` for `sender` and returns the record token that came with it. */
async function tokenFor(
  handle: ReturnType<typeof createRouter>,
  product: Record<string, unknown>,
  sender: SenderFacts = tab,
): Promise<string> {
  const reply = await handle({ type: 'estimate', products: [product] }, sender);
  if (!reply.ok || !('estimates' in reply)) throw new Error('estimate failed');
  return reply.estimates[0].recordToken!;
}

describe('background router', () => {
  let db: LedgerDb;
  let logs: string[];
  let handle: ReturnType<typeof createRouter>;

  beforeEach(() => {
    db = new LedgerDb(`ledger-${Math.random()}`);
    logs = [];
    handle = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: (m) => logs.push(m),
      estimate: async (ps) => ps.map((p) => estimateFor(p.title)),
      now: () => new Date('2026-11-29T10:00:00Z'),
    });
  });
  afterEach(() => db.delete());

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'purchase.wipe' }],
    [
      'missing product title',
      { type: 'purchase.record', key: 'k-12345678', product: {}, quantity: 1, source: 'badge' },
    ],
    ['negative price', { type: 'estimate', products: [{ title: 'x', price: -5 }] }],
    [
      'NaN quantity',
      { type: 'purchase.record', key: 'k-12345678', product: { title: 'x' }, quantity: NaN, source: 'badge' },
    ],
    ['prototype pollution', JSON.parse('{"type":"estimate","products":[{"title":"x","__proto__":{"polluted":1}}]}')],
  ])('rejects a message with the wrong shape (%s), logs why and writes nothing', async (_name, msg) => {
    const reply = await handle(msg, tab);
    if (_name === 'prototype pollution') {
      // Zod strips the unknown key; the request is otherwise valid.
      expect(reply.ok).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      return;
    }
    expect(reply.ok).toBe(false);
    expect(logs.join('\n')).toMatch(/rejected/);
    expect(await db.purchases.count()).toBe(0);
  });

  it('estimates a batch', async () => {
    const reply = await handle({ type: 'estimate', products: [{ title: 'abc' }, { title: 'abcd' }] }, tab);
    expect(reply).toMatchObject({ ok: true, estimates: [{ kgCO2e: 3 }, { kgCO2e: 4 }] });
  });

  describe("a product page's facts (estimate.facts)", () => {
    const ld = (json: object) => JSON.stringify({ '@context': 'https://schema.org', ...json });
    const facts = (over: Record<string, unknown> = {}) => ({
      url: 'https://shop.example.com/p/kettle-1',
      ld: [
        ld({
          '@type': 'Product',
          name: 'Steel kettle 1.7 l',
          offers: { price: '39.90', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
        }),
      ],
      metas: [],
      microdata: null,
      nextData: null,
      titleText: 'Steel kettle 1.7 l',
      docTitle: 'Steel kettle | Shop',
      canonical: null,
      lang: 'en',
      pairs: [['Weight', '1.2 kg']],
      crumbs: ['Home', 'Kitchen', 'Kettles'],
      shown: null,
      itemId: { value: null },
      priceDigits: { current: ['3990'], former: [] },
      ...over,
    });
    const site = { url: 'https://shop.example.com/p/kettle-1', tabId: 9 };

    it('reads the product from the facts and answers it with its estimate and a record token that records it', async () => {
      const reply = await handle({ type: 'estimate.facts', facts: facts() }, site);
      expect(reply).toMatchObject({
        ok: true,
        kind: 'product',
        product: {
          title: 'Steel kettle 1.7 l',
          price: 39.9,
          currency: 'EUR',
          weightKg: 1.2,
          category: ['Kitchen', 'Kettles'],
        },
        estimate: { kgCO2e: 'Steel kettle 1.7 l'.length },
      });
      if (!reply.ok || !('kind' in reply) || reply.kind !== 'product') throw new Error('no product');
      const recorded = await handle(
        {
          type: 'purchase.record',
          key: 'badge-facts-0001',
          recordToken: reply.estimate.recordToken!,
          product: reply.product,
          quantity: 1,
          source: 'badge',
        },
        site,
      );
      expect(recorded).toMatchObject({ ok: true, created: true });
    });

    it('hands a page that declares nothing, or shows its price only in its text, to the whole extraction', async () => {
      const undeclared = facts({ ld: [] });
      expect(await handle({ type: 'estimate.facts', facts: undeclared }, site)).toEqual({
        ok: true,
        kind: 'undecided',
      });
      const noPrice = facts({ ld: [ld({ '@type': 'Product', name: 'Steel kettle 1.7 l' })] });
      expect(await handle({ type: 'estimate.facts', facts: noPrice }, site)).toEqual({ ok: true, kind: 'undecided' });
      const listing = facts({
        ld: [ld({ '@type': 'ItemList', itemListElement: [{ '@type': 'Product', name: 'x' }] })],
      });
      expect(await handle({ type: 'estimate.facts', facts: listing }, site)).toEqual({ ok: true, kind: 'undecided' });
    });

    it('hands the shops whose product needs code to the whole extraction', async () => {
      const amazon = facts({ url: 'https://www.amazon.de/dp/B000000000' });
      expect(await handle({ type: 'estimate.facts', facts: amazon }, tab)).toEqual({ ok: true, kind: 'undecided' });
    });

    it('rejects facts over their bounds, and broken JSON-LD gives no product rather than an error', async () => {
      const long = facts({ titleText: 'x'.repeat(401) });
      expect(await handle({ type: 'estimate.facts', facts: long }, site)).toMatchObject({ ok: false });
      const many = facts({ pairs: Array.from({ length: 10_001 }, () => ['a', 'b']) });
      expect(await handle({ type: 'estimate.facts', facts: many }, site)).toMatchObject({ ok: false });
      const broken = facts({ ld: ['{"@type": "Product", "name": '] });
      expect(await handle({ type: 'estimate.facts', facts: broken }, site)).toEqual({ ok: true, kind: 'undecided' });
      expect(await db.purchases.count()).toBe(0);
    });
  });

  it('records a purchase once per key, with the background estimate times the quantity', async () => {
    const product = { title: 'Wool socks', price: 12, currency: 'EUR', url: 'https://www.otto.de/p/socks' };
    const msg = {
      type: 'purchase.record',
      key: 'badge-1234567890',
      recordToken: await tokenFor(handle, product),
      product,
      quantity: 2,
      source: 'badge',
    };
    const first = await handle(msg, tab);
    const again = await handle(msg, tab);
    expect(first).toEqual({ ok: true, created: true });
    // An existing key answers that nothing was made, and nothing else: no stored record to read.
    expect(again).toEqual({ ok: true, created: false });
    expect(await db.purchases.count()).toBe(1);
    const list = await handle({ type: 'purchase.list' }, popup);
    expect(list).toMatchObject({
      ok: true,
      count: 1,
      purchases: [
        { kgCO2e: 20, quantity: 2, shop: 'otto.de', month: '2026-11', product: { title: 'Wool socks', price: 12 } },
      ],
    });
    expect(await handle({ type: 'ledger.overview' }, popup)).toMatchObject({
      ok: true,
      months: [{ month: '2026-11', kg: 20, count: 1 }],
    });
  });

  it('gives record tokens only to web page tabs, one per estimate', async () => {
    const fromTab = await handle({ type: 'estimate', products: [{ title: 'a' }, { title: 'b' }] }, tab);
    const fromPopup = await handle({ type: 'estimate', products: [{ title: 'a' }] }, popup);
    const fromPrivate = await handle({ type: 'estimate', products: [{ title: 'a' }] }, { ...tab, incognito: true });
    if (
      !fromTab.ok ||
      !('estimates' in fromTab) ||
      !fromPopup.ok ||
      !('estimates' in fromPopup) ||
      !fromPrivate.ok ||
      !('estimates' in fromPrivate)
    )
      throw new Error('estimate failed');
    const [t1, t2] = fromTab.estimates.map((e) => e.recordToken);
    expect(t1).toMatch(/^[\w-]+\.[\w-]+$/);
    expect(t1).not.toBe(t2);
    expect(fromPopup.estimates[0].recordToken).toBeUndefined();
    expect(fromPrivate.estimates[0].recordToken).toBeUndefined();
  });

  describe('refuses a record that the background did not estimate for that tab, and writes nothing', () => {
    const product = { title: 'Wool socks', price: 12, url: 'https://www.otto.de/p/socks' };
    const record = (over: Record<string, unknown>) => ({
      type: 'purchase.record',
      key: `k-${Math.random()}`,
      product,
      quantity: 1,
      source: 'badge',
      ...over,
    });
    const cases: [string, (t: string) => [unknown, SenderFacts]][] = [
      ['a made-up token', () => [record({ recordToken: 'eyJhIjoxfQ.c2lnbmF0dXJl' }), tab]],
      ['a token for another product', (t) => [record({ recordToken: t, product: { ...product, price: 1 } }), tab]],
      ['a token from another tab', (t) => [record({ recordToken: t }), { ...tab, tabId: 8 }]],
      [
        'a token used on another site',
        (t) => [
          record({ recordToken: t, product: { ...product, url: 'https://evil.example/p' } }),
          { url: 'https://evil.example/', tabId: 7 },
        ],
      ],
      [
        'a product on another site than the tab',
        (t) => [record({ recordToken: t, product: { ...product, url: 'https://evil.example/p' } }), tab],
      ],
      [
        'a javascript: product URL',
        (t) => [record({ recordToken: t, product: { ...product, url: 'javascript:alert(1)' } }), tab],
      ],
      [
        'a sender that is not an http(s) page',
        (t) => [record({ recordToken: t }), { url: 'file:///tmp/x.html', tabId: 7 }],
      ],
      ['an extension page', (t) => [record({ recordToken: t }), popup]],
      ['a private window', (t) => [record({ recordToken: t }), { ...tab, incognito: true }]],
      ['a price above the cap', (t) => [record({ recordToken: t, product: { ...product, price: 99_999_999 } }), tab]],
      ['a quantity above the cap', (t) => [record({ recordToken: t, quantity: 999 }), tab]],
    ];
    it.each(cases)('%s', async (_name, make) => {
      const [msg, sender] = make(await tokenFor(handle, product));
      expect(await handle(msg, sender)).toMatchObject({ ok: false });
      expect(await db.purchases.count()).toBe(0);
    });
  });

  it('a token is spent by the record it made, expires, and outlives a worker restart', async () => {
    const tokens = createRecordTokens(memoryTokenPersistence());
    let clock = new Date('2026-11-29T10:00:00Z');
    const make = () =>
      createRouter({
        ledger: db,
        extensionOrigin: ORIGIN,
        log: () => {},
        estimate: async (ps) => ps.map((p) => estimateFor(p.title)),
        now: () => clock,
        tokens,
      });
    const product = { title: 'Lamp', url: 'https://www.otto.de/p/lamp' };
    const first = make();
    const token = await tokenFor(first, product);
    // A restarted worker (a new router over the same session storage) still honours it.
    const restarted = make();
    expect(
      await restarted(
        { type: 'purchase.record', key: 'k-first-123', recordToken: token, product, quantity: 1, source: 'badge' },
        tab,
      ),
    ).toEqual({ ok: true, created: true });
    expect(
      await restarted(
        {
          type: 'purchase.record',
          key: 'k-second-12',
          recordToken: token,
          product,
          quantity: 1,
          source: 'badge',
          allowSameDay: true,
        },
        tab,
      ),
    ).toMatchObject({ ok: false, error: /spent/ });
    const late = await tokenFor(restarted, { ...product, title: 'Chair' });
    clock = new Date(clock.getTime() + 31 * 60_000);
    // The routers share the tokens' clock only through `now`; expiry uses the tokens' own clock.
    const expiring = createRecordTokens(memoryTokenPersistence(), { now: () => clock.getTime() });
    const r = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      estimate: async (ps) => ps.map((p) => estimateFor(p.title)),
      tokens: expiring,
    });
    clock = new Date('2026-11-29T10:00:00Z');
    const t2 = await tokenFor(r, { ...product, title: 'Chair' });
    clock = new Date(clock.getTime() + 31 * 60_000);
    expect(
      await r(
        {
          type: 'purchase.record',
          key: 'k-chair-123',
          recordToken: t2,
          product: { ...product, title: 'Chair' },
          quantity: 1,
          source: 'badge',
        },
        tab,
      ),
    ).toMatchObject({ ok: false, error: /expired/ });
    expect(late).toBeTruthy();
    expect(await db.purchases.count()).toBe(1);
  });

  it('the same product on the same day asks first, and records again when the user says so', async () => {
    const product = { title: 'Wool socks', url: 'https://www.otto.de/p/socks' };
    const rec = async (key: string, extra: Record<string, unknown> = {}) =>
      handle(
        {
          type: 'purchase.record',
          key,
          recordToken: await tokenFor(handle, product),
          product,
          quantity: 1,
          source: 'badge',
          ...extra,
        },
        tab,
      );
    expect(await rec('k-one-12345')).toEqual({ ok: true, created: true });
    const token = await tokenFor(handle, product);
    const again = {
      type: 'purchase.record',
      key: 'k-two-12345',
      recordToken: token,
      product,
      quantity: 1,
      source: 'badge',
    };
    expect(await handle(again, tab)).toEqual({ ok: true, created: false, reason: 'same-day' });
    // The question did not spend the token: the confirmed resend uses it.
    expect(await handle({ ...again, allowSameDay: true }, tab)).toEqual({ ok: true, created: true });
    expect(await db.purchases.count()).toBe(2);
  });

  it('limits how fast one tab can record', async () => {
    handle = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      estimate: async (ps) => ps.map((p) => estimateFor(p.title)),
      recordRate: { capacity: 3, perSecond: 0 },
    });
    const replies = [];
    for (let i = 0; i < 5; i++) {
      const product = { title: `Item ${i}`, url: 'https://www.otto.de/p/x' };
      replies.push(
        await handle(
          {
            type: 'purchase.record',
            key: `k-rate-${i}-1234`,
            recordToken: await tokenFor(handle, product),
            product,
            quantity: 1,
            source: 'badge',
          },
          tab,
        ),
      );
    }
    expect(replies.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    // Another tab has its own bucket.
    const product = { title: 'Other tab', url: 'https://www.otto.de/p/y' };
    const other = { ...tab, tabId: 9 };
    expect(
      await handle(
        {
          type: 'purchase.record',
          key: 'k-rate-other',
          recordToken: await tokenFor(handle, product, other),
          product,
          quantity: 1,
          source: 'badge',
        },
        other,
      ),
    ).toEqual({ ok: true, created: true });
  });

  it('lets only extension pages read or change the ledger', async () => {
    expect(await handle({ type: 'purchase.list' }, tab)).toMatchObject({ ok: false });
    expect(await handle({ type: 'purchase.remove', id: 1 }, { url: 'https://evil.example/' })).toMatchObject({
      ok: false,
    });
    expect(await handle({ type: 'purchase.list' }, popup)).toMatchObject({ ok: true, purchases: [] });
    // The popup opened in a tab is still an extension page.
    expect(await handle({ type: 'purchase.list' }, { ...popup, tabId: 3 })).toMatchObject({ ok: true });
  });

  it('removes a purchase and reports the total without it', async () => {
    const product = { title: 'Lamp' };
    await handle(
      {
        type: 'purchase.record',
        key: 'badge-abcdefgh',
        recordToken: await tokenFor(handle, product),
        product,
        quantity: 1,
        source: 'badge',
      },
      tab,
    );
    const [stored] = await db.purchases.toArray();
    expect(await handle({ type: 'purchase.remove', id: stored.id }, popup)).toMatchObject({
      ok: true,
      removed: { id: stored.id },
    });
    expect(await handle({ type: 'ledger.overview' }, popup)).toMatchObject({
      months: [],
      recent: [],
      settings: DEFAULT_SETTINGS,
    });
  });

  it('answers the overview with the stored settings, so the popup needs no parser of its own', async () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      locale: 'de-DE',
      budget: { period: 'month' as const, kg: 20 },
      theme: 'dark' as const,
    };
    const withSettings = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      estimate: async () => [],
      settings: async () => settings,
    });
    expect(await withSettings({ type: 'ledger.overview' }, popup)).toMatchObject({ ok: true, settings });
    const broken = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      estimate: async () => [],
      settings: () => Promise.reject(new Error('storage gone')),
    });
    expect(await broken({ type: 'ledger.overview' }, popup)).toMatchObject({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it("answers the totals alone (month rows and settings) for the popup's first paint", async () => {
    const product = { title: 'Lamp' };
    await handle(
      {
        type: 'purchase.record',
        key: 'badge-totals01',
        recordToken: await tokenFor(handle, product),
        product,
        quantity: 2,
        source: 'badge',
      },
      tab,
    );
    const reply = await handle({ type: 'ledger.totals' }, popup);
    expect(reply).toEqual({
      ok: true,
      months: [expect.objectContaining({ month: '2026-11', kg: 8, count: 1 })],
      settings: DEFAULT_SETTINGS,
    });
    expect(await handle({ type: 'ledger.totals' }, tab)).toMatchObject({ ok: false });
  });

  it('sends the exchange rates of the shown purchases when a display currency is set, none otherwise', async () => {
    const asked: string[][] = [];
    const make = (currency: string | null) =>
      createRouter({
        ledger: db,
        extensionOrigin: ORIGIN,
        log: () => {},
        now: () => new Date('2026-11-29T10:00:00Z'),
        estimate: async (ps) => ps.map((p) => estimateFor(p.title)),
        settings: async () => ({ ...DEFAULT_SETTINGS, currency }),
        fxRates: async (cs) => (
          asked.push([...cs].sort()),
          Object.fromEntries(cs.map((c) => [c, { '2026': c === 'EUR' ? 1.1 : 1.3 }]))
        ),
      });
    const withGbp = make('GBP');
    const product = { title: 'Kettle', price: 30, currency: 'EUR', url: 'https://www.otto.de/p/k' };
    await withGbp(
      {
        type: 'purchase.record',
        key: 'badge-fx000001',
        recordToken: await tokenFor(withGbp, product),
        product,
        quantity: 1,
        source: 'badge',
      },
      tab,
    );
    expect(await withGbp({ type: 'ledger.overview' }, popup)).toMatchObject({
      ok: true,
      fx: { EUR: { '2026': 1.1 }, GBP: { '2026': 1.3 } },
    });
    expect(await withGbp({ type: 'purchase.list' }, popup)).toMatchObject({ ok: true, fx: { EUR: { '2026': 1.1 } } });
    expect(asked[0]).toEqual(['EUR', 'GBP']);
    expect(await make(null)({ type: 'ledger.overview' }, popup)).toMatchObject({ ok: true, fx: {} });
    expect(asked).toHaveLength(2);
  });

  it('estimates a purchase at its own date: when recorded, re-estimated, and when the user moves its date', async () => {
    const dates: (string | null | undefined)[] = [];
    const dated = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      now: () => new Date('2026-11-29T10:00:00Z'),
      packVersion: async () => 'p2',
      estimate: async (ps) =>
        ps.map(
          (p) => (
            dates.push(p.date),
            { ...estimateFor(p.title), kgCO2e: p.date?.startsWith('2024') ? 50 : 10, packVersion: 'p1' }
          ),
        ),
    });
    const product = { title: 'Desk', price: 200, currency: 'EUR' };
    await dated(
      {
        type: 'purchase.record',
        key: 'badge-date0001',
        recordToken: await tokenFor(dated, product),
        product,
        quantity: 1,
        source: 'badge',
      },
      tab,
    );
    expect(dates.at(-1)).toBe('2026-11-29');
    const [p] = await db.purchases.toArray();
    expect(p.kgCO2e).toBe(10);
    expect(await dated({ type: 'purchase.edit', id: p.id, edit: { day: '2024-03-15' } }, popup)).toMatchObject({
      ok: true,
      purchase: { day: '2024-03-15', kgCO2e: 50 },
    });
    expect(dates.at(-1)).toBe('2024-03-15');
    expect(await dated({ type: 'ledger.totals' }, popup)).toMatchObject({ months: [{ month: '2024-03', kg: 50 }] });
    // A quantity edit keeps the estimate: nothing re-estimated behind the user's back.
    const n = dates.length;
    await dated({ type: 'purchase.edit', id: p.id, edit: { quantity: 2 } }, popup);
    expect(dates).toHaveLength(n);
    // The explicit re-estimate (pack p2 is newer) keeps the purchase's own date too.
    await dated({ type: 'reestimate.apply' }, popup);
    expect(dates.at(-1)).toBe('2024-03-15');
  });

  it('estimates and records nothing on a built-in shop while built-in shops are off; user sites still work', async () => {
    let builtInShops = false;
    const h = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      estimate: async (ps) => ps.map((p) => estimateFor(p.title)),
      settings: async () => ({ ...DEFAULT_SETTINGS, builtInShops }),
      builtInShopPatterns: ['*://*.otto.de/*'],
    });
    const product = { title: 'Lamp' };
    expect(await h({ type: 'estimate', products: [product] }, tab)).toEqual({ ok: false, error: BUILT_IN_SHOPS_OFF });
    const userSite = { url: 'https://shop.example.com/p/1', tabId: 8 };
    expect(await h({ type: 'estimate', products: [product] }, userSite)).toMatchObject({ ok: true });
    builtInShops = true;
    const token = await tokenFor(h, product);
    builtInShops = false;
    expect(
      await h(
        { type: 'purchase.record', key: 'badge-abcdefgh', recordToken: token, product, quantity: 1, source: 'badge' },
        tab,
      ),
    ).toEqual({ ok: false, error: BUILT_IN_SHOPS_OFF });
    expect(await db.purchases.count()).toBe(0);
    builtInShops = true;
    expect(
      await h(
        { type: 'purchase.record', key: 'badge-abcdefgh', recordToken: token, product, quantity: 1, source: 'badge' },
        tab,
      ),
    ).toMatchObject({ ok: true, created: true });
  });

  it('keeps unknown estimates out of the total and counts them', async () => {
    handle = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      estimate: async (ps) =>
        ps.map(() => ({ ...estimateFor(''), kgCO2e: null, low: null, high: null, tier: 'unknown' as const })),
    });
    const product = { title: 'Mystery' };
    await handle(
      {
        type: 'purchase.record',
        key: 'badge-unknown1',
        recordToken: await tokenFor(handle, product),
        product,
        quantity: 1,
        source: 'badge',
      },
      tab,
    );
    expect(await handle({ type: 'ledger.overview' }, popup)).toMatchObject({
      months: [{ kg: 0, unknown: 1, count: 1 }],
    });
  });

  it('lets no web page tab read, change, export, import or erase the ledger', async () => {
    const msgs = [
      { type: 'ledger.overview' },
      { type: 'purchase.list' },
      { type: 'purchase.edit', id: 1, edit: { quantity: 2 } },
      { type: 'purchase.remove', id: 1 },
      { type: 'reestimate.preview' },
      { type: 'reestimate.apply' },
      { type: 'ledger.export' },
      { type: 'ledger.import', text: '{}' },
      { type: 'ledger.erase' },
    ];
    for (const m of msgs)
      expect(await handle(m, tab), m.type).toMatchObject({ ok: false, error: 'not allowed from this sender' });
  });

  it('records even when the factor database is broken, and re-estimates when the user asks', async () => {
    let broken = true;
    let pack = 'p2';
    handle = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      now: () => new Date('2026-11-29T10:00:00Z'),
      packVersion: async () => pack,
      estimate: async (ps) => {
        if (broken) throw new Error('factor cache: UnknownError');
        return ps.map((p) => ({ ...estimateFor(p.title), packVersion: pack }));
      },
    });
    const product = { title: 'Kettle', url: 'https://www.otto.de/p/kettle' };
    // The token comes with an estimate; here from a healthy moment, then the factor database breaks.
    broken = false;
    const recordToken = await tokenFor(handle, product);
    broken = true;
    expect(
      await handle(
        { type: 'purchase.record', key: 'k-kettle-123', recordToken, product, quantity: 2, source: 'badge' },
        tab,
      ),
    ).toEqual({ ok: true, created: true });
    expect(await handle({ type: 'ledger.overview' }, popup)).toMatchObject({
      months: [{ count: 1, unknown: 1 }],
      stale: 1,
    });
    broken = false;
    expect(await handle({ type: 'reestimate.preview' }, popup)).toMatchObject({
      ok: true,
      count: 1,
      oldKg: 0,
      newKg: 12,
      oldUnknown: 1,
      newUnknown: 0,
    });
    // The preview changed nothing.
    expect(await handle({ type: 'ledger.overview' }, popup)).toMatchObject({ months: [{ unknown: 1 }], stale: 1 });
    expect(await handle({ type: 'reestimate.apply' }, popup)).toMatchObject({ ok: true, updated: 1 });
    expect(await handle({ type: 'ledger.overview' }, popup)).toMatchObject({
      months: [{ kg: 12, unknown: 0 }],
      stale: 0,
    });
    // A newer pack makes it stale again; nothing changes until the user applies it.
    pack = 'p3';
    expect(await handle({ type: 'ledger.overview' }, popup)).toMatchObject({
      months: [{ kg: 12 }],
      stale: 1,
      packVersion: 'p3',
    });
  });

  it('says so in words when the storage is full, and reports nothing as saved', async () => {
    const product = { title: 'Rug', url: 'https://www.otto.de/p/rug' };
    const recordToken = await tokenFor(handle, product);
    const full = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const add = db.purchases.add.bind(db.purchases);
    db.purchases.add = () => Promise.reject(full) as never;
    const reply = await handle(
      { type: 'purchase.record', key: 'k-rug-12345', recordToken, product, quantity: 1, source: 'badge' },
      tab,
    );
    db.purchases.add = add;
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/storage for Embodied is full/) });
    expect(await db.purchases.count()).toBe(0);
    // The token was not spent: the user can try again.
    expect(
      await handle(
        { type: 'purchase.record', key: 'k-rug-12345', recordToken, product, quantity: 1, source: 'badge' },
        tab,
      ),
    ).toEqual({ ok: true, created: true });
  });
});

describe('background router: corrections', () => {
  const product = { title: 'Winter jacket', url: 'https://www.otto.de/p/x?utm=1', sku: 'J1', weightKg: 2 };
  let db: LedgerDb;
  let seen: Record<string, unknown>[];
  let handle: ReturnType<typeof createRouter>;

  beforeEach(() => {
    db = new LedgerDb(`ledger-${Math.random()}`);
    seen = [];
    handle = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      // The figure follows the weight, so a corrected weight shows in the number.
      estimate: async (ps) =>
        ps.map((p) => (seen.push({ ...p }), { ...estimateFor(p.title), kgCO2e: (p.weightKg ?? 0) * 10 })),
    });
  });
  afterEach(() => db.delete());

  it('a set correction re-estimates at once and is used by later estimates of that product', async () => {
    const set = await handle(
      { type: 'correction.set', product, correction: { weightKg: 0.5, condition: 'used' } },
      tab,
    );
    expect(set).toMatchObject({ ok: true, estimate: { kgCO2e: 5, corrected: { weightKg: 0.5, condition: 'used' } } });
    expect(seen.at(-1)).toMatchObject({ weightKg: 0.5, condition: 'used' });
    // Another URL of the same item (same host and id) gets the correction too.
    const again = await handle({ type: 'estimate', products: [{ ...product, url: 'https://otto.de/other' }] }, tab);
    expect(again).toMatchObject({ ok: true, estimates: [{ kgCO2e: 5, corrected: { weightKg: 0.5 } }] });
    expect(await handle({ type: 'correction.get', product }, tab)).toEqual({
      ok: true,
      correction: { weightKg: 0.5, condition: 'used' },
    });
    // A category correction reaches the estimator as the page's Google category.
    await handle(
      { type: 'correction.set', product, correction: { category: 'Apparel & Accessories > Clothing' } },
      tab,
    );
    expect(seen.at(-1)).toMatchObject({ googleCategory: 'Apparel & Accessories > Clothing', weightKg: 2 });
    // Reset: the page's own facts again, no "corrected by you".
    const reset = await handle({ type: 'correction.set', product, correction: null }, tab);
    expect(reset).toMatchObject({ ok: true, estimate: { kgCO2e: 20 } });
    expect((reset as { estimate: object }).estimate).not.toHaveProperty('corrected');
  });

  it('the record token still matches the product as the page shows it', async () => {
    await handle({ type: 'correction.set', product, correction: { weightKg: 0.5 } }, tab);
    const token = await tokenFor(handle, product);
    const reply = await handle(
      { type: 'purchase.record', key: 'k-00000001', recordToken: token, product, quantity: 1, source: 'badge' },
      tab,
    );
    expect(reply).toEqual({ ok: true, created: true });
    expect(seen.at(-1)).toMatchObject({ weightKg: 0.5 });
  });

  it('a page can neither set nor read corrections of another site, nor from an extension page or a private window', async () => {
    const foreign = { ...product, url: 'https://www.amazon.de/dp/B0' };
    expect(await handle({ type: 'correction.set', product: foreign, correction: { weightKg: 9 } }, tab)).toMatchObject({
      ok: false,
    });
    expect(await handle({ type: 'correction.get', product: foreign }, tab)).toMatchObject({ ok: false });
    expect(
      await handle({ type: 'correction.set', product: { title: 'no url' }, correction: { weightKg: 9 } }, tab),
    ).toMatchObject({ ok: false });
    expect(await handle({ type: 'correction.set', product, correction: { weightKg: 9 } }, popup)).toMatchObject({
      ok: false,
    });
    expect(
      await handle({ type: 'correction.set', product, correction: { weightKg: 9 } }, { ...tab, incognito: true }),
    ).toMatchObject({ ok: false });
    // A foreign product's estimate ignores a correction stored under its key.
    expect(await handle({ type: 'correction.get', product }, tab)).toEqual({ ok: true, correction: null });
  });

  it('rejects malformed corrections', async () => {
    for (const correction of [
      { weightKg: -1 },
      { quantity: 0.5 },
      { condition: 'broken' },
      { weightKg: 1, extra: 1 },
    ]) {
      expect(await handle({ type: 'correction.set', product, correction }, tab)).toMatchObject({ ok: false });
    }
  });
});
