/**
 * The popup's and options page's catalogue (en, de, fr, es, zh-CN): a catalogue of its own that
 * only those pages import, so the content script's in-page catalogue does not grow with it.
 * The language follows the user's choice in the options (settings.locale), else the browser's.
 */
import { fill, type Params } from '../fill';
import { pickLocale, type Locale } from '../pick-locale';
import { ledgerDe } from './de';
import { ledgerEn, type LedgerCatalogue, type LedgerKey } from './en';
import { ledgerEs } from './es';
import { ledgerFr } from './fr';
import { ledgerZhCN } from './zh-CN';

export type { LedgerKey } from './en';

export const LEDGER_CATALOGUES: Record<Locale, LedgerCatalogue> = {
  en: ledgerEn,
  de: ledgerDe,
  fr: ledgerFr,
  es: ledgerEs,
  'zh-CN': ledgerZhCN,
};

/** Keys with plural forms, by their stem ('popup.purchases' for 'popup.purchases.one' / '.other'). */
type PluralStem = LedgerKey extends infer K ? (K extends `${infer S}.other` ? S : never) : never;

export interface LedgerText {
  locale: Locale;
  /** The BCP 47 tag numbers and dates are formatted with (the user's, e.g. 'de-AT', or the catalogue's). */
  formatLocale: string;
  t(key: LedgerKey, params?: Params): string;
  /** `<stem>.one` or `<stem>.other` for n, with {n} filled in as an Intl-formatted number. */
  plural(stem: PluralStem, n: number, params?: Params): string;
}

/** `preferred` is the user's setting (null: none); `browser` the browser's languages, in order. */
export function createLedgerText(preferred: string | null | undefined, browser: readonly string[]): LedgerText {
  const locale = pickLocale(preferred ? [preferred, ...browser] : browser);
  const formatLocale =
    preferred && pickLocale([preferred]) === locale
      ? preferred
      : (browser.find((b) => pickLocale([b]) === locale) ?? locale);
  const cat = LEDGER_CATALOGUES[locale];
  const t = (key: LedgerKey, params?: Params) => fill(cat[key] ?? ledgerEn[key], params);
  const rules = new Intl.PluralRules(formatLocale);
  const num = new Intl.NumberFormat(formatLocale);
  return {
    locale,
    formatLocale,
    t,
    plural: (stem, n, params) =>
      t(`${stem}.${rules.select(n) === 'one' ? 'one' : 'other'}` as LedgerKey, { ...params, n: num.format(n) }),
  };
}
