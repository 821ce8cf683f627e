/**
 * Main-world timing probe, added before the page's own scripts in timing runs only (never in the
 * A/B runs that measure script time). It reads what the user sees: when the first badge host
 * appears, when a badge shows an estimate, when every tile in the first viewport holds a badge,
 * plus the layout-shift and long-task observers. Times are performance.now() of the page.
 */
export interface ProbeResult {
  dcl: number;
  badge: number;
  estimate: number;
  tilesBadged: number;
  layoutShift: number;
  longestTask: number;
}

export function probeScript(tileSelector: string | null): string {
  return `(() => {
  const b = (window.__bench = { dcl: NaN, badge: NaN, estimate: NaN, tilesBadged: NaN, layoutShift: 0, longestTask: 0 });
  document.addEventListener('DOMContentLoaded', () => { b.dcl = performance.now(); }, { once: true });
  const tileSelector = ${JSON.stringify(tileSelector)};
  // The tiles on the first screen; a saved page is served without its style sheets and may push
  // every tile below it, then the first 20 tiles (the first screen of the styled page).
  const visibleTilesBadged = () => {
    const all = [...document.querySelectorAll(tileSelector)];
    const onScreen = all.filter((t) => { const r = t.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; });
    const tiles = onScreen.length ? onScreen : all.slice(0, 20);
    return tiles.length > 0 && tiles.every((t) => t.querySelector('embodied-badge'));
  };
  const tick = () => {
    const now = performance.now();
    const host = document.querySelector('embodied-badge');
    if (Number.isNaN(b.estimate) && host && host.shadowRoot && /CO2e/.test(host.shadowRoot.textContent || '')) b.estimate = now;
    if (tileSelector && Number.isNaN(b.tilesBadged) && visibleTilesBadged()) b.tilesBadged = now;
    if (Number.isNaN(b.estimate) || (tileSelector && Number.isNaN(b.tilesBadged))) requestAnimationFrame(tick);
  };
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'EMBODIED-BADGE') {
      b.badge = performance.now();
      mo.disconnect();
      requestAnimationFrame(tick);
      return;
    }
  });
  mo.observe(document, { childList: true, subtree: true });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.layoutShift += e.value; }).observe({ type: 'layout-shift', buffered: true }); } catch {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longestTask = Math.max(b.longestTask, e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
})();`;
}
