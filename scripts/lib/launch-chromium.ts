/** Launches Debian's Chromium with the built MV3 extension, serving saved pages at their real URLs. */
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_QUIET_ARGS, requireBrowser } from './browsers';
import { ROOT, demoBody, type DemoPage } from './demo-pages';

const CHROME_BUILD = join(ROOT, '.output', 'chrome-mv3');

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every request to anything but a served page, i.e. what the extension or page tried to fetch. */
  blocked: string[];
  close(): Promise<void>;
}

export async function launchChromium(
  pages: DemoPage[],
  /** userDataDir: a profile of the caller's, kept on close (a browser restart); otherwise a temporary one, removed. */
  opts: {
    headless?: boolean;
    extraPages?: Record<string, string>;
    locale?: string;
    colorScheme?: 'light' | 'dark';
    args?: string[];
    userDataDir?: string;
  } = {},
): Promise<ChromiumSession> {
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'embodied-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: requireBrowser('chromium'),
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    // The browser's language (what the badge speaks) and colour scheme, when a test or screenshot sets them.
    ...(opts.locale ? { locale: opts.locale } : {}),
    ...(opts.colorScheme ? { colorScheme: opts.colorScheme } : {}),
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...(opts.locale ? [`--lang=${opts.locale}`] : []),
      ...CHROMIUM_QUIET_ARGS,
      ...(opts.args ?? []),
    ],
  });
  const blocked: string[] = [];
  const served = new Map(pages.map((p) => [p.url, () => demoBody(p)]));
  for (const [url, html] of Object.entries(opts.extraPages ?? {})) served.set(url, () => Buffer.from(html));
  // Nothing reaches the network: saved pages are served, everything else (shop CDNs, trackers) is refused.
  await context.route(/^(https?|wss?):\/\//, (route) => {
    const url = route.request().url().replace(/#.*$/, '');
    const body = served.get(url);
    if (body) return route.fulfill({ status: 200, contentType: 'text/html', body: body() });
    blocked.push(url);
    return route.abort();
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    blocked,
    close: async () => {
      await context.close();
      if (!opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
