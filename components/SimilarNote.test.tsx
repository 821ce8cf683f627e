// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { SimilarPosition } from '../lib/compare/similar';
import type { Estimate } from '../lib/estimate/schema';
import { createI18n } from '../lib/i18n';
import { userClick } from '../tests/unit/user-events';
import { Badge } from './Badge';
import { I18nContext } from './i18n';
import { DirectPanel } from '../tests/unit/direct-panel';
import { PanelSlot } from './panel-slot';

const estimate: Estimate = {
  kgCO2e: 120,
  low: 60,
  high: 250,
  tier: 'B',
  category: 'Furniture > Sofas',
  categoryId: 460,
  confidence: 0.9,
  method: 'typical item',
  factors: [],
  steps: [],
  flags: [],
  packVersion: 'p1',
};
const similar: SimilarPosition = {
  relative: 'higher',
  low: 40,
  high: 150,
  category: 'Furniture > Sofas',
  weightKg: [20, 120],
  priceUsd: [300, 3000],
  basis: { kind: 'category' },
};

function mount(node: preact.VNode, locale: 'en' | 'de' = 'en') {
  const root = document.createElement('div');
  document.body.append(root);
  // The panel as extension pages fill the badge's slot (the content script loads it on the first open).
  const view = <PanelSlot.Provider value={DirectPanel}>{node}</PanelSlot.Provider>;
  act(() => render(<I18nContext.Provider value={createI18n(locale)}>{view}</I18nContext.Provider>, root));
  return root;
}
const q = (root: Element, id: string) => root.querySelector(`[data-testid=${id}]`) as HTMLElement | null;

describe('relative label', () => {
  it('shows "higher" on the badge and explains "similar" in the panel', () => {
    const root = mount(<Badge state={{ status: 'ready', estimate: { ...estimate, similar } }} />);
    expect(q(root, 'embodied-badge-similar')?.textContent).toBe('↑higher');
    expect(q(root, 'embodied-badge-range')?.textContent).toContain('Higher than similar products');
    act(() => userClick(q(root, 'embodied-badge')!));
    const what = q(root, 'embodied-similar-what')!.textContent!;
    expect(what).toContain('Furniture > Sofas');
    expect(what).toContain('20 to 120 kg');
    expect(what).toContain('$300 to $3,000');
    expect(what).toContain('40 kg to 150 kg');
  });

  it('is in the browser language, and absent when the background could not place the figure', () => {
    const de = mount(
      <Badge state={{ status: 'ready', estimate: { ...estimate, similar: { ...similar, relative: 'lower' } } }} />,
      'de',
    );
    expect(q(de, 'embodied-badge-similar')?.textContent).toBe('↓niedriger');
    const none = mount(<Badge state={{ status: 'ready', estimate }} />);
    expect(q(none, 'embodied-badge-similar')).toBeNull();
    act(() => userClick(q(none, 'embodied-badge')!));
    expect(q(none, 'embodied-similar')).toBeNull();
  });
});

describe('what "similar" meant', () => {
  it('names the typical item when the span is that item across weights', () => {
    const item: SimilarPosition = { ...similar, priceUsd: null, basis: { kind: 'item', item: 'wool jumper' } };
    const root = mount(<Badge state={{ status: 'ready', estimate: { ...estimate, similar: item } }} />);
    act(() => userClick(q(root, 'embodied-badge')!));
    expect(q(root, 'embodied-similar')!.dataset.basis).toBe('item');
    const what = q(root, 'embodied-similar-what')!.textContent!;
    expect(what).toContain('the typical wool jumper (ADEME Impact CO2)');
    expect(what).toContain('20 to 120 kg');
    expect(what).not.toContain('$');
  });
});

describe('same product, other choices in the panel', () => {
  it('shows the refurbished figure beside this new offer, with the rule', () => {
    const phone: Estimate = { ...estimate, kgCO2e: 60, low: 40, high: 90, category: 'Electronics > Phones' };
    const root = mount(<Badge state={{ status: 'ready', estimate: phone }} offered={['new', 'refurbished']} />);
    act(() => userClick(q(root, 'embodied-badge')!));
    const c = q(root, 'embodied-choices')!;
    expect(c.querySelector('[data-condition=new]')!.textContent).toBe('new (this offer): ≈ 60 kg (40 kg – 90 kg)');
    expect(c.querySelector('[data-condition=refurbished]')!.textContent).toMatch(/^refurbished: ≈ 12 kg/);
    expect(c.textContent).toContain('20%');
  });

  it('shows nothing when the page offers no other condition', () => {
    const root = mount(<Badge state={{ status: 'ready', estimate }} offered={['new']} />);
    act(() => userClick(q(root, 'embodied-badge')!));
    expect(q(root, 'embodied-choices')).toBeNull();
  });
});
