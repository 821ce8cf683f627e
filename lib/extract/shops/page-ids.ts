/**
 * Elements by id, from one query over the document. Shop pages hold 5-20k elements; in a Node DOM
 * each `querySelector('#x')` walks them all again, so an adapter that tests many ids builds this
 * map once per call and runs its selectors inside the (small) containers. Not cached across calls
 * (a live page changes under the content script), only within one (`sharingPageIds`). The first element wins when an id repeats.
 */
export type PageIds = Map<string, Element>;

const MAX_ELEMENTS = 100_000;

export function pageIds(doc: Document): PageIds {
  if (shared && shared.doc === doc) return (shared.ids ??= idsOf(doc));
  return idsOf(doc);
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

function idsOf(doc: Document): PageIds {
  const ids: PageIds = new Map();
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
