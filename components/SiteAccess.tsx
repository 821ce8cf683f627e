/**
 * The popup's line about the current tab: Embodied ran once here (the toolbar click's activeTab), and
 * on a shop it does not run on by itself, an offer to run "always on this site". A view only: the
 * popup entry does the browser calls and passes their outcome in.
 */
import type { SiteStatus } from '../lib/sites/user-sites';

export interface SiteAccessProps {
  /** Host name of the current tab, e.g. "shop.example.com"; null when unknown. */
  host: string | null;
  status: SiteStatus;
  /** The one-off run on this tab: null before it was tried. */
  ran: { ok: true } | { ok: false; error: string } | null;
  onAlways(): void;
}

export function SiteAccess({ host, status, ran, onAlways }: SiteAccessProps) {
  if (status === 'unsupported' || !host) return null;
  const automatic = status !== 'not-allowed';
  return (
    <section class="site-access small" data-testid="site-access" data-status={status}>
      {ran && !ran.ok ? (
        <p class="error">Could not look at this page: {ran.error}</p>
      ) : (
        <p class="muted">
          {automatic ? `Embodied runs on ${host}.` : `Embodied looked at this page of ${host} once, because you asked.`}
        </p>
      )}
      {!automatic && (
        <button type="button" data-testid="always-on-site" onClick={onAlways}>
          Always on this site
        </button>
      )}
    </section>
  );
}
