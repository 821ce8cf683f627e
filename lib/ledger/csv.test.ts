import { afterEach, describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { attachEstimate, recordPurchase } from './ledger';
import { estimateOf, newPurchase, tempDbs } from './test-fixtures';

const t = tempDbs();
afterEach(() => t.cleanup());

describe('CSV export', () => {
  it('one quoted row per purchase; formulas from page text are neutralised', async () => {
    const db = t.open();
    const a = await recordPurchase(db, newPurchase({ title: 'Mug, "large"\nblue' }));
    await recordPurchase(db, newPurchase({ title: '=HYPERLINK("http://x")', allowSameDay: true }));
    if (a.created) await attachEstimate(db, a.purchase.id, estimateOf(2), new Date());
    const csv = toCsv(await db.purchases.orderBy('id').toArray());
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^date,title,shop,quantity,price,currency/);
    expect(lines[1]).toContain('"Mug, ""large""\nblue"');
    expect(lines[1]).toContain(',2,1,4,');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
