// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { createLedgerText } from '../lib/i18n/ledger';
import type { Purchase } from '../lib/messaging/protocol';
import { ledgerFormat } from './ledger-format';
import { LedgerTextContext } from './ledger-text';
import { PurchaseRow } from './PurchaseRow';

const purchase = (category: string | null) =>
  ({
    id: 7,
    key: 'k',
    product: { title: 'Smartphone' },
    shop: 'otto.de',
    price: 500,
    currency: 'EUR',
    quantity: 1,
    status: 'active',
    purchasedAt: '2024-05-10T12:00:00.000Z',
    day: '2024-05-10',
    kgCO2e: 60,
    low: 40,
    high: 80,
    tier: 'B',
    userCategory: null,
    estimate: category === null ? null : { category },
    updatedAt: '2024-05-10T12:00:00.000Z',
  }) as unknown as Purchase;

function editForm(locale: string, p: Purchase) {
  const L = createLedgerText(locale, []);
  const fmt = ledgerFormat(L.formatLocale, { currency: null, rates: {}, converted: (c) => c });
  const root = document.createElement('div');
  document.body.append(root);
  const actions = { edit: () => {}, remove: () => {} };
  render(
    <LedgerTextContext.Provider value={L}>
      <PurchaseRow p={p} fmt={fmt} actions={actions} />
    </LedgerTextContext.Provider>,
    root,
  );
  (root.querySelector('.actions button') as HTMLButtonElement).click();
  return root;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('PurchaseRow edit form, category field', () => {
  it('suggests the estimate’s top-level category in the user’s language, and offers all top levels in it', async () => {
    const root = editForm('de', purchase('Electronics > Communications > Telephony > Mobile Phones'));
    await flush();
    const field = root.querySelector('form.edit input:not([type])') as HTMLInputElement;
    expect(field.placeholder).toBe('Elektronik');
    const options = [...root.querySelectorAll(`datalist#${field.getAttribute('list')} option`)].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(options).toContain('Elektronik');
    expect(options).toContain('Heim & Garten');
    expect(options).not.toContain('Electronics');
  });

  it('keeps a category outside the taxonomy as it is, and no category as an empty hint', async () => {
    const other = editForm('fr', purchase('Gift Cards'));
    const none = editForm('fr', purchase(null));
    await flush();
    const field = (root: HTMLElement) => root.querySelector('form.edit input:not([type])') as HTMLInputElement;
    expect(field(other).placeholder).toBe('Gift Cards');
    expect(field(none).placeholder).toBe('');
  });
});

describe('PurchaseRow shows the factor the estimate rests on, with its statistic (#8)', () => {
  const row = (locale: string, factors: unknown[]) => {
    const L = createLedgerText(locale, []);
    const fmt = ledgerFormat(L.formatLocale, { currency: null, rates: {}, converted: (c) => c });
    const p = { ...purchase('Electronics'), estimate: { category: 'Electronics', factors } } as unknown as Purchase;
    const root = document.createElement('div');
    render(
      <LedgerTextContext.Provider value={L}>
        <PurchaseRow p={p} fmt={fmt} />
      </LedgerTextContext.Provider>,
      root,
    );
    return root.querySelector('[data-testid=ledger-item-factor]')?.textContent ?? null;
  };
  const fx = {
    id: 'fx:EUR:2024',
    value: 1.08,
    unit: 'USD per EUR',
    source: 'ECB',
    version: '2024',
    year: 2024,
    licence: 'x',
  };
  const device = { ...fx, id: 'devices:smartphone', source: 'Boavizta', year: 2023, statistic: 'median', n: 41 };
  it('the first emission factor, not a money conversion', () => {
    expect(row('en', [fx, device])).toBe('factor: median of 41 values, Boavizta 2023');
    expect(row('de', [device])).toBe('Faktor: Median von 41 Werten, Boavizta 2023');
    expect(row('en', [{ ...device, statistic: 'point', n: undefined, source: 'EPA', year: null }])).toBe(
      'factor: one published value, EPA',
    );
  });
  it('no line when no factor says its statistic (an unknown, or an older record)', () => {
    expect(row('en', [fx])).toBeNull();
    expect(row('en', [])).toBeNull();
  });
});
