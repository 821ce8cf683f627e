import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LedgerView } from '../../components/LedgerView';
import { ledgerFormat } from '../../components/ledger-format';
import { LEDGER_STRINGS as S } from '../../components/ledger-strings';
import type { PurchaseActions } from '../../components/PurchaseRow';
import type { PurchaseEdit } from '../../lib/ledger/ledger';
import type { ReestimatePreview } from '../../lib/ledger/reestimate';
import { summarize } from '../../lib/ledger/summary';
import { send } from '../../lib/messaging/client';
import type { Purchase, ResponseMap } from '../../lib/messaging/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadSettings } from '../../lib/settings/store';
import { applyTheme } from '../shared/theme';
import { SiteAccessHere } from './site-access';
import './style.css';

const UNDO_MS = 8000;
type Notice = { text: string; undo?: () => Promise<void> };

function Popup() {
  const [overview, setOverview] = useState<ResponseMap['ledger.overview'] | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [preview, setPreview] = useState<ReestimatePreview | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fmt = useMemo(() => ledgerFormat(settings.locale ?? undefined), [settings.locale]);

  const load = async () => {
    const reply = await send({ type: 'ledger.overview' }).catch((e: Error) => ({ ok: false as const, error: e.message }));
    if (reply.ok) {
      setOverview(reply);
      setError(null);
    } else setError(reply.error);
  };

  useEffect(() => {
    // Ask once more each time: the browser may keep the ledger through storage pressure (workers can't ask).
    navigator.storage?.persist?.().catch(() => {});
    void Promise.all([load(), loadSettings(browser.storage.local).then((s) => (setSettings(s), applyTheme(s.theme))).catch(() => {})]);
  }, []);

  useEffect(() => {
    // The benchmark's "first paint with totals" mark: set once, when totals are on screen.
    if (overview && !performance.getEntriesByName('embodied:totals').length) requestAnimationFrame(() => performance.mark('embodied:totals'));
  }, [overview]);

  const show = (n: Notice) => {
    clearTimeout(timer.current);
    setNotice(n);
    timer.current = setTimeout(() => setNotice(null), UNDO_MS);
  };
  const act = async <T,>(reply: Promise<{ ok: true } & T | { ok: false; error: string }>): Promise<(T & { ok: true }) | null> => {
    const r = await reply;
    if (!r.ok) {
      setNotice({ text: r.error });
      return null;
    }
    await load();
    return r as T & { ok: true };
  };

  const actions: PurchaseActions = {
    async edit(p: Purchase, edit: PurchaseEdit) {
      const back: PurchaseEdit = { quantity: p.quantity, userCategory: p.userCategory, condition: p.condition, day: p.day, status: p.status };
      if (!(await act(send({ type: 'purchase.edit', id: p.id, edit })))) return;
      const text = edit.status === 'returned' ? S.returnedMsg(p.product.title) : edit.status === 'active' ? S.keptMsg(p.product.title) : S.editedMsg(p.product.title);
      show({ text, undo: async () => void (await act(send({ type: 'purchase.edit', id: p.id, edit: back }))) });
    },
    async remove(p: Purchase) {
      const r = await act(send({ type: 'purchase.remove', id: p.id }));
      const removed = r?.removed;
      if (removed) show({ text: S.removedMsg(p.product.title), undo: async () => void (await act(send({ type: 'purchase.restore', purchase: removed }))) });
    },
  };

  const stale = {
    preview,
    async onPreview() {
      const r = await send({ type: 'reestimate.preview' });
      if (r.ok) setPreview(r);
      else setNotice({ text: r.error });
    },
    async onApply() {
      const r = await act(send({ type: 'reestimate.apply' }));
      setPreview(null);
      if (r) show({ text: S.staleDone(r.updated) });
    },
  };

  const data = overview ? { overview, summary: summarize(overview.months, settings.budget, new Date()) } : null;
  return (
    <main>
      <header>
        <h1>{S.appName}</h1>
        <p class="muted small">{S.tagline}</p>
      </header>
      <SiteAccessHere />
      <LedgerView data={data} error={error} fmt={fmt} actions={actions} stale={stale} />
      <div class="undo-bar" role="status" aria-live="polite" data-testid="ledger-notice">
        {notice && (
          <>
            <span>{notice.text}</span>
            {notice.undo && (
              <button type="button" data-testid="ledger-undo" onClick={() => (setNotice(null), void notice.undo!())}>
                {S.undo}
              </button>
            )}
          </>
        )}
      </div>
      <footer class="small">
        <a href="#" data-testid="open-options" onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}>
          {S.optionsLink}
        </a>
      </footer>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
