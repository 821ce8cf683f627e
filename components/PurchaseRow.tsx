/** One purchase in the popup: estimate with its range, and edit / returned / delete. */
import { useState } from 'preact/hooks';
import type { Purchase } from '../lib/messaging/protocol';
import type { PurchaseEdit } from '../lib/ledger/ledger';
import type { LedgerFormat } from './ledger-format';
import { LEDGER_STRINGS as S } from './ledger-strings';

export interface PurchaseActions {
  edit(p: Purchase, edit: PurchaseEdit): void;
  remove(p: Purchase): void;
}

export function PurchaseRow({ p, fmt, actions, testId = 'ledger-item' }: { p: Purchase; fmt: LedgerFormat; actions?: PurchaseActions; testId?: string }) {
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
        {p.kgCO2e === null ? S.unknown : fmt.kg(p.kgCO2e)}
      </div>
      <div class="meta muted small">
        {[fmt.day(p.purchasedAt), p.shop, fmt.money(p.price, p.currency), p.kgCO2e !== null && p.low !== null && p.high !== null ? S.range(fmt.kg(p.low), fmt.kg(p.high)) : null, S.tier(p.tier), returned ? S.returned : null]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {actions && !editing && (
        <div class="actions">
          <button type="button" aria-label={S.editOf(title)} onClick={() => setEditing(true)}>
            {S.edit}
          </button>
          <button type="button" onClick={() => actions.edit(p, { status: returned ? 'active' : 'returned' })}>
            {returned ? S.markKept : S.markReturned}
          </button>
          <button type="button" class="danger" data-testid="ledger-remove" onClick={() => actions.remove(p)}>
            {S.remove}
          </button>
        </div>
      )}
      {actions && editing && <EditForm p={p} onCancel={() => setEditing(false)} onSave={(e) => (setEditing(false), actions.edit(p, e))} />}
    </li>
  );
}

function EditForm({ p, onSave, onCancel }: { p: Purchase; onSave(e: PurchaseEdit): void; onCancel(): void }) {
  const [quantity, setQuantity] = useState(String(p.quantity));
  const [category, setCategory] = useState(p.userCategory ?? '');
  const [condition, setCondition] = useState(p.condition ?? '');
  const [day, setDay] = useState(p.day);
  const id = `edit-${p.id}`;
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
    <form class="edit" onSubmit={submit} aria-label={S.editOf(p.product.title)}>
      <label for={`${id}-q`}>{S.quantity}</label>
      <input id={`${id}-q`} type="number" min={1} max={100000} value={quantity} onInput={(e) => setQuantity((e.target as HTMLInputElement).value)} />
      <label for={`${id}-c`}>{S.category}</label>
      <input id={`${id}-c`} value={category} placeholder={p.estimate?.category ?? ''} aria-describedby={`${id}-ch`} onInput={(e) => setCategory((e.target as HTMLInputElement).value)} />
      <span id={`${id}-ch`} class="muted small hint">{S.categoryHint}</span>
      <label for={`${id}-k`}>{S.condition}</label>
      <select id={`${id}-k`} value={condition} onChange={(e) => setCondition((e.target as HTMLSelectElement).value)}>
        {Object.entries(S.conditions).map(([v, label]) => (
          <option key={v} value={v}>
            {label}
          </option>
        ))}
      </select>
      <label for={`${id}-d`}>{S.date}</label>
      <input id={`${id}-d`} type="date" value={day} onInput={(e) => setDay((e.target as HTMLInputElement).value)} />
      <div class="actions">
        <button type="submit">{S.save}</button>
        <button type="button" onClick={onCancel}>
          {S.cancel}
        </button>
      </div>
    </form>
  );
}
