/**
 * The options page's opt-in for every shop: one optional host permission for all sites, after which
 * the small detector runs everywhere and loads the rest only on pages with products. A view only.
 */
import { useLedgerText } from './ledger-text';

export interface AllShopsProps {
  enabled: boolean;
  onChange(enable: boolean): void;
}

export function AllShops({ enabled, onChange }: AllShopsProps) {
  const L = useLedgerText();
  return (
    <section data-testid="all-shops">
      <h2>{L.t('options.allShops')}</h2>
      <label>
        <input
          type="checkbox"
          data-testid="all-shops-toggle"
          checked={enabled}
          onChange={(e) => onChange((e.target as HTMLInputElement).checked)}
        />{' '}
        {L.t('options.allShopsToggle')}
      </label>
      <p class="muted small">{L.t('options.allShopsNote')}</p>
    </section>
  );
}
