/**
 * "I bought this" with a quantity. The ledger records one purchase per product per day; when it
 * answers 'same-day' the user is asked, and only their explicit "record again" records a second.
 */
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { userOnly } from './user-event';

export type BuyResult = 'saved' | 'same-day' | 'failed';
export type OnBought = (opts: { quantity: number; again: boolean }) => Promise<BuyResult>;

export function BuyControl({ onBought }: { onBought: OnBought }) {
  const i = useI18n();
  const [state, setState] = useState<'idle' | 'saving' | BuyResult>('idle');
  const [quantity, setQuantity] = useState(1);

  const buy = async (again: boolean) => {
    if (state === 'saving' || state === 'saved') return;
    setState('saving');
    setState(await onBought({ quantity, again }).catch((): BuyResult => 'failed'));
  };
  const label =
    state === 'saved'
      ? i.t('bought.saved')
      : state === 'failed'
        ? i.t('bought.failed')
        : state === 'saving'
          ? i.t('bought.saving')
          : i.t('bought.idle');

  return (
    <span class="buy">
      {state !== 'saved' && state !== 'same-day' && (
        <input
          type="number"
          class="qty"
          min={1}
          max={99}
          value={quantity}
          aria-label={i.t('bought.quantity')}
          data-testid="embodied-quantity"
          onInput={(e) => {
            const n = Math.round(Number((e.currentTarget as HTMLInputElement).value));
            if (Number.isFinite(n)) setQuantity(Math.max(1, Math.min(99, n)));
          }}
        />
      )}
      {state === 'same-day' ? (
        <span class="same-day" role="status" data-testid="embodied-same-day">
          {i.t('bought.sameDay')}{' '}
          <button type="button" class="bought" data-testid="embodied-bought-again" onClick={userOnly(() => buy(true))}>
            {i.t('bought.again')}
          </button>
        </span>
      ) : (
        <button
          type="button"
          class="bought"
          data-testid="embodied-bought"
          disabled={state === 'saving' || state === 'saved'}
          onClick={userOnly(() => buy(false))}
        >
          {label}
        </button>
      )}
    </span>
  );
}
