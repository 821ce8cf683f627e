/**
 * Elements by id, for the Amazon adapter's many id look-ups. In a browser, `getElementById` is the
 * DOM's own id table: each look-up is a hash look-up, where a map of the page's ids cost a selector
 * query and a read per element with an id (thousands on Amazon: a tenth of its extraction in
 * Chromium). Where the DOM's `getElementById` is a script function (linkedom, in Node, walks the
 * whole tree on every call) the ids are read once into a map instead (`idsOf`): shop pages hold
 * 5-20k elements, and an adapter tests dozens of ids. Either way the first element in document order
 * wins when an id repeats. Not cached across calls (a live page changes under the content script),
 * only within one (`sharingPageIds`).
 */
export interface PageIds {
  get(id: string): Element | undefined;
  has(id: string): boolean;
}

const MAX_ELEMENTS = 100_000;

export function pageIds(doc: Document): PageIds {
  if (shared && shared.doc === doc) return (shared.ids ??= idsFor(doc));
  return idsFor(doc);
}

/** The DOM's own id look-up where it is native code (a browser), else the map of `idsOf`. */
function idsFor(doc: Document): PageIds {
  return nativeById(doc) ? idLookup(doc) : idsOf(doc);
}

/** `doc.getElementById` is the browser's (native code), not a script function walking the tree. */
function nativeById(doc: Document): boolean {
  const f: unknown = doc.getElementById;
  return typeof f === 'function' && Function.prototype.toString.call(f).includes(NATIVE_BODY);
}
/** The body the engine prints for a function of its own ("function getElementById() { [native code] }"). */
const NATIVE_BODY = '[native code]';

/** Look-ups through `getElementById` (the first element with that id, in document order, as `idsOf`). */
export function idLookup(doc: Document): PageIds {
  return {
    get: (id) => (id ? (doc.getElementById(id) ?? undefined) : undefined),
    has: (id) => !!id && doc.getElementById(id) !== null,
  };
}

let shared: { doc: Document; ids: PageIds | null } | null = null;

/**
 * Runs `f` (one extraction: synchronous, so the page cannot change meanwhile) with one id map per
 * document for all its `pageIds` calls: Amazon's product and anchor steps each asked for one.
 */
export function sharingPageIds<T>(doc: Document, f: () => T): T {
  const outer = shared;
  shared = { doc, ids: null };
  try {
    return f();
  } finally {
    shared = outer;
  }
}

/** Every id of the document, each to its first element, in one selector query. */
export function idsOf(doc: Document): Map<string, Element> {
  const ids = new Map<string, Element>();
  const all = doc.querySelectorAll('[id]');
  for (let i = 0; i < all.length && i < MAX_ELEMENTS; i++) {
    const el = all[i];
    if (!el) continue;
    // The reflecting property (cheaper than getAttribute in Chromium); the attribute where a form's
    // control named "id" shadows it.
    const p: unknown = el.id;
    const id = typeof p === 'string' ? p : el.getAttribute('id');
    if (id && !ids.has(id)) ids.set(id, el);
  }
  return ids;
}

/** Elements matching `selector` inside the element with `id`, or that element alone without a selector. */
export function within(ids: PageIds, id: string, selector?: string): Element[] {
  const root = ids.get(id);
  if (!root) return [];
  return selector ? Array.from(root.querySelectorAll(selector)) : [root];
}
