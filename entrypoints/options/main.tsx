import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AboutData, type TableCredit } from '../../components/AboutData';
import { LedgerTextContext } from '../../components/ledger-text';
import { OptionsData, type DataActions } from '../../components/OptionsData';
import { OptionsSettings } from '../../components/OptionsSettings';
import { contentScriptMatches } from '../../lib/extract/shops';
import { createLedgerText } from '../../lib/i18n/ledger';
import { toCsv } from '../../lib/ledger/csv';
import { MAX_IMPORT_CHARS } from '../../lib/ledger/transfer';
import { send } from '../../lib/messaging/client';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { eraseSettings, loadSettings, saveSettings } from '../../lib/settings/store';
import { originPatternFor, userSitePatterns } from '../../lib/sites/user-sites';
import { applyTheme } from '../shared/theme';
import { AllShopsOption } from './all-shops';
import '../popup/style.css';
import './style.css';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Options() {
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [dataMessage, setDataMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const [pack, setPack] = useState<{ version: string | null; tables: TableCredit[] }>({ version: null, tables: [] });
  // The page speaks the language chosen here (else the browser's) as soon as it is chosen.
  const L = useMemo(() => createLedgerText(settings?.locale, navigator.languages), [settings?.locale]);
  useEffect(() => {
    document.documentElement.lang = L.locale;
  }, [L]);

  const load = async () => {
    const { origins = [] } = await browser.permissions.getAll();
    setSites(userSitePatterns(origins, contentScriptMatches()));
  };
  useEffect(() => {
    void load();
    loadSettings(browser.storage.local).then(
      (s) => (setSettings(s), applyTheme(s.theme)),
      () => setSettings(DEFAULT_SETTINGS),
    );
    navigator.storage?.persist?.().then(setPersisted, () => setPersisted(null));
    // The extension's own file: the same manifest the factor cache was installed from.
    fetch(browser.runtime.getURL('/factors/manifest.json'))
      .then((r) => r.json())
      .then((m: { version: string; tables: TableCredit[] }) => setPack(m))
      .catch(() => setPack({ version: null, tables: [] }));
  }, []);

  const change = async (next: Settings) => {
    setSettings(next);
    applyTheme(next.theme);
    await saveSettings(browser.storage.local, next);
    setSaved(true);
    setTimeout(() => setSaved(false), 2000);
  };

  const allow = async (e: Event) => {
    e.preventDefault();
    const pattern = originPatternFor(input);
    if (!pattern) return setMessage(L.t('options.notAnAddress'));
    // Must run in the click's user gesture: the browser asks the user to confirm.
    const granted = await browser.permissions.request({ origins: [pattern] });
    setMessage(granted ? L.t('options.siteAllowed', { host: pattern.slice(4, -2) }) : L.t('options.siteRefused'));
    setInput('');
    await load();
  };

  const revoke = async (pattern: string) => {
    await browser.permissions.remove({ origins: [pattern] });
    await load();
  };

  const stamp = () => new Date().toISOString().slice(0, 10);
  const fail = (text: string) => setDataMessage({ text, error: true });
  const data: DataActions = {
    async exportJson() {
      const r = await send({ type: 'ledger.export' });
      if (!r.ok) return fail(r.error);
      download(`embodied-purchases-${stamp()}.json`, 'application/json', JSON.stringify(r.data, null, 1));
    },
    async exportCsv() {
      const r = await send({ type: 'ledger.export' });
      if (!r.ok) return fail(r.error);
      download(`embodied-purchases-${stamp()}.csv`, 'text/csv', toCsv(r.data.purchases));
    },
    async importFile(file) {
      // The size is checked before reading: a huge file is refused without loading it.
      if (file.size > MAX_IMPORT_CHARS) return fail(L.t('options.importTooBig', { mb: MAX_IMPORT_CHARS / 1e6 }));
      const r = await send({ type: 'ledger.import', text: await file.text() });
      if (!r.ok) return fail(r.error);
      setDataMessage({
        text: [L.plural('options.imported', r.added), r.skipped ? L.plural('options.importSkipped', r.skipped) : '']
          .join(' ')
          .trim(),
      });
    },
    async eraseAll() {
      const r = await send({ type: 'ledger.erase' });
      if (!r.ok) return fail(r.error);
      await eraseSettings(browser.storage.local);
      const fresh = await loadSettings(browser.storage.local);
      setSettings(fresh);
      applyTheme(fresh.theme);
      setDataMessage({ text: L.t('options.erased') });
    },
  };

  return (
    <LedgerTextContext.Provider value={L}>
      <main>
        <h1>{L.t('options.title')}</h1>
        {saved && (
          <p role="status" class="saved">
            {L.t('options.saved')}
          </p>
        )}
        {settings && <OptionsSettings settings={settings} onChange={(s) => void change(s)} />}
        <h2>{L.t('options.otherShops')}</h2>
        <p class="muted">{L.t('options.otherShopsNote')}</p>
        <form onSubmit={allow}>
          <input
            aria-label={L.t('options.shopAddress')}
            placeholder="shop.example.com"
            value={input}
            onInput={(e) => setInput((e.target as HTMLInputElement).value)}
          />{' '}
          <button type="submit">{L.t('options.allowSite')}</button>
        </form>
        {message && <p data-testid="options-message">{message}</p>}
        <ul data-testid="user-sites">
          {sites.map((s) => (
            <li key={s}>
              {s.slice(4, -2)}{' '}
              <button type="button" onClick={() => revoke(s)}>
                {L.t('options.removeSite')}
              </button>
            </li>
          ))}
        </ul>
        <AllShopsOption />
        <OptionsData persisted={persisted} message={dataMessage} actions={data} />
        <AboutData version={pack.version} tables={pack.tables} />
      </main>
    </LedgerTextContext.Provider>
  );
}

render(<Options />, document.getElementById('app')!);
