import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../lib/i18n';
import {
  FULL_INJECT_REQUEST,
  injectBundle,
  ON_DEMAND_FILE,
  ON_DEMAND_LISTING_FILE,
  ON_DEMAND_PRODUCT_FILE,
  PAGE_INJECT,
} from '../../lib/content/inject-message';
import { CATALOGUE_GLOBAL, handedCatalogue, leaveCatalogue } from '../../lib/content/catalogue-handover';
import { graph } from '../../scripts/lib/import-graph';
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
  it('is the UI language’s number symbols and catalogue file only, never the translated taxonomy', async () => {
    for (const lang of ['de-DE', 'fr-FR', 'es-ES', 'zh-CN'] as const) {
      vi.stubGlobal('navigator', { languages: [lang], language: lang });
      const { calls, api } = fakeApi();
      await injectOnDemand(5, 0, api, undefined, true);
      const [probe, file] = calls;
      const handover = probe!.args![2] as Record<string, unknown>;
      expect(Object.keys(handover).sort()).toEqual(['locale', 'numbers']);
      const locale = handover.locale as keyof typeof CATALOGUES;
      // The badge writes its numbers with these (lib/i18n/plain-number.ts): they are the locale's own.
      expect(handover.numbers).toEqual(numberSymbols(locale));
      // The catalogue comes as its own built file, before the script that reads it.
      expect(file!.files).toEqual([`/catalogue-${locale}.js`, ON_DEMAND_FILE]);
    }
  });

  it("each language's catalogue file completes the handover with that language's catalogue", () => {
    for (const locale of ['de', 'fr', 'es', 'zh-CN'] as const) {
      const g = { [CATALOGUE_GLOBAL]: { locale, numbers: numberSymbols(locale) } };
      leaveCatalogue(locale, CATALOGUES[locale], g);
      expect(handedCatalogue(g)).toEqual({ locale, catalogue: CATALOGUES[locale], numbers: numberSymbols(locale) });
      // A catalogue of another language than the one left replaces the handover whole (no mixed symbols).
      leaveCatalogue('de', CATALOGUES.de, g);
      expect(handedCatalogue(g)).toEqual(
        locale === 'de' ? expect.anything() : { locale: 'de', catalogue: CATALOGUES.de },
      );
    }
  });

  it('the worker bundles no message catalogue (they are the catalogue files)', () => {
    const worker = [...graph('entrypoints/background/index.ts')];
    expect(worker.filter((f) => /^lib\/i18n\/(de|fr|es|zh-CN|index)\.ts$/.test(f))).toEqual([]);
    for (const locale of ['de', 'fr', 'es', 'zh-CN'])
      expect(graph(`entrypoints/catalogue-${locale}.ts`)).toContain(`lib/i18n/${locale}.ts`);
  });

  it('is nothing in English: the script goes in at once', async () => {
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' });
    const { calls, api } = fakeApi();
    await injectOnDemand(5, 0, api, undefined, true);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.files).toEqual([ON_DEMAND_FILE]);
  });

  it('is the product bundle when the detector asks for it, the full script otherwise and on hand-over', async () => {
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' });
    const fileOf = async (message: { type: string; bundle?: unknown }) => {
      const { calls, api } = fakeApi();
      await injectOnDemand(5, 0, api, undefined, true, injectBundle(message));
      return calls.at(-1)!.files;
    };
    expect(await fileOf({ type: PAGE_INJECT, bundle: 'product' })).toEqual([ON_DEMAND_PRODUCT_FILE]);
    expect(await fileOf({ type: PAGE_INJECT })).toEqual([ON_DEMAND_FILE]);
    expect(await fileOf({ type: PAGE_INJECT, bundle: 'listing' })).toEqual([ON_DEMAND_LISTING_FILE]);
    expect(await fileOf({ type: PAGE_INJECT, bundle: 'order' })).toEqual([ON_DEMAND_FILE]);
    // The product bundle's hand-over: the frame is marked already, the full script still goes in.
    expect(await fileOf(FULL_INJECT_REQUEST)).toEqual([ON_DEMAND_FILE]);
    vi.stubGlobal('navigator', { languages: ['de-DE'], language: 'de-DE' });
    expect(await fileOf({ type: PAGE_INJECT, bundle: 'product' })).toEqual([
      '/catalogue-de.js',
      ON_DEMAND_PRODUCT_FILE,
    ]);
  });
});
