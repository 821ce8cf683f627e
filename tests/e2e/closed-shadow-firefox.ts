/**
 * The tests' way into the badge's CLOSED shadow roots in Firefox, which no page script has:
 * WebDriver BiDi serializes an element's shadow root whatever its mode, and its shared id can be
 * handed back to a script call. Clicks go through BiDi input actions: trusted events, like a user's.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

type Root = ElementHandle<ShadowRoot>;
interface BidiHandle {
  remoteValue(): { value?: { shadowRoot?: { sharedId?: string } } };
  realm: unknown;
  constructor: { from(value: unknown, realm: unknown): Root };
}

/** Handles on the shadow roots of every badge host, closed ones included. */
export async function badgeRoots(page: Page): Promise<Root[]> {
  const hosts = await page.$$('embodied-badge');
  const roots: Root[] = [];
  for (const host of hosts) {
    const h = host as unknown as BidiHandle;
    const sr = h.remoteValue().value?.shadowRoot;
    if (sr?.sharedId) roots.push(h.constructor.from(sr, h.realm));
  }
  return roots;
}

type Op = 'texts' | 'count' | 'center';

/** One fixed operation over the matches in all badge roots (functions can't cross into the page). */
async function overMatches<T>(page: Page, testId: string, op: Op, nth = 0): Promise<T> {
  const roots = await badgeRoots(page);
  return page.evaluate(
    (o: Op, sel: string, n: number, ...rs: ShadowRoot[]) => {
      const matches = rs.flatMap((r) => [...r.querySelectorAll(sel)]);
      if (o === 'texts') return matches.map((e) => e.textContent ?? '');
      if (o === 'count') return matches.length;
      const e = matches[n];
      if (!e) throw new Error(`no match #${n} for ${sel}`);
      e.scrollIntoView({ block: 'center' });
      const r = e.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    op,
    `[data-testid="${testId}"]`,
    nth,
    ...roots,
  ) as Promise<T>;
}

export function shadowTexts(page: Page, testId: string): Promise<string[]> {
  return overMatches(page, testId, 'texts');
}

export function shadowCount(page: Page, testId: string): Promise<number> {
  return overMatches(page, testId, 'count');
}

/** A real (trusted) mouse click on the nth element with this test id. */
export async function userClick(page: Page, testId: string, nth = 0): Promise<void> {
  const { x, y } = await overMatches<{ x: number; y: number }>(page, testId, 'center', nth);
  await page.mouse.click(x, y);
}

/** Polls until the first text of this test id matches. */
export async function waitForShadowText(
  page: Page,
  testId: string,
  match: RegExp | string,
  timeoutMs = 20_000,
): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    last = (await shadowTexts(page, testId).catch(() => []))[0] ?? '';
    if (typeof match === 'string' ? last.includes(match) : match.test(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${testId}: '${last}' never matched ${match}`);
}

/**
 * A handle on the nth element with this test id inside the closed roots: what a page script would
 * hold if a root ever leaked. Tests hand it to a page-world function to try synthetic events on it.
 */
export async function shadowHandle(page: Page, testId: string, nth = 0): Promise<ElementHandle<HTMLElement>> {
  const roots = await badgeRoots(page);
  const handle = await page.evaluateHandle(
    (sel: string, n: number, ...rs: ShadowRoot[]) =>
      rs.flatMap((r) => [...r.querySelectorAll<HTMLElement>(sel)])[n] ?? null,
    `[data-testid="${testId}"]`,
    nth,
    ...roots,
  );
  const el = handle.asElement();
  if (!el) throw new Error(`no match #${nth} for ${testId}`);
  return el as ElementHandle<HTMLElement>;
}
