import { browser } from 'wxt/browser';
import { createEstimatorService } from '../../lib/background/estimator-service';
import { createRecordTokens } from '../../lib/background/record-tokens';
import { createRouter } from '../../lib/background/router';
import { areaCorrectionStore } from '../../lib/corrections';
import { LedgerDb } from '../../lib/ledger/db';
import { ratesFor, readFxTable } from '../../lib/ledger/display-price';
import { loadSettings } from '../../lib/settings/store';
import { SETTINGS_KEY } from '../../lib/settings/schema';
import { matchesHostPatterns } from '../../lib/background/site';
import { BUILT_IN_SHOPS_OFF } from '../../lib/messaging/limits';
import {
  injectBundle,
  isInjectRequest,
  isPanelRequest,
  isRunOnTabRequest,
  PANEL_FILE,
} from '../../lib/content/inject-message';
import { browserLocale, injectOnDemand } from './inject';
import { createLocalNames } from '../../lib/background/local-names';
import { sessionTokenStore } from './token-store';
import { syncUserSites } from './user-sites';

export default defineBackground(() => {
  // Start-up steps with their performance.now() in the worker (bench: the worker-stopped row's breakdown).
  const steps: [string, number][] = [];
  (globalThis as { __embodiedSteps?: typeof steps }).__embodiedSteps = steps;
  // Bounded: a worker kept busy by many pages must not grow this (the bench reads the first of each).
  const mark = (step: string) => void (steps.length < 200 && steps.push([step, performance.now()]));
  mark('start');
  const log = (m: string) => console.info(`[embodied] ${m}`);
  const estimator = createEstimatorService({
    loadPackFile: async (file) => {
      const res = await fetch(browser.runtime.getURL(`/factors/${file}` as '/factors/manifest.json'));
      if (!res.ok) throw new Error(`factor pack ${file}: HTTP ${res.status}`);
      return res.json();
    },
    log,
    mark,
  });
  // The shipped pack's version is the one the cache installs: read from its small manifest once per
  // worker life, so the popup's overview never waits for the factor packs or the classifier to load.
  let shipped: Promise<string | null> | null = null;
  const shippedPackVersion = () =>
    (shipped ??= fetch(browser.runtime.getURL('/factors/manifest.json'))
      .then((r) => r.json() as Promise<{ version?: unknown }>)
      .then((m) => (typeof m.version === 'string' ? m.version : null))
      .catch(() => (shipped = null)));
  // The shipped exchange-rate table, for prices in the display currency: read once per worker life, only when asked.
  let fx: Promise<Map<string, Record<string, number>>> | null = null;
  const fxTable = () =>
    (fx ??= fetch(browser.runtime.getURL('/factors/fx.json'))
      .then((r) => r.json())
      .then(readFxTable)
      .catch((e) => {
        fx = null;
        throw e;
      }));
  // The manifest's static content scripts (the detector) are exactly the built-in shops (generated from the registry).
  const builtInShopPatterns = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  // The settings, read once and kept until the stored settings change: the detector's request and
  // the first estimate both check them, and a woken worker answers the page sooner without the reads.
  let settingsRead: ReturnType<typeof loadSettings> | null = null;
  const settings = () =>
    (settingsRead ??= loadSettings(browser.storage.local).catch((e: unknown) => {
      settingsRead = null;
      throw e;
    }));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) settingsRead = null;
  });
  const builtInShopsOff = async (url?: string) =>
    matchesHostPatterns(url, builtInShopPatterns) && !(await settings()).builtInShops;
  // The ledger's database is opened on the first message that needs it, not at every worker start
  // (Dexie builds its schema on construction; a woken worker answers the page first).
  let ledger: LedgerDb | null = null;
  const handle = createRouter({
    get ledger() {
      return (ledger ??= new LedgerDb());
    },
    estimate: (products) => estimator.estimate(products).finally(() => mark('estimated')),
    similar: (estimates) => estimator.similar(estimates).finally(() => mark('similar')),
    localNames: createLocalNames({
      locale: browserLocale(),
      loadTable: async (locale) => {
        const res = await fetch(browser.runtime.getURL(`/taxonomy/${locale}.json` as '/taxonomy/de.json'));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.json();
      },
      log,
    }),
    packVersion: shippedPackVersion,
    settings,
    fxRates: async (currencies) => ratesFor(await fxTable(), currencies),
    builtInShopPatterns,
    extensionOrigin: browser.runtime.getURL('/'),
    log,
    tokens: createRecordTokens(sessionTokenStore()),
    corrections: areaCorrectionStore({
      get: (key) => browser.storage.local.get(key),
      set: (items) => browser.storage.local.set(items),
      remove: (key) => browser.storage.local.remove(key),
    }),
  });

  // Listeners are registered synchronously at start so a restarted worker gets the waking message.
  const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
  const warmUp = () => estimator.prepare().catch((e) => log(`estimator warm-up failed: ${errorText(e)}`));
  const fromExtensionPage = (url?: string) => typeof url === 'string' && url.startsWith(browser.runtime.getURL('/'));
  browser.runtime.onMessage.addListener((message, sender) => {
    // The detector found something: load extraction + badges into exactly that tab and frame.
    if (isInjectRequest(message)) {
      mark('inject-request');
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve({ ok: false, error: 'not from a tab' });
      // Built-in shops turned off in the options: the detector's request loads nothing there.
      // Estimates will be asked for in a moment: load the packs and the classifier while the page
      // parses and runs the extraction (a cold worker's start overlaps the page's work).
      return builtInShopsOff(sender.url).then((off) =>
        (mark('settings'), off)
          ? { ok: false, error: BUILT_IN_SHOPS_OFF }
          : injectOnDemand(tabId, sender.frameId ?? 0, browser, warmUp, true, injectBundle(message)).then(
              () => (mark('injected'), { ok: true }),
              (e) => ({ ok: false, error: errorText(e) }),
            ),
      );
    }
    // A badge's panel opened for the first time in a frame: its file goes into that same frame only.
    if (isPanelRequest(message)) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return Promise.resolve({ ok: false, error: 'not from a tab' });
      const target = { tabId, frameIds: [sender.frameId ?? 0] };
      return browser.scripting.executeScript({ target, files: [PANEL_FILE] }).then(
        () => ({ ok: true }),
        (e) => ({ ok: false, error: errorText(e) }),
      );
    }
    // The popup, opened by a click on the toolbar button (activeTab): run once on that tab.
    if (isRunOnTabRequest(message)) {
      if (!fromExtensionPage(sender.url)) return Promise.resolve({ ok: false, error: 'not allowed from this sender' });
      return injectOnDemand(message.tabId, 0, browser, warmUp).then(
        (injected) => ({ ok: true, injected }),
        (e) => ({ ok: false, error: errorText(e) }),
      );
    }
    const estimating = (message as { type?: unknown } | null)?.type === 'estimate';
    if (estimating) mark('estimate-request');
    const reply = handle(message, { url: sender.url, tabId: sender.tab?.id, incognito: sender.tab?.incognito });
    return estimating ? reply.finally(() => mark('estimate-reply')) : reply;
  });
  browser.runtime.onInstalled.addListener(() => {
    estimator.prepare().catch((e) => log(`factor pack install failed: ${errorText(e)}`));
  });
  const sync = () => syncUserSites(log, builtInShopPatterns).catch((e) => log(`user sites: ${errorText(e)}`));
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.runtime.onInstalled.addListener(sync);
});
