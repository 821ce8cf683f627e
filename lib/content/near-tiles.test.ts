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
    setTimeout: (cb) => timers.push(cb),
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

const tiles = (n: number) =>
  Array.from({ length: n }, (_, i) => Object.assign(document.createElement('div'), { id: `t${i}` }));

describe('near tiles', () => {
  it('hands over only the tiles reported near the viewport, each once', () => {
    const f = fakeEnv();
    const got: string[] = [];
    const near = createNearTiles<Element>(
      f.env,
      (t) => t,
      (queue) => {
        got.push(...queue.map((t) => t.id));
        return queue.length;
      },
    );
    const [a, b, c] = tiles(3);
    near.add([a!, b!, c!]);
    expect(f.observed.size).toBe(3);
    f.show([b!], 0, false); // far away: nothing happens
    expect(got).toEqual([]);
    f.show([b!]);
    f.show([b!]); // reported again: not badged twice
    expect(got).toEqual(['t1']);
    expect(f.observed.has(b!)).toBe(false); // no longer watched
    near.add([b!]); // a rescan finds it again: it is known
    expect(f.observed.size).toBe(2);
  });

  it('works in slices bounded by time, the rest in later tasks', () => {
    const f = fakeEnv();
    const slices: number[] = [];
    const near = createNearTiles<Element>(
      f.env,
      (t) => t,
      (queue, deadline) => {
        // Each tile costs 3 ms; take tiles while the deadline allows (at least one).
        let n = 0;
        while (n < queue.length && (n === 0 || f.env.now() + 3 <= deadline)) {
          f.tick(3);
          n++;
        }
        slices.push(n);
        return n;
      },
    );
    const all = tiles(10);
    near.add(all);
    f.show(all);
    // The first slice runs in the observer's callback; no slice goes past SLICE_MS.
    expect(slices).toEqual([Math.floor(SLICE_MS / 3)]);
    f.runTimers();
    expect(slices.reduce((a, b) => a + b)).toBe(10);
    expect(Math.max(...slices) * 3).toBeLessThanOrEqual(SLICE_MS);
  });

  it('never hands a slice more than MAX_SLICE_TILES tiles, even when the clock says there is time', () => {
    const f = fakeEnv();
    const offered: number[] = [];
    const near = createNearTiles<Element>(
      f.env,
      (t) => t,
      (queue) => {
        offered.push(queue.length); // the clock never moves: a slice would take all it is given
        return queue.length;
      },
    );
    const all = tiles(40);
    near.add(all);
    f.show(all);
    f.runTimers();
    expect(Math.max(...offered)).toBe(MAX_SLICE_TILES);
    expect(offered.reduce((a, b) => a + b)).toBe(40);
  });

  it('watches a released tile again when it is added again (a placeholder that filled in)', () => {
    const f = fakeEnv();
    const got: string[] = [];
    const near = createNearTiles<Element>(
      f.env,
      (t) => t,
      (queue) => {
        got.push(...queue.map((t) => t.id));
        return queue.length;
      },
    );
    const [a, b] = tiles(2);
    near.add([a!, b!]);
    f.show([a!, b!]);
    near.release(a!);
    near.add([a!, b!]);
    expect(f.observed.has(a!)).toBe(true);
    expect(f.observed.has(b!)).toBe(false);
    f.show([a!]);
    expect(got).toEqual(['t0', 't1', 't0']);
  });

  it('puts the tiles on screen before those in the margin', () => {
    const f = fakeEnv(900);
    const order: string[] = [];
    const near = createNearTiles<Element>(
      f.env,
      (t) => t,
      (queue) => {
        order.push(...queue.map((t) => t.id));
        return queue.length;
      },
    );
    const [above, seen, below] = tiles(3);
    near.add([above!, seen!, below!]);
    // One report in document order, as the browser gives it: the tile on screen goes first.
    f.report([
      [above!, -600],
      [seen!, 300],
      [below!, 1200],
    ]);
    expect(order).toEqual(['t1', 't0', 't2']);
  });

  it('keeps nothing after dispose (navigation, teardown)', () => {
    const f = fakeEnv();
    const got: Element[] = [];
    const near = createNearTiles<Element>(
      f.env,
      (t) => t,
      (queue) => {
        got.push(queue[0]!);
        return 1;
      },
    );
    const all = tiles(4);
    near.add(all);
    f.show(all); // one taken now, three queued for later tasks
    near.dispose();
    f.runTimers();
    f.show(all);
    near.add(tiles(2));
    expect(got.length).toBe(1);
    expect(f.disconnected()).toBe(true);
    expect(f.observed.size).toBe(0);
  });
});
