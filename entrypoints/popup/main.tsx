import { render } from 'preact';
import { browser } from 'wxt/browser';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LedgerView, type LedgerLists } from '../../components/LedgerView';
import { ledgerFormat } from '../../components/ledger-format';
import { LedgerTextContext } from '../../components/ledger-text';
import type { PurchaseActions } from '../../components/PurchaseRow';
import { createLedgerText } from '../../lib/i18n/ledger';
import type { FxRates } from '../../lib/ledger/display-price';
import type { PurchaseEdit } from '../../lib/ledger/ledger';
import type { ReestimatePreview } from '../../lib/ledger/reestimate';
import { summarize } from '../../lib/ledger/summary';
import { send } from '../../lib/messaging/client';
import type { Purchase, ResponseMap } from '../../lib/messaging/protocol';
import { applyTheme } from '../shared/theme';
import { SiteAccessHere } from './site-access';
import './style.css';

const UNDO_MS = 8000;
const PAGE = 25;
const failed = (e: Error) => ({ ok: false as const, error: e.message });
const totalsRequest = () => send({ type: 'ledger.totals' }).catch(failed);
const overviewRequest = () => send({ type: 'ledger.overview' }).catch(failed);
// Asked before the first render: the worker answers while Preact mounts. The month rows come first
// (a few dozen rows: the totals paint from them); the lists follow in their own reply.
let firstTotals: ReturnType<typeof totalsRequest> | null = totalsRequest();
let firstOverview: ReturnType<typeof overviewRequest> | null = overviewRequest();
type Notice = { text: string; undo?: () => Promise<void> };
type Totals = ResponseMap['ledger.totals'];

function Popup() {
  const [totals, setTotals] = useState<Totals | null>(null);
  const [lists, setLists] = useState<LedgerLists | null>(null);
  const [rates, setRates] = useState<FxRates>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [preview, setPreview] = useState<ReestimatePreview | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Settings come with the totals, validated by the background: the popup never loads Zod (first paint).
  const settings = totals?.settings;
  const L = useMemo(() => createLedgerText(settings?.locale, navigator.languages), [settings?.locale]);
  const fmt = useMemo(
    () =>
      ledgerFormat(L.formatLocale, {
        currency: settings?.currency ?? null,
        rates,
        converted: (converted, original, year) => L.t('popup.converted', { converted, original, year }),
      }),
    [L, settings?.currency, rates],
  );

  const showTotals = (reply: Awaited<ReturnType<typeof totalsRequest>>) => {
    if (!reply.ok) return setError(reply.error);
    setTotals({ months: reply.months, settings: reply.settings });
    applyTheme(reply.settings.theme);
    setError(null);
  };
  const load = async () => {
    const t = firstTotals ?? totalsRequest();
    const o = firstOverview ?? overviewRequest();
    firstTotals = firstOverview = null;
    showTotals(await t);
    const reply = await o;
    if (!reply.ok) return setError(reply.error);
    // The overview's month rows are as fresh as the totals' (same database, asked at the same time).
    showTotals({ ok: true, months: reply.months, settings: reply.settings });
    setLists({ recent: reply.recent, biggest: reply.biggest, count: reply.count, stale: reply.stale });
    setRates((r) => ({ ...r, ...reply.fx }));
  };

  useEffect(() => {
    // Ask once more each time: the browser may keep the ledger through storage pressure (workers can't ask).
    navigator.storage?.persist?.().catch(() => {});
    void load();
  }, []);

  useEffect(() => {
    document.documentElement.lang = L.locale;
  }, [L]);

  useEffect(() => {
    // The benchmark's "first paint with totals" mark: set once, when totals are on screen.
    if (totals && !performance.getEntriesByName('embodied:totals').length)
      requestAnimationFrame(() => performance.mark('embodied:totals'));
  }, [totals]);

  const show = (n: Notice) => {
    clearTimeout(timer.current);
    setNotice(n);
    timer.current = setTimeout(() => setNotice(null), UNDO_MS);
  };
  const act = async <T,>(
    reply: Promise<({ ok: true } & T) | { ok: false; error: string }>,
  ): Promise<(T & { ok: true }) | null> => {
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
      const back: PurchaseEdit = {
        quantity: p.quantity,
        userCategory: p.userCategory,
        condition: p.condition,
        day: p.day,
        status: p.status,
      };
      if (!(await act(send({ type: 'purchase.edit', id: p.id, edit })))) return;
      const key =
        edit.status === 'returned'
          ? 'popup.returnedMsg'
          : edit.status === 'active'
            ? 'popup.keptMsg'
            : 'popup.editedMsg';
      show({
        text: L.t(key, { title: p.product.title }),
        undo: async () => void (await act(send({ type: 'purchase.edit', id: p.id, edit: back }))),
      });
    },
    async remove(p: Purchase) {
      const r = await act(send({ type: 'purchase.remove', id: p.id }));
      const removed = r?.removed;
      if (removed)
        show({
          text: L.t('popup.removedMsg', { title: p.product.title }),
          undo: async () => void (await act(send({ type: 'purchase.restore', purchase: removed }))),
        });
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
      if (r) show({ text: L.plural('popup.staleDone', r.updated) });
    },
  };

  /** The next page of the history, after the ones shown (the list is paged, never loaded whole). */
  const more = async () => {
    if (!lists) return;
    const r = await send({ type: 'purchase.list', offset: lists.recent.length, limit: PAGE });
    if (!r.ok) return setNotice({ text: r.error });
    setRates((x) => ({ ...x, ...r.fx }));
    setLists({
      ...lists,
      recent: [...lists.recent, ...r.purchases.filter((p) => !lists.recent.some((q) => q.id === p.id))],
      count: r.count,
    });
  };

  const summary = totals ? summarize(totals.months, totals.settings.budget, new Date()) : null;
  return (
    <LedgerTextContext.Provider value={L}>
      <main>
        <header>
          <h1>{L.t('app.name')}</h1>
          <p class="muted small">{L.t('popup.tagline')}</p>
        </header>
        <SiteAccessHere />
        <LedgerView
          summary={summary}
          lists={lists}
          error={error}
          fmt={fmt}
          actions={actions}
          stale={stale}
          onMore={() => void more()}
        />
        <div class="undo-bar" role="status" aria-live="polite" data-testid="ledger-notice">
          {notice && (
            <>
              <span>{notice.text}</span>
              {notice.undo && (
                <button type="button" data-testid="ledger-undo" onClick={() => (setNotice(null), void notice.undo!())}>
                  {L.t('popup.undo')}
                </button>
              )}
            </>
          )}
        </div>
        <footer class="small">
          <a
            href="#"
            data-testid="open-options"
            onClick={(e) => (e.preventDefault(), void browser.runtime.openOptionsPage())}
          >
            {L.t('popup.optionsLink')}
          </a>
        </footer>
      </main>
    </LedgerTextContext.Provider>
  );
}

render(<Popup />, document.getElementById('app')!);
