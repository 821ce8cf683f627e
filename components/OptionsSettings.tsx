/** Display, budget and shop settings. No browser APIs: the options page saves what this returns. */
import type { Settings } from '../lib/settings/schema';
import { BUDGET_COMPARISONS, DEFAULT_BUDGET_NOTE } from './budget-sources';
import { LEDGER_STRINGS as L, OPTIONS_STRINGS as S } from './ledger-strings';

const LOCALES = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES', 'zh-CN'];
const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CNY', 'JPY', 'CAD', 'AUD'];
/** Countries with a built-in shop; VAT and defaults follow the country. */
const COUNTRIES = ['AT', 'CH', 'CN', 'DE', 'ES', 'FR', 'GB', 'IT', 'NL', 'US'];

export function OptionsSettings({ settings, onChange }: { settings: Settings; onChange(next: Settings): void }) {
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => onChange({ ...settings, [k]: v });
  const names = new Intl.DisplayNames(settings.locale ?? undefined, { type: 'region' });
  return (
    <>
      <section>
        <h2>{S.display}</h2>
        <div class="field">
          <label for="opt-locale">{S.locale}</label>
          <select id="opt-locale" value={settings.locale ?? ''} onChange={(e) => set('locale', (e.target as HTMLSelectElement).value || null)}>
            <option value="">{S.localeAuto}</option>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {new Intl.DisplayNames(l, { type: 'language' }).of(l)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="opt-currency">{S.currency}</label>
          <select id="opt-currency" value={settings.currency ?? ''} onChange={(e) => set('currency', (e.target as HTMLSelectElement).value || null)}>
            <option value="">{S.currencyAuto}</option>
            {CURRENCIES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="opt-country">{S.country}</label>
          <select id="opt-country" value={settings.country ?? ''} onChange={(e) => set('country', (e.target as HTMLSelectElement).value || null)}>
            <option value="">{S.countryNone}</option>
            {COUNTRIES.map((c) => (
              <option key={c} value={c}>
                {names.of(c)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="opt-theme">{S.theme}</label>
          <select id="opt-theme" value={settings.theme} onChange={(e) => set('theme', (e.target as HTMLSelectElement).value as Settings['theme'])}>
            {Object.entries(S.themes).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </section>
      <section data-testid="options-budget">
        <h2>{S.budget}</h2>
        <div class="field">
          <label for="opt-budget">{S.budgetAmount}</label>
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
            <select aria-label={S.budget} value={settings.budget.period} onChange={(e) => set('budget', { ...settings.budget, period: (e.target as HTMLSelectElement).value as 'month' | 'year' })}>
              {Object.entries(S.periods).map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          </span>
        </div>
        <h3>{L.budgetSourceTitle}</h3>
        <p class="muted">{DEFAULT_BUDGET_NOTE}</p>
        <ul class="sources">
          {BUDGET_COMPARISONS.map((c) => (
            <li key={c.url}>
              {c.text}{' '}
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
        <h2>{S.shops}</h2>
        <label class="check">
          <input type="checkbox" checked={settings.builtInShops} onChange={(e) => set('builtInShops', (e.target as HTMLInputElement).checked)} /> {S.builtInShops}
        </label>
        <p class="muted small">{S.builtInShopsNote}</p>
      </section>
    </>
  );
}
