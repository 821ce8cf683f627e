/**
 * One message catalogue for every user-facing string of the in-page UI (and, later, the popup and
 * options): en, de, fr, es, zh-CN, picked from the browser's languages; numbers and units through
 * Intl in that language. Pure: the caller passes the languages in (navigator.languages).
 *
 * This module bundles all five catalogues; the content script imports lib/i18n/core.ts instead
 * and gets only its own language's catalogue (see entrypoints/background/inject.ts).
 */
import { de } from './de';
import type { Catalogue } from './en';
import { es } from './es';
import { fr } from './fr';
import { zhCN } from './zh-CN';
import { createI18nFor, type I18n, type Locale } from './core';
import { EN } from './en-catalogue';

export * from './core';
export { EN } from './en-catalogue';

export const CATALOGUES: Record<Locale, Catalogue> = { en: EN, de, fr, es, 'zh-CN': zhCN };

export function createI18n(locale: Locale): I18n {
  return createI18nFor(locale, CATALOGUES[locale]);
}
