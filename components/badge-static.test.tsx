// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SHIRT_ESTIMATE } from '../tests/unit/estimates';
import type { Estimate } from '../lib/estimate/schema';
import { createI18n } from '../lib/i18n';
import { userClick } from '../tests/unit/user-events';
import { Badge } from './Badge';
import type { BadgeState } from './badge-look';
import { staticBadge } from './badge-static';
import { I18nContext } from './i18n';
import type { ShownEstimate } from './shown-estimate';

const base: Estimate = SHIRT_ESTIMATE;
const ready = (e: Partial<ShownEstimate>): BadgeState => ({ status: 'ready', estimate: { ...base, ...e } });

/** Every look the closed badge has: each state, tier, tag and the range or none. */
const STATES: [string, BadgeState][] = [
  ['loading', { status: 'loading' }],
  ['error', { status: 'error', message: 'worker gone' }],
  ['physical', ready({})],
  ['published', ready({ tier: 'A' })],
  ['spend, rough', ready({ tier: 'D', flags: ['price-below-typical-range'], confidence: 0.4 })],
  ['unknown', ready({ kgCO2e: null, low: null, high: null, tier: 'C' })],
  ['no range', ready({ low: null, high: null })],
  ['not physical', ready({ flags: ['not-physical'] })],
  ['corrected', ready({ corrected: { weightKg: 2 } as ShownEstimate['corrected'] })],
  ...(['lower', 'typical', 'higher'] as const).map((relative): [string, BadgeState] => [
    `similar ${relative}`,
    ready({ similar: { relative, median: 4, count: 12 } as unknown as ShownEstimate['similar'] }),
  ]),
];

function preactBadge(
  state: BadgeState,
  locale: 'en' | 'de',
  props: { compact: boolean; theme: 'dark' | 'light' | null; buy: boolean },
) {
  const box = document.createElement('div');
  const onBought = props.buy ? vi.fn(async () => 'saved' as const) : undefined;
  act(() =>
    render(
      <I18nContext.Provider value={createI18n(locale)}>
        <Badge state={state} compact={props.compact} theme={props.theme} onBought={onBought} />
      </I18nContext.Provider>,
      box,
    ),
  );
  return box.firstElementChild as HTMLElement;
}

describe('the closed badge without Preact', () => {
  for (const [name, state] of STATES)
    for (const locale of ['en', 'de'] as const)
      for (const [compact, buy] of [
        [false, true],
        [false, false],
        [true, false],
      ] as const)
        for (const theme of ['dark', null] as const)
          it(`draws what Preact draws: ${name}, ${locale}, ${compact ? 'compact' : 'full'}${buy ? ' with buy' : ''}, ${theme ?? 'system'}`, () => {
            const props = { compact, theme, buy };
            const drawn = staticBadge(document, state, createI18n(locale), props);
            const expected = preactBadge(state, locale, props);
            // Node for node, attribute for attribute, text for text (empty text nodes included).
            expect(drawn.outerHTML).toBe(expected.outerHTML);
            expect(drawn.isEqualNode(expected)).toBe(true);
            const qty = drawn.querySelector('input');
            expect(qty?.value).toBe(expected.querySelector('input')?.value);
          });

  it('hands its nodes to Preact, which keeps them and brings them to life', () => {
    const box = document.createElement('div');
    document.body.append(box);
    const i = createI18n('en');
    const state = ready({});
    box.append(staticBadge(document, state, i, { buy: true }));
    const pill = box.querySelector('[data-testid=embodied-badge]')!;
    const bought = box.querySelector('[data-testid=embodied-bought]')!;
    const onOpen = vi.fn();
    act(() =>
      render(
        <I18nContext.Provider value={i}>
          <Badge state={state} onBought={async () => 'saved'} onOpen={onOpen} />
        </I18nContext.Provider>,
        box,
      ),
    );
    expect(box.querySelector('[data-testid=embodied-badge]')).toBe(pill);
    expect(box.querySelector('[data-testid=embodied-bought]')).toBe(bought);
    expect(box.children).toHaveLength(1);
    act(() => userClick(pill));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(pill.getAttribute('aria-expanded')).toBe('true');
  });
});
