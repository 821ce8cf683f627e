/**
 * The popup with 10,000 purchases: one real purchase is recorded through the extension, copied
 * 10,000 times straight into its IndexedDB ledger (same shape, own ids and keys), then the popup is
 * opened afresh and timed from navigation start until the total is painted (first frame after the
 * total's text appears, read by a main-world probe of the popup page).
 */
import type { Scenario } from '../types';
import { launch } from '../lib/chromium';

const PURCHASES = 10_000;
const RUNS = 7;

const PROBE = `(() => {
  const b = (window.__bench = { total: NaN, error: null });
  const mo = new MutationObserver(() => {
    const err = document.querySelector('[data-testid="ledger-error"]');
    if (err) { b.error = err.textContent; mo.disconnect(); return; }
    const el = document.querySelector('[data-testid="ledger-total"]');
    if (el && /CO2e/.test(el.textContent || '')) { mo.disconnect(); requestAnimationFrame(() => { b.total = performance.now(); }); }
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

export const run: Scenario = async ({ chromeExtensionDir }) => {
  const browser = await launch(new Map(), chromeExtensionDir);
  try {
    const worker = browser.context.serviceWorkers()[0];
    const id = new URL(worker.url()).host;
    const popupUrl = `chrome-extension://${id}/popup.html`;
    const page = await browser.context.newPage();
    await page.goto(popupUrl);
    const seeded = await page.evaluate(async (n) => {
      const chromeApi = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } }).chrome;
      const reply = await chromeApi.runtime.sendMessage({
        type: 'purchase.record',
        key: 'bench-seed-0001',
        product: { title: 'Fairphone 4 5G smartphone 128 GB', price: 579, currency: 'EUR', url: 'https://www.otto.de/p/bench/' },
        quantity: 1,
        source: 'badge',
      });
      if (!reply.ok) throw new Error(`recording the seed purchase failed: ${reply.error}`);
      const db: IDBDatabase = await new Promise((resolve, reject) => {
        const req = indexedDB.open('embodied-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const store = () => db.transaction('purchases', 'readwrite').objectStore('purchases');
      const [seed] = await new Promise<Record<string, unknown>[]>((resolve) => {
        const req = store().getAll();
        req.onsuccess = () => resolve(req.result);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('purchases', 'readwrite');
        const s = tx.objectStore('purchases');
        for (let i = 1; i < n; i++) {
          const day = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
          const { id: _id, ...rest } = seed;
          s.add({ ...rest, key: `bench-${i}`, title: `${seed.title} #${i}`, purchasedAt: day, month: day.slice(0, 7) });
        }
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      return new Promise<number>((resolve) => {
        const req = store().count();
        req.onsuccess = () => resolve(req.result);
      });
    }, PURCHASES);
    await page.close();
    if (seeded !== PURCHASES) throw new Error(`seeded ${seeded} purchases, expected ${PURCHASES}`);

    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const popup = await browser.context.newPage();
      await popup.addInitScript(PROBE);
      await popup.goto(popupUrl);
      await popup.waitForFunction(
        () => {
          const b = (window as unknown as { __bench: { total: number; error: string | null } }).__bench;
          return !Number.isNaN(b.total) || b.error !== null;
        },
        undefined,
        { timeout: 60_000 },
      );
      const error = (await popup.evaluate('window.__bench.error')) as string | null;
      if (error) throw new Error(`the popup shows an error: ${error}`);
      samples.push((await popup.evaluate('window.__bench.total')) as number);
      await popup.close();
    }
    return [{ scenario: `popup with ${PURCHASES.toLocaleString('en')} purchases`, figure: 'first paint with totals (from navigation start)', unit: 'ms', samples, budget: { max: 200, stat: 'median' } }];
  } finally {
    await browser.close();
  }
};
