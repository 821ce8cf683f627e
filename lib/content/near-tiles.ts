/**
 * Listing tiles are read and badged only when they come near the viewport, in slices bounded by
 * time. On a 100-tile listing the user sees a handful of tiles; badging all of them at once cost
 * one long task and most of the extension's script time (bench/README.md, listing rows), while the
 * far tiles may never be looked at.
 *
 * An intersection observer (one screen of margin above and below, see NEAR_MARGIN) reports the
 * tiles near the viewport; each is queued once and then forgotten by the observer. The queue is
 * worked off in slices: a slice reads tiles from the front (`read`: the tile's item and where its
 * badge goes) while the slice's time allows, counting the write each read tile will cost, at least
 * one and at most MAX_SLICE_TILES, then hands what it read to `write` in one go (all reads before
 * all writes); the rest wait for the next task. The first slice runs inside the observer's
 * callback, right after the browser's layout, so its reads force none. A tile that reads as
 * nothing (a placeholder without content yet) is forgotten, so that a later `add` watches it again.
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
  /** Watches these tiles; each is read and written once it is near the viewport. */
  add(tiles: readonly T[]): void;
  /** Stops watching and drops the queue (navigation, teardown): nothing is kept. */
  dispose(): void;
}

/** What a slice does with its tiles: `read` each (null: nothing to show yet), then `write` them all. */
export interface SliceWork<T, R> {
  read(tile: T): R | null;
  write(read: R[]): void;
  /** What writing one read tile costs (ms, measured by the caller): reads stop in time for the writes. */
  writeMs(): number;
}

export function createNearTiles<T, R>(
  env: NearEnv,
  anchorOf: (tile: T) => Element,
  work: SliceWork<T, R>,
): NearTiles<T> {
  const waiting = new Map<Element, T>();
  /** Handed over already: never queued again (a rescan finds the same tiles). */
  const handed = new WeakSet<Element>();
  let queue: T[] = [];
  let scheduled = false;
  let disposed = false;

  const slice = () => {
    scheduled = false;
    if (disposed || !queue.length) return;
    const deadline = env.now() + SLICE_MS;
    const got: R[] = [];
    let taken = 0;
    for (const tile of queue) {
      if (taken === MAX_SLICE_TILES || (taken && env.now() + (got.length + 1) * work.writeMs() > deadline)) break;
      taken++;
      const r = work.read(tile);
      if (r === null) handed.delete(anchorOf(tile));
      else got.push(r);
    }
    queue = queue.slice(taken);
    if (got.length) work.write(got);
    if (queue.length && !scheduled && !disposed) {
      scheduled = true;
      env.setTimeout(slice, 0);
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
    if (!scheduled) slice();
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
    dispose() {
      disposed = true;
      observer.disconnect();
      waiting.clear();
      queue = [];
    },
  };
}
