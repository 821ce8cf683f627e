/**
 * The content script's message catalogue, handed over by the background instead of bundling all
 * five: before it injects the on-demand script, the background stores the browser's language and
 * its number symbols on the frame's isolated-world global (scripting.executeScript with args, so it
 * is plain data), then injects that language's catalogue file (entrypoints/catalogue-*.ts, which
 * adds the catalogue with `leaveCatalogue`) with the on-demand script. So the worker bundles no
 * catalogue either. Page scripts cannot see or set that global. English is bundled as fallback.
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

/** A catalogue file's part of the handover: its catalogue, beside the locale and symbols the background left. */
export function leaveCatalogue(locale: Locale, catalogue: Catalogue, global: object = globalThis): void {
  const g = global as Record<string, unknown>;
  const left = g[CATALOGUE_GLOBAL] as Partial<HandedCatalogue> | undefined;
  g[CATALOGUE_GLOBAL] = { ...(left?.locale === locale ? left : { locale }), catalogue };
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
