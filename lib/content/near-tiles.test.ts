// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createNearTiles, MAX_SLICE_TILES, SLICE_MS, type NearEntry, type NearEnv } from './near-tiles';

/** A hand-driven observer and clock: `show` reports elements as the browser would. */
function fakeEnv(viewport = 900) {
  let onEntries: (entries: readonly NearEntry[]) => void = () => {};
  const observed = new Set<Element>();
  const timers: (() => void)[] = [];
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
      };
    },
    afterFrame: (cb) => void timers.push(cb),
    now: () => clock,
    viewportHeight: () => viewport,
  };
  return {
    env,
    observed,
    timers,
    disconnected: () => disconnected,
    tick: (ms: number) => (clock += ms),
    /** Reports `els` at `top` (px from the viewport's top), intersecting the observer's root or not. */
    show: (els: Element[], top = 0, isIntersecting = true) =>
      onEntries(els.map((target) => ({ target, isIntersecting, boundingClientRect: { top, bottom: top + 100 } }))),
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
    f.show(all);
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
      read: (t: Element) => (f.tick(SLICE_MS + 1), t),
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
});
