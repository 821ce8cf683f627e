/** The message catalogue for Preact views: the content script (or popup) provides the language. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
// core, not lib/i18n: the content script bundles only English (and its page's catalogue at run time).
import { createI18nFor, EN_MESSAGES, type I18n } from '../lib/i18n/core';

export const I18nContext = createContext<I18n>(createI18nFor('en', EN_MESSAGES));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
