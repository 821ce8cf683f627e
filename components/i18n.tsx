/** The message catalogue for Preact views: the content script (or popup) provides the language. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createI18n, type I18n } from '../lib/i18n';

export const I18nContext = createContext<I18n>(createI18n('en'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
