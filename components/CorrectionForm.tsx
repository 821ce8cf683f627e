/**
 * The user's corrections of a product in the estimate panel: category (the detected one or a
 * broader one of its own path), weight, quantity and condition. Saving re-estimates at once; the
 * content script keeps the correction through the background. Only the user's own click or submit counts.
 */
import { useState } from 'preact/hooks';
import type { Correction } from '../lib/corrections';
import { useI18n } from './i18n';
import { userOnly } from './user-event';

export type OnCorrect = (correction: Correction | null) => Promise<boolean>;

/** The detected path and its broader ancestors: the sensible alternatives without a taxonomy search. */
export function categoryChoices(path: string | null): string[] {
  if (!path) return [];
  const parts = path.split(' > ');
  return parts.map((_, n) => parts.slice(0, parts.length - n).join(' > '));
}

/**
 * What each choice reads in the UI language: the same levels of `local` (the detected path in that
 * language, level for level), else the choice's own English path.
 */
function choiceLabels(choices: string[], detected: string | null, local: string | undefined): string[] {
  const localParts = local?.split(' > ');
  const detectedDepth = detected?.split(' > ').length;
  if (!localParts || localParts.length !== detectedDepth) return choices;
  return choices.map((c) =>
    detected === c || detected!.startsWith(`${c} > `) ? localParts.slice(0, c.split(' > ').length).join(' > ') : c,
  );
}

const CONDITIONS = ['new', 'used', 'refurbished'] as const;

export function CorrectionForm({
  category,
  local,
  corrected,
  onCorrect,
}: {
  category: string | null;
  /** `category` in the UI language (level for level), from the background. */
  local?: string;
  corrected?: Correction;
  onCorrect: OnCorrect;
}) {
  const i = useI18n();
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle');
  const choices = categoryChoices(corrected?.category ?? category);
  const labels = choiceLabels(choices, category, local);

  /** The fields the user filled in; an empty field leaves the page's own value. */
  const read = (form: HTMLFormElement): Correction => {
    const value = (name: string) =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value.trim();
    const num = (name: string) => (value(name) ? Number(value(name).replace(',', '.')) : NaN);
    const weight = num('weight');
    const quantity = Math.round(num('quantity'));
    return {
      category: value('category') || null,
      weightKg: Number.isFinite(weight) && weight > 0 ? Math.min(weight, 100_000) : null,
      quantity: Number.isFinite(quantity) && quantity >= 1 ? Math.min(quantity, 100_000) : null,
      condition: (CONDITIONS as readonly string[]).includes(value('condition'))
        ? (value('condition') as Correction['condition'])
        : null,
    };
  };
  // The badge keeps every click's default from the page (see user-event.ts), so the button saves
  // itself rather than submitting. A form submit never navigates the page.
  const submit = (e: Event) => {
    e.preventDefault();
    if (e.isTrusted) save(read(e.currentTarget as HTMLFormElement));
  };
  const clickSave = userOnly((e: Event) => save(read((e.currentTarget as HTMLButtonElement).form!)));
  const save = (c: Correction | null) => {
    setState('saving');
    onCorrect(c)
      .then((ok) => setState(ok ? 'idle' : 'failed'))
      .catch(() => setState('failed'));
  };

  return (
    <details class="correct" data-testid="embodied-correct">
      <summary>{i.t('correct.title')}</summary>
      <form onSubmit={submit}>
        <label>
          {i.t('correct.category')}
          <select name="category" data-testid="embodied-correct-category" value={corrected?.category ?? ''}>
            <option value="">{i.t('correct.asDetected')}</option>
            {choices.map((c, n) => (
              <option key={c} value={c}>
                {labels[n]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i.t('correct.weight')}
          <input
            name="weight"
            type="number"
            min="0.001"
            step="any"
            data-testid="embodied-correct-weight"
            value={corrected?.weightKg ?? ''}
          />
        </label>
        <label>
          {i.t('correct.quantity')}
          <input
            name="quantity"
            type="number"
            min="1"
            step="1"
            data-testid="embodied-correct-quantity"
            value={corrected?.quantity ?? ''}
          />
        </label>
        <label>
          {i.t('correct.condition')}
          <select name="condition" data-testid="embodied-correct-condition" value={corrected?.condition ?? ''}>
            <option value="">{i.t('correct.asDetected')}</option>
            {CONDITIONS.map((c) => (
              <option key={c} value={c}>
                {i.t(`correct.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <div class="correct-actions">
          <button type="button" data-testid="embodied-correct-save" disabled={state === 'saving'} onClick={clickSave}>
            {i.t('correct.save')}
          </button>
          {corrected && (
            <button
              type="button"
              data-testid="embodied-correct-reset"
              disabled={state === 'saving'}
              onClick={userOnly(() => save(null))}
            >
              {i.t('correct.reset')}
            </button>
          )}
        </div>
        {state === 'failed' && <p role="alert">{i.t('correct.failed')}</p>}
      </form>
    </details>
  );
}
