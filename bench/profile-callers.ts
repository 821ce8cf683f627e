/**
 * Who calls a function, in the runs the bench's extraction figure takes its median from (as
 * bench/profile-runs.ts): the self time of `<function>:<line>` (as profile-runs prints it) by its
 * caller chain, up to PROFILE_DEPTH (3) frames.
 *
 *   npx tsx bench/profile-callers.ts <function:line> [page filter]
 */
import { extractionScript, profileRuns, savedPagesBrowser, type ProfileNode } from './lib/saved-extraction';

const [target, filter] = process.argv.slice(2);
if (!target) throw new Error('usage: profile-callers.ts <function:line> [page filter]');
const FROM = Number(process.env.PROFILE_FROM ?? 2);
const TO = Number(process.env.PROFILE_TO ?? 4);
const REPEAT = Number(process.env.PROFILE_REPEAT ?? 3);
const DEPTH = Number(process.env.PROFILE_DEPTH ?? 3);
const code = await extractionScript();
const { saved, browser } = await savedPagesBrowser(filter);
const byChain = new Map<string, number>();
let all = 0;
try {
  for (const [, url] of saved) {
    for (let r = 0; r < REPEAT; r++) {
      const { kind, profile } = await profileRuns(browser, url, code, { from: FROM, to: TO });
      if (kind !== 'product') break;
      const nodes = profile.nodes;
      const parent = new Map<number, ProfileNode>();
      for (const n of nodes) for (const c of n.children ?? []) parent.set(c, n);
      const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
      for (const n of nodes) {
        all += n.hitCount ?? 0;
        if (key(n) !== target) continue;
        const chain: string[] = [];
        for (let q = parent.get(n.id); q && chain.length < DEPTH; q = parent.get(q.id)) chain.push(key(q));
        byChain.set(chain.join(' < '), (byChain.get(chain.join(' < ')) ?? 0) + (n.hitCount ?? 0));
      }
    }
  }
} finally {
  await browser.close();
}
for (const [chain, hits] of [...byChain].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((100 * hits) / all).toFixed(1).padStart(6)}%  ${chain}`);
