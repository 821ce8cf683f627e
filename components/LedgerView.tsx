/** The popup: totals against the budget, a 12-month chart, categories, biggest and recent purchases. No browser APIs. */
import type { LedgerOverview } from '../lib/ledger/ledger';
import type { ReestimatePreview } from '../lib/ledger/reestimate';
import type { LedgerSummary, Period } from '../lib/ledger/summary';
import type { LedgerFormat } from './ledger-format';
import { LEDGER_STRINGS as S } from './ledger-strings';
import { MonthChart } from './MonthChart';
import { PurchaseRow, type PurchaseActions } from './PurchaseRow';

export interface LedgerViewProps {
  data: { overview: LedgerOverview; summary: LedgerSummary } | null;
  error?: string | null;
  fmt: LedgerFormat;
  actions?: PurchaseActions;
  stale?: { preview: ReestimatePreview | null; onPreview(): void; onApply(): void };
}

export function LedgerView({ data, error, fmt, actions, stale }: LedgerViewProps) {
  if (error) return <p class="error" role="alert" data-testid="ledger-error">{S.loadError(error)}</p>;
  if (!data) return <p class="muted">{S.loading}</p>;
  const { overview, summary } = data;
  if (summary.allTime.count === 0 && overview.recent.length === 0) {
    return (
      <section class="empty" data-testid="ledger-empty">
        <h2>{S.emptyTitle}</h2>
        <p>{S.emptyHow}</p>
      </section>
    );
  }
  return (
    <>
      <section class="totals" aria-label={S.allTime}>
        <Total id="month" label={S.thisMonth} period={summary.thisMonth} budget={summary.monthBudget} fmt={fmt} />
        <Total id="year" label={S.thisYear} period={summary.thisYear} budget={summary.yearBudget} fmt={fmt} />
        <Total id="all" label={S.allTime} period={summary.allTime} fmt={fmt} />
      </section>
      {stale && overview.stale > 0 && <StaleNotice count={overview.stale} fmt={fmt} {...stale} />}
      <MonthChart months={summary.last12} budget={summary.monthBudget} fmt={fmt} />
      {summary.categories.length > 0 && (
        <section>
          <h2>{S.categoriesTitle}</h2>
          <ul class="categories" data-testid="ledger-categories">
            {summary.categories.slice(0, 6).map((c) => (
              <li key={c.name}>
                <span>{c.name}</span>
                <span class="bar-track" aria-hidden="true">
                  <span class="bar-fill" style={{ width: `${Math.round((c.kg / Math.max(summary.thisYear.kg, 1e-9)) * 100)}%` }} />
                </span>
                <span class="num">{fmt.kg(c.kg)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {overview.biggest.length > 0 && (
        <section>
          <h2>{S.biggestTitle}</h2>
          <ul class="purchases" data-testid="ledger-biggest">
            {overview.biggest.map((p) => (
              <PurchaseRow key={p.id} p={p} fmt={fmt} testId="ledger-biggest-item" />
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{S.recentTitle}</h2>
        <ul class="purchases" data-testid="ledger-list">
          {overview.recent.map((p) => (
            <PurchaseRow key={`${p.id}-${p.updatedAt}`} p={p} fmt={fmt} actions={actions} />
          ))}
        </ul>
      </section>
    </>
  );
}

function Total({ id, label, period, budget, fmt }: { id: string; label: string; period: Period; budget?: number; fmt: LedgerFormat }) {
  const over = budget !== undefined && period.kg > budget;
  return (
    <div class={`total ${over ? 'over' : ''}`} data-testid={`ledger-total-${id}`}>
      <span class="label">{label}</span>
      <span class="value" data-testid={`ledger-total-${id}-kg`}>
        {fmt.kg(period.kg)}
      </span>
      {budget !== undefined && (
        <>
          <meter min={0} max={budget} low={budget * 0.8} high={budget} optimum={0} value={Math.min(period.kg, budget)} aria-label={`${label}: ${S.ofBudget(fmt.percent(period.kg / budget), fmt.kg(budget))}`} />
          <span class="small" data-testid={`ledger-budget-${id}`}>
            {over ? S.overBudget(fmt.kg(period.kg - budget)) : S.ofBudget(fmt.percent(period.kg / budget), fmt.kg(budget))}
          </span>
        </>
      )}
      <span class="muted small">
        {S.purchasesCount(period.count)}
        {period.unknown > 0 && `; ${S.unknownCount(period.unknown)}`}
      </span>
    </div>
  );
}

function StaleNotice({ count, preview, onPreview, onApply, fmt }: { count: number; preview: ReestimatePreview | null; onPreview(): void; onApply(): void; fmt: LedgerFormat }) {
  return (
    <section class="notice" data-testid="ledger-stale" aria-live="polite">
      <p>{S.staleTitle(count)}</p>
      {preview ? (
        <>
          <p data-testid="ledger-stale-compare">{S.staleCompare(fmt.kg(preview.oldKg), fmt.kg(preview.newKg))}</p>
          {(preview.oldUnknown > 0 || preview.newUnknown > 0) && <p class="small">{S.staleUnknown(preview.oldUnknown, preview.newUnknown)}</p>}
          <button type="button" onClick={onApply}>
            {S.staleApply}
          </button>
        </>
      ) : (
        <button type="button" onClick={onPreview}>
          {S.staleCheck}
        </button>
      )}
    </section>
  );
}
