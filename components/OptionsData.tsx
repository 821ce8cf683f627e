/** "Your data": export, import and erase, with the erase confirmed in the page (no window.confirm). */
import { useState } from 'preact/hooks';
import { useLedgerText } from './ledger-text';

export interface DataActions {
  exportJson(): Promise<void>;
  exportCsv(): Promise<void>;
  importFile(file: File): Promise<void>;
  eraseAll(): Promise<void>;
}

export function OptionsData({
  persisted,
  message,
  actions,
}: {
  persisted: boolean | null;
  message: { text: string; error?: boolean } | null;
  actions: DataActions;
}) {
  const L = useLedgerText();
  const [confirming, setConfirming] = useState(false);
  return (
    <section data-testid="options-data">
      <h2>{L.t('options.data')}</h2>
      <p class="muted">{L.t('options.dataNote')}</p>
      {persisted !== null && (
        <p class="small" data-testid="options-persisted">
          {L.t(persisted ? 'options.storagePersistent' : 'options.storageBestEffort')}
        </p>
      )}
      <div class="row">
        <button type="button" data-testid="export-json" onClick={() => void actions.exportJson()}>
          {L.t('options.exportJson')}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void actions.exportCsv()}>
          {L.t('options.exportCsv')}
        </button>
        <label class="button">
          {L.t('options.importJson')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-json"
            class="sr-only"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const file = input.files?.[0];
              input.value = '';
              if (file) void actions.importFile(file);
            }}
          />
        </label>
      </div>
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          class={message.error ? 'error' : ''}
          data-testid="options-data-message"
        >
          {message.text}
        </p>
      )}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="erase-warning">
          <p id="erase-warning">{L.t('options.eraseConfirm')}</p>
          <button
            type="button"
            class="danger"
            data-testid="erase-confirm"
            onClick={() => (setConfirming(false), void actions.eraseAll())}
          >
            {L.t('options.eraseYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {L.t('options.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" data-testid="erase" onClick={() => setConfirming(true)}>
          {L.t('options.erase')}
        </button>
      )}
    </section>
  );
}
