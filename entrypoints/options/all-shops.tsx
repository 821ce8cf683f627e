/**
 * Wiring of the options page's AllShops opt-in: one optional host permission for all sites. The
 * background's permissions listener then registers the detector everywhere (user-sites.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AllShops } from '../../components/AllShops';
import { ALL_SITES, allSitesGranted } from '../../lib/sites/user-sites';

export function AllShopsOption() {
  const [enabled, setEnabled] = useState(false);
  const load = async () => {
    const { origins = [] } = await browser.permissions.getAll();
    setEnabled(allSitesGranted(origins).length > 0);
  };
  useEffect(() => void load(), []);

  const change = async (enable: boolean) => {
    const origins = [...ALL_SITES];
    // request() must run in the click's user gesture: the browser asks the user to confirm.
    if (enable) await browser.permissions.request({ origins }).catch(() => false);
    else await browser.permissions.remove({ origins }).catch(() => false);
    await load();
  };
  return <AllShops enabled={enabled} onChange={change} />;
}
