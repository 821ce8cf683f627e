/**
 * On listing pages: a small floating switch that highlights the lowest-footprint third of the
 * results shown. Off until the user turns it on; one click (or Enter/Space) undoes it.
 */
import { useState } from 'preact/hooks';
import { useI18n } from './i18n';
import { keepFromPage, userOnly } from './user-event';

export interface HighlightControlProps {
  /** Turns the highlight on or off; answers how many of how many results are highlighted (on). */
  onToggle(on: boolean): { n: number; total: number };
  theme?: 'dark' | 'light' | null;
}

export function HighlightControl({ onToggle, theme }: HighlightControlProps) {
  const i = useI18n();
  const [on, setOn] = useState<{ n: number; total: number } | null>(null);
  const toggle = () => {
    if (on) {
      onToggle(false);
      setOn(null);
    } else setOn(onToggle(true));
  };
  return (
    <div class={`embodied highlight ${theme ?? ''}`} onClick={keepFromPage} onKeyDown={keepFromPage}>
      <button
        type="button"
        class="bought"
        aria-pressed={on !== null}
        data-testid="embodied-highlight"
        onClick={userOnly(toggle)}
      >
        {on ? i.t('highlight.hide') : i.t('highlight.show')}
      </button>
      <span role="status" data-testid="embodied-highlight-status" class="highlight-status">
        {on && (on.n ? i.t('highlight.status', { n: on.n, total: on.total }) : i.t('highlight.none'))}
      </span>
    </div>
  );
}
