// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { createLedgerText } from '../lib/i18n/ledger';
import { summarize } from '../lib/ledger/summary';
import type { Purchase } from '../lib/messaging/protocol';
import { ledgerFormat } from './ledger-format';
import { LedgerTextContext } from './ledger-text';
import { LedgerView, type LedgerLists } from './LedgerView';

const now = new Date();
const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
const months = [
  { month, count: 2, kg: 30, low: 20, high: 50, unknown: 0, categories: [{ name: 'Unknown', kg: 30, count: 2 }] },
];
const summary = summarize(months, { period: 'year', kg: 250 }, now);
const purchase = {
  id: 1,
  key: 'k',
  product: { title: 'Kettle' },
  shop: 'otto.de',
  price: 100,
  currency: 'EUR',
  quantity: 1,
  status: 'active',
  purchasedAt: '2024-05-10T12:00:00.000Z',
  day: '2024-05-10',
  kgCO2e: 30,
  low: 20,
  high: 50,
  tier: 'C',
  updatedAt: '2024-05-10T12:00:00.000Z',
} as unknown as Purchase;
const lists: LedgerLists = { recent: [purchase], biggest: [], count: 40, stale: 0 };

function view(locale: string, props: { lists: LedgerLists | null; currency?: string }, shown = summary) {
  const L = createLedgerText(locale, []);
  const fmt = ledgerFormat(L.formatLocale, {
    currency: props.currency ?? null,
    rates: { EUR: { '2024': 1.082 }, GBP: { '2024': 1.278 } },
    converted: (converted, original, year) => L.t('popup.converted', { converted, original, year }),
  });
  const root = document.createElement('div');
  render(
    <LedgerTextContext.Provider value={L}>
      <LedgerView summary={shown} lists={props.lists} fmt={fmt} />
    </LedgerTextContext.Provider>,
    root,
  );
  return root;
}

describe('LedgerView', () => {
  it('paints the totals before the lists arrive', () => {
    const root = view('en-US', { lists: null });
    expect(root.querySelector('[data-testid=ledger-total-all-kg]')?.textContent).toBe('30 kg CO2e');
    expect(root.textContent).toContain('Loading…');
    expect(root.querySelector('[data-testid=ledger-list]')).toBeNull();
  });

  it('speaks German, with German numbers and dates, and names the unknown category', () => {
    const root = view('de-DE', { lists });
    expect(root.textContent).toContain('Dieser Monat');
    expect(root.textContent).toContain('Nicht erkannt');
    expect(root.querySelector('[data-testid=ledger-item]')?.textContent).toContain('10. Mai 2024');
    expect(root.querySelector('[data-testid=ledger-item]')?.textContent).toMatch(/100,00\s€/);
    expect(root.textContent).toContain('1 von 40');
  });

  it('names the categories in the UI language, grouped by taxonomy id', () => {
    const cats = [
      { name: 'Home & Garden', kg: 20, count: 1 },
      { name: 'Heim & Garten', kg: 5, count: 1 },
      { name: 'Bastelkram', kg: 3, count: 1 },
    ];
    const grouped = summarize([{ ...months[0]!, categories: cats }], { period: 'year', kg: 250 }, now);
    const names = (locale: string) =>
      [
        ...view(locale, { lists: null }, grouped).querySelectorAll(
          '[data-testid=ledger-categories] li > span:first-child',
        ),
      ].map((e) => e.textContent);
    expect(names('de-DE')).toEqual(['Heim & Garten', 'Bastelkram']);
    expect(names('fr-FR')).toEqual(['Maison et jardin', 'Bastelkram']);
    expect(names('en-US')).toEqual(['Home & Garden', 'Bastelkram']);
  });

  it('shows prices in the display currency with the original and the rate’s year', () => {
    const meta = view('en-GB', { lists, currency: 'GBP' }).querySelector(
      '[data-testid=ledger-item] .meta',
    )?.textContent;
    expect(meta).toContain('£84.66 (€100.00; 2024 exchange rate)');
  });
});
