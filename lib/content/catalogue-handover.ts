/**
 * The content script's message catalogue, handed over by the background instead of bundling all
 * five: before it injects the on-demand script, the background stores the catalogue of the
 * browser's language on the frame's isolated-world global (scripting.executeScript with args, so
 * it is plain data). Page scripts cannot see or set that global. English is bundled as fallback.
 * The taxonomy names of that language come along as JSON text (lib/i18n/category-names.ts: a
 * string is cheap to hand over; it is parsed only when a panel first shows a category).
 */
import { isCatalogue, LOCALES, type Catalogue, type Locale } from '../i18n/core';

export const CATALOGUE_GLOBAL = '__embodiedCatalogue';

export interface HandedCatalogue {
  locale: Locale;
  catalogue: Catalogue;
  /** public/taxonomy/<locale>.json as text, when the language has a translation. */
  categories?: string | null;
}

/** The handed-over catalogue, when there is a well-formed one. */
export function handedCatalogue(global: object = globalThis): HandedCatalogue | null {
  const v = (global as Record<string, unknown>)[CATALOGUE_GLOBAL] as Partial<HandedCatalogue> | undefined;
  if (!v || !LOCALES.includes(v.locale as Locale) || !isCatalogue(v.catalogue)) return null;
  const categories = typeof v.categories === 'string' ? v.categories : null;
  return { locale: v.locale as Locale, catalogue: v.catalogue, categories };
}
