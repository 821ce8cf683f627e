/**
 * Listing badges are placed as tiles come near the viewport (lib/content/near-tiles.ts), and the
 * saved Amazon search page, served unstyled, puts its first result below the first screen. These
 * in-page scripts scroll as a user would (Playwright and puppeteer both evaluate them, promises
 * awaited): first to the first result, then through every result, a couple of frames at each.
 */
const TILE = '[data-component-type="s-search-result"]';

/** Scrolls the first result to the middle of the viewport. */
export const TO_FIRST_TILE = `document.querySelector('${TILE}')?.scrollIntoView({ block: 'center' })`;

/** Scrolls every result to the middle of the viewport in turn, two frames each; ends at the last one. */
export const THROUGH_EVERY_TILE = `(async () => {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (const t of document.querySelectorAll('${TILE}')) { t.scrollIntoView({ block: 'center' }); await frames(); }
})()`;

/** Scrolls the end of the results (the last result) to the bottom of the viewport. */
export const TO_LAST_TILE = `[...document.querySelectorAll('${TILE}')].pop()?.scrollIntoView({ block: 'end' })`;

/** Whether the last result holds a badge. */
export const LAST_TILE_BADGED = `!!([...document.querySelectorAll('${TILE}')].pop()?.querySelector('embodied-badge'))`;

/**
 * Appends six copies of the last result (own ASIN and links, no badge) as an infinite scroll does,
 * and answers, right after the mutation observers' microtasks (before any task or frame, so before
 * the page lays the copies out), which of them hold a badge.
 */
export const APPEND_SIX_AND_LOOK = `(async () => {
  const tiles = document.querySelectorAll('${TILE}');
  const last = tiles[tiles.length - 1];
  const copies = Array.from({ length: 6 }, (_, i) => {
    const copy = last.cloneNode(true);
    copy.querySelectorAll('embodied-badge').forEach((b) => b.remove());
    copy.setAttribute('data-asin', 'B0EARLY00' + i);
    copy.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', '/dp/B0EARLY00' + i));
    return copy;
  });
  last.parentElement.append(...copies);
  await Promise.resolve();
  return copies.map((c) => !!c.querySelector('embodied-badge'));
})()`;
