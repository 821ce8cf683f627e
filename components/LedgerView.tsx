/** The popup's view of the user's running total and recorded purchases. No browser APIs. */
import type { LedgerSummary, Purchase } from '../lib/messaging/protocol';
import { formatKg, formatMoney, formatRange } from '../lib/format';

export interface LedgerViewProps {
  summary: LedgerSummary | null;
  error?: string | null;
  onRemove?: (p: Purchase) => void;
}

export function LedgerView({ summary, error, onRemove }: LedgerViewProps) {
  if (error) return <p class="error" data-testid="ledger-error">Could not load your purchases: {error}</p>;
  if (!summary) return <p class="muted">Loading…</p>;
  const { purchases, totalKg, unknownCount } = summary;
  return (
    <section>
      <div class="total">
        <span class="label">Your purchases so far</span>
        <span class="value" data-testid="ledger-total">
          {formatKg(totalKg)} CO2e
        </span>
        <span class="muted small" data-testid="ledger-count">
          {purchases.length} {purchases.length === 1 ? 'purchase' : 'purchases'}
          {unknownCount > 0 && `, ${unknownCount} with unknown footprint (not in the total)`}
        </span>
      </div>
      {purchases.length === 0 ? (
        <p class="muted">
          Nothing recorded yet. On a product page, use “I bought this” next to the footprint badge.
        </p>
      ) : (
        <ul class="purchases" data-testid="ledger-list">
          {purchases.map((p) => (
            <li key={p.id} data-testid="ledger-item">
              <div class="title" title={p.title}>
                {p.quantity > 1 && `${p.quantity} × `}
                {p.title}
              </div>
              <div class="meta muted small">
                {p.purchasedAt.slice(0, 10)} · {p.shop ?? 'unknown shop'} {p.price !== null && `· ${formatMoney(p.price, p.currency)}`} ·
                tier {p.tier}
              </div>
              <div class="kg">
                {p.kgCO2e === null ? 'unknown' : formatKg(p.kgCO2e)}
                {formatRange(p.low, p.high) && <span class="muted small"> ({formatRange(p.low, p.high)})</span>}
              </div>
              {onRemove && (
                <button type="button" class="remove" aria-label={`Remove ${p.title}`} onClick={() => onRemove(p)}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
