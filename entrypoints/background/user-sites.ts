/**
 * Keeps the run-time registration of the detector (the small always-on content script) in step
 * with what the user allowed: each allowed site, or every site after the options page's opt-in.
 */
import { browser } from 'wxt/browser';
import { detectorRegistration } from '../../lib/sites/user-sites';
import { DETECTOR_FILE, DETECTOR_RUN_AT } from '../../lib/content/inject-message';

export const USER_SITES_SCRIPT_ID = 'embodied-user-sites';

type Api = Pick<typeof browser, 'permissions' | 'scripting'>;

/**
 * `builtIn`: the built-in shops' match patterns, as the manifest's content scripts list them (the
 * background reads them there rather than importing the shop registry, which would bring the
 * extraction code into the worker and slow every start of it).
 */
export async function syncUserSites(
  log: (m: string) => void,
  builtIn: readonly string[],
  api: Api = browser,
): Promise<void> {
  const { origins = [] } = await api.permissions.getAll();
  const where = detectorRegistration(origins, [...builtIn]);
  const ids = [USER_SITES_SCRIPT_ID];
  const existing = await api.scripting.getRegisteredContentScripts({ ids });
  if (existing.length) await api.scripting.unregisterContentScripts({ ids });
  if (!where) return;
  await api.scripting.registerContentScripts([
    {
      id: USER_SITES_SCRIPT_ID,
      ...where,
      js: [DETECTOR_FILE],
      runAt: DETECTOR_RUN_AT,
      persistAcrossSessions: true,
    },
  ]);
  log(`detector registered on ${where.matches.join(', ')}`);
}
