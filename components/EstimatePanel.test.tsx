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
