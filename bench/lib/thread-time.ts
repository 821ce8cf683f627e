/**
 * Main-thread CPU time of single tasks in a page, from the browser's own trace: each step the
 * caller runs (one `page.evaluate` = one task) starts with `performance.mark(label)`, and the step's
 * time is the thread time (`tdur`) of the renderer task that encloses that mark. Thread time counts
 * only the time the thread ran, so a machine busy with other work inflates it far less than a wall
 * clock (measured here under load 20: 190 ms wall for a 9 ms extraction task).
 */
import type { CDPSession, Page } from '@playwright/test';

interface Event {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
}

export interface ThreadClock {
  /** Thread time in ms of the task holding each mark, by label (missing when no task was found). */
  stop(): Promise<Map<string, number>>;
}

export async function startThreadClock(page: Page): Promise<ThreadClock> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: Event[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as Event[])));
  await cdp.send('Tracing.start', {
    categories: 'disabled-by-default-devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await done;
      await cdp.detach();
      const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.tdur !== undefined);
      const out = new Map<string, number>();
      for (const m of events) {
        if (m.ph !== 'I' && m.ph !== 'R' && m.ph !== 'n') continue;
        let best: Event | undefined;
        for (const t of tasks)
          if (t.pid === m.pid && t.tid === m.tid && t.ts <= m.ts && m.ts <= t.ts + (t.dur ?? 0))
            if (!best || (t.dur ?? 0) < (best.dur ?? 0)) best = t;
        if (best) out.set(m.name, (best.tdur ?? 0) / 1000);
      }
      return out;
    },
  };
}
