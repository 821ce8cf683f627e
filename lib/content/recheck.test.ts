import { describe, expect, it } from 'vitest';
import { createRecheck, RECHECK_DELAYS_MS, type RecheckDeps } from './recheck';

/** A hand-driven clock: `advance` runs the due timers in order. */
function harness(holdsAt: (look: number) => boolean) {
  let now = 0;
  let looks = 0;
  let asks = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let nextId = 1;
  const deps: RecheckDeps = {
    look: () => holdsAt(++looks),
    ask: () => asks++,
    setTimeout: (run, ms) => {
      timers.set(nextId, { at: now + ms, run });
      return nextId++;
    },
    clearTimeout: (id) => timers.delete(id as number),
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { recheck: createRecheck(deps), advance, looks: () => looks, asks: () => asks, pending: () => timers.size };
}

const total = RECHECK_DELAYS_MS.reduce((a, b) => a + b, 0);

describe('detector recheck schedule', () => {
  it('asks at once when the page holds something, and never looks again', () => {
    const h = harness(() => true);
    h.recheck.start();
    h.advance(total * 2);
    expect([h.looks(), h.asks(), h.recheck.asked, h.pending()]).toEqual([1, 1, true, 0]);
    h.recheck.start();
    expect(h.looks()).toBe(1);
  });

  it('looks a bounded number of times on a page without products, then stops', () => {
    const h = harness(() => false);
    h.recheck.start();
    h.advance(total * 10);
    expect(h.looks()).toBe(1 + RECHECK_DELAYS_MS.length);
    expect([h.asks(), h.pending()]).toEqual([0, 0]);
  });

  it('finds a late-rendered product on a later look', () => {
    const h = harness((n) => n >= 3);
    h.recheck.start();
    h.advance(RECHECK_DELAYS_MS[0] + RECHECK_DELAYS_MS[1]);
    expect([h.looks(), h.asks()]).toEqual([3, 1]);
  });

  it('starts the schedule over on a URL change, with one timer at a time', () => {
    const h = harness(() => false);
    h.recheck.start();
    h.advance(total * 10);
    h.recheck.start();
    h.recheck.start();
    expect(h.pending()).toBe(1);
    h.advance(total * 10);
    expect(h.looks()).toBe(3 * (1 + RECHECK_DELAYS_MS.length) - RECHECK_DELAYS_MS.length);
  });
});
