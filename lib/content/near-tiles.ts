/**
 * Listing tiles are read and badged only when they come near the viewport, in slices bounded by
 * time. On a 100-tile listing the user sees a handful of tiles; badging all of them at once cost
 * one long task and most of the extension's script time (bench/README.md, listing rows), while the
 * far tiles may never be looked at.
 *
 * An intersection observer (one screen of margin above and below, see NEAR_MARGIN) reports the
 * tiles near the viewport; each is queued once and then forgotten by the observer. The queue is
 * worked off in slices: `run` takes as many tiles from the front as fit before the deadline it is
 * given (at least one, at most MAX_SLICE_TILES) and says how many it took; the rest wait for the
 * next task. The first slice
 * runs inside the observer's callback, right after the browser's layout, so its reads force none.
 *
 * No browser globals: the observer and the timers come in through `env` (page.ts wires them).
 */

/** What the queue needs of an IntersectionObserver. */
export interface NearObserver {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

export interface NearEntry {
  target: Element;
  isIntersecting: boolean;
  /** Where the tile is, relative to the viewport (top and bottom are enough). */
  boundingClientRect: { top: number; bottom: number };
}

export interface NearEnv {
  /** Creates the observer; `onEntries` gets its records. */
  observer(onEntries: (entries: readonly NearEntry[]) => void): NearObserver;
  setTimeout(cb: () => void, ms: number): unknown;
  now(): number;
  /** The viewport's height: tiles inside it go before those in the margin. */
  viewportHeight(): number;
}

/** The observer's margin around the viewport: tiles up to one screen away count as near. */
export const NEAR_MARGIN = '100% 0px 100% 0px';
/** Time budget of one slice of tile work, well under the 30 ms long-task budget. */
export const SLICE_MS = 8;
/**
 * At most this many tiles per slice, whatever the clock says: a slice reads each tile (about 0.5 ms
 * on the bench's Amazon tiles, several times that on a slow or busy machine) before it can tell
 * that its time is up, so the count bounds a slice where the deadline alone would come too late.
 */
export const MAX_SLICE_TILES = 12;

export interface NearTiles<T> {
  /** Watches these tiles; each is handed to `run` once it is near the viewport. */
  add(tiles: readonly T[]): void;
  /**
   * Forgets that `el`'s tile was handed over (it was a placeholder without content yet), so that
   * adding it again watches it again.
   */
  release(el: Element): void;
  /** Stops watching and drops the queue (navigation, teardown): nothing is kept. */
  dispose(): void;
}

/**
 * `run(queue, deadline)` works on the front of `queue` until `env.now()` passes `deadline` and
 * returns how many tiles it took (at least one is always taken, so the queue drains).
 */
export function createNearTiles<T>(
  env: NearEnv,
  anchorOf: (tile: T) => Element,
  run: (queue: readonly T[], deadline: number) => number,
): NearTiles<T> {
  const waiting = new Map<Element, T>();
  /** Handed over already: never queued again (a rescan finds the same tiles). */
  const handed = new WeakSet<Element>();
  let queue: T[] = [];
  let scheduled = false;
  let disposed = false;

  const work = () => {
    scheduled = false;
    if (disposed || !queue.length) return;
    const taken = Math.max(1, run(queue.slice(0, MAX_SLICE_TILES), env.now() + SLICE_MS));
    queue = queue.slice(taken);
    if (queue.length && !scheduled) {
      scheduled = true;
      env.setTimeout(work, 0);
    }
  };

  const observer = env.observer((entries) => {
    if (disposed) return;
    const height = env.viewportHeight();
    const onScreen: T[] = [];
    const inMargin: T[] = [];
    for (const e of entries) {
      const tile = e.isIntersecting ? waiting.get(e.target) : undefined;
      if (tile === undefined) continue;
      waiting.delete(e.target);
      handed.add(e.target);
      observer.unobserve(e.target);
      const r = e.boundingClientRect;
      (r.bottom > 0 && r.top < height ? onScreen : inMargin).push(tile);
    }
    // What the user sees first; the margin's tiles after (document order within each).
    queue = [...onScreen, ...queue, ...inMargin];
    if (!scheduled) work();
  });

  return {
    add(tiles) {
      if (disposed) return;
      for (const t of tiles) {
        const el = anchorOf(t);
        if (waiting.has(el) || handed.has(el)) continue;
        waiting.set(el, t);
        observer.observe(el);
      }
    },
    release(el) {
      handed.delete(el);
    },
    dispose() {
      disposed = true;
      observer.disconnect();
      waiting.clear();
      queue = [];
    },
  };
}
