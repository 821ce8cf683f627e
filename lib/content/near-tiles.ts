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
 * all writes); the rest wait for the browser's next rendering (`afterFrame`). Every slice thus reads
 * right after a layout, before any write of its own: its reads (theme colours, tile text) force no
 * style or layout pass, and the page renders each slice's badges in one pass, one slice per frame.
 * (A slice per plain task read the styles the previous slice had just dirtied.) The first slice
 * runs inside the observer's callback, which also comes right after a layout. A tile that reads as
 * nothing (a placeholder without content yet) is forgotten, so that a later `add` watches it again.
 *
 * Newly added tiles are not left to the observer's own report: Chromium computes a new target's
 * intersection in the next frame's lifecycle but, after a long frame, delivers the report in a task
 * that waits behind a second frame (bench, infinite scroll: 50 appended tiles, reported 110-170 ms
 * after the append; a task posted right after the first frame ran 25-30 ms earlier). So after an
 * `add` the computed reports are also taken (`takeRecords`) from short timers (NEW_TILE_POLL_MS)
 * until every added tile has had its first report: the first timer after that frame finds them.
 * Timers, not requestAnimationFrame: a rAF callback runs inside the page's rendering task, which
 * then counts as the extension's (bench/README.md, long tasks). The screen's tiles get a slice
 * of their own with a longer budget (SCREEN_SLICE_MS): the user waits on them, and every further
 * slice waits a frame.
 *
 * Tiles the page appends after one that was near (infinite scroll: the user has reached the end of
 * the list) do not wait for that frame at all: the first screenful is read and written in the
 * mutation observer's callback (`appended`), before the page lays the new tiles out, so their
 * badges come with them in the same frame and shift nothing (bench, infinite scroll: the lag was
 * the append's own layout plus a frame and a task; it is now the layout). Such a read must read no
 * style (`readEarly`: page.ts takes the scheme its siblings' badges found).
 *
 * No browser globals: the observer and the timers come in through `env` (page.ts wires them).
 */

/** What the queue needs of an IntersectionObserver. */
export interface NearObserver {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
  /** The reports computed but not yet delivered (IntersectionObserver.takeRecords). */
  takeRecords(): readonly NearEntry[];
}

export interface NearEntry {
  target: Element;
  isIntersecting: boolean;
  /** Where the tile is, relative to the viewport (top and bottom are enough). */
  boundingClientRect: { top: number; bottom: number };
  /** The observer's root with its margin (NEAR_MARGIN): the viewport widened by a screen each way; null in a cross-origin frame. */
  rootBounds?: { top: number; bottom: number } | null;
}

export interface NearEnv {
  /** Creates the observer; `onEntries` gets its records. */
  observer(onEntries: (entries: readonly NearEntry[]) => void): NearObserver;
  /** Runs `cb` in a task of its own once the browser has rendered the next frame (style and layout fresh). */
  afterFrame(cb: () => void): void;
  /** Runs `cb` in a task of its own after `ms` (a timer). */
  later(cb: () => void, ms: number): void;
  now(): number;
  /** The viewport's height, when the entries do not tell (no rootBounds): tiles inside it go before those in the margin. */
  viewportHeight(): number;
}

/** The observer's margin around the viewport: tiles up to one screen away count as near. */
export const NEAR_MARGIN = '100% 0px 100% 0px';
/**
 * The viewport's top and bottom in the entries' coordinates: from the root's bounds, which are the
 * viewport widened by NEAR_MARGIN (one screen above and below), so nothing is read from the page
 * (reading innerHeight there can cost a style and layout pass); else from `viewportHeight`.
 */
function viewportOf(entries: readonly NearEntry[], height: () => number): { top: number; bottom: number } {
  const root = entries.find((e) => e.rootBounds)?.rootBounds;
  if (!root) return { top: 0, bottom: height() };
  const screen = (root.bottom - root.top) / 3;
  return { top: root.top + screen, bottom: root.bottom - screen };
}

/** Time budget of one slice of tile work, well under the 30 ms long-task budget. */
export const SLICE_MS = 8;
/**
 * Time budget of a slice that starts with tiles on screen (only those, at most MAX_SLICE_TILES):
 * longer, still under the 30 ms long-task budget, since each slice more costs the user a frame.
 */
export const SCREEN_SLICE_MS = 20;
/** How often the first reports of added tiles are looked for (about a frame), and for how many looks at most. */
const NEW_TILE_POLL_MS = 16;
export const NEW_TILE_POLLS = 30;
/**
 * At most this many tiles per slice, whatever the clock says: a slice reads each tile (about 0.5 ms
 * on the bench's Amazon tiles, several times that on a slow or busy machine) before it can tell
 * that its time is up, so the count bounds a slice where the deadline alone would come too late.
 */
export const MAX_SLICE_TILES = 12;

/** How far back `appended` looks for the known tile before the new ones (a shop may put a banner or two in between). */
const SIBLINGS_BACK = 8;

export interface NearTiles<T> {
  /** Watches these tiles; each is read and written once it is near the viewport. */
  add(tiles: readonly T[]): void;
  /**
   * Tiles the page has just appended (in document order). When the known tile before them (the
   * nearest earlier sibling of the first one that this queue watches or handed, at most
   * SIBLINGS_BACK elements back) was near the viewport, the end of the list is where the user is
   * heading: the first screenful of them (as many tiles as one report found on screen, at most
   * MAX_SLICE_TILES, within SLICE_MS) is read with `readEarly` and written at once, so that their
   * badges go in before the page's next layout, with the tiles. The rest, and all of them
   * otherwise, are watched as by `add`.
   */
  appended(tiles: readonly T[]): void;
  /** Stops watching and drops the queue (navigation, teardown): nothing is kept. */
  dispose(): void;
}

/** What a slice does with its tiles: `read` each (null: nothing to show yet), then `write` them all. */
export interface SliceWork<T, R> {
  read(tile: T): R | null;
  /**
   * A read before the page's next layout (`appended`): nothing in it may read styles or layout, which
   * would force the page's pending style and layout pass into this task. Null: the tile waits for its report.
   */
  readEarly?(tile: T): R | null;
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
  /** Handed because a report found them near (`near`), or read early after such a tile (`early`): see `appended`. */
  const near = new WeakSet<Element>();
  const earlyRead = new WeakSet<Element>();
  let queue: T[] = [];
  /** Added tiles without their first report yet, and whether a timer looks for them. */
  const unreported = new Set<Element>();
  let polling = false;
  let polls = 0;
  let scheduled = false;
  let disposed = false;
  /** How many tiles at the queue's front are on screen: a slice that starts with them takes no margin tile. */
  let onScreenLeft = 0;
  /** The most tiles one report found on screen: how many appended tiles `appended` reads early. */
  let screenful = 0;

  /** A slice is full at `limit` tiles, or when one more read tile's write would pass the deadline (at least one tile each). */
  const sliceFull = (taken: number, read: number, limit: number, deadline: number) =>
    taken === limit || (taken > 0 && env.now() + (read + 1) * work.writeMs() > deadline);

  const slice = () => {
    scheduled = false;
    if (disposed || !queue.length) return;
    // The screen's tiles go alone: the margin's wait a frame rather than lengthen the task the user waits on.
    const deadline = env.now() + (onScreenLeft ? SCREEN_SLICE_MS : SLICE_MS);
    const got: R[] = [];
    let taken = 0;
    const limit = Math.min(MAX_SLICE_TILES, onScreenLeft || MAX_SLICE_TILES);
    for (const tile of queue) {
      if (sliceFull(taken, got.length, limit, deadline)) break;
      taken++;
      const r = work.read(tile);
      if (r === null) handed.delete(anchorOf(tile));
      else got.push(r);
    }
    queue = queue.slice(taken);
    onScreenLeft = Math.max(0, onScreenLeft - taken);
    if (got.length) work.write(got);
    if (queue.length && !scheduled && !disposed) {
      scheduled = true;
      env.afterFrame(slice);
    }
  };

  /**
   * Reports (from the observer's callback or taken early): the near tiles queued, those on screen
   * first, the margin's after (document order within each); then a slice, unless one waits for its frame.
   */
  const onReports = (entries: readonly NearEntry[]) => {
    if (disposed || !entries.length) return;
    const screen = viewportOf(entries, () => env.viewportHeight());
    const onScreen: T[] = [];
    const inMargin: T[] = [];
    for (const e of entries) {
      unreported.delete(e.target);
      const tile = e.isIntersecting ? waiting.get(e.target) : undefined;
      if (tile === undefined) continue;
      waiting.delete(e.target);
      handed.add(e.target);
      near.add(e.target);
      observer.unobserve(e.target);
      const r = e.boundingClientRect;
      (r.bottom > screen.top && r.top < screen.bottom ? onScreen : inMargin).push(tile);
    }
    queue = [...onScreen, ...queue, ...inMargin];
    onScreenLeft += onScreen.length;
    screenful = Math.max(screenful, onScreen.length);
    if (!scheduled) slice();
  };

  const observer = env.observer(onReports);

  /** A timer's look for the added tiles' first reports, computed by a frame and not delivered yet. */
  const look = () => {
    polling = false;
    if (disposed) return;
    onReports(observer.takeRecords());
    if (unreported.size && ++polls < NEW_TILE_POLLS) poll();
    else unreported.clear();
  };
  const poll = () => {
    if (polling) return;
    polling = true;
    env.later(look, NEW_TILE_POLL_MS);
  };

  /** The first screenful of tiles appended after a near one, read and written in this task (see `appended`). */
  const early = (tiles: readonly T[], limit: number): number => {
    const readEarly = work.readEarly;
    if (!readEarly || limit <= 0) return 0;
    const deadline = env.now() + SLICE_MS;
    const got: R[] = [];
    let taken = 0;
    for (const tile of tiles) {
      if (sliceFull(taken, got.length, limit, deadline)) break;
      const el = anchorOf(tile);
      if (waiting.has(el) || handed.has(el)) {
        taken++;
        continue;
      }
      const r = readEarly(tile);
      // Not readable yet (a placeholder) or not without styles: it and the rest wait for their reports.
      if (r === null) break;
      handed.add(el);
      earlyRead.add(el);
      got.push(r);
      taken++;
    }
    if (got.length) work.write(got);
    return taken;
  };

  /**
   * How many tiles appended before `first` may be read early: a screenful after the last tile a
   * report found near, less those read early since (a page that appends one tile per task gets a
   * screenful in all, not every tile). Earlier siblings are looked at back to that tile, past at
   * most SIBLINGS_BACK elements that are no tile (banners); a tile still waiting for its report
   * (not near) ends the look with no room.
   */
  const earlyRoom = (first: Element): number => {
    const limit = Math.min(screenful, MAX_SLICE_TILES);
    let passedEarly = 0;
    let others = 0;
    for (let el = first.previousElementSibling; el && passedEarly < limit; el = el.previousElementSibling) {
      if (near.has(el)) return limit - passedEarly;
      if (earlyRead.has(el)) passedEarly++;
      else if (waiting.has(el) || handed.has(el) || ++others >= SIBLINGS_BACK) return 0;
    }
    return 0;
  };

  const api: NearTiles<T> = {
    appended(tiles) {
      if (disposed || !tiles.length) return;
      const taken = early(tiles, earlyRoom(anchorOf(tiles[0]!)));
      api.add(taken ? tiles.slice(taken) : tiles);
    },
    add(tiles) {
      if (disposed) return;
      let added = false;
      for (const t of tiles) {
        const el = anchorOf(t);
        if (waiting.has(el) || handed.has(el)) continue;
        waiting.set(el, t);
        unreported.add(el);
        observer.observe(el);
        added = true;
      }
      // Their first reports come with the next frame: looked for from timers (see the header).
      if (added) {
        polls = 0;
        poll();
      }
    },
    dispose() {
      disposed = true;
      observer.disconnect();
      waiting.clear();
      unreported.clear();
      queue = [];
      onScreenLeft = 0;
    },
  };
  return api;
}
