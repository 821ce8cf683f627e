/**
 * On an order page: proposes adding the order's lines to the user's purchases. Nothing is recorded
 * until the user says so; recording the same order again is a no-op (keys are per order line).
 */
import { useState } from 'preact/hooks';
import { formatKg } from '../lib/format';
import { keepFromPage, userOnly } from './user-event';

export interface OrderCardProps {
  orderId: string | null;
  lines: number;
  /** Sum of the known line estimates (kg CO2e, quantities included); null while loading. */
  totalKg: number | null;
  unknownLines: number;
  onAdd(): Promise<{ added: number; already: number } | null>;
}

export function OrderCard({ orderId, lines, totalKg, unknownLines, onAdd }: OrderCardProps) {
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | { added: number; already: number }>('idle');
  const add = async () => {
    setState('saving');
    setState((await onAdd().catch(() => null)) ?? 'failed');
  };
  return (
    <div class="embodied order" data-testid="embodied-order" onClick={keepFromPage} onKeyDown={keepFromPage}>
      <span>
        {orderId ? `Order ${orderId}` : 'This order'}: {lines} {lines === 1 ? 'item' : 'items'}
        {totalKg !== null && `, ≈ ${formatKg(totalKg)} CO2e`}
        {unknownLines > 0 && ` (${unknownLines} unknown)`}
      </span>
      {typeof state === 'object' ? (
        <span data-testid="embodied-order-done">
          Added {state.added} to your purchases{state.already ? ` (${state.already} already there)` : ''} ✓
        </span>
      ) : (
        <button type="button" class="bought" data-testid="embodied-order-add" disabled={state === 'saving'} onClick={userOnly(add)}>
          {state === 'failed' ? 'Not saved: try again' : 'Add to my purchases'}
        </button>
      )}
    </div>
  );
}
