/**
 * Launches Firefox ESR with the built extension through puppeteer-core over WebDriver BiDi
 * (a temporary, unsigned install), serving saved pages at their real URLs.
 */
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
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

/**
 * `profile`: a profile folder of the caller's, kept after close, with the extension INSTALLED in it
 * (an unsigned XPI in <profile>/extensions, allowed on ESR), so that it survives a browser restart
 * like a user's install; a temporary install over BiDi is gone when the browser closes. Pass the
 * same `uuid` to every launch of that profile.
 */
export async function launchFirefox(
  pages: DemoPage[],
  extraPages: Record<string, string> = {},
  prefs: Record<string, string | number | boolean> = {},
  profile?: { dir: string; uuid: string },
): Promise<FirefoxSession> {
  const uuid = profile?.uuid ?? randomUUID();
  if (profile) installInProfile(profile.dir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser('firefox'),
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(profile ? { userDataDir: profile.dir } : {}),
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
  if (!profile) await browser.installExtension(FIREFOX_BUILD);
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
        if (body) return settle(req.respond({ status: 200, contentType: 'text/html', body: body() }));
        blocked.push(url);
        return settle(req.abort());
      });
      return page;
    },
    close: () => browser.close(),
  };
}

/** An unsigned extension in the profile's extensions folder is installed and enabled at start (ESR honours these). */
const PROFILE_INSTALL_PREFS = { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 };

/** The built Firefox extension as <profile>/extensions/<gecko id>.xpi, zipped by web-ext (offline). */
function installInProfile(dir: string): void {
  const folder = join(dir, 'extensions');
  if (existsSync(join(folder, `${GECKO_ID}.xpi`))) return;
  mkdirSync(folder, { recursive: true });
  const webExt = join(ROOT, 'node_modules', '.bin', 'web-ext');
  execFileSync(webExt, ['build', '--source-dir', FIREFOX_BUILD, '--artifacts-dir', folder, '--filename', `${GECKO_ID}.xpi`, '--overwrite-dest'], { stdio: 'ignore' });
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
