import { browser } from 'wxt/browser';
import { createEstimatorService } from '../../lib/background/estimator-service';
import { createRecordTokens } from '../../lib/background/record-tokens';
import { createRouter } from '../../lib/background/router';
import { LedgerDb } from '../../lib/ledger/db';
import { loadSettings } from '../../lib/settings/store';
import { sessionTokenStore } from './token-store';
import { syncUserSites } from './user-sites';

export default defineBackground(() => {
  const log = (m: string) => console.info(`[embodied] ${m}`);
  const estimator = createEstimatorService({
    loadPackFile: async (file) => {
      const res = await fetch(browser.runtime.getURL(`/factors/${file}` as '/factors/manifest.json'));
      if (!res.ok) throw new Error(`factor pack ${file}: HTTP ${res.status}`);
      return res.json();
    },
    log,
  });
  // The shipped pack's version is the one the cache installs: read from its small manifest once per
  // worker life, so the popup's overview never waits for the factor packs or the classifier to load.
  let shipped: Promise<string | null> | null = null;
  const shippedPackVersion = () =>
    (shipped ??= fetch(browser.runtime.getURL('/factors/manifest.json'))
      .then((r) => r.json() as Promise<{ version?: unknown }>)
      .then((m) => (typeof m.version === 'string' ? m.version : null))
      .catch(() => (shipped = null)));
  const handle = createRouter({
    ledger: new LedgerDb(),
    estimate: (products) => estimator.estimate(products),
    packVersion: shippedPackVersion,
    settings: () => loadSettings(browser.storage.local),
    // The manifest's static content scripts are exactly the built-in shops (generated from the registry).
    builtInShopPatterns: (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []),
    extensionOrigin: browser.runtime.getURL('/'),
    log,
    tokens: createRecordTokens(sessionTokenStore()),
  });

  // Listeners are registered synchronously at start so a restarted worker gets the waking message.
  browser.runtime.onMessage.addListener((message, sender) =>
    handle(message, { url: sender.url, tabId: sender.tab?.id, incognito: sender.tab?.incognito }),
  );
  const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
  browser.runtime.onInstalled.addListener(() => {
    estimator.prepare().catch((e) => log(`factor pack install failed: ${errorText(e)}`));
  });
  const sync = () => syncUserSites(log).catch((e) => log(`user sites: ${errorText(e)}`));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
});
