/**
 * The in-page badge: "≈ N kg CO2e" next to the price, opening a panel that shows the work.
 * No browser APIs here: the content script passes data and callbacks in.
 */
import { useState } from 'preact/hooks';
import type { Estimate } from '../lib/estimate/schema';
import { formatKg } from '../lib/format';
import { EstimatePanel } from './EstimatePanel';
import { keepFromPage, userOnly } from './user-event';

export type BadgeState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; estimate: Estimate };

export type BoughtState = 'idle' | 'saving' | 'saved' | 'failed';

export interface BadgeProps {
  state: BadgeState;
  /** Compact badges sit in listing tiles; they open the same panel. */
  compact?: boolean;
  /** Absent where recording makes no sense (e.g. listing tiles). */
  onBought?: () => Promise<boolean>;
}

export function badgeText(state: BadgeState): string {
  if (state.status === 'loading') return '… kg CO2e';
  if (state.status === 'error') return 'CO2e unavailable';
  const { kgCO2e } = state.estimate;
  return kgCO2e === null ? 'CO2e unknown' : `≈ ${formatKg(kgCO2e)} CO2e`;
}

export function Badge({ state, compact, onBought }: BadgeProps) {
  const [open, setOpen] = useState(false);
  const [bought, setBought] = useState<BoughtState>('idle');
  const ready = state.status === 'ready' ? state.estimate : null;

  const buy = async () => {
    if (!onBought || bought === 'saving' || bought === 'saved') return;
    setBought('saving');
    setBought((await onBought().catch(() => false)) ? 'saved' : 'failed');
  };

  return (
    <div class={`embodied ${compact ? 'compact' : ''}`} onClick={keepFromPage} onKeyDown={keepFromPage}>
      <button
        type="button"
        class={`pill tier-${ready?.tier ?? 'none'}`}
        data-testid="embodied-badge"
        aria-expanded={open}
        title={ready ? `${ready.method}. Click to see how this was estimated.` : undefined}
        onClick={() => setOpen(!open)}
      >
        <svg class="leaf" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
          <path d="M14 2C7 2 2.5 5.5 2.5 10.5c0 1.2.3 2.3.9 3.2C4.6 9.9 7.4 7.3 11 6c-3 1.8-5.3 4.3-6.6 7.6.8.4 1.7.6 2.6.6C12 14.2 14 9 14 2z" fill="currentColor" />
        </svg>
        <span data-testid="embodied-badge-text">{badgeText(state)}</span>
      </button>
      {!compact && onBought && (
        <button
          type="button"
          class="bought"
          data-testid="embodied-bought"
          disabled={bought === 'saving' || bought === 'saved'}
          onClick={userOnly(buy)}
        >
          {bought === 'saved' ? 'Added to your total ✓' : bought === 'failed' ? 'Not saved: try again' : 'I bought this'}
        </button>
      )}
      {open && ready && <EstimatePanel estimate={ready} onClose={() => setOpen(false)} />}
      {open && state.status === 'error' && <div class="panel">{state.message}</div>}
    </div>
  );
}
