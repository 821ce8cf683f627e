// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Estimate } from '../lib/estimate/schema';
import { Badge } from './Badge';
import { userClick } from '../tests/unit/user-events';

const estimate: Estimate = {
  kgCO2e: 3.1,
  low: 1.6,
  high: 6.2,
  tier: 'D',
  category: 'Apparel & Accessories > Clothing > Shirts & Tops',
  categoryId: 212,
  confidence: 0.9,
  method: 'Spend-based: EPA factor for apparel',
  factors: [{ id: 'epa:315220', value: 0.12, unit: 'kg CO2e/USD2022', source: 'US EPA', version: 'v1.3.0', year: 2022, licence: 'public domain' }],
  steps: [{ label: 'VAT', detail: 'EUR 29.99 less 19% VAT = EUR 25.20', value: 25.2, unit: 'EUR' }],
  flags: [],
  packVersion: 'p1',
};

function mount(node: preact.VNode) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(node, root));
  return root;
}

describe('Badge', () => {
  it('shows the central estimate and opens the panel with the steps', () => {
    const root = mount(<Badge state={{ status: 'ready', estimate }} />);
    expect(root.querySelector('[data-testid=embodied-badge-text]')!.textContent).toBe('≈ 3.1 kg CO2e');
    act(() => userClick(root.querySelector('[data-testid=embodied-badge]')!));
    const panel = root.querySelector('[data-testid=embodied-panel]')!;
    expect(panel.textContent).toContain('EUR 29.99 less 19% VAT');
    expect(panel.textContent).toContain('US EPA');
  });

  it('says unknown rather than inventing a number', () => {
    const root = mount(<Badge state={{ status: 'ready', estimate: { ...estimate, kgCO2e: null, low: null, high: null, tier: 'unknown' } }} />);
    expect(root.textContent).toContain('CO2e unknown');
  });

  it('records a purchase once and says so', async () => {
    const onBought = vi.fn(async () => true);
    const root = mount(<Badge state={{ status: 'ready', estimate }} onBought={onBought} />);
    const button = root.querySelector('[data-testid=embodied-bought]') as HTMLButtonElement;
    await act(async () => userClick(button));
    await act(async () => userClick(button));
    expect(onBought).toHaveBeenCalledTimes(1);
    expect(button.textContent).toBe('Added to your total ✓');
  });

  it('offers a retry when saving failed', async () => {
    const root = mount(<Badge state={{ status: 'ready', estimate }} onBought={async () => false} />);
    const button = root.querySelector('[data-testid=embodied-bought]') as HTMLButtonElement;
    await act(async () => userClick(button));
    await vi.waitFor(() => expect(button.textContent).toBe('Not saved: try again'));
  });

  it('ignores a click the page made (not the user): nothing is recorded', async () => {
    const onBought = vi.fn(async () => true);
    const root = mount(<Badge state={{ status: 'ready', estimate }} onBought={onBought} />);
    const button = root.querySelector('[data-testid=embodied-bought]') as HTMLButtonElement;
    await act(async () => button.click());
    await act(async () => void button.dispatchEvent(new MouseEvent("click", { bubbles: true })));
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
    const root = mount(<Badge state={{ status: 'ready', estimate: { ...estimate, category: hostile, method: hostile } }} />);
    act(() => userClick(root.querySelector('[data-testid=embodied-badge]')!));
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('<img src=x');
  });
});
