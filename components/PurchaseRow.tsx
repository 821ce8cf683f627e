/** One purchase in the popup: estimate with its range, and edit / returned / delete. */
import { useState } from 'preact/hooks';
import type { Purchase } from '../lib/messaging/protocol';
import type { PurchaseEdit } from '../lib/ledger/ledger';
import type { LedgerFormat } from './ledger-format';
import { useLedgerText } from './ledger-text';
import { topCategoryId, topCategoryName } from '../lib/i18n/top-category';
import { TOP_CATEGORIES } from '../lib/i18n/top-categories';
import { topCategory } from '../lib/ledger/summary';
import { mainFactor, statisticKey } from './factor-statistic';

const CONDITIONS = ['', 'new', 'used', 'refurbished'] as const;

export interface PurchaseActions {
  edit(p: Purchase, edit: PurchaseEdit): void;
  remove(p: Purchase): void;
}

export function PurchaseRow({
  p,
  fmt,
  actions,
  testId = 'ledger-item',
}: {
  p: Purchase;
  fmt: LedgerFormat;
  actions?: PurchaseActions;
  testId?: string;
}) {
  const L = useLedgerText();
  const [editing, setEditing] = useState(false);
  const title = p.product.title;
  const returned = p.status === 'returned';
  return (
    <li data-testid={testId} class={returned ? 'returned' : ''}>
      <div class="title" title={title}>
        {p.quantity > 1 && `${p.quantity} × `}
        {title}
      </div>
      <div class="kg" data-testid="ledger-item-kg">
        {p.kgCO2e === null ? L.t('popup.unknown') : fmt.kg(p.kgCO2e)}
      </div>
      <div class="meta muted small">
        {[
          fmt.day(p.purchasedAt),
          p.shop,
          fmt.price(p.price, p.currency, p.day),
          p.kgCO2e !== null && p.low !== null && p.high !== null
            ? L.t('popup.range', { low: fmt.kg(p.low), high: fmt.kg(p.high) })
            : null,
          L.t('popup.tier', { tier: p.tier }),
          returned ? L.t('popup.returned') : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
      <FactorLine p={p} />
      {actions && !editing && (
        <div class="actions">
          <button type="button" aria-label={L.t('popup.editOf', { title })} onClick={() => setEditing(true)}>
            {L.t('popup.edit')}
          </button>
          <button type="button" onClick={() => actions.edit(p, { status: returned ? 'active' : 'returned' })}>
            {returned ? L.t('popup.markKept') : L.t('popup.markReturned')}
          </button>
          <button type="button" class="danger" data-testid="ledger-remove" onClick={() => actions.remove(p)}>
            {L.t('popup.remove')}
          </button>
        </div>
      )}
      {actions && editing && (
        <EditForm p={p} onCancel={() => setEditing(false)} onSave={(e) => (setEditing(false), actions.edit(p, e))} />
      )}
    </li>
  );
}

/** The emission factor the estimate rests on, with what statistic it is and its source ("median of 188 values, Boavizta 2023"). */
function FactorLine({ p }: { p: Purchase }) {
  const L = useLedgerText();
  const f = mainFactor(p.estimate?.factors ?? []);
  const key = f && statisticKey(f);
  if (!f || !key) return null;
  const statistic = L.t(key, f.n ? { n: new Intl.NumberFormat(L.formatLocale).format(f.n) } : undefined);
  return (
    <div class="factor muted small" data-testid="ledger-item-factor">
      {L.t('popup.factor', { statistic, source: f.year ? `${f.source} ${f.year}` : f.source })}
    </div>
  );
}

function EditForm({ p, onSave, onCancel }: { p: Purchase; onSave(e: PurchaseEdit): void; onCancel(): void }) {
  const L = useLedgerText();
  const [quantity, setQuantity] = useState(String(p.quantity));
  const [category, setCategory] = useState(p.userCategory ?? '');
  const [condition, setCondition] = useState(p.condition ?? '');
  const [day, setDay] = useState(p.day);
  const id = `edit-${p.id}`;
  // The breakdown groups by top-level category, and a top-level name in any UI language joins its
  // group: so the field offers those names in the user's language, the estimate's own one first.
  const detectedId = p.estimate?.category ? topCategoryId(topCategory(p.estimate.category)) : null;
  const detected = detectedId === null ? (p.estimate?.category ?? '') : topCategoryName(detectedId, L.locale);
  const submit = (e: Event) => {
    e.preventDefault();
    const q = Math.round(Number(quantity));
    onSave({
      quantity: Number.isFinite(q) && q >= 1 ? q : p.quantity,
      userCategory: category.trim() || null,
      condition: (condition || null) as Purchase['condition'],
      day: /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : p.day,
    });
  };
  return (
    <form class="edit" onSubmit={submit} aria-label={L.t('popup.editOf', { title: p.product.title })}>
      <label for={`${id}-q`}>{L.t('popup.quantity')}</label>
      <input
        id={`${id}-q`}
        type="number"
        min={1}
        max={100000}
        value={quantity}
        onInput={(e) => setQuantity((e.target as HTMLInputElement).value)}
      />
      <label for={`${id}-c`}>{L.t('popup.category')}</label>
      <input
        id={`${id}-c`}
        value={category}
        placeholder={detected ?? ''}
        list={`${id}-cl`}
        aria-describedby={`${id}-ch`}
        onInput={(e) => setCategory((e.target as HTMLInputElement).value)}
      />
      <datalist id={`${id}-cl`}>
        {TOP_CATEGORIES.map((c) => (
          <option key={c.id} value={c.names[L.locale]} />
        ))}
      </datalist>
      <span id={`${id}-ch`} class="muted small hint">
        {L.t('popup.categoryHint')}
      </span>
      <label for={`${id}-k`}>{L.t('popup.condition')}</label>
      <select id={`${id}-k`} value={condition} onChange={(e) => setCondition((e.target as HTMLSelectElement).value)}>
        {CONDITIONS.map((v) => (
          <option key={v} value={v}>
            {L.t(`popup.condition.${v || 'none'}`)}
          </option>
        ))}
      </select>
      <label for={`${id}-d`}>{L.t('popup.date')}</label>
      <input id={`${id}-d`} type="date" value={day} onInput={(e) => setDay((e.target as HTMLInputElement).value)} />
      <div class="actions">
        <button type="submit">{L.t('popup.save')}</button>
        <button type="button" onClick={onCancel}>
          {L.t('popup.cancel')}
        </button>
      </div>
    </form>
  );
}
