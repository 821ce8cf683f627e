/**
 * The catalogue-independent half of lib/i18n: picking the locale, filling templates, and numbers
 * and units through Intl. Only English is bundled here (the fallback); the other catalogues come in
 * through lib/i18n/index.ts (extension pages, tests) or, in the content script, only the one the
 * browser's languages ask for (handed over by the background with the on-demand script).
 */
import { en, enFlags, enStepDetails, enSteps, type Catalogue, type MessageKey } from './en';

export type { Catalogue } from './en';
export const EN: Catalogue = { messages: en, flags: enFlags, steps: enSteps, stepDetails: enStepDetails };
export type { MessageKey } from './en';
export { LOCALES, pickLocale, type Locale } from './pick-locale';
import type { Locale } from './pick-locale';
import { fill, type Params } from './fill';
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

/** The I18n of `locale` over its catalogue `cat` (English for any message `cat` lacks). */
export function createI18nFor(locale: Locale, cat: Catalogue): I18n {
  const t = (key: MessageKey, params?: Params) => fill(cat.messages[key] ?? en[key], params);
  const num = (digits: number) => numberFormat(locale, { maximumFractionDigits: digits });
  const kg = (v: number): string => {
    if (!Number.isFinite(v) || v < 0) return '?';
    if (v >= 1000) return `${numberFormat(locale, { maximumSignificantDigits: 2 }).format(v / 1000)} t`;
    if (v >= 10) return `${num(0).format(Math.round(v))} kg`;
    if (v >= 1) return `${num(1).format(v)} kg`;
    if (v >= 0.01) return `${num(2).format(v)} kg`;
    return `< ${num(2).format(0.01)} kg`;
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
    flag: (id) => (Object.hasOwn(cat.flags, id) ? cat.flags[id as keyof Catalogue['flags']] : t('flag.unknown')),
    step: (label) => (Object.hasOwn(cat.steps, label) ? cat.steps[label as keyof Catalogue['steps']] : label),
    stepDetail: (label) =>
      Object.hasOwn(cat.stepDetails, label) ? cat.stepDetails[label as keyof Catalogue['stepDetails']] : null,
  };
}
