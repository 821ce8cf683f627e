/**
 * Wiring of the popup's SiteAccess view. Opening the popup is the click on Embodied's toolbar button,
 * which grants activeTab: the background injects the on-demand part into that tab once (badges on a
 * shop Embodied does not know). "Always on this site" asks for that origin as an optional host
 * permission; the background then registers the detector there (entrypoints/background/user-sites.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { SiteAccess, type SiteAccessProps } from '../../components/SiteAccess';
import { PAGE_RUN_ON_TAB } from '../../lib/content/inject-message';
import { originPatternFor, siteStatus, type SiteStatus } from '../../lib/sites/user-sites';

const builtIn = () => (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);

export function SiteAccessHere() {
  const [tab, setTab] = useState<{ id: number; url: string } | null>(null);
  const [status, setStatus] = useState<SiteStatus>('unsupported');
  const [ran, setRan] = useState<SiteAccessProps['ran']>(null);

  const refresh = async (url: string) => {
    const { origins = [] } = await browser.permissions.getAll();
    setStatus(siteStatus(url, origins, builtIn()));
  };

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      if (active?.id === undefined || !active.url || !/^https?:/.test(active.url)) return;
      setTab({ id: active.id, url: active.url });
      await refresh(active.url);
      const reply = (await browser.runtime
        .sendMessage({ type: PAGE_RUN_ON_TAB, tabId: active.id })
        .catch((e: Error) => ({ ok: false, error: e.message }))) as { ok: boolean; error?: string } | undefined;
      setRan(reply?.ok ? { ok: true } : { ok: false, error: reply?.error ?? 'no reply' });
    })();
  }, []);

  const always = async () => {
    const pattern = tab && originPatternFor(tab.url);
    if (!pattern) return;
    // In the click's user gesture: the browser asks the user to confirm.
    await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    await refresh(tab.url);
  };

  return <SiteAccess host={tab ? new URL(tab.url).hostname : null} status={status} ran={ran} onAlways={always} />;
}
