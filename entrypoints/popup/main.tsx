import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { LedgerView } from '../../components/LedgerView';
import { send } from '../../lib/messaging/client';
import type { LedgerSummary, Purchase } from '../../lib/messaging/protocol';
import { SiteAccessHere } from './site-access';
import './style.css';

function Popup() {
  const [summary, setSummary] = useState<LedgerSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = async () => {
    const reply = await send({ type: 'purchase.list' }).catch((e: Error) => ({ ok: false as const, error: e.message }));
    if (reply.ok) {
      setSummary(reply);
      setError(null);
    } else setError(reply.error);
  };

  useEffect(() => {
    void load();
  }, []);

  const remove = async (p: Purchase) => {
    if (!confirm(`Remove “${p.title}” from your purchases?`)) return;
    const reply = await send({ type: 'purchase.remove', id: p.id });
    if (!reply.ok) setError(reply.error);
    await load();
  };

  return (
    <main>
      <header>
        <h1>Embodied</h1>
        <p class="muted small">Computed on this device. Nothing leaves it.</p>
      </header>
      <SiteAccessHere />
      <LedgerView summary={summary} error={error} onRemove={remove} />
      <footer class="small">
        <a href="#" data-testid="open-options" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          Other shops · About the data
        </a>
      </footer>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
