// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  createNearTiles,
  MAX_SLICE_TILES,
  NEW_TILE_POLLS,
  SCREEN_SLICE_MS,
  SLICE_MS,
  type NearEntry,
  type NearEnv,
} from './near-tiles';

/** A hand-driven observer and clock: `show` reports elements as the browser would. */
function fakeEnv(viewport = 900) {
  let onEntries: (entries: readonly NearEntry[]) => void = () => {};
  const observed = new Set<Element>();
  /** Reports computed by a frame but not delivered yet (what takeRecords hands over). */
  let computed: NearEntry[] = [];
  const timers: (() => void)[] = [];
  /** The timers looking for new tiles' reports (env.later), apart from the frames (timers). */
  const looks: (() => void)[] = [];
  let clock = 0;
  let disconnected = false;
  const env: NearEnv = {
    observer(cb) {
      onEntries = cb;
      return {
        observe: (el) => observed.add(el),
        unobserve: (el) => observed.delete(el),
        disconnect: () => {
          disconnected = true;
          observed.clear();
        },
        takeRecords: () => {
          const out = computed;
          computed = [];
          return out;
        },
      };
    },
    afterFrame: (cb) => void timers.push(cb),
    later: (cb) => void looks.push(cb),
    now: () => clock,
    viewportHeight: () => viewport,
  };
  return {
    env,
    observed,
    timers,
    looks,
    disconnected: () => disconnected,
    tick: (ms: number) => (clock += ms),
    /** Reports `els` at `top` (px from the viewport's top), intersecting the observer's root or not. */
    show: (els: Element[], top = 0, isIntersecting = true) =>
      onEntries(els.map((target) => ({ target, isIntersecting, boundingClientRect: { top, bottom: top + 100 } }))),
    /** A frame computed these elements' reports at `top`, near the viewport if within a screen of it (delivered later, or taken). */
    compute: (els: Element[], top = 0) =>
      void computed.push(
        ...els.map((target) => ({
          target,
          isIntersecting: top < 2 * viewport,
          boundingClientRect: { top, bottom: top + 100 },
        })),
      ),
    /** The computed reports delivered to the observer's callback (the browser's late task). */
    deliver: () => {
      const out = computed;
      computed = [];
      onEntries(out);
    },
    /** One report of these entries, as given. */
    entries: (list: NearEntry[]) => onEntries(list),
    /** One report of several intersecting elements, each at its own top. */
    report: (at: [Element, number][]) =>
      onEntries(
        at.map(([target, top]) => ({ target, isIntersecting: true, boundingClientRect: { top, bottom: top + 100 } })),
      ),
    runTimers: () => {
      while (timers.length) timers.shift()!();
    },
  };
}

/** Slice work that reads every tile as itself and records each slice's tiles (ids). */
function collect(writeMs = 0) {
  const slices: string[][] = [];
  const work = {
    read: (t: Element) => t,
    write: (got: Element[]) => void slices.push(got.map((t) => t.id)),
    writeMs: () => writeMs,
  };
  return { slices, work, ids: () => slices.flat() };
}

const tiles = (n: number) =>
  Array.from({ length: n }, (_, i) => Object.assign(document.createElement('div'), { id: `t${i}` }));

describe('near tiles', () => {
  it('hands over only the tiles reported near the viewport, each once', () => {
    const f = fakeEnv();
    const c = collect();
    const near = createNearTiles(f.env, (t: Element) => t, c.work);
    const [a, b, d] = tiles(3);
    near.add([a!, b!, d!]);
    expect(f.observed.size).toBe(3);
    f.show([b!], 0, false); // far away: nothing happens
    expect(c.ids()).toEqual([]);
    f.show([b!]);
    f.show([b!]); // reported again: not badged twice
    expect(c.ids()).toEqual(['t1']);
    expect(f.observed.has(b!)).toBe(false); // no longer watched
    near.add([b!]); // a rescan finds it again: it is known
    expect(f.observed.size).toBe(2);
  });

  it('works in slices bounded by time, counting the writes to come, the rest in later tasks', () => {
    const f = fakeEnv();
    // Each read costs 2 ms and each write will cost 1 ms: 8 ms fit two tiles and a half.
    const c = collect(1);
    const near = createNearTiles(f.env, (t: Element) => t, {
      ...c.work,
      read: (t: Element) => (f.tick(2), t),
    });
    const all = tiles(10);
    near.add(all);
    f.show(all, 1200); // in the margin, below the screen
    // The first slice runs in the observer's callback.
    expect(c.slices).toEqual([['t0', 't1', 't2']]);
    f.runTimers();
    expect(c.ids()).toEqual(all.map((t) => t.id));
    expect(Math.max(...c.slices.map((sl) => sl.length * 3))).toBeLessThanOrEqual(SLICE_MS + 1);
  });

  it('never reads more than MAX_SLICE_TILES tiles in a slice, even when the clock says there is time', () => {
    const f = fakeEnv();
    const c = collect(); // the clock never moves
    const near = createNearTiles(f.env, (t: Element) => t, c.work);
    const all = tiles(40);
    near.add(all);
    f.show(all);
    f.runTimers();
    expect(Math.max(...c.slices.map((sl) => sl.length))).toBe(MAX_SLICE_TILES);
    expect(c.ids()).toHaveLength(40);
  });

  it('forgets a tile that reads as nothing (a placeholder), so that adding it again watches it again', () => {
    const f = fakeEnv();
    const c = collect();
    let filled = false;
    const near = createNearTiles(f.env, (t: Element) => t, {
      ...c.work,
      read: (t: Element) => (t.id === 't0' && !filled ? null : t),
    });
    const [a, b] = tiles(2);
    near.add([a!, b!]);
    f.show([a!, b!]);
    expect(c.slices).toEqual([['t1']]);
    filled = true;
    near.add([a!, b!]);
    expect(f.observed.has(a!)).toBe(true);
    expect(f.observed.has(b!)).toBe(false);
    f.show([a!]);
    expect(c.slices).toEqual([['t1'], ['t0']]);
  });

  it('puts the tiles on screen before those in the margin', () => {
    const f = fakeEnv(900);
    const c = collect();
    const near = createNearTiles(f.env, (t: Element) => t, c.work);
    const [above, seen, below] = tiles(3);
    near.add([above!, seen!, below!]);
    // One report in document order, as the browser gives it: the tile on screen goes first.
    f.report([
      [above!, -600],
      [seen!, 300],
      [below!, 1200],
    ]);
    // The screen's tile alone in the observer's task; the margin's after the next frame.
    expect(c.slices).toEqual([['t1']]);
    f.runTimers();
    expect(c.slices).toEqual([['t1'], ['t0', 't2']]);
  });

  it('tells the screen from the margin by the root bounds the browser reports, reading no viewport', () => {
    const f = fakeEnv(NaN);
    f.env.viewportHeight = () => {
      throw new Error('read the viewport');
    };
    const c = collect();
    const near = createNearTiles(f.env, (t: Element) => t, c.work);
    const [above, seen, below] = tiles(3);
    near.add([above!, seen!, below!]);
    // A 600 px viewport widened by one screen each way (NEAR_MARGIN): the root runs from -600 to 1200.
    const rootBounds = { top: -600, bottom: 1200 };
    const at = (target: Element, top: number): NearEntry => ({
      target,
      isIntersecting: true,
      boundingClientRect: { top, bottom: top + 100 },
      rootBounds,
    });
    f.entries([at(above!, -400), at(seen!, 450), at(below!, 700)]);
    f.runTimers();
    expect(c.slices).toEqual([['t1'], ['t0', 't2']]);
  });

  it('runs each later slice after a frame of its own, never two in one task', () => {
    const f = fakeEnv();
    const c = collect();
    const near = createNearTiles(f.env, (t: Element) => t, c.work);
    const all = tiles(MAX_SLICE_TILES * 3);
    near.add(all);
    f.show(all);
    expect(c.slices).toHaveLength(1);
    expect(f.timers).toHaveLength(1);
    f.timers.shift()!();
    expect(c.slices).toHaveLength(2);
    // Tiles reported while a slice waits for its frame join the queue; no second frame is asked.
    const late = tiles(1);
    near.add(late);
    f.show(late);
    expect(c.slices).toHaveLength(2);
    expect(f.timers).toHaveLength(1);
  });

  it('keeps nothing after dispose (navigation, teardown)', () => {
    const f = fakeEnv();
    const c = collect();
    // Each read takes the whole slice: one tile per slice.
    const near = createNearTiles(f.env, (t: Element) => t, {
      ...c.work,
      read: (t: Element) => (f.tick(SCREEN_SLICE_MS + 1), t),
    });
    const all = tiles(4);
    near.add(all);
    f.show(all); // one taken now, three queued for later tasks
    near.dispose();
    f.runTimers();
    f.show(all);
    near.add(tiles(2));
    expect(c.ids()).toHaveLength(1);
    expect(f.disconnected()).toBe(true);
    expect(f.observed.size).toBe(0);
  });

  it("takes added tiles' first reports from a timer once a frame computed them, not waiting for their delivery", () => {
    const f = fakeEnv(900);
    const c = collect();
    const near = createNearTiles(f.env, (t: Element) => t, c.work);
    const [a, b, far] = tiles(3);
    near.add([a!, b!, far!]);
    expect(f.looks).toHaveLength(1);
    f.looks.shift()!(); // no frame yet: nothing to take, look again
    expect(c.slices).toEqual([]);
    expect(f.looks).toHaveLength(1);
    // The frame computed the reports (far: not near the viewport).
    f.compute([a!, b!], 1000);
    f.compute([far!], 5000);
    f.looks.shift()!();
    expect(c.slices).toEqual([['t0', 't1']]);
    // All three had their first report (far's: not near): no timer looks any more.
    expect(f.looks).toHaveLength(0);
    f.deliver(); // the late delivery finds nothing new
    expect(c.slices).toEqual([['t0', 't1']]);
    expect(f.observed.has(far!)).toBe(true);
    f.show([far!]);
    expect(c.slices).toEqual([['t0', 't1'], ['t2']]);
  });

  it('stops looking for first reports once all came or after NEW_TILE_POLLS looks (a hidden tab renders no frame)', () => {
    const f = fakeEnv(900);
    const near = createNearTiles(f.env, (t: Element) => t, collect().work);
    const [a, b] = tiles(2);
    near.add([a!, b!]);
    f.show([a!, b!]); // delivered by the observer itself: nothing left to look for
    f.looks.shift()!();
    expect(f.looks).toHaveLength(0);
    near.add(tiles(1));
    let n = 0;
    while (f.looks.length) {
      f.looks.shift()!();
      n++;
    }
    expect(n).toBe(NEW_TILE_POLLS);
  });

  it("reads the screen's tiles in one slice with the longer screen budget, the margin's by the shorter one", () => {
    const f = fakeEnv(900);
    // Reads of 3 ms and writes of 2 ms: 5 ms a tile, so four fit in SCREEN_SLICE_MS, one in SLICE_MS.
    const c = collect(2);
    const near = createNearTiles(f.env, (t: Element) => t, { ...c.work, read: (t: Element) => (f.tick(3), t) });
    const all = tiles(8);
    near.add(all);
    f.report(all.map((t, i) => [t, i < 4 ? 100 : 1000] as [Element, number]));
    expect(c.slices).toEqual([['t0', 't1', 't2', 't3']]);
    f.runTimers();
    expect(Math.max(...c.slices.slice(1).map((sl) => sl.length))).toBeLessThan(4);
    expect(c.ids()).toHaveLength(8);
  });

  describe('tiles appended after a near tile (infinite scroll)', () => {
    /** A listing whose first report put `onScreen` tiles on screen; `append` adds tiles after them, as the page would. */
    function scrolled(onScreen: number, readEarly?: (t: Element) => Element | null) {
      const f = fakeEnv(900);
      const c = collect();
      const early: string[] = [];
      const near = createNearTiles(f.env, (t: Element) => t, {
        ...c.work,
        readEarly: readEarly ?? ((t: Element) => (early.push(t.id), t)),
      });
      const grid = document.createElement('div');
      const first = tiles(onScreen);
      grid.append(...first);
      near.add(first);
      f.report(first.map((t, i) => [t, i * 10] as [Element, number]));
      c.slices.length = 0;
      const more = Array.from({ length: 20 }, (_, i) => Object.assign(document.createElement('div'), { id: `n${i}` }));
      const append = (els: Element[]) => {
        grid.append(...els);
        near.appended(els);
      };
      return { f, c, near, early, grid, more, append };
    }

    it('badges the first screenful at once, before any report or frame, and watches the rest', () => {
      const { f, c, early, more, append } = scrolled(3);
      append(more);
      // Written in this call: no frame, no timer, no report came in between.
      expect(c.slices).toEqual([['n0', 'n1', 'n2']]);
      expect(early).toEqual(['n0', 'n1', 'n2']);
      expect([...f.observed].map((t) => t.id)).toEqual(more.slice(3).map((t) => t.id));
      // The rest come by their reports, as before; the early ones are not badged twice.
      f.report(more.map((t, i) => [t, 900 + i * 100] as [Element, number]));
      f.runTimers();
      expect(c.ids().sort()).toEqual(more.map((t) => t.id).sort());
    });

    it('looks past a banner or two between the known tiles and the new ones', () => {
      const { c, grid, more, append } = scrolled(2);
      grid.append(document.createElement('aside'), document.createElement('aside'));
      append(more);
      expect(c.slices).toEqual([['n0', 'n1']]);
    });

    it('reads nothing early when the tile before them was not near the viewport, or there is no known tile before them', () => {
      const { f, c, near, early, grid, more, append } = scrolled(3);
      const far = tiles(1)[0]!;
      grid.append(far);
      near.add([far]); // watched, never reported near
      append(more.slice(0, 10));
      const elsewhere = document.createElement('div');
      elsewhere.append(...more.slice(10));
      near.appended(more.slice(10));
      expect(early).toEqual([]);
      expect(c.slices).toEqual([]);
      expect(f.observed.size).toBe(21);
    });

    it('gives a page that appends one tile per call a screenful in all, not every tile', () => {
      const { c, f, more, append } = scrolled(3);
      for (const t of more) append([t]);
      expect(c.ids()).toEqual(['n0', 'n1', 'n2']);
      expect(f.observed.size).toBe(17);
      // Once a report finds one of the others near, a screenful after it may go early again.
      f.report([[more[19]!, 500]]);
      c.slices.length = 0;
      append(tiles(5).map((t) => Object.assign(t, { id: `m${t.id}` })));
      expect(c.slices).toEqual([['mt0', 'mt1', 'mt2']]);
    });

    it('stops at the first tile that cannot be read early: it and the rest wait for their reports', () => {
      const { f, c, more, append } = scrolled(4, (t) => (t.id === 'n1' ? null : t));
      append(more);
      expect(c.slices).toEqual([['n0']]);
      expect(f.observed.has(more[1]!)).toBe(true);
      expect(f.observed.has(more[0]!)).toBe(false);
    });

    it('reads at most MAX_SLICE_TILES early, and stops when SLICE_MS runs out', () => {
      const big = scrolled(40);
      big.append(big.more);
      expect(big.c.slices).toEqual([big.more.slice(0, MAX_SLICE_TILES).map((t) => t.id)]);

      const slow = scrolled(6, (t) => (slow.f.tick(3), t));
      slow.append(slow.more);
      expect(slow.c.slices).toEqual([['n0', 'n1', 'n2']]);
    });
  });
});
