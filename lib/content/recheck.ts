/**
 * When the always-on detector looks at the page (again). It must cost next to nothing on the many
 * shop pages that hold no product, so it does not watch the DOM (a MutationObserver is called on
 * every change of a busy page): it looks once at document idle, then a few more times on a
 * widening schedule (client-side shops render their products late), and starts the schedule over
 * when the URL changes (single-page navigations). It stops for good once the page said yes: the
 * on-demand part follows the page from then on.
 *
 * Pure: the timer, the look and the request are handed in, so the schedule is unit-tested.
 */

/**
 * Delays (ms) of the looks after the first one, each counted from the previous look: at 0.5, 2, 6
 * and 16 s. Each look is a timer task in the extension's world, and entering that world costs more
 * than the look itself on a small page (A/B on the no-product bench page: 7 looks at 0..16 s cost
 * about 2 ms more than one look), so there are five looks over the same 16 s instead of seven.
 */
export const RECHECK_DELAYS_MS = [500, 1500, 4000, 10000] as const;

export interface RecheckDeps {
  /** Does the page hold something now? (lib/content/detect.ts) */
  look(): boolean;
  /** The page said yes: ask for the on-demand part (called at most once). */
  ask(): void;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Recheck {
  /** Look now and schedule the later looks (at document idle, and again after each URL change). */
  start(): void;
  /** True once `ask` was called. */
  readonly asked: boolean;
}

export function createRecheck(deps: RecheckDeps): Recheck {
  let asked = false;
  let timer: unknown;
  let step = 0;

  const look = () => {
    timer = undefined;
    if (asked) return;
    if (deps.look()) {
      asked = true;
      deps.ask();
      return;
    }
    const delay = RECHECK_DELAYS_MS[step++];
    if (delay !== undefined) timer = deps.setTimeout(look, delay);
  };

  return {
    start() {
      if (asked) return;
      if (timer !== undefined) deps.clearTimeout(timer);
      step = 0;
      look();
    },
    get asked() {
      return asked;
    },
  };
}
