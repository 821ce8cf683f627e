import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AboutData, type TableCredit } from '../../components/AboutData';
import { contentScriptMatches } from '../../lib/extract/shops';
import { originPatternFor, userSitePatterns } from '../../lib/sites/user-sites';
import { AllShopsOption } from './all-shops';
import '../popup/style.css';
import './style.css';

function Options() {
  const [sites, setSites] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [pack, setPack] = useState<{ version: string | null; tables: TableCredit[] }>({ version: null, tables: [] });

  const load = async () => {
    const { origins = [] } = await browser.permissions.getAll();
    setSites(userSitePatterns(origins, contentScriptMatches()));
  };
  useEffect(() => {
    void load();
    // The extension's own file: the same manifest the factor cache was installed from.
    fetch(browser.runtime.getURL('/factors/manifest.json'))
      .then((r) => r.json())
      .then((m: { version: string; tables: TableCredit[] }) => setPack(m))
      .catch(() => setPack({ version: null, tables: [] }));
  }, []);

  const allow = async (e: Event) => {
    e.preventDefault();
    const pattern = originPatternFor(input);
    if (!pattern) return setMessage('That is not a web address, e.g. shop.example.com');
    // Must run in the click's user gesture: the browser asks the user to confirm.
    const granted = await browser.permissions.request({ origins: [pattern] });
    setMessage(granted ? `Embodied now runs on ${pattern.slice(4, -2)}.` : 'Access was not granted.');
    setInput('');
    await load();
  };

  const revoke = async (pattern: string) => {
    await browser.permissions.remove({ origins: [pattern] });
    await load();
  };

  return (
    <main>
      <h1>Embodied</h1>
      <h2>Other shops</h2>
      <p class="muted">
        Embodied reads product pages on the shops in its list. To use it on another shop, allow that site here. The
        extension then looks for product data on its pages; nothing is sent anywhere.
      </p>
      <form onSubmit={allow}>
        <input
          aria-label="Shop address"
          placeholder="shop.example.com"
          value={input}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">Allow this site</button>
      </form>
      {message && <p data-testid="options-message">{message}</p>}
      <ul data-testid="user-sites">
        {sites.map((s) => (
          <li key={s}>
            {s.slice(4, -2)}{' '}
            <button type="button" onClick={() => revoke(s)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <AllShopsOption />
      <AboutData version={pack.version} tables={pack.tables} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
