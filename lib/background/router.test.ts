import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Estimate } from '../estimate/schema';
import { LedgerDb } from '../ledger/db';
import { createRouter, type SenderFacts } from './router';

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

describe('background router', () => {
  let db: LedgerDb;
  let logs: string[];
  let handle: ReturnType<typeof createRouter>;
  let estimated: number;

  beforeEach(() => {
    db = new LedgerDb(`ledger-${Math.random()}`);
    logs = [];
    estimated = 0;
    handle = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: (m) => logs.push(m),
      estimate: async (ps) => {
        estimated += ps.length;
        return ps.map((p) => estimateFor(p.title));
      },
      now: () => new Date('2026-11-29T10:00:00Z'),
    });
  });
  afterEach(() => db.delete());

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'purchase.wipe' }],
    ['missing product title', { type: 'purchase.record', key: 'k-12345678', product: {}, quantity: 1, source: 'badge' }],
    ['negative price', { type: 'estimate', products: [{ title: 'x', price: -5 }] }],
    ['NaN quantity', { type: 'purchase.record', key: 'k-12345678', product: { title: 'x' }, quantity: NaN, source: 'badge' }],
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

  it('records a purchase once per key, with the background estimate times the quantity', async () => {
    const msg = {
      type: 'purchase.record',
      key: 'badge-1234567890',
      product: { title: 'Wool socks', price: 12, currency: 'EUR', url: 'https://www.otto.de/p/socks' },
      quantity: 2,
      source: 'badge',
    };
    const first = await handle(msg, tab);
    const again = await handle(msg, tab);
    expect(first).toMatchObject({ ok: true, created: true, purchase: { kgCO2e: 20, quantity: 2, shop: 'otto.de', month: '2026-11' } });
    expect(again).toMatchObject({ ok: true, created: false });
    expect(await db.purchases.count()).toBe(1);
    const list = await handle({ type: 'purchase.list' }, popup);
    expect(list).toMatchObject({ ok: true, totalKg: 20, unknownCount: 0 });
  });

  it('lets only extension pages read or change the ledger', async () => {
    expect(await handle({ type: 'purchase.list' }, tab)).toMatchObject({ ok: false });
    expect(await handle({ type: 'purchase.remove', id: 1 }, { url: 'https://evil.example/' })).toMatchObject({ ok: false });
    expect(await handle({ type: 'purchase.list' }, popup)).toMatchObject({ ok: true, purchases: [] });
    // The popup opened in a tab is still an extension page.
    expect(await handle({ type: 'purchase.list' }, { ...popup, tabId: 3 })).toMatchObject({ ok: true });
  });

  it('removes a purchase and reports the total without it', async () => {
    const rec = await handle(
      { type: 'purchase.record', key: 'badge-abcdefgh', product: { title: 'Lamp' }, quantity: 1, source: 'badge' },
      tab,
    );
    if (!rec.ok || !('purchase' in rec)) throw new Error('record failed');
    expect(await handle({ type: 'purchase.remove', id: rec.purchase.id }, popup)).toMatchObject({ ok: true, removed: true });
    expect(await handle({ type: 'purchase.list' }, popup)).toMatchObject({ totalKg: 0, purchases: [] });
  });

  it('keeps unknown estimates out of the total and counts them', async () => {
    handle = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      estimate: async (ps) => ps.map(() => ({ ...estimateFor(''), kgCO2e: null, low: null, high: null, tier: 'unknown' as const })),
    });
    await handle({ type: 'purchase.record', key: 'badge-unknown1', product: { title: 'Mystery' }, quantity: 1, source: 'badge' }, tab);
    expect(await handle({ type: 'purchase.list' }, popup)).toMatchObject({ totalKg: 0, unknownCount: 1 });
  });
});
