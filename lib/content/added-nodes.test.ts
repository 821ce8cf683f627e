import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createAddedNodes, FULL_SCAN_GAP_MS, MAX_PENDING, type Scheduler } from './added-nodes';

/** Runs frames and idle callbacks when told to; a clock the test moves. */
function harness() {
  let clock = 0;
  const queue: (() => void)[] = [];
  const timers: { at: number; cb: () => void }[] = [];
  let frames = 0;
  // A frame callback is counted (never run): sorting must not run inside the page's rendering task.
  const sched: Scheduler & { requestAnimationFrame(cb: () => void): number } = {
    requestAnimationFrame: () => ++frames,
    requestIdleCallback: (cb) => queue.push(() => cb({ timeRemaining: () => 50, didTimeout: false })),
    setTimeout: (cb, ms) => timers.push({ at: clock + ms, cb }),
  };
  const run = () => {
    while (queue.length) queue.shift()!();
  };
  const advance = (ms: number) => {
    clock += ms;
    for (const t of timers.splice(0)) {
      if (t.at <= clock) t.cb();
      else timers.push(t);
    }
    run();
  };
  return { sched, run, advance, now: () => clock, frames: () => frames };
}

const { document } = parseHTML(
  '<html><body><ul id="grid"><li><a href="/p/1">One</a> 9,99 €</li></ul><div id="other"></div></body></html>',
);
const el = (html: string) => {
  const t = document.createElement('div');
  t.innerHTML = html;
  return t.firstElementChild as Element;
};

function setup() {
  const h = harness();
  const calls = { tiles: [] as Element[][], full: 0 };
  const grid = document.getElementById('grid')!;
  const added = createAddedNodes(h.sched, {
    isKnownTileSlot: (e) => e.parentElement === grid,
    onTiles: (els) => calls.tiles.push(els),
    onMayHoldProducts: () => calls.full++,
    now: h.now,
  });
  return { h, calls, added, grid, other: document.getElementById('other')! };
}

describe('incremental rescans', () => {
  it('reads a tile appended beside known tiles on its own, in idle time, without a full extraction', () => {
    const { h, calls, added, grid } = setup();
    const tile = el('<li><a href="/p/2">Two</a> 19,99 €</li>');
    grid.append(tile);
    added.collect([{ addedNodes: [tile] }]);
    expect(calls.tiles).toEqual([]);
    h.run();
    expect(calls.tiles).toEqual([[tile]]);
    expect(calls.full).toBe(0);
    expect(h.frames()).toBe(0); // in an idle callback of its own, not from a frame callback
  });

  it('drops added nodes that cannot hold a product and our own badges', () => {
    const { h, calls, added, other } = setup();
    const ad = el('<div class="ad"><img src="x.png"><span>Sale!</span></div>');
    const badge = document.createElement('embodied-badge');
    other.append(ad, badge);
    added.collect([{ addedNodes: [ad, badge] }]);
    h.run();
    expect(calls).toEqual({ tiles: [], full: 0 });
  });

  it('asks for one full extraction when a block with a link and a price appears elsewhere, at most once per gap', () => {
    const { h, calls, added, other } = setup();
    const block = () => {
      const b = el('<section><h2><a href="/p/9">Kettle</a></h2><span>39,99 €</span></section>');
      other.append(b);
      return b;
    };
    added.collect([{ addedNodes: [block()] }]);
    h.run();
    expect(calls.full).toBe(1);
    added.collect([{ addedNodes: [block()] }]);
    h.run();
    expect(calls.full).toBe(1);
    h.advance(FULL_SCAN_GAP_MS);
    expect(calls.full).toBe(2);
  });

  it('turns a wholesale change into one full extraction', () => {
    const { h, calls, added, other } = setup();
    const many = Array.from({ length: MAX_PENDING + 1 }, () => {
      const d = document.createElement('div');
      other.append(d);
      return d;
    });
    added.collect([{ addedNodes: many }]);
    h.run();
    expect(calls.full).toBe(1);
  });

  it('forgets the queue on reset (single-page navigation)', () => {
    const { h, calls, added, grid } = setup();
    const tile = el('<li><a href="/p/3">Three</a> 1 €</li>');
    grid.append(tile);
    added.collect([{ addedNodes: [tile] }]);
    added.reset();
    h.run();
    expect(calls.tiles).toEqual([]);
  });
});
