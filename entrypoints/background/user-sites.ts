/** Keeps the run-time content-script registration in step with the sites the user allowed. */
import { browser } from 'wxt/browser';
import { contentScriptMatches } from '../../lib/extract/shops';
import { userSitePatterns } from '../../lib/sites/user-sites';

export const USER_SITES_SCRIPT_ID = 'embodied-user-sites';

type Api = Pick<typeof browser, 'permissions' | 'scripting'>;

export async function syncUserSites(log: (m: string) => void, api: Api = browser): Promise<void> {
  const { origins = [] } = await api.permissions.getAll();
  const matches = userSitePatterns(origins, contentScriptMatches());
  const ids = [USER_SITES_SCRIPT_ID];
  const existing = await api.scripting.getRegisteredContentScripts({ ids });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids });
  if (!matches.length) return;
  await api.scripting.registerContentScripts([
    { id: USER_SITES_SCRIPT_ID, matches, js: ['/content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  log(`content script registered on ${matches.length} user-allowed site(s)`);
}
