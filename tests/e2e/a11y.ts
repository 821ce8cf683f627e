/** axe-core over the badge and its open panel, injected into the page (Chromium, via Playwright). */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openCopies } from '../../scripts/lib/closed-shadow';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/** WCAG 2.2 A/AA violations inside the badges (their copies in open roots), nothing of the page's own. */
export async function badgeViolations(page: Page): Promise<Violation[]> {
  await openCopies(page);
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            ctx: unknown,
            opts: unknown,
          ): Promise<{
            violations: { id: string; impact: string | null; nodes: { target: unknown; failureSummary?: string }[] }[];
          }>;
        };
      }
    ).axe;
    const copies = [...document.querySelectorAll('embodied-a11y-copy')];
    const out: { id: string; impact: string | null; nodes: string[] }[] = [];
    for (const copy of copies) {
      const res = await axe.run(copy, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      for (const v of res.violations)
        out.push({
          id: v.id,
          impact: v.impact,
          nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
        });
    }
    return out;
  });
}
