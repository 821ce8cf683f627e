// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Estimate } from '../lib/estimate/schema';
import { createI18n } from '../lib/i18n';
import { userClick, userKey } from '../tests/unit/user-events';
import { Badge } from './Badge';
import { I18nContext } from './i18n';
import { DirectPanel } from '../tests/unit/direct-panel';
import { PanelSlot } from './panel-slot';
import { OrderCard } from './OrderCard';

const estimate: Estimate = {
  kgCO2e: 3.1,
  low: 1.6,
  high: 6.2,
  tier: 'D',
  category: 'Apparel & Accessories > Clothing > Shirts & Tops',
  categoryId: 212,
  confidence: 0.9,
  method: 'Spend-based: EPA factor for apparel',
  factors: [
    {
      id: 'epa:315220',
      value: 0.12,
      unit: 'kg CO2e/USD2022',
      source: 'US EPA',
      version: 'v1.3.0',
      year: 2022,
      licence: 'public domain',
    },
  ],
  steps: [{ label: 'Net of VAT', detail: 'EUR 29.99 less 19% VAT = EUR 25.20', value: 25.2, unit: 'EUR' }],
  flags: ['price-below-typical-range', 'non-us-supply-chain-approximation'],
  packVersion: 'p1',
};
const published: Estimate = { ...estimate, tier: 'A', flags: [], confidence: 0.95 };

function mount(node: preact.VNode, locale: 'en' | 'de' = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  // The panel as extension pages fill the badge's slot (the content script loads it on the first open).
  const view = <PanelSlot.Provider value={DirectPanel}>{node}</PanelSlot.Provider>;
  act(() => render(<I18nContext.Provider value={createI18n(locale)}>{view}</I18nContext.Provider>, root));
  return root;
}
const q = (root: Element, id: string) => root.querySelector(`[data-testid=${id}]`) as HTMLElement;

describe('Badge', () => {
  it('reads what only the panel shows when the panel opens, not on the way to the badge', () => {
    const offered = vi.fn(() => ['new', 'refurbished'] as const);
    const onOpen = vi.fn();
    const root = mount(<Badge state={{ status: 'ready', estimate: published }} offered={offered} onOpen={onOpen} />);
    expect(q(root, 'embodied-badge-text').textContent).toBe('≈ 3.1 kg CO2e');
    expect(offered).not.toHaveBeenCalled();
    expect(onOpen).not.toHaveBeenCalled();
    act(() => userClick(q(root, 'embodied-badge')));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(offered).toHaveBeenCalled();
    expect(q(root, 'embodied-panel')).not.toBeNull();
  });

  it('shows the central estimate, its range on hover, and opens the panel with the steps', () => {
    const root = mount(<Badge state={{ status: 'ready', estimate }} />);
    expect(q(root, 'embodied-badge-text').textContent).toBe('≈ 3.1 kg CO2e');
    expect(q(root, 'embodied-badge-range').textContent).toBe('1.6 kg – 6.2 kg');
    act(() => userClick(q(root, 'embodied-badge')));
    const panel = q(root, 'embodied-panel');
    expect(panel.textContent).toContain('EUR 29.99 less 19% VAT');
    expect(panel.textContent).toContain('US EPA');
  });

  it('writes notes as sentences, never slugs, and gives a cited everyday comparison and a per-year figure', () => {
    const root = mount(<Badge state={{ status: 'ready', estimate }} />);
    act(() => userClick(q(root, 'embodied-badge')));
    const panel = q(root, 'embodied-panel');
    expect(panel.textContent).not.toMatch(/[a-z]+-[a-z]+-[a-z]+/);
    expect(q(root, 'embodied-notes').textContent).toContain('far below what this kind of product usually costs');
    expect(q(root, 'embodied-compare').textContent).toMatch(
      /driving a typical passenger car for 12 km.*EPA-420-F-23-014/,
    );
    expect(q(root, 'embodied-per-year').textContent).toMatch(/5 years: 0.62 kg per year.*ADEME/);
    expect(q(root, 'embodied-change').textContent).toContain('weight and materials');
  });

  it('looks rough for a spend-based figure with a flagged price, and not for a published footprint', () => {
    const rough = mount(<Badge state={{ status: 'ready', estimate }} />);
    expect(q(rough, 'embodied-badge').className).toContain('rough');
    act(() => userClick(q(rough, 'embodied-badge')));
    expect(q(rough, 'embodied-rough').textContent).toContain('worked out from the price');
    const solid = mount(<Badge state={{ status: 'ready', estimate: published }} />);
    expect(q(solid, 'embodied-badge').className).not.toContain('rough');
  });

  it('explains unknown, and says so for what is not a physical product', () => {
    const unknown = {
      ...estimate,
      kgCO2e: null,
      low: null,
      high: null,
      tier: 'unknown' as const,
      flags: ['no-category'],
      method: 'no category found in the title',
    };
    const root = mount(<Badge state={{ status: 'ready', estimate: unknown }} />);
    expect(root.textContent).toContain('CO2e unknown');
    act(() => userClick(q(root, 'embodied-badge')));
    expect(q(root, 'embodied-unknown-why').textContent).toContain('no category found in the title');
    const ticket = mount(
      <Badge state={{ status: 'ready', estimate: { ...unknown, flags: ['not-a-physical-product'] } }} />,
    );
    expect(q(ticket, 'embodied-badge-text').textContent).toBe('no product footprint');
    act(() => userClick(q(ticket, 'embodied-badge')));
    expect(q(ticket, 'embodied-not-physical').textContent).toContain('vouchers');
  });

  it('closes on Escape and gives focus back to the badge', () => {
    const root = mount(<Badge state={{ status: 'ready', estimate }} />);
    act(() => userClick(q(root, 'embodied-badge')));
    expect(root.querySelector('[role=dialog]')).not.toBeNull();
    act(() => userKey(root.querySelector('[role=dialog]')!, 'Escape'));
    expect(root.querySelector('[role=dialog]')).toBeNull();
    expect(document.activeElement).toBe(q(root, 'embodied-badge'));
  });

  it('speaks German when the browser does', () => {
    const root = mount(<Badge state={{ status: 'ready', estimate }} onBought={async () => 'saved'} />, 'de');
    expect(q(root, 'embodied-badge-text').textContent).toBe('≈ 3,1 kg CO2e');
    expect(q(root, 'embodied-bought').textContent).toBe('Gekauft');
    act(() => userClick(q(root, 'embodied-badge')));
    expect(q(root, 'embodied-panel').textContent).toContain('Methode');
    expect(q(root, 'embodied-panel').textContent).toContain('Ohne Mehrwertsteuer');
  });

  it('records a purchase once, with the quantity, and says so', async () => {
    const onBought = vi.fn(async () => 'saved' as const);
    const root = mount(<Badge state={{ status: 'ready', estimate }} onBought={onBought} />);
    const qty = q(root, 'embodied-quantity') as HTMLInputElement;
    await act(async () => {
      qty.value = '3';
      qty.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const button = q(root, 'embodied-bought');
    await act(async () => userClick(button));
    await act(async () => userClick(button));
    expect(onBought).toHaveBeenCalledTimes(1);
    expect(onBought).toHaveBeenCalledWith({ quantity: 3, again: false });
    await vi.waitFor(() => expect(button.textContent).toBe('Added to your total ✓'));
  });

  it('asks before recording the same product twice on one day', async () => {
    const onBought = vi.fn(
      async ({ again }: { again: boolean }) => (again ? 'saved' : 'same-day') as 'saved' | 'same-day',
    );
    const root = mount(<Badge state={{ status: 'ready', estimate }} onBought={onBought} />);
    await act(async () => userClick(q(root, 'embodied-bought')));
    await vi.waitFor(() => expect(q(root, 'embodied-same-day')?.textContent).toContain('Already recorded today.'));
    await act(async () => userClick(q(root, 'embodied-bought-again')));
    expect(onBought).toHaveBeenLastCalledWith({ quantity: 1, again: true });
    await vi.waitFor(() => expect(q(root, 'embodied-bought')?.textContent).toBe('Added to your total ✓'));
  });

  it('offers a retry when saving failed', async () => {
    const root = mount(<Badge state={{ status: 'ready', estimate }} onBought={async () => 'failed'} />);
    const button = q(root, 'embodied-bought');
    await act(async () => userClick(button));
    await vi.waitFor(() => expect(button.textContent).toBe('Not saved: try again'));
  });

  it('ignores a click the page made (not the user): nothing is recorded', async () => {
    const onBought = vi.fn(async () => 'saved' as const);
    const root = mount(<Badge state={{ status: 'ready', estimate }} onBought={onBought} />);
    const button = q(root, 'embodied-bought');
    await act(async () => button.click());
    await act(async () => void button.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onBought).not.toHaveBeenCalled();
  });

  it('keeps a click on the badge from the page: no link followed, no page handler', () => {
    const link = document.createElement('a');
    link.href = '#elsewhere';
    document.body.append(link);
    const seen = vi.fn();
    link.addEventListener('click', seen);
    act(() => render(<Badge state={{ status: 'ready', estimate }} />, link));
    const e = new MouseEvent('click', { bubbles: true, cancelable: true });
    act(() => void link.querySelector('[data-testid=embodied-badge]')!.dispatchEvent(e));
    expect(seen).not.toHaveBeenCalled();
    expect(e.defaultPrevented).toBe(true);
  });

  it('renders page text as text, never as HTML', () => {
    const hostile = '<img src=x onerror="alert(1)"><b>bold</b>';
    const root = mount(
      <Badge state={{ status: 'ready', estimate: { ...estimate, category: hostile, method: hostile } }} />,
    );
    act(() => userClick(q(root, 'embodied-badge')));
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x');
  });
});

describe('OrderCard', () => {
  it('lets the user untick lines before adding; the total follows', async () => {
    const onAdd = vi.fn(async (sel: number[]) => ({ added: sel.length, already: 0 }));
    const lines = [
      { title: 'Paper towels', kg: 2, quantity: 1 },
      { title: 'Kettle', kg: 10, quantity: 1 },
    ];
    const root = mount(<OrderCard orderId="123" lines={lines} onAdd={onAdd} />);
    expect(q(root, 'embodied-order-summary').textContent).toBe('Order 123: 2 items, ≈ 12 kg CO2e');
    const box = root.querySelectorAll('[data-testid=embodied-order-line]')[1] as HTMLInputElement;
    await act(async () => {
      box.checked = false;
      const e = new Event('change', { bubbles: true });
      Object.defineProperty(e, 'isTrusted', { value: true });
      box.dispatchEvent(e);
    });
    expect(q(root, 'embodied-order-summary').textContent).toBe('Order 123: 1 item, ≈ 2 kg CO2e');
    await act(async () => userClick(q(root, 'embodied-order-add')));
    expect(onAdd).toHaveBeenCalledWith([0]);
    await vi.waitFor(() => expect(q(root, 'embodied-order-done')?.textContent).toBe('Added 1 to your purchases ✓'));
  });
});
