/**
 * The names an estimate's panel shows from the taxonomy, in the UI language, attached by the
 * background to each estimate it sends (the content script then carries only its message
 * catalogue, never the whole translated taxonomy). The table of the language is read once per
 * worker life and only when an estimate needs it; English needs none (the estimate's path is English).
 */
import { asCategoryNames, localCategoryPath, type CategoryNames } from '../i18n/category-names';
import type { Locale } from '../i18n/pick-locale';
import type { Estimate } from '../estimate/schema';
import { LocalNamesSchema, type LocalNames } from '../messaging/protocol';

export interface LocalNamesOptions {
  locale: Locale;
  /** public/taxonomy/<locale>.json, parsed; a failure means English paths. */
  loadTable(locale: Exclude<Locale, 'en'>): Promise<unknown>;
  log?(message: string): void;
}

/** `namesFor(estimates)`: per estimate, its names in the UI language, or null where English is all there is. */
export function createLocalNames(opts: LocalNamesOptions) {
  let table: Promise<CategoryNames | null> | null = null;
  const { locale } = opts;
  const load = () =>
    locale === 'en'
      ? Promise.resolve(null)
      : (table ??= opts.loadTable(locale).then(asCategoryNames, (e: unknown) => {
          opts.log?.(`category names (${locale}) unavailable: ${e instanceof Error ? e.message : e}`);
          table = null; // read again next time rather than stay English for the worker's life
          return null;
        }));

  return async function namesFor(estimates: readonly Pick<Estimate, 'categoryId' | 'category'>[]) {
    if (locale === 'en' || estimates.every((e) => e.categoryId === null)) return estimates.map(() => null);
    const names = await load();
    return estimates.map((e): LocalNames | null => {
      const category = localCategoryPath(e.categoryId, e.category, names);
      // Checked against the protocol's schema: a path longer than a message may carry is left English.
      return category && category !== e.category ? (LocalNamesSchema.safeParse({ category }).data ?? null) : null;
    });
  };
}
