/**
 * Listing badges come as tiles near the viewport (lib/content/near-tiles.ts), so the demo scripts
 * scroll a listing as a user would before they read or photograph its badges: half a screen at a
 * time to the bottom, two frames at each stop, then back to the top. Evaluated in the page
 * (Playwright awaits the promise).
 */
export const SCROLL_THROUGH_PAGE = `(async () => {
  const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) { scrollTo(0, y); await frames(); }
  scrollTo(0, 0);
})()`;
