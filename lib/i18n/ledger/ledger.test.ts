import { describe, expect, it } from 'vitest';
import { LOCALES } from '../pick-locale';
import { createLedgerText, LEDGER_CATALOGUES } from '.';
import { ledgerEn } from './en';

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

describe('popup and options catalogue', () => {
  it('has every key in every locale, nothing more, each translated (not empty)', () => {
    const keys = Object.keys(ledgerEn).sort();
    for (const locale of LOCALES) {
      const cat = LEDGER_CATALOGUES[locale] as Record<string, string>;
      expect([locale, Object.keys(cat).sort()]).toEqual([locale, keys]);
      for (const k of keys) expect([locale, k, cat[k]!.trim().length > 0]).toEqual([locale, k, true]);
    }
  });

  it('keeps the same placeholders in every locale', () => {
    for (const locale of LOCALES)
      for (const [k, v] of Object.entries(LEDGER_CATALOGUES[locale]))
        expect([locale, k, placeholders(v)]).toEqual([locale, k, placeholders(ledgerEn[k as keyof typeof ledgerEn])]);
  });

  it('has both plural forms for every plural key', () => {
    for (const k of Object.keys(ledgerEn).filter((k) => k.endsWith('.one')))
      expect(Object.hasOwn(ledgerEn, k.replace(/\.one$/, '.other')), k).toBe(true);
  });

  it('translates: a non-English locale does not just copy the English sentences', () => {
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      const same = Object.entries(LEDGER_CATALOGUES[locale]).filter(
        ([k, v]) => v === ledgerEn[k as keyof typeof ledgerEn] && /\s/.test(v) && !/^\{/.test(v),
      );
      expect([locale, same.map(([k]) => k)]).toEqual([locale, []]);
    }
  });

  it('follows the user setting first, then the browser, and formats numbers in that language', () => {
    expect(createLedgerText(null, ['de-AT', 'en']).t('popup.thisMonth')).toBe('Dieser Monat');
    expect(createLedgerText('fr-FR', ['de-DE']).t('popup.thisMonth')).toBe('Ce mois-ci');
    expect(createLedgerText('fr-FR', ['de-DE']).formatLocale).toBe('fr-FR');
    expect(createLedgerText(null, ['de-AT']).formatLocale).toBe('de-AT');
    expect(createLedgerText(null, ['nl']).t('popup.thisMonth')).toBe('This month');
    expect(createLedgerText(null, ['en']).plural('popup.purchases', 1)).toBe('1 purchase');
    expect(createLedgerText(null, ['de']).plural('popup.purchases', 1234)).toBe('1.234 Käufe');
    expect(createLedgerText(null, ['zh-CN']).plural('popup.purchases', 2)).toBe('2 次购买');
  });
});
