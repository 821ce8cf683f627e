import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, LOCALES, createI18n, pickLocale } from '.';

/** Flag ids the estimator can emit, read from its source (string literals pushed into or listed as flags). */
function flagsInEstimatorSource(): Set<string> {
  const dir = 'lib/estimate';
  const out = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const src = readFileSync(join(dir, file), 'utf8');
    for (const m of src.matchAll(/flags?(?:\.push\(|:\s*\[|\s*=\s*\[)([^)\]]*)/g)) {
      for (const lit of m[1].matchAll(/'([a-z]+(?:-[a-z0-9]+)+)'/g)) out.add(lit[1]);
    }
    // `condition-${condition}` for the conditions other than new
    if (src.includes('`condition-${')) ['condition-used', 'condition-refurbished'].forEach((f) => out.add(f));
  }
  // The estimator's own list, once it exports one (lib/estimate/flags.ts: ESTIMATE_FLAGS).
  const mod = import.meta.glob<{ ESTIMATE_FLAGS?: readonly string[] }>('../estimate/flags.ts', { eager: true });
  for (const m of Object.values(mod)) for (const f of m.ESTIMATE_FLAGS ?? []) out.add(f);
  return out;
}

/** Step labels the estimator can emit: step('Label', ...) and step(`Label to ${FACTOR_DOLLAR_YEAR}`, ...), also over lines. */
function stepLabelsInEstimatorSource(): Set<string> {
  const out = new Set<string>();
  const year = /const FACTOR_DOLLAR_YEAR = (\d+)/.exec(readFileSync('lib/estimate/money.ts', 'utf8'))![1];
  for (const file of readdirSync('lib/estimate').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const src = readFileSync(join('lib/estimate', file), 'utf8');
    for (const m of src.matchAll(/\bstep\(\s*(['`])([^'`]+)\1/g))
      out.add(m[2].replaceAll('${FACTOR_DOLLAR_YEAR}', year));
  }
  return out;
}

describe('message catalogue', () => {
  it('has a sentence for every flag the estimator emits, in every locale', () => {
    const flags = flagsInEstimatorSource();
    expect(flags.size).toBeGreaterThan(15);
    for (const locale of LOCALES) {
      const i18n = createI18n(locale);
      for (const f of flags) expect([locale, f, i18n.flag(f) !== i18n.t('flag.unknown')]).toEqual([locale, f, true]);
    }
  });

  it('translates every step label the estimator emits, in every locale', () => {
    const labels = stepLabelsInEstimatorSource();
    expect(labels.size).toBeGreaterThan(30);
    for (const locale of LOCALES)
      for (const label of labels)
        expect(Object.hasOwn(CATALOGUES[locale].steps, label), `${locale}: ${label}`).toBe(true);
  });

  it('has a sentence saying what every step does, in every locale, each its own translation', () => {
    for (const label of stepLabelsInEstimatorSource()) {
      const sentences = LOCALES.map((locale) => createI18n(locale).stepDetail(label));
      for (const [n, s] of sentences.entries())
        expect([LOCALES[n], label, s && s.length > 10]).toEqual([LOCALES[n], label, true]);
      expect(new Set(sentences).size, label).toBe(LOCALES.length);
    }
  });

  it('answers an unknown flag with a readable sentence, never the slug', () => {
    const { flag } = createI18n('de');
    expect(flag('some-new-flag')).toBe('Für diese Schätzung gilt ein weiterer Vorbehalt.');
    expect(flag('constructor')).not.toMatch(/function/);
  });

  it('keeps placeholders the same in every locale', () => {
    const names = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(',');
    const en = CATALOGUES.en.messages;
    for (const locale of LOCALES)
      for (const [k, v] of Object.entries(CATALOGUES[locale].messages))
        expect([locale, k, names(v)]).toEqual([locale, k, names(en[k as keyof typeof en])]);
  });

  it('picks the first supported browser language', () => {
    expect(pickLocale(['de-AT', 'en'])).toBe('de');
    expect(pickLocale(['nl', 'fr-CA'])).toBe('fr');
    expect(pickLocale(['zh-Hans-CN'])).toBe('zh-CN');
    expect(pickLocale(['zh-TW', 'es'])).toBe('es');
    expect(pickLocale([])).toBe('en');
  });

  it('formats numbers and units in the language', () => {
    expect(createI18n('en').kg(3.14)).toBe('3.1 kg');
    expect(createI18n('de').kg(3.14)).toBe('3,1 kg');
    expect(createI18n('de').kg(1234)).toBe('1,2 t');
    expect(createI18n('fr').t('badge.value', { kg: createI18n('fr').kg(41) })).toBe('≈ 41 kg CO2e');
    expect(createI18n('en').plural('order.items', 1)).toBe('1 item');
    expect(createI18n('en').plural('order.items', 3)).toBe('3 items');
  });
});
