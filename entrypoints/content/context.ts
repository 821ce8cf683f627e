/**
 * The on-demand part's own context, in place of WXT's ContentScriptContext: that one comes with the
 * webextension polyfill (wxt/browser) and a location poll, both evaluated on every product page,
 * while this script needs four things of it:
 * - invalidation: the extension was updated or removed (this world's `runtime.id` is gone), or a
 *   newer copy of this script started in the same document; timers stop and cleanups run;
 * - timers that do nothing once invalid;
 * - single-page navigations (the Navigation API where the browser has it, else a 1 s URL poll).
 */

interface RuntimeApi {
  runtime?: { id?: string };
}

export interface PageContext {
  readonly isInvalid: boolean;
  onInvalidated(cb: () => void): void;
  setTimeout(cb: () => void, ms: number): number;
  requestAnimationFrame(cb: () => void): number;
  requestIdleCallback(
    cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void,
    opts?: { timeout: number },
  ): number;
  /** `cb` runs after each change of the page's URL without a new document. */
  onLocationChange(cb: () => void): void;
}

/** A newer copy of this script announces itself with this DOM event; older copies stand down. */
const STARTED_EVENT = 'embodied:on-demand-started';
const URL_POLL_MS = 1000;

interface Navigation {
  addEventListener(type: 'currententrychange', listener: () => void, opts?: { signal: AbortSignal }): void;
}

export function createPageContext(): PageContext {
  const g = globalThis as { browser?: RuntimeApi; chrome?: RuntimeApi; navigation?: Navigation };
  const api = g.browser ?? g.chrome;
  const abort = new AbortController();
  const cleanups: (() => void)[] = [];
  const invalidate = () => {
    if (abort.signal.aborted) return;
    abort.abort();
    for (const cb of cleanups.splice(0)) cb();
  };
  const valid = () => {
    if (!abort.signal.aborted && !api?.runtime?.id) invalidate();
    return !abort.signal.aborted;
  };
  const id = Math.random().toString(36).slice(2);
  document.addEventListener(
    STARTED_EVENT,
    (e) => {
      if ((e as CustomEvent<string>).detail !== id) invalidate();
    },
    { signal: abort.signal },
  );
  document.dispatchEvent(new CustomEvent(STARTED_EVENT, { detail: id }));
  const guarded =
    <A extends unknown[]>(cb: (...args: A) => void) =>
    (...args: A) => {
      if (valid()) cb(...args);
    };

  return {
    get isInvalid() {
      return !valid();
    },
    onInvalidated(cb) {
      if (abort.signal.aborted) cb();
      else cleanups.push(cb);
    },
    // Not tracked for clearing (a long page sets many): once invalid, a timer's callback does nothing.
    setTimeout: (cb, ms) => setTimeout(guarded(cb), ms) as unknown as number,
    requestAnimationFrame: (cb) => requestAnimationFrame(guarded(cb)),
    requestIdleCallback: (cb, opts) => requestIdleCallback(guarded(cb), opts),
    onLocationChange(cb) {
      let href = location.href;
      const check = guarded(() => {
        if (location.href === href) return;
        href = location.href;
        cb();
      });
      if (typeof g.navigation?.addEventListener === 'function') {
        g.navigation.addEventListener('currententrychange', check, { signal: abort.signal });
      } else {
        const poll = setInterval(check, URL_POLL_MS);
        cleanups.push(() => clearInterval(poll));
      }
    },
  };
}
