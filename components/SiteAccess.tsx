/**
 * The popup's line about the current tab: Embodied ran once here (the toolbar click's activeTab), and
 * on a shop it does not run on by itself, an offer to run "always on this site". A view only: the
 * popup entry does the browser calls and passes their outcome in.
 */
import type { SiteStatus } from '../lib/sites/user-sites';
import { useLedgerText } from './ledger-text';

export interface SiteAccessProps {
  /** Host name of the current tab, e.g. "shop.example.com"; null when unknown. */
  host: string | null;
  status: SiteStatus;
  /** The one-off run on this tab: null before it was tried. */
  ran: { ok: true } | { ok: false; error: string } | null;
  onAlways(): void;
}

export function SiteAccess({ host, status, ran, onAlways }: SiteAccessProps) {
  const L = useLedgerText();
  if (status === 'unsupported' || !host) return null;
  const automatic = status !== 'not-allowed';
  return (
    <section class="site-access small" data-testid="site-access" data-status={status}>
      {ran && !ran.ok ? (
        <p class="error">{L.t('site.failed', { error: ran.error })}</p>
      ) : (
        <p class="muted">{L.t(automatic ? 'site.runs' : 'site.once', { host })}</p>
      )}
      {!automatic && (
        <button type="button" data-testid="always-on-site" onClick={onAlways}>
          {L.t('site.always')}
        </button>
      )}
    </section>
  );
}
