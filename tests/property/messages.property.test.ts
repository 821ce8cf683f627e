/**
 * The message boundary: whatever a page or a compromised content script sends, the background
 * answers { ok } without throwing, and a refused message writes nothing. Order-line keys are stable
 * and distinct per line.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRouter, type SenderFacts } from '../../lib/background/router';
import { orderLineKeys } from '../../lib/content/order-keys';
import type { Estimate } from '../../lib/estimate/schema';
import { LedgerDb } from '../../lib/ledger/db';
import { RequestSchema } from '../../lib/messaging/protocol';
import { productMessage } from './arbitraries';
import { budget } from './budget';

const ORIGIN = 'chrome-extension://abcdefgh/';
const senders: fc.Arbitrary<SenderFacts> = fc.oneof(
  fc.constant({ url: 'https://www.otto.de/p/x', tabId: 7 }),
  fc.constant({ url: 'https://evil.example/', tabId: 9 }),
  fc.record({ url: fc.option(fc.webUrl(), { nil: undefined }), tabId: fc.option(fc.nat(), { nil: undefined }) }),
);
const TYPES = [
  'estimate',
  'purchase.record',
  'purchase.list',
  'purchase.remove',
  'purchase.wipe',
  '__proto__',
  'constructor',
];
/** Messages with a real type and random or almost-right fields: where schema bugs hide. */
const nearValid = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    key: fc.oneof(fc.string(), fc.anything()),
    product: fc.oneof(productMessage, fc.anything()),
    products: fc.oneof(fc.array(productMessage, { maxLength: 3 }), fc.anything()),
    quantity: fc.oneof(fc.integer({ min: -2, max: 1001 }), fc.double(), fc.anything()),
    source: fc.oneof(fc.constantFrom('badge', 'order', 'page'), fc.anything()),
    id: fc.oneof(fc.integer(), fc.anything()),
  },
  { requiredKeys: ['type'] },
);
const anyMessage = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true }),
  fc.jsonValue(),
  nearValid,
);

const estimate: Estimate = {
  kgCO2e: 1,
  low: 0.5,
  high: 2,
  tier: 'D',
  category: null,
  categoryId: null,
  confidence: 0.5,
  method: 'test',
  factors: [],
  steps: [],
  flags: [],
  packVersion: 'test',
};

describe('message schemas and the background router', () => {
  let db: LedgerDb;
  beforeEach(() => {
    db = new LedgerDb(`ledger-property-${Math.random()}`);
  });
  afterEach(() => db.delete());

  it('the request schema never throws on anything', () => {
    fc.assert(
      fc.property(anyMessage, (m) => {
        expect(typeof RequestSchema.safeParse(m).success).toBe('boolean');
      }),
      budget(1000),
    );
  });

  it('the router answers every message without throwing, and a refused message writes nothing', async () => {
    const handle = createRouter({
      ledger: db,
      extensionOrigin: ORIGIN,
      log: () => {},
      estimate: async (ps) => ps.map(() => estimate),
    });
    await fc.assert(
      fc.asyncProperty(anyMessage, senders, async (m, sender) => {
        const before = await db.purchases.count();
        const reply = await handle(m, sender);
        expect(typeof reply.ok).toBe('boolean');
        const after = await db.purchases.count();
        if (!reply.ok) expect(after).toBe(before);
        else expect(after - before).toBeLessThanOrEqual(1);
        // Only our own pages may read or change the ledger.
        const type = (m as { type?: unknown } | null)?.type;
        if ((type === 'purchase.list' || type === 'purchase.remove') && !sender.url?.startsWith(ORIGIN))
          expect(reply.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      budget(300),
    );
  });
});

describe('order keys', () => {
  const order = fc.record({
    id: fc.option(fc.string({ maxLength: 40 })),
    date: fc.option(fc.constantFrom('2026-11-29', '2025-01-01')),
    total: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true })),
    currency: fc.option(fc.constantFrom('EUR', 'USD')),
  });
  const item = fc.record({
    title: fc.option(fc.string({ maxLength: 200 })),
    price: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true })),
    currency: fc.constant(null),
    url: fc.constant(null),
    quantity: fc.option(fc.integer({ min: 1, max: 99 })),
    position: fc.constant(null),
    rating: fc.constant(null),
    sponsored: fc.constant(false),
  });
  const host = fc.domain().filter((h) => h.length <= 63);

  it('are stable, short enough for the schema, and differ between the lines of one order', () => {
    fc.assert(
      fc.property(host, order, item, item, (h, o, a, b) => {
        const keys = orderLineKeys(h, o, [a, b]);
        expect(orderLineKeys(h, structuredClone(o), structuredClone([a, b]))).toEqual(keys);
        for (const key of keys) {
          expect(key.length).toBeGreaterThanOrEqual(8);
          expect(key.length).toBeLessThanOrEqual(200);
        }
        expect(keys[1]).not.toBe(keys[0]);
      }),
      budget(500),
    );
  });
});
