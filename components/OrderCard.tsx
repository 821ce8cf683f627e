/**
 * On an order page: proposes adding the order's lines to the user's purchases. Nothing is recorded
 * until the user says so; they can untick lines first. Recording the same order again is a no-op
 * (keys are per order line).
 */
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { keepFromPage, userOnly } from './user-event';

export interface OrderCardLine {
  title: string;
  /** kg CO2e for the line's whole quantity; null when unknown or still loading. */
  kg: number | null;
  quantity: number;
}

export interface OrderCardProps {
  orderId: string | null;
  lines: OrderCardLine[];
  theme?: 'dark' | 'light' | null;
  /** Records the lines at these indexes. */
  onAdd(selected: number[]): Promise<{ added: number; already: number } | null>;
}

export function OrderCard({ orderId, lines, theme, onAdd }: OrderCardProps) {
  const i = useI18n();
  const [picked, setPicked] = useState<boolean[]>(() => lines.map(() => true));
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | { added: number; already: number }>('idle');
  const selected = lines.map((_, n) => n).filter((n) => picked[n] ?? true);
  const known = selected.filter((n) => (lines[n]?.kg ?? null) !== null);
  const total = known.reduce((s, n) => s + (lines[n]?.kg ?? 0), 0);
  const unknown = selected.length - known.length;

  const add = async () => {
    if (!selected.length) return;
    setState('saving');
    setState((await onAdd(selected).catch(() => null)) ?? 'failed');
  };
  return (
    <div
      class={`embodied order ${theme ?? ''}`}
      data-testid="embodied-order"
      onClick={keepFromPage}
      onKeyDown={keepFromPage}
    >
      <span data-testid="embodied-order-summary">
        {orderId ? i.t('order.title', { id: orderId }) : i.t('order.this')}: {i.plural('order.items', selected.length)}
        {known.length > 0 && `, ${i.t('badge.value', { kg: i.kg(total) })}`}
        {unknown > 0 && ` ${i.t('order.unknown', { n: unknown })}`}
      </span>
      {typeof state === 'object' ? (
        <span data-testid="embodied-order-done" role="status">
          {i.t('order.done', { added: state.added })}
          {state.already ? ` ${i.t('order.already', { n: state.already })}` : ''} ✓
        </span>
      ) : (
        <button
          type="button"
          class="bought"
          data-testid="embodied-order-add"
          disabled={state === 'saving' || !selected.length}
          onClick={userOnly(add)}
        >
          {state === 'failed'
            ? i.t('order.failed')
            : selected.length === lines.length
              ? i.t('order.add')
              : i.t('order.addSome', { n: selected.length })}
        </button>
      )}
      {lines.length > 1 && typeof state !== 'object' && (
        <details class="lines">
          <summary data-testid="embodied-order-lines">{i.t('order.lines')}</summary>
          {lines.map((l, n) => (
            <label key={n}>
              <input
                type="checkbox"
                data-testid="embodied-order-line"
                checked={picked[n] ?? true}
                onChange={(e) => {
                  if (!e.isTrusted) return;
                  const next = [...picked];
                  next[n] = (e.currentTarget as HTMLInputElement).checked;
                  setPicked(next);
                }}
              />
              <span>
                {l.quantity > 1 ? `${l.quantity} × ` : ''}
                {l.title}
                {l.kg !== null ? ` (${i.t('badge.value', { kg: i.kg(l.kg) })})` : ''}
              </span>
            </label>
          ))}
        </details>
      )}
    </div>
  );
}
