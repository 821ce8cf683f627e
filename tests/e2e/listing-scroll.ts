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
