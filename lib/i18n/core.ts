/**
 * The catalogue-independent half of lib/i18n: picking the locale, filling templates, and numbers
 * and units through Intl. Only English is bundled here (the fallback); the other catalogues come in
 * through lib/i18n/index.ts (extension pages, tests) or, in the content script, only the one the
 * browser's languages ask for (handed over by the background with the on-demand script).
 */
import { en, type Catalogue, type MessageKey } from './en';

export type { Catalogue } from './en';
/**
 * A catalogue whose tables of flags and steps may be absent: the in-page scripts' English has its
 * messages only, as only the panel shows flags and steps, and the panel's own file brings the
 * English tables (entrypoints/in-page-panel.tsx). The full English catalogue is lib/i18n/en-catalogue.ts.
 */
export type PageCatalogue = Pick<Catalogue, 'messages'> & Partial<Omit<Catalogue, 'messages'>>;
/** English messages without the tables (see PageCatalogue). */
export const EN_MESSAGES: PageCatalogue = { messages: en };
export type { MessageKey } from './en';
export { LOCALES, pickLocale, type Locale } from './pick-locale';
import type { Locale } from './pick-locale';
import { fill, type Params } from './fill';
import { plainNumber, type NumberSymbols } from './plain-number';
export type { Params } from './fill';

/** A catalogue handed over at run time (plain data): the four tables, each a string map. */
export function isCatalogue(x: unknown): x is Catalogue {
  if (typeof x !== 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  const table = (t: unknown) =>
    typeof t === 'object' && t !== null && Object.values(t).every((v) => typeof v === 'string');
  return table(c.messages) && table(c.flags) && table(c.steps) && table(c.stepDetails);
}

export interface I18n {
  locale: Locale;
  t(key: MessageKey, params?: Params): string;
  /** The plural form of `<key>.one` / `<key>.other` for n. */
  plural(key: 'order.items', n: number): string;
  /** "0.42 kg", "3,1 kg", "56 kg", "1,2 t": no finer than an estimate can bear. */
  kg(kg: number): string;
  range(low: number, high: number): string;
  km(km: number): string;
  percent(share: number): string;
  /** A readable sentence for an estimator flag; a general one for flags this version does not know. */
  flag(id: string): string;
  /** The step label in this language (the estimator's English label when we have no translation). */
  step(label: string): string;
  /** What the step does, in a sentence in this language; null for a step this version does not know. */
  stepDetail(label: string): string | null;
}

/**
 * Intl formatters are costly to build (tens of ms each in a content script's world, where every
 * badge draws numbers), cheap to reuse: one per locale and options for the life of the script.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}
const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(locale: Locale, n: number): Intl.LDMLPluralRule {
  let r = pluralRules.get(locale);
  if (!r) pluralRules.set(locale, (r = new Intl.PluralRules(locale)));
  return r.select(n);
}

/**
 * The I18n of `locale` over its catalogue `cat` (English for any message `cat` lacks). With
 * `numbers` (the in-page views), kg figures are written by plainNumber with those symbols instead of
 * Intl, the same text without loading ICU's number data into the page (lib/i18n/plain-number.ts).
 */
export function createI18nFor(locale: Locale, cat: PageCatalogue, numbers?: NumberSymbols): I18n {
  const t = (key: MessageKey, params?: Params) => fill(cat.messages[key] ?? en[key], params);
  const fmt = (v: number, keep: { fraction: number } | { significant: number }) =>
    numbers
      ? plainNumber(v, keep, numbers)
      : numberFormat(
          locale,
          'fraction' in keep
            ? { maximumFractionDigits: keep.fraction }
            : { maximumSignificantDigits: keep.significant },
        ).format(v);
  const kg = (v: number): string => {
    if (!Number.isFinite(v) || v < 0) return '?';
    if (v >= 1000) return `${fmt(v / 1000, { significant: 2 })} t`;
    if (v >= 10) return `${fmt(Math.round(v), { fraction: 0 })} kg`;
    if (v >= 1) return `${fmt(v, { fraction: 1 })} kg`;
    if (v >= 0.01) return `${fmt(v, { fraction: 2 })} kg`;
    return `< ${fmt(0.01, { fraction: 2 })} kg`;
  };
  return {
    locale,
    t,
    plural: (key, n) => t(`${key}.${pluralOf(locale, n) === 'one' ? 'one' : 'other'}` as MessageKey, { n }),
    kg,
    range: (low, high) => t('badge.range', { low: kg(low), high: kg(high) }),
    km: (v) =>
      numberFormat(locale, { style: 'unit', unit: 'kilometer', maximumSignificantDigits: v >= 10 ? 2 : 1 }).format(v),
    percent: (share) => numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    flag: (id) =>
      cat.flags && Object.hasOwn(cat.flags, id) ? cat.flags[id as keyof Catalogue['flags']] : t('flag.unknown'),
    step: (label) =>
      cat.steps && Object.hasOwn(cat.steps, label) ? cat.steps[label as keyof Catalogue['steps']] : label,
    stepDetail: (label) =>
      cat.stepDetails && Object.hasOwn(cat.stepDetails, label)
        ? cat.stepDetails[label as keyof Catalogue['stepDetails']]
        : null,
  };
}
