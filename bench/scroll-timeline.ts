/**
 * Where an infinite-scroll step's badge lag goes (diagnostic, not part of `npm run bench`): the
 * 100-tile listing as in the scroll scenario, 50 tiles appended per step; the page notes each frame
 * (requestAnimationFrame), each long task, and when each appended tile's badge host went in, relative
 * to the append. Usage: npx tsx bench/scroll-timeline.ts [steps] (after npm run build).
 */
import { resolve } from 'node:path';
import { launch, load } from './lib/chromium';
import { benchPages, LISTING_100_URL, TILE } from './lib/pages';
import { probeScript } from './lib/probe';

const steps = Number(process.argv[2] ?? 10);
const dir = resolve(process.env.BENCH_OUTPUT_DIR ?? '.output', 'chrome-mv3');
const a = await launch(benchPages(), dir);
const r = await load(a, LISTING_100_URL, { settleMs: 1500, initScript: probeScript(TILE) });
const { page } = r;
await page.waitForFunction(
  () => !Number.isNaN((window as unknown as { __bench: { tilesBadged: number } }).__bench.tilesBadged),
  undefined,
  { timeout: 20_000 },
);
for (let step = 0; step < steps; step++) {
  await page.evaluate(`[...document.querySelectorAll('${TILE}')].pop().scrollIntoView({ block: 'end' })`);
  await page.waitForTimeout(600);
  const out = await page.evaluate(
    ({ tile, step }) =>
      new Promise<string>((done) => {
        const tiles = [...document.querySelectorAll(tile)];
        const parent = tiles[tiles.length - 1].parentElement!;
        const batch: Element[] = [];
        for (let i = 0; i < 50; i++) {
          const c = tiles[i % 20].cloneNode(true) as Element;
          const asin = `B0SCROLL${String(1000 + step * 50 + i).padStart(4, '0')}`;
          c.setAttribute('data-asin', asin);
          c.querySelectorAll('a[href]').forEach((a) => a.setAttribute('href', `/dp/${asin}`));
          c.querySelectorAll('embodied-badge').forEach((b) => b.remove());
          batch.push(c);
        }
        const marks: string[] = [];
        const t0 = performance.now();
        const at = () => Math.round(performance.now() - t0);
        new PerformanceObserver((l) => {
          for (const e of l.getEntries())
            if (e.startTime >= t0) marks.push(`longtask ${Math.round(e.startTime - t0)}+${Math.round(e.duration)}`);
        }).observe({ type: 'longtask' });
        const mo = new MutationObserver((recs) => {
          for (const rec of recs)
            for (const n of rec.addedNodes)
              if ((n as Element).localName === 'embodied-badge') {
                const t = batch.findIndex((b) => b.contains(n));
                if (t >= 0) marks.push(`badge tile#${t} ${at()}`);
              }
        });
        mo.observe(parent, { childList: true, subtree: true });
        parent.append(...batch);
        let frames = 0;
        let doneAt = 0;
        const frame = (ts: number) => {
          frames++;
          const nextScreen = batch.filter((t) => {
            const r = t.getBoundingClientRect();
            return r.bottom > 0 && r.top < 2 * innerHeight && r.height > 0;
          });
          marks.push(
            `frame ${Math.round(ts - t0)} (cb ${at()}) next=${nextScreen.length} badged=${nextScreen.filter((t) => t.querySelector('embodied-badge')).length}`,
          );
          if (!doneAt && nextScreen.length && nextScreen.every((t) => t.querySelector('embodied-badge'))) doneAt = at();
          if (frames < 30 && (!doneAt || at() < doneAt + 100)) requestAnimationFrame(frame);
          else {
            mo.disconnect();
            for (const m of performance.getEntriesByType('mark'))
              if (m.startTime >= t0 && m.name.startsWith('emb:'))
                marks.push(`${m.name} ${Math.round(m.startTime - t0)}`);
            performance.clearMarks();
            done(`lag ${doneAt}: ${marks.join(' | ')}`);
          }
        };
        requestAnimationFrame(frame);
      }),
    { tile: TILE, step },
  );
  console.log(`step ${step}: ${out}`);
}
await a.close();
