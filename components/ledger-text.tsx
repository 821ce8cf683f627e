/** The popup's and options page's words for Preact views: the page picks the language and provides it. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createLedgerText, type LedgerText } from '../lib/i18n/ledger';

export const LedgerTextContext = createContext<LedgerText>(createLedgerText(null, ['en']));

export function useLedgerText(): LedgerText {
  return useContext(LedgerTextContext);
}
