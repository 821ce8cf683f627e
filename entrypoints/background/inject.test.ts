import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../lib/i18n';
import { ON_DEMAND_FILE } from '../../lib/content/inject-message';
import { numberSymbols } from '../../lib/i18n/plain-number';
import { injectOnDemand } from './inject';

type Call = { func?: unknown; files?: string[]; args?: unknown[] };

/** The scripting API, recording what each injection carries into the page. */
function fakeApi() {
  const calls: Call[] = [];
  const api = {
    scripting: {
      executeScript: async (details: Call) => (calls.push(details), [{ result: false }]),
    },
  };
  return { calls, api: api as unknown as Parameters<typeof injectOnDemand>[2] };
}

afterEach(() => vi.unstubAllGlobals());

describe('what an injection hands to the page', () => {
  it('is the UI language’s message catalogue and number symbols only, never the translated taxonomy', async () => {
    for (const lang of ['de-DE', 'fr-FR', 'es-ES', 'zh-CN'] as const) {
      vi.stubGlobal('navigator', { languages: [lang], language: lang });
      const { calls, api } = fakeApi();
      await injectOnDemand(5, 0, api, undefined, true);
      const [probe, file] = calls;
      const handover = probe!.args![2] as Record<string, unknown>;
      expect(Object.keys(handover).sort()).toEqual(['catalogue', 'locale', 'numbers']);
      const locale = handover.locale as keyof typeof CATALOGUES;
      expect(handover.catalogue).toBe(CATALOGUES[locale]);
      // The badge writes its numbers with these (lib/i18n/plain-number.ts): they are the locale's own.
      expect(handover.numbers).toEqual(numberSymbols(locale));
      // The whole payload is the catalogue's size: the taxonomy tables were 98-221 kB of text.
      expect(JSON.stringify(probe!.args).length).toBeLessThan(JSON.stringify(CATALOGUES[locale]).length + 200);
      expect(file!.files).toEqual([ON_DEMAND_FILE]);
    }
  });

  it('is nothing in English: the script goes in at once', async () => {
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' });
    const { calls, api } = fakeApi();
    await injectOnDemand(5, 0, api, undefined, true);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.files).toEqual([ON_DEMAND_FILE]);
  });
});
