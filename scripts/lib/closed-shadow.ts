/**
 * The tests' way into the badge's CLOSED shadow roots in Chromium, which no page script has:
 * the DevTools protocol walks closed roots (`DOM.getDocument` with `pierce`), and clicks and keys
 * go through Playwright's mouse and keyboard, i.e. the browser's input pipeline: trusted events,
 * exactly what a user produces.
 */
import type { CDPSession, Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  shadowRoots?: DomNode[];
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function cdp(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page
      .context()
      .newCDPSession(page)
      .then(async (c) => {
        await c.send('DOM.enable');
        return c;
      });
    sessions.set(page, s);
  }
  return s;
}

/** DevTools-only handles on the shadow roots of every badge host (closed ones included). */
async function badgeRoots(c: CDPSession): Promise<string[]> {
  const { root } = (await c.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
  const { nodeIds } = await c.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'embodied-badge' });
  const ids: string[] = [];
  for (const nodeId of nodeIds) {
    const { node } = (await c.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })) as { node: DomNode };
    for (const sr of node.shadowRoots ?? []) {
      const { object } = await c.send('DOM.resolveNode', { backendNodeId: sr.backendNodeId });
      if (object.objectId) ids.push(object.objectId);
    }
  }
  return ids;
}

/**
 * Runs `body` (source of a function `(matches: Element[], arg) => result`) over the elements with
 * this test id in all badge roots, in document order, and returns its result by value.
 */
async function overMatches<T>(page: Page, testId: string, body: string, arg: unknown = null): Promise<T> {
  const c = await cdp(page);
  const roots = await badgeRoots(c);
  const fn = `function (sel, arg, ...roots) { const matches = roots.flatMap((r) => [...r.querySelectorAll(sel)]); return (${body})(matches, arg); }`;
  const { result, exceptionDetails } = await (async () =>
    c.send('Runtime.callFunctionOn', {
      functionDeclaration: fn,
      // Any object works as `this`; the roots are passed as arguments.
      objectId: roots[0] ?? (await c.send('Runtime.evaluate', { expression: 'document' })).result.objectId!,
      arguments: [{ value: `[data-testid="${testId}"]` }, { value: arg }, ...roots.map((objectId) => ({ objectId }))],
      returnByValue: true,
    }))();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/** Text of every element with this test id inside the badges' shadow roots, in document order. */
export function shadowTexts(page: Page, testId: string): Promise<string[]> {
  return overMatches(page, testId, '(m) => m.map((e) => e.textContent)');
}

export function shadowCount(page: Page, testId: string): Promise<number> {
  return overMatches(page, testId, '(m) => m.length');
}

/** Runs `fn` (source of a function of the element) on the nth match. */
export function shadowEval<T>(page: Page, testId: string, fn: string, nth = 0): Promise<T> {
  return overMatches(
    page,
    testId,
    `(m, nth) => { if (!m[nth]) throw new Error('no ${testId} #' + nth); return (${fn})(m[nth]); }`,
    nth,
  );
}

/** The nth element's box centre in viewport pixels, scrolled into view first. */
function shadowCenter(page: Page, testId: string, nth = 0): Promise<{ x: number; y: number }> {
  return shadowEval(
    page,
    testId,
    `(e) => {
    e.scrollIntoView({ block: 'center', inline: 'center' });
    const r = e.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }`,
    nth,
  );
}

function shadowRect(
  page: Page,
  testId: string,
  nth = 0,
): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return shadowEval(
    page,
    testId,
    `(e) => { const r = e.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }`,
    nth,
  );
}

/**
 * A real (trusted) mouse click on the nth element with this test id. Like Playwright's own click, it
 * first waits (up to `timeout` ms) for the element to exist: the panel's body is injected on the
 * first open, so its controls come a moment after the click that opened it.
 */
export async function userClick(page: Page, testId: string, nth = 0, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await shadowCount(page, testId)) <= nth && Date.now() < until) await page.waitForTimeout(25);
  const { x, y } = await shadowCenter(page, testId, nth);
  await page.mouse.click(x, y);
}

/** The test id of the element that has focus inside a badge root (the page only sees the host). */
export async function focusedTestId(page: Page): Promise<string | null> {
  const c = await cdp(page);
  const roots = await badgeRoots(c);
  if (!roots.length) return null;
  const { result } = await c.send('Runtime.callFunctionOn', {
    functionDeclaration:
      'function (...roots) { for (const r of roots) if (r.activeElement) return r.activeElement.getAttribute("data-testid") ?? r.activeElement.localName; return null; }',
    objectId: roots[0],
    arguments: roots.map((objectId) => ({ objectId })),
    returnByValue: true,
  });
  return result.value as string | null;
}

/**
 * Test-only: copies every badge's closed root (markup and its <style>) into an OPEN root on a
 * sibling element (with its adopted style sheets), so that tools that only walk open roots (axe-core)
 * can audit the same DOM and CSS in the same place on the page. The originals are hidden meanwhile; returns how many copies.
 */
export async function openCopies(page: Page): Promise<number> {
  const c = await cdp(page);
  const roots = await badgeRoots(c);
  if (!roots.length) return 0;
  const { result } = await c.send('Runtime.callFunctionOn', {
    functionDeclaration: `function (...roots) {
      for (const r of roots) {
        const host = r.host;
        const copy = document.createElement('embodied-a11y-copy');
        const open = copy.attachShadow({ mode: 'open' });
        open.innerHTML = r.innerHTML;
        // Chromium's badges share one constructed style sheet (adoptedStyleSheets), not a <style>.
        open.adoptedStyleSheets = [...r.adoptedStyleSheets];
        host.after(copy);
        host.style.display = 'none';
      }
      return roots.length;
    }`,
    objectId: roots[0],
    arguments: roots.map((objectId) => ({ objectId })),
    returnByValue: true,
  });
  return result.value as number;
}
