/**
 * The content script's message catalogue, handed over by the background instead of bundling all
 * five: before it injects the on-demand script, the background stores the catalogue of the
 * browser's language on the frame's isolated-world global (scripting.executeScript with args, so
 * it is plain data). Page scripts cannot see or set that global. English is bundled as fallback.
 * Taxonomy names are not handed over: each estimate carries its own in that language
 * (lib/background/local-names.ts), so the handover stays the size of one catalogue.
 */
import { isCatalogue, LOCALES, type Catalogue, type Locale } from '../i18n/core';
import { isNumberSymbols, type NumberSymbols } from '../i18n/plain-number';

export const CATALOGUE_GLOBAL = '__embodiedCatalogue';

export interface HandedCatalogue {
  locale: Locale;
  catalogue: Catalogue;
  /** How the locale writes numbers, read from Intl by the background (lib/i18n/plain-number.ts). */
  numbers?: NumberSymbols;
}

/** The handed-over catalogue, when there is a well-formed one. */
export function handedCatalogue(global: object = globalThis): HandedCatalogue | null {
  const v = (global as Record<string, unknown>)[CATALOGUE_GLOBAL] as Partial<HandedCatalogue> | undefined;
  if (!v || !LOCALES.includes(v.locale as Locale) || !isCatalogue(v.catalogue)) return null;
  return {
    locale: v.locale as Locale,
    catalogue: v.catalogue,
    ...(isNumberSymbols(v.numbers) ? { numbers: v.numbers } : {}),
  };
}
