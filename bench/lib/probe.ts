/**
 * Main-world timing probe, added before the page's own scripts in timing runs only (never in the
 * A/B runs that measure script time). It reads what the user sees: when the first badge host
 * appears, when every tile in the first viewport holds a badge, plus the layout-shift and long-task
 * observers. Times are performance.now() of the page. The estimate inside the (closed) badge root
 * is read from outside, over CDP (estimateShownAt).
 */
import type { Page } from '@playwright/test';
import { shadowEval } from '../../scripts/lib/closed-shadow';

export interface ProbeResult {
  dcl: number;
  badge: number;
  estimate: number;
  tilesBadged: number;
  layoutShift: number;
  longestTask: number;
}

/**
 * When the first badge shows an estimate, in the page's performance.now() time. The badge roots are
 * closed, so no page script can read them: this polls them over CDP (scripts/lib/closed-shadow.ts,
 * as the e2e tests do) every POLL_MS until `until`; the figure is late by at most one poll and
 * one round trip. Resolves to NaN when no estimate showed.
 */
const POLL_MS = 10;
export async function estimateShownAt(page: Page, until: number): Promise<number> {
  while (Date.now() < until && !page.isClosed()) {
    const at = await shadowEval<number>(
      page,
      'embodied-badge-text',
      '(e) => (/CO2e/.test(e.textContent || "") ? performance.now() : 0)',
    ).catch(() => 0);
    if (at > 0) return at;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
  return NaN;
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
    if (tileSelector && Number.isNaN(b.tilesBadged) && visibleTilesBadged()) b.tilesBadged = now;
    if (tileSelector && Number.isNaN(b.tilesBadged)) requestAnimationFrame(tick);
  };
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'EMBODIED-BADGE') {
      b.badge = performance.now();
      mo.disconnect();
      if (tileSelector) requestAnimationFrame(tick);
      return;
    }
  });
  mo.observe(document, { childList: true, subtree: true });
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) b.layoutShift += e.value; }).observe({ type: 'layout-shift', buffered: true }); } catch {}
  try { new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longestTask = Math.max(b.longestTask, e.duration); }).observe({ type: 'longtask', buffered: true }); } catch {}
})();`;
}
