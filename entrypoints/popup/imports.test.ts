/**
 * The popup must reach first paint with totals fast (bench/scenarios/popup.ts): its module graph
 * stays free of the heavy modules (Zod, Dexie, the estimator). Settings arrive validated with the
 * overview message instead. This walks the runtime imports (type-only imports are erased).
 */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { graph } from '../../scripts/lib/import-graph';

const ROOT = resolve(__dirname, '../..');
const HEAVY = ['zod', 'dexie', 'lib/zod.ts', 'lib/estimate/', 'lib/classify/', 'lib/factors/'];

describe('popup bundle', () => {
  const popup = graph(join(ROOT, 'entrypoints/popup/main.tsx'));

  it('reaches the ledger view and the message client', () => {
    expect(popup).toContain('components/LedgerView.tsx');
    expect(popup).toContain('lib/messaging/client.ts');
  });

  it('loads no heavy module (Zod, Dexie, the estimator) before first paint', () => {
    const heavy = [...popup].filter((m) => HEAVY.some((h) => (h.endsWith('/') ? m.startsWith(h) : m === h)));
    expect(heavy).toEqual([]);
  });

  it('the popup and options catalogue stays out of the content scripts (the in-page bundle must not grow)', () => {
    for (const entry of ['entrypoints/detector.ts', 'entrypoints/on-demand.content.ts']) {
      const inPage = graph(join(ROOT, entry));
      expect(inPage.size).toBeGreaterThan(1);
      expect([entry, [...inPage].filter((m) => m.startsWith('lib/i18n/ledger/'))]).toEqual([entry, []]);
    }
    expect(popup).toContain('lib/i18n/ledger/de.ts');
    expect(graph(join(ROOT, 'entrypoints/on-demand.content.ts'))).toContain('components/Badge.tsx');
  });

  it('the check itself sees Zod through the options page', () => {
    expect(graph(join(ROOT, 'entrypoints/options/main.tsx'))).toContain('zod');
  });
});
