/**
 * Launches Firefox ESR with the built extension through puppeteer-core over WebDriver BiDi
 * (a temporary, unsigned install), serving saved pages at their real URLs.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireBrowser } from '../../scripts/lib/browsers';
import { ROOT, demoBody, type DemoPage } from '../../scripts/lib/demo-pages';
import { GECKO_ID } from '../../wxt.config';

const FIREFOX_BUILD = join(ROOT, '.output', 'firefox-mv3');

export interface FirefoxSession {
  browser: Browser;
  /** Pinned moz-extension:// host, so the popup URL is known. */
  uuid: string;
  blocked: string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Less common launch settings (the egress and restart tests'): */
export interface LaunchOptions {
  /** Extra environment for the Firefox process. */
  env?: Record<string, string>;
  /** Response headers added to every served page (e.g. a CSP). */
  headers?: Record<string, string>;
  /**
   * A profile folder of the caller's, kept after close, with the extension INSTALLED in it
   * (an unsigned XPI in <profile>/extensions, allowed on ESR), so that it survives a browser restart
   * like a user's install; a temporary install over BiDi is gone when the browser closes. Pass the
   * same `uuid` to every launch of that profile.
   */
  profile?: { dir: string; uuid: string };
  /** Another built extension than .output/firefox-mv3 (the bench's BENCH_OUTPUT_DIR); null: none (A/B's B). */
  extensionDir?: string | null;
}

export async function launchFirefox(
  pages: DemoPage[],
  extraPages: Record<string, string> = {},
  prefs: Record<string, string | number | boolean> = {},
  options: LaunchOptions = {},
): Promise<FirefoxSession> {
  const { profile } = options;
  const uuid = profile?.uuid ?? randomUUID();
  if (profile) installInProfile(profile.dir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(profile ? { userDataDir: profile.dir } : {}),
    ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    extraPrefsFirefox: {
      ...(profile ? PROFILE_INSTALL_PREFS : {}),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      // A closed network: no update checks, telemetry or captive-portal probes.
      'app.update.enabled': false,
      'network.captive-portal-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...prefs,
      // permissions.request() is granted without the prompt a test cannot answer (the options
      // page's all-shops opt-in); the request itself still needs the click's user gesture.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const extensionDir = options.extensionDir === undefined ? FIREFOX_BUILD : options.extensionDir;
  if (!profile && extensionDir) await browser.installExtension(extensionDir);
  const served = new Map<string, () => Buffer>(pages.map((p) => [p.url, () => demoBody(p)]));
  for (const [url, html] of Object.entries(extraPages)) served.set(url, () => Buffer.from(html));
  const blocked: string[] = [];

  return {
    browser,
    uuid,
    blocked,
    async newPage() {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (req) => {
        const url = req.url().replace(/#.*$/, '');
        // A request can be gone (its frame detached) before we answer: that is not a test failure.
        const settle = (p: Promise<void>) => p.catch(() => {});
        if (url.startsWith('moz-extension:')) return settle(req.continue());
        const body = served.get(url);
        if (body)
          return settle(req.respond({ status: 200, contentType: 'text/html', headers: options.headers, body: body() }));
        blocked.push(url);
        return settle(req.abort());
      });
      return page;
    },
    close: () => browser.close(),
  };
}

/** An unsigned extension in the profile's extensions folder is installed and enabled at start (ESR honours these). */
const PROFILE_INSTALL_PREFS = {
  'xpinstall.signatures.required': false,
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
};

/**
 * The built Firefox extension as <profile>/extensions/<gecko id>.xpi, zipped by web-ext (offline).
 * Firefox installs a profile XPI only if its file name is exactly the gecko id; web-ext's
 * `--filename` turns the id's `@` into `_`, so the zip is renamed afterwards.
 */
function installInProfile(dir: string): void {
  const folder = join(dir, 'extensions');
  const xpi = join(folder, `${GECKO_ID}.xpi`);
  if (existsSync(xpi)) return;
  mkdirSync(folder, { recursive: true });
  const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
  const zipped = join(folder, 'embodied-build.zip');
  execFileSync(
    webExt,
    [
      'build',
      '--source-dir',
      FIREFOX_BUILD,
      '--artifacts-dir',
      folder,
      '--filename',
      'embodied-build.zip',
      '--overwrite-dest',
    ],
    { stdio: 'ignore' },
  );
  renameSync(zipped, xpi);
}

/** `page.goto('moz-extension://…')` never resolves (puppeteer issue 14314): start it, don't await it. */
export function openExtensionPage(page: Page, url: string): void {
  page.goto(url).catch(() => {});
}

/** Polls a function in the page until it returns a truthy value. */
export async function pollInPage<T>(page: Page, fn: () => T, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await page.evaluate(fn);
      if (v) return v as T;
    } catch (e) {
      last = e; // the page may still be loading
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting in page${last ? `: ${last}` : ''}`);
}

/** How many purchases the popup lists. */
export async function ledgerCount(s: FirefoxSession): Promise<number> {
  const popup = await s.newPage();
  openExtensionPage(popup, `moz-extension://${s.uuid}/popup.html`);
  // The totals arrive before the purchase list (their own reply): count only once the list (or the
  // empty state) is there, or a count taken between the two replies reads 0.
  await pollInPage(
    popup,
    () => document.querySelector('[data-testid=ledger-list], [data-testid=ledger-empty]') !== null,
  );
  const n = await popup.evaluate(() => document.querySelectorAll('[data-testid=ledger-item]').length);
  await popup.close();
  return n;
}

/**
 * Runs a self-contained function in the extension's content-script world of the tab showing
 * `tabUrl`, and returns its result. Firefox gives a test no handle on that world over BiDi (its
 * realms list only the page's window and BiDi's own sandboxes), so this asks the extension itself:
 * `scripting.executeScript({ func })` from an extension page runs the function in the same
 * content-script sandbox as the extension's content script, and the background sees the shop tab
 * as the sender, exactly as for the real content script. Test-only: nothing a web page can do.
 */
export async function inContentScriptWorld<T>(s: FirefoxSession, tabUrl: string, fn: () => T | Promise<T>): Promise<T> {
  const ext = await s.newPage();
  try {
    openExtensionPage(ext, `moz-extension://${s.uuid}/popup.html`);
    await pollInPage(ext, () => location.protocol === 'moz-extension:' && document.readyState === 'complete');
    const func = await ext.evaluateHandle(`(${fn.toString()})`);
    type Scripting = {
      tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
      scripting: { executeScript(d: object): Promise<{ result?: unknown; error?: unknown }[]> };
    };
    return (await ext.evaluate(
      async (f, url) => {
        const b = (globalThis as unknown as { browser: Scripting }).browser;
        const tab = (await b.tabs.query({})).find((t) => t.url === url);
        if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
        const [r] = await b.scripting.executeScript({ target: { tabId: tab.id }, func: f });
        if (r?.error) throw new Error(String(r.error));
        return r?.result;
      },
      func,
      tabUrl,
    )) as T;
  } finally {
    await ext.close();
  }
}
