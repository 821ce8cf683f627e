import { describe, expect, it } from 'vitest';
import { contentScriptMatches } from '../../lib/extract/shops';
import { syncUserSites, USER_SITES_SCRIPT_ID } from './user-sites';

const BUILT_IN = contentScriptMatches();

/** A minimal in-memory permissions + scripting API. */
function fakeApi(origins: string[]) {
  const registered = new Map<string, { id: string; matches?: string[]; excludeMatches?: string[] }>();
  const api = {
    permissions: { getAll: async () => ({ origins, permissions: [] }) },
    scripting: {
      getRegisteredContentScripts: async ({ ids }: { ids: string[] }) =>
        ids.flatMap((id) => (registered.has(id) ? [registered.get(id)!] : [])),
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id)),
      registerContentScripts: async (scripts: { id: string; matches?: string[] }[]) => {
        for (const s of scripts) {
          if (registered.has(s.id)) throw new Error(`duplicate id ${s.id}`);
          registered.set(s.id, s);
        }
      },
    },
  };
  return { api: api as unknown as Parameters<typeof syncUserSites>[2], registered, origins };
}

describe('syncUserSites', () => {
  it('registers the content script on exactly the user-allowed sites, and re-syncs without duplicates', async () => {
    const f = fakeApi(['*://www.bol.com/*', '*://*.amazon.de/*']);
    await syncUserSites(() => {}, BUILT_IN, f.api);
    await syncUserSites(() => {}, BUILT_IN, f.api);
    expect(f.registered.get(USER_SITES_SCRIPT_ID)?.matches).toEqual(['*://www.bol.com/*']);
  });

  it('unregisters when the user removes the last site', async () => {
    const f = fakeApi(['*://www.bol.com/*']);
    await syncUserSites(() => {}, BUILT_IN, f.api);
    f.origins.length = 0;
    await syncUserSites(() => {}, BUILT_IN, f.api);
    expect(f.registered.size).toBe(0);
  });

  it('registers the detector on every site except the built-in shops after the all-shops opt-in', async () => {
    const f = fakeApi(['https://*/*', '*://www.bol.com/*']);
    await syncUserSites(() => {}, BUILT_IN, f.api);
    const script = f.registered.get(USER_SITES_SCRIPT_ID);
    expect(script?.matches).toEqual(['https://*/*']);
    expect(script?.excludeMatches).toContain('https://*.amazon.de/*');
  });
});
