import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { LedgerDb } from './db';
import { attachEstimate, editPurchase, recordPurchase } from './ledger';
import { estimateOf, newPurchase, tempDbs } from './test-fixtures';
import { eraseLedger, exportLedger, importLedger, MAX_IMPORT_CHARS, parseExport } from './transfer';

const t = tempDbs();
afterEach(() => t.cleanup());

const line = fc.record({
  title: fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0),
  kg: fc.option(fc.double({ min: 0, max: 5000, noNaN: true }), { nil: null }),
  quantity: fc.integer({ min: 1, max: 100 }),
  day: fc.integer({ min: 0, max: 900 }),
  returned: fc.boolean(),
  category: fc.constantFrom<string>(
    'Electronics > Phones',
    'Apparel & Accessories',
    '__proto__',
    'constructor > x',
    'Toys',
  ),
});

type Line = typeof line extends fc.Arbitrary<infer T> ? T : never;

async function fill(db: LedgerDb, lines: Line[]) {
  for (const l of lines) {
    const r = await recordPurchase(
      db,
      newPurchase({ title: l.title, quantity: l.quantity, allowSameDay: true, now: new Date(2024, 0, 1 + l.day, 12) }),
    );
    if (!r.created) continue;
    await attachEstimate(db, r.purchase.id, estimateOf(l.kg, l.category), new Date(2026, 0, 1));
    if (l.returned) await editPurchase(db, r.purchase.id, { status: 'returned' }, new Date(2026, 0, 2));
  }
}

const snapshot = async (db: LedgerDb) => ({
  purchases: await db.purchases.orderBy('id').toArray(),
  months: await db.months.orderBy('month').toArray(),
});

describe('export and import', () => {
  it('import(export(x)) equals x, totals included, for random ledgers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 25 }), async (lines) => {
        const db = t.open();
        await fill(db, lines);
        const before = await snapshot(db);
        const text = JSON.stringify(await exportLedger(db, new Date()));
        await eraseLedger(db);
        expect(await db.purchases.count()).toBe(0);
        await importLedger(db, parseExport(text));
        const after = await snapshot(db);
        expect(after.purchases).toEqual(before.purchases);
        expect(after.months.map((m) => [m.month, m.count, m.unknown])).toEqual(
          before.months.map((m) => [m.month, m.count, m.unknown]),
        );
        after.months.forEach((m, i) => expect(m.kg).toBeCloseTo(before.months[i].kg, 6));
        await db.delete();
      }),
      { numRuns: 12, seed: 20261205 },
    );
  });

  it('importing what is already there merges, never doubles', async () => {
    const db = t.open();
    await fill(db, [
      { title: 'A', kg: 1, quantity: 1, day: 1, returned: false, category: 'Toys' },
      { title: 'B', kg: 2, quantity: 1, day: 2, returned: false, category: 'Toys' },
    ]);
    const text = JSON.stringify(await exportLedger(db, new Date()));
    await fill(db, [{ title: 'C', kg: 3, quantity: 1, day: 3, returned: false, category: 'Toys' }]);
    expect(await importLedger(db, parseExport(text))).toEqual({ added: 0, skipped: 2 });
    expect(await db.purchases.count()).toBe(3);
    // Into another ledger whose ids collide: added with new ids, keys kept.
    const other = t.open();
    await fill(other, [{ title: 'Z', kg: 9, quantity: 1, day: 4, returned: false, category: 'Toys' }]);
    expect(await importLedger(other, parseExport(text))).toEqual({ added: 2, skipped: 0 });
    expect((await other.purchases.toArray()).map((p) => p.product.title).sort()).toEqual(['A', 'B', 'Z']);
  });

  describe('a bad file is refused with a clear message and changes nothing', () => {
    const cases: [string, (good: string) => string, RegExp][] = [
      ['truncated', (g) => g.slice(0, Math.floor(g.length / 2)), /not valid JSON/],
      ['not JSON at all', () => 'purchase,kg\nmug,2', /not valid JSON/],
      ['a foreign JSON file', () => JSON.stringify({ name: 'my-package', version: '1.0.0' }), /not an Embodied export/],
      ['a newer version', (g) => JSON.stringify({ ...JSON.parse(g), version: 99 }), /version 99/],
      [
        'a damaged record',
        (g) => {
          const d = JSON.parse(g);
          d.purchases[1].quantity = -3;
          return JSON.stringify(d);
        },
        /damaged at purchases\.1\.quantity/,
      ],
      [
        'a record twice',
        (g) => {
          const d = JSON.parse(g);
          d.purchases.push({ ...d.purchases[0], id: 999 });
          return JSON.stringify(d);
        },
        /twice/,
      ],
      ['oversized', () => ' '.repeat(MAX_IMPORT_CHARS + 1), /too large/],
    ];
    it.each(cases)('%s', async (_n, spoil, message) => {
      const source = t.open();
      await fill(source, [
        { title: 'A', kg: 1, quantity: 1, day: 1, returned: false, category: 'Toys' },
        { title: 'B', kg: 2, quantity: 2, day: 2, returned: false, category: 'Toys' },
      ]);
      const good = JSON.stringify(await exportLedger(source, new Date()));
      const target = t.open();
      await fill(target, [{ title: 'Mine', kg: 5, quantity: 1, day: 5, returned: false, category: 'Toys' }]);
      const before = await snapshot(target);
      expect(() => parseExport(spoil(good))).toThrow(message);
      expect(await snapshot(target)).toEqual(before);
    });
  });

  it('erase leaves nothing in any table', async () => {
    const db = t.open();
    await fill(db, [{ title: 'A', kg: 1, quantity: 1, day: 1, returned: false, category: 'Toys' }]);
    await eraseLedger(db);
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });
});
