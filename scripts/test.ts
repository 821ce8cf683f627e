/**
 * `npm test`: every check, in order, stopping at the first failing stage:
 * type check, ESLint, unused exports, noUncheckedIndexedAccess in the folders that meet it, format check (Prettier), unit and property tests (Vitest), browsers
 * present, both builds, web-ext lint (0 errors, 0 warnings), e2e in Chromium and Firefox
 * (Playwright). Ends with one summary line, `tests: N passed, M failed`.
 *
 * A format failure is fixed with `npm run format`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/demo-pages';

const out = join(ROOT, 'out', 'test');
mkdirSync(out, { recursive: true });
const vitestJson = join(out, 'vitest.json');
const playwrightJson = join(out, 'playwright.json');
rmSync(vitestJson, { force: true });
rmSync(playwrightJson, { force: true });

const stages: [string, string, string[], Record<string, string>?][] = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['unused exports', 'npx', ['tsx', 'scripts/check-exports.ts']],
  ['strict index access', 'npx', ['tsx', 'scripts/check-strict.ts']],
  ['format check', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]],
  ['browsers', 'npx', ['tsx', 'scripts/ensure-browsers.ts']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['web-ext lint', 'npm', ['run', '--silent', 'lint:firefox']],
  ['e2e', 'npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson }],
];

let failedStage: string | null = null;
const times: string[] = [];
for (const [name, cmd, args, env] of stages) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  times.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (r.status !== 0) {
    failedStage = name;
    break;
  }
}

let passed = 0;
let failed = 0;
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
}
if (existsSync(playwrightJson)) {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += p.stats?.expected ?? 0;
  failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
}
console.log(`\n${times.join(' | ')}`);
if (failedStage) {
  console.log(`stage failed: ${failedStage}`);
  if (failed === 0) failed = 1; // a failing type check or lint counts as a failure too
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedStage ? 1 : 0);
