/**
 * What the closed badge shows for a state, shared by the Preact badge (components/Badge.tsx) and
 * the drawing without Preact that stands in for it until the user first reaches it
 * (components/badge-still.ts): the two must never disagree on a word or a class.
 */
import type { I18n } from '../lib/i18n/core';
import { isNotPhysical, roughReasons } from '../lib/scale/rough';
import type { ShownEstimate } from './shown-estimate';

export type BadgeState =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; estimate: ShownEstimate };

/** A mark that reads without colour: below, level with, above similar products. */
export const SIMILAR_MARK = { lower: '↓', typical: '=', higher: '↑' } as const;

function badgeText(state: BadgeState, i: I18n): string {
  if (state.status === 'loading') return i.t('badge.loading');
  if (state.status === 'error') return i.t('badge.error');
  const e = state.estimate;
  if (isNotPhysical(e)) return i.t('badge.notPhysical');
  return e.kgCO2e === null ? i.t('badge.unknown') : i.t('badge.value', { kg: i.kg(e.kgCO2e) });
}

/** The closed badge's look: its estimate (when ready), words, and the classes of its parts. */
export function badgeLook(
  state: BadgeState,
  i: I18n,
  compact: boolean | undefined,
  theme: 'dark' | 'light' | null | undefined,
) {
  const ready = state.status === 'ready' ? state.estimate : null;
  const rough = ready ? roughReasons(ready).length > 0 : false;
  const tier = ready ? (isNotPhysical(ready) ? 'none' : ready.tier) : 'none';
  return {
    ready,
    rough,
    text: badgeText(state, i),
    rootClass: `embodied ${compact ? 'compact' : ''} ${theme ?? ''}`,
    pillClass: `pill tier-${tier} ${rough ? 'rough' : ''}`,
    /** The range on hover and focus, when the estimate has one. */
    range:
      ready && ready.low !== null && ready.high !== null
        ? [i.range(ready.low, ready.high), ready.similar ? ` · ${i.t(`similar.${ready.similar.relative}`)}` : '']
        : null,
  };
}

/** The leaf drawn in the pill (one path, 16 × 16). */
export const LEAF_PATH =
  'M14 2C7 2 2.5 5.5 2.5 10.5c0 1.2.3 2.3.9 3.2C4.6 9.9 7.4 7.3 11 6c-3 1.8-5.3 4.3-6.6 7.6.8.4 1.7.6 2.6.6C12 14.2 14 9 14 2z';
