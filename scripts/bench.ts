/**
 * `npm run bench`: every scenario module in bench/scenarios (each exports `run: Scenario`) runs in
 * turn; one table of median / p95 / max per figure next to its budget is printed, the same figures
 * go to out/bench.json, and the exit code is 1 when a budget is missed. Never part of `npm test`.
 *
 *   npm run bench                  all scenarios
 *   npm run bench -- pages bundles only the scenario modules with these names
 *   BENCH_OUTPUT_DIR=/other/.output npm run bench -- pages   another build, same scenarios
 * Builds the extension first when .output is missing. See bench/README.md for each figure.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchContext, BenchRow, Scenario } from '../bench/types';
import { summary } from '../bench/lib/stats';
import { ROOT } from './lib/demo-pages';

// BENCH_OUTPUT_DIR: measure another build (e.g. an older commit's .output) with the same scenarios.
const outDir = process.env.BENCH_OUTPUT_DIR ?? join(ROOT, '.output');
const ctx: BenchContext = {
  chromeExtensionDir: join(outDir, 'chrome-mv3'),
  firefoxExtensionDir: join(outDir, 'firefox-mv3'),
};
if (!existsSync(ctx.chromeExtensionDir) || !existsSync(ctx.firefoxExtensionDir)) {
  execSync('npm run --silent build', { cwd: ROOT, stdio: 'ignore' });
}

const only = process.argv.slice(2);
const dir = join(ROOT, 'bench', 'scenarios');
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort()
  .filter((f) => !only.length || only.includes(f.replace(/\.ts$/, '')));

const rows: BenchRow[] = [];
const failures: string[] = [];
for (const file of modules) {
  const started = performance.now();
  process.stderr.write(`bench: ${file} ... `);
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: Scenario };
    if (typeof mod.run !== 'function') throw new Error('exports no `run` scenario');
    rows.push(...(await mod.run(ctx)));
    process.stderr.write(`${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  } catch (e) {
    process.stderr.write('failed\n');
    failures.push(`${file}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

const fmt = (x: number) =>
  Number.isNaN(x) ? '-' : Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 10 ? x.toFixed(1) : x.toFixed(2);
const results = rows.map((r) => {
  const s = summary(r.samples);
  const value = r.budget ? s[r.budget.stat] : NaN;
  const ok = r.budget ? r.samples.length > 0 && value <= r.budget.max : null;
  return { ...r, ...s, n: r.samples.length, ok };
});

const header = ['scenario', 'figure', 'unit', 'n', 'median', 'p95', 'max', 'budget', ''];
const table = results.map((r) => [
  r.scenario,
  r.figure,
  r.unit,
  String(r.n),
  fmt(r.median),
  fmt(r.p95),
  fmt(r.max),
  r.budget ? `${r.budget.stat} <= ${r.budget.max}` : 'report',
  r.ok === null ? '' : r.ok ? 'ok' : 'MISSED',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells: string[]) =>
  cells
    .map((c, i) => (i >= 3 && i <= 6 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

mkdirSync(join(ROOT, 'out'), { recursive: true });
const jsonFile = process.env.BENCH_JSON ?? join(ROOT, 'out', 'bench.json');
const missed = results.filter((r) => r.ok === false);
writeFileSync(
  jsonFile,
  JSON.stringify({ date: new Date().toISOString(), rows: results, failures, missed: missed.length }, null, 2) + '\n',
);
console.log(
  `\n${jsonFile}: ${results.length} figures, ${missed.length} budget(s) missed, ${failures.length} scenario(s) failed`,
);
for (const f of failures) console.error(`\nscenario failed: ${f}`);
process.exit(missed.length || failures.length ? 1 : 0);
