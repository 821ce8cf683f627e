// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { Estimate } from '../lib/estimate/schema';
import { createI18n, type Locale } from '../lib/i18n';
import { EstimatePanel } from './EstimatePanel';
import type { ShownEstimate } from './shown-estimate';
import { I18nContext } from './i18n';

const estimate: Estimate = {
  kgCO2e: 7.1,
  low: 1.9,
  high: 14,
  tier: 'C',
  category: 'Apparel & Accessories > Clothing > Shirts & Tops',
  categoryId: 212,
  confidence: 1,
  method: 'Mass x material: Clothing (DESNZ 2024)',
  factors: [],
  steps: [{ label: 'Mass x factor', detail: '0.32 kg x 22.31 kg CO2e/kg = 7.139 kg', value: 7.14, unit: 'kg CO2e' }],
  flags: [],
  packVersion: 'p1',
};

function panel(locale: Locale, shown: ShownEstimate = estimate) {
  const root = document.createElement('div');
  act(() =>
    render(
      <I18nContext.Provider value={createI18n(locale)}>
        <EstimatePanel estimate={shown} onCorrect={() => Promise.resolve(true)} />
      </I18nContext.Provider>,
      root,
    ),
  );
  return root;
}

describe('the steps in the panel', () => {
  it('say what each step does in the browser language, beside the worked figures', () => {
    const de = panel('de');
    expect(de.querySelector('[data-testid=embodied-panel]')!.getAttribute('lang')).toBe('de');
    const step = de.querySelector('[data-step="Mass x factor"]')!;
    expect(step.textContent).toContain('Gewicht × Faktor: Das Gewicht mal der Fußabdruck pro Kilogramm.');
    // The arithmetic is the estimator's own (numbers and source names), marked as English for screen readers.
    const working = step.querySelector('.working')!;
    expect(working.getAttribute('lang')).toBe('en');
    expect(working.textContent).toBe('0.32 kg x 22.31 kg CO2e/kg = 7.139 kg');
    expect(panel('zh-CN').querySelector('[data-step="Mass x factor"]')!.textContent).toContain(
      '重量乘以每千克碳足迹。',
    );
  });
});

describe('the category in the panel', () => {
  const german = 'Bekleidung & Accessoires > Bekleidung > Shirts & Tops';
  it('is named as the background named it in the UI language, also in the correction choices', () => {
    const de = panel('de', { ...estimate, local: { category: german } });
    expect(de.textContent).toContain(german);
    expect(de.textContent).not.toContain('Apparel & Accessories');
    const options = [...de.querySelectorAll('[data-testid=embodied-correct-category] option')];
    // The values stay the English paths the estimator reads; the labels are German, level for level.
    expect(options.slice(1).map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['Apparel & Accessories > Clothing > Shirts & Tops', german],
      ['Apparel & Accessories > Clothing', 'Bekleidung & Accessoires > Bekleidung'],
      ['Apparel & Accessories', 'Bekleidung & Accessoires'],
    ]);
    // Without names from the background, the English path.
    expect(panel('de').textContent).toContain('Apparel & Accessories > Clothing > Shirts & Tops');
  });
});

describe('the factor line says what statistic each factor is (#8)', () => {
  const factors: Estimate['factors'] = [
    {
      id: 'devices:laptop',
      value: 239,
      unit: 'kg CO2e per device (embodied)',
      source: 'Boavizta',
      version: '2023-02',
      year: 2023,
      licence: 'ODbL 1.0',
      statistic: 'median',
      n: 188,
    },
    {
      id: 'materials:clothing',
      value: 22.31,
      unit: 'kg CO2e / kg',
      source: 'UK DESNZ',
      version: '2024 v1.1',
      year: 2024,
      licence: 'OGL v3.0',
      statistic: 'point',
    },
    {
      id: 'food:beef',
      value: 99.5,
      unit: 'kg CO2e / kg',
      source: 'Clark et al.',
      version: '2022',
      year: 2022,
      licence: 'CC BY 4.0',
      statistic: 'mean',
    },
    { id: 'fx:EUR:2024', value: 1.08, unit: 'USD per EUR', source: 'ECB', version: '2024', year: 2024, licence: 'ECB' },
  ];
  const lines = (locale: Locale) =>
    [...panel(locale, { ...estimate, factors }).querySelectorAll('ul.factors li')].map((li) => li.textContent);
  it('a median with its count, a mean, one published value; nothing on a money conversion', () => {
    const en = lines('en');
    expect(en[0]).toBe('239 kg CO2e per device (embodied): median of 188 values, Boavizta 2023-02 (2023), ODbL 1.0');
    expect(en[1]).toContain(': one published value, UK DESNZ');
    expect(en[2]).toContain(': mean, Clark et al.');
    expect(en[3]).toBe('1.08 USD per EUR: ECB 2024 (2024), ECB');
  });
  it('in the browser language', () => {
    expect(lines('de')[0]).toContain('Median von 188 Werten, Boavizta');
    expect(lines('fr')[2]).toContain('moyenne, Clark et al.');
  });
});
