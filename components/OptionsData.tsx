/** "Your data": export, import and erase, with the erase confirmed in the page (no window.confirm). */
import { useState } from 'preact/hooks';
import { OPTIONS_STRINGS as S } from './ledger-strings';

export interface DataActions {
  exportJson(): Promise<void>;
  exportCsv(): Promise<void>;
  importFile(file: File): Promise<void>;
  eraseAll(): Promise<void>;
}

export function OptionsData({ persisted, message, actions }: { persisted: boolean | null; message: { text: string; error?: boolean } | null; actions: DataActions }) {
  const [confirming, setConfirming] = useState(false);
  return (
    <section data-testid="options-data">
      <h2>{S.data}</h2>
      <p class="muted">{S.dataNote}</p>
      {persisted !== null && <p class="small" data-testid="options-persisted">{persisted ? S.storagePersistent : S.storageBestEffort}</p>}
      <div class="row">
        <button type="button" data-testid="export-json" onClick={() => void actions.exportJson()}>
          {S.exportJson}
        </button>
        <button type="button" data-testid="export-csv" onClick={() => void actions.exportCsv()}>
          {S.exportCsv}
        </button>
        <label class="button">
          {S.importJson}
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
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'error' : ''} data-testid="options-data-message">
          {message.text}
        </p>
      )}
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="erase-warning">
          <p id="erase-warning">{S.eraseConfirm}</p>
          <button type="button" class="danger" data-testid="erase-confirm" onClick={() => (setConfirming(false), void actions.eraseAll())}>
            {S.eraseYes}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {S.cancel}
          </button>
        </div>
      ) : (
        <button type="button" class="danger" data-testid="erase" onClick={() => setConfirming(true)}>
          {S.erase}
        </button>
      )}
    </section>
  );
}
