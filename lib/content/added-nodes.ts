/**
 * Incremental rescans: what the page added since the last look, sorted in idle time.
 *
 * Mutation records only queue the added elements (cheap, in the observer callback). In an idle
 * period (Chromium starts one only after a pending frame is rendered), the queue is sorted within a
 * small time budget per slice (the rest waits for the next idle period). No requestAnimationFrame
 * on the way: its callback runs inside the page's rendering task, which the bench's trace then
 * counts as an extension task (the 60-80 ms frame after an infinite-scroll append, bench/README.md):
 *  - an element added beside a known tile (same parent) is a new tile: read on its own;
 *  - an element that may hold products (a link or button with price text, or JSON-LD) asks for one
 *    full extraction, at most once per FULL_SCAN_GAP_MS;
 *  - anything else (ads, counters, our own badges) is dropped.
 * No browser globals: the timers come in through `sched` (the content-script context).
 */
import { PRICE_TEXT } from '../extract/listing-tile';

export interface Scheduler {
  requestIdleCallback(
    cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void,
    opts?: { timeout: number },
  ): number;
  setTimeout(cb: () => void, ms: number): number;
}

export interface AddedNodesOptions {
  /** True when `el` sits where a known tile sits (e.g. the same grid). */
  isKnownTileSlot(el: Element): boolean;
  onTiles(elements: Element[]): void;
  onMayHoldProducts(): void;
  now?: () => number;
}

/** Time budget of one sorting slice, well under a frame. */
const SLICE_MS = 8;
/** Beyond this many queued elements the page changed wholesale: one full extraction instead. */
export const MAX_PENDING = 2000;
/** Full extractions after the first are at least this far apart. */
export const FULL_SCAN_GAP_MS = 1000;
/** Price text is looked for in this many characters of an added element. */
const MAX_TEXT = 4000;
/** Wait at most this long for an idle period. */
const IDLE_TIMEOUT_MS = 200;

function mayHoldProducts(el: Element): boolean {
  if (el.localName === 'script') return (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json';
  if (!el.matches('a[href], button') && !el.querySelector('a[href], button')) return false;
  return PRICE_TEXT.test((el.textContent ?? '').slice(0, MAX_TEXT));
}

const isOurs = (el: Element) => el.localName.startsWith('embodied-');

export function createAddedNodes(sched: Scheduler, opts: AddedNodesOptions) {
  const now = opts.now ?? (() => performance.now());
  let pending: Element[] = [];
  let overflow = false;
  let scheduled = false;
  let lastFull = -Infinity;
  let fullTimer = false;

  const requestFull = () => {
    if (fullTimer) return;
    const wait = lastFull + FULL_SCAN_GAP_MS - now();
    const run = () => {
      fullTimer = false;
      lastFull = now();
      opts.onMayHoldProducts();
    };
    if (wait <= 0) return run();
    fullTimer = true;
    sched.setTimeout(run, wait);
  };

  const flush = () => {
    scheduled = false;
    const start = now();
    const tiles: Element[] = [];
    let full = overflow;
    overflow = false;
    let i = 0;
    for (; i < pending.length && !full && now() - start < SLICE_MS; i++) {
      const el = pending[i];
      if (!el.isConnected) continue;
      if (opts.isKnownTileSlot(el) && el.querySelector('a[href]')) tiles.push(el);
      else if (mayHoldProducts(el)) full = true;
    }
    // A full extraction sees everything still queued.
    pending = full ? [] : pending.slice(i);
    if (full) requestFull();
    else if (tiles.length) opts.onTiles(tiles);
    if (pending.length) schedule();
  };

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    sched.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
  }

  return {
    collect(records: readonly { addedNodes: NodeList | readonly Node[] }[]) {
      let any = false;
      for (const r of records) {
        for (const n of Array.from(r.addedNodes)) {
          if (n.nodeType !== 1 || isOurs(n as Element)) continue;
          if (pending.length >= MAX_PENDING) overflow = true;
          else pending.push(n as Element);
          any = true;
        }
      }
      if (any) schedule();
    },
    /** Forget the queue (single-page navigation: the page is extracted afresh). */
    reset() {
      pending = [];
      overflow = false;
    },
  };
}
