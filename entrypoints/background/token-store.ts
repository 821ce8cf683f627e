import { browser } from 'wxt/browser';
import type { TokenPersistence } from '../../lib/background/record-tokens';

/**
 * Record tokens' secret and spent nonces in `storage.session`: kept in memory by the browser for
 * the session (never on disk), out of content scripts' reach, and still there when the worker
 * restarts, so a badge shown before the worker stopped can still record.
 */
export function sessionTokenStore(): TokenPersistence {
  const area = browser.storage.session;
  return {
    async loadSecret() {
      const { recordSecret } = await area.get('recordSecret');
      return Array.isArray(recordSecret) ? new Uint8Array(recordSecret as number[]) : null;
    },
    saveSecret: (secret) => area.set({ recordSecret: [...secret] }),
    async loadSpent() {
      const { spentTokens } = await area.get('spentTokens');
      return spentTokens && typeof spentTokens === 'object' ? (spentTokens as Record<string, number>) : {};
    },
    saveSpent: (spent) => area.set({ spentTokens: spent }),
  };
}
