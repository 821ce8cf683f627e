/**
 * `npm run bench`: every scenario module in bench/scenarios (each exports `run: Scenario`) runs in
 * turn; one table of median / p95 / max per figure next to its budget is printed, the same figures
 * go to out/bench.json, and the exit code is 1 when a budget is missed. Never part of `npm test`.
 *
 *   npm run bench                         all scenarios
 *   npm run bench -- pages bundles        only the scenario modules with these names
 *   npm run bench -- --only product       only these parts (`npm run bench -- --list` names them)
 *   BENCH_OUTPUT_DIR=/other/.output npm run bench -- pages   another build, same scenarios
 * Builds the extension first when .output is missing. See bench/README.md for each figure.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchContext, BenchRow, ScenarioModule } from '../bench/types';
import { summary } from '../bench/lib/stats';
import { ROOT } from './lib/demo-pages';

// BENCH_OUTPUT_DIR: measure another build (e.g. an older commit's .output) with the same scenarios.
const outDir = resolve(process.env.BENCH_OUTPUT_DIR ?? join(ROOT, '.output'));
// Module names and part names (`--only a,b` or `--only a --only b`, or bare module names) select what runs.
const args = process.argv.slice(2);
const list = args.includes('--list');
const only = new Set(
  args.flatMap((a, i) => (a === '--only' || a === '--list' ? [] : args[i - 1] === '--only' ? a.split(',') : [a])),
);
const dir = join(ROOT, 'bench', 'scenarios');
const loaded: { name: string; file: string; mod: ScenarioModule }[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .sort()) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as ScenarioModule;
  loaded.push({ name: file.replace(/\.ts$/, ''), file, mod });
}
if (list) {
  for (const m of loaded) console.log(`${m.name}${m.mod.parts?.length ? `: ${m.mod.parts.join(', ')}` : ''}`);
  process.exit(0);
}
const known = new Set(loaded.flatMap((m) => [m.name, ...(m.mod.parts ?? [])]));
const unknown = [...only].filter((n) => !known.has(n));
if (unknown.length) {
  console.error(`bench: no scenario module or part named ${unknown.join(', ')} (npm run bench -- --list)`);
  process.exit(2);
}
const modules = loaded.filter((m) => !only.size || only.has(m.name) || (m.mod.parts ?? []).some((p) => only.has(p)));

const ctx = (name: string): BenchContext => ({
  chromeExtensionDir: join(outDir, 'chrome-mv3'),
  firefoxExtensionDir: join(outDir, 'firefox-mv3'),
  wants: (part) => !only.size || only.has(name) || only.has(part),
});
if (!existsSync(join(outDir, 'chrome-mv3')) || !existsSync(join(outDir, 'firefox-mv3'))) {
  execSync('npm run --silent build', { cwd: ROOT, stdio: 'ignore' });
}

const rows: BenchRow[] = [];
const failures: string[] = [];
for (const { name, file, mod } of modules) {
  const started = performance.now();
  process.stderr.write(`bench: ${file} ... `);
  try {
    if (typeof mod.run !== 'function') throw new Error('exports no `run` scenario');
    rows.push(...(await mod.run(ctx(name))));
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
