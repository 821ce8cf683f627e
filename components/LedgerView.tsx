/** The popup: totals against the budget, a 12-month chart, categories, biggest and recent purchases. No browser APIs. */
import type { LedgerOverview } from '../lib/ledger/ledger';
import type { Purchase } from '../lib/messaging/protocol';
import type { ReestimatePreview } from '../lib/ledger/reestimate';
import { topCategoryName } from '../lib/i18n/top-category';
import { UNKNOWN_CATEGORY, type LedgerSummary, type Period } from '../lib/ledger/summary';
import type { LedgerFormat } from './ledger-format';
import { useLedgerText } from './ledger-text';
import { MonthChart } from './MonthChart';
import { PurchaseRow, type PurchaseActions } from './PurchaseRow';

/** The purchase lists, which arrive after the totals (their own reply). */
export type LedgerLists = Pick<LedgerOverview, 'recent' | 'biggest' | 'count' | 'stale'>;

export interface LedgerViewProps {
  /** Totals, chart and breakdown: computed from the month rows, painted first. */
  summary: LedgerSummary | null;
  /** null while the lists are on their way. */
  lists: LedgerLists | null;
  error?: string | null;
  fmt: LedgerFormat;
  actions?: PurchaseActions;
  stale?: { preview: ReestimatePreview | null; onPreview(): void; onApply(): void };
  /** Loads the next page of the history. */
  onMore?(): void;
}

export function LedgerView({ summary, lists, error, fmt, actions, stale, onMore }: LedgerViewProps) {
  const L = useLedgerText();
  if (error)
    return (
      <p class="error" role="alert" data-testid="ledger-error">
        {L.t('popup.loadError', { error })}
      </p>
    );
  // No active purchase: the empty state, unless the lists (still coming) hold returned ones.
  const none = summary?.allTime.count === 0;
  if (!summary || (none && !lists)) return <p class="muted">{L.t('popup.loading')}</p>;
  if (none && lists?.count === 0) {
    return (
      <section class="empty" data-testid="ledger-empty">
        <h2>{L.t('popup.emptyTitle')}</h2>
        <p>{L.t('popup.emptyHow')}</p>
      </section>
    );
  }
  return (
    <>
      <section class="totals" aria-label={L.t('popup.totals')}>
        <Total
          id="month"
          label={L.t('popup.thisMonth')}
          period={summary.thisMonth}
          budget={summary.monthBudget}
          fmt={fmt}
        />
        <Total
          id="year"
          label={L.t('popup.thisYear')}
          period={summary.thisYear}
          budget={summary.yearBudget}
          fmt={fmt}
        />
        <Total id="all" label={L.t('popup.allTime')} period={summary.allTime} fmt={fmt} />
      </section>
      {stale && lists && lists.stale > 0 && <StaleNotice count={lists.stale} fmt={fmt} {...stale} />}
      <MonthChart months={summary.last12} budget={summary.monthBudget} fmt={fmt} />
      {summary.categories.length > 0 && (
        <section>
          <h2>{L.t('popup.categoriesTitle')}</h2>
          <ul class="categories" data-testid="ledger-categories">
            {summary.categories.slice(0, 6).map((c) => (
              <li key={c.id ?? c.name} data-category-id={c.id ?? undefined}>
                <span>
                  {c.name === UNKNOWN_CATEGORY
                    ? L.t('popup.noCategory')
                    : ((c.id !== null ? topCategoryName(c.id, L.locale) : null) ?? c.name)}
                </span>
                <span class="bar-track" aria-hidden="true">
                  <span
                    class="bar-fill"
                    style={{ width: `${Math.round((c.kg / Math.max(summary.thisYear.kg, 1e-9)) * 100)}%` }}
                  />
                </span>
                <span class="num">{fmt.kg(c.kg)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {lists ? (
        <Lists lists={lists} fmt={fmt} actions={actions} onMore={onMore} />
      ) : (
        <p class="muted">{L.t('popup.loading')}</p>
      )}
    </>
  );
}

function Total({
  id,
  label,
  period,
  budget,
  fmt,
}: {
  id: string;
  label: string;
  period: Period;
  budget?: number;
  fmt: LedgerFormat;
}) {
  const L = useLedgerText();
  const used =
    budget === undefined
      ? ''
      : L.t('popup.ofBudget', { used: fmt.percent(period.kg / budget), budget: fmt.kg(budget) });
  const over = budget !== undefined && period.kg > budget;
  // The meter turns to its worst colour only over the budget (its value is capped at the budget).
  return (
    <div class={`total ${over ? 'over' : ''}`} data-testid={`ledger-total-${id}`}>
      <span class="label">{label}</span>
      <span class="value" data-testid={`ledger-total-${id}-kg`}>
        {fmt.kg(period.kg)}
      </span>
      {budget !== undefined && (
        <>
          <meter
            min={0}
            max={budget}
            low={budget * 0.8}
            high={budget * 0.9999}
            optimum={0}
            value={Math.min(period.kg, budget)}
            aria-label={`${label}: ${used}`}
          />
          <span class="small" data-testid={`ledger-budget-${id}`}>
            {over ? L.t('popup.overBudget', { over: fmt.kg(period.kg - budget) }) : used}
          </span>
        </>
      )}
      <span class="muted small">
        {L.plural('popup.purchases', period.count)}
        {period.unknown > 0 && `; ${L.plural('popup.unknownCount', period.unknown)}`}
      </span>
    </div>
  );
}

function StaleNotice({
  count,
  preview,
  onPreview,
  onApply,
  fmt,
}: {
  count: number;
  preview: ReestimatePreview | null;
  onPreview(): void;
  onApply(): void;
  fmt: LedgerFormat;
}) {
  const L = useLedgerText();
  return (
    <section class="notice" data-testid="ledger-stale" aria-live="polite">
      <p>{L.plural('popup.stale', count)}</p>
      {preview ? (
        <>
          <p data-testid="ledger-stale-compare">
            {L.t('popup.staleCompare', { old: fmt.kg(preview.oldKg), new: fmt.kg(preview.newKg) })}
          </p>
          {(preview.oldUnknown > 0 || preview.newUnknown > 0) && (
            <p class="small">{L.t('popup.staleUnknown', { before: preview.oldUnknown, after: preview.newUnknown })}</p>
          )}
          <button type="button" onClick={onApply}>
            {L.t('popup.staleApply')}
          </button>
        </>
      ) : (
        <button type="button" onClick={onPreview}>
          {L.t('popup.staleCheck')}
        </button>
      )}
    </section>
  );
}

function Lists({
  lists,
  fmt,
  actions,
  onMore,
}: {
  lists: LedgerLists;
  fmt: LedgerFormat;
  actions?: PurchaseActions;
  onMore?(): void;
}) {
  const L = useLedgerText();
  const row = (p: Purchase) => <PurchaseRow key={`${p.id}-${p.updatedAt}`} p={p} fmt={fmt} actions={actions} />;
  return (
    <>
      {lists.biggest.length > 0 && (
        <section>
          <h2>{L.t('popup.biggestTitle')}</h2>
          <ul class="purchases" data-testid="ledger-biggest">
            {lists.biggest.map((p) => (
              <PurchaseRow key={p.id} p={p} fmt={fmt} testId="ledger-biggest-item" />
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>{L.t('popup.recentTitle')}</h2>
        <ul class="purchases" data-testid="ledger-list">
          {lists.recent.map(row)}
        </ul>
        {lists.recent.length < lists.count && (
          <p class="more small">
            <span class="muted">
              {L.t('popup.historyShown', { shown: fmt.count(lists.recent.length), total: fmt.count(lists.count) })}
            </span>{' '}
            <button type="button" data-testid="ledger-more" onClick={onMore}>
              {L.t('popup.more')}
            </button>
          </p>
        )}
      </section>
    </>
  );
}
