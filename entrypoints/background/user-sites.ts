/** Keeps the run-time content-script registration in step with the sites the user allowed. */
import { browser } from 'wxt/browser';
import { contentScriptMatches } from '../../lib/extract/shops';
import { userSitePatterns } from '../../lib/sites/user-sites';

const ID = 'embodied-user-sites';

export async function syncUserSites(log: (m: string) => void): Promise<void> {
  const { origins = [] } = await browser.permissions.getAll();
  const matches = userSitePatterns(origins, contentScriptMatches());
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (!matches.length) return;
  await browser.scripting.registerContentScripts([
    { id: ID, matches, js: ['/content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  log(`content script registered on ${matches.length} user-allowed site(s)`);
}
