/** Display, budget and shop settings. No browser APIs: the options page saves what this returns. */
import type { Settings } from '../lib/settings/schema';
import { BUDGET_COMPARISONS } from './budget-sources';
import { useLedgerText } from './ledger-text';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'zh-CN'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CNY', 'JPY', 'CAD', 'AUD'];
/** Countries with a built-in shop; VAT and defaults follow the country. */
const COUNTRIES = ['AT', 'CH', 'CN', 'DE', 'ES', 'FR', 'GB', 'IT', 'NL', 'US'];
const THEMES = ['system', 'light', 'dark'] as const;
const PERIODS = ['month', 'year'] as const;

export function OptionsSettings({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => onChange({ ...settings, [k]: v });
  const L = useLedgerText();
  const regions = new Intl.DisplayNames(L.formatLocale, { type: 'region' });
  const currencies = new Intl.DisplayNames(L.formatLocale, { type: 'currency' });
  return (
    <>
      <section>
        <h2>{L.t('options.display')}</h2>
        <div class="field">
          <label for="opt-locale">{L.t('options.locale')}</label>
          <select
            id="opt-locale"
            value={settings.locale ?? ''}
            onChange={(e) => set('locale', (e.target as HTMLSelectElement).value || null)}
          >
            <option value="">{L.t('options.localeAuto')}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {new Intl.DisplayNames(l, { type: 'language' }).of(l)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="opt-currency">{L.t('options.currency')}</label>
          <select
            id="opt-currency"
            value={settings.currency ?? ''}
            onChange={(e) => set('currency', (e.target as HTMLSelectElement).value || null)}
          >
            <option value="">{L.t('options.currencyAuto')}</option>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c} – {currencies.of(c)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="opt-country">{L.t('options.country')}</label>
          <select
            id="opt-country"
            value={settings.country ?? ''}
            onChange={(e) => set('country', (e.target as HTMLSelectElement).value || null)}
          >
            <option value="">{L.t('options.countryNone')}</option>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {regions.of(c)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="opt-theme">{L.t('options.theme')}</label>
          <select
            id="opt-theme"
            value={settings.theme}
            onChange={(e) => set('theme', (e.target as HTMLSelectElement).value as Settings['theme'])}
          >
            {THEMES.map((v) => (
              <option key={v} value={v}>
                {L.t(`options.theme.${v}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
      <section data-testid="options-budget">
        <h2>{L.t('options.budget')}</h2>
        <div class="field">
          <label for="opt-budget">{L.t('options.budgetAmount')}</label>
          <span>
            <input
              id="opt-budget"
              type="number"
              min={1}
              max={1000000}
              value={settings.budget.kg}
              onChange={(e) => {
                const kg = Number((e.target as HTMLInputElement).value);
                if (Number.isFinite(kg) && kg > 0) set('budget', { ...settings.budget, kg });
              }}
            />{' '}
            <select
              aria-label={L.t('options.budget')}
              value={settings.budget.period}
              onChange={(e) =>
                set('budget', { ...settings.budget, period: (e.target as HTMLSelectElement).value as 'month' | 'year' })
              }
            >
              {PERIODS.map((v) => (
                <option key={v} value={v}>
                  {L.t(`options.period.${v}`)}
                </option>
              ))}
            </select>
          </span>
        </div>
        <h3>{L.t('options.budgetSources')}</h3>
        <p class="muted">{L.t('options.budgetDefault')}</p>
        <ul class="sources">
          {BUDGET_COMPARISONS.map((c) => (
            <li key={c.url}>
              {L.t(c.text)}{' '}
              <cite>
                <a href={c.url} target="_blank" rel="noreferrer noopener">
                  {c.source}
                </a>
              </cite>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{L.t('options.shops')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.builtInShops}
            onChange={(e) => set('builtInShops', (e.target as HTMLInputElement).checked)}
          />{' '}
          {L.t('options.builtInShops')}
        </label>
        <p class="muted small">{L.t('options.builtInShopsNote')}</p>
      </section>
    </>
  );
}
