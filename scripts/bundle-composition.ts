/**
 * What a built bundle is made of: its minified bytes attributed to source files through its
 * sourcemap (bench/README.md, "Where the time goes"). Needs a build with sourcemaps, kept apart
 * from .output:
 *
 *   EMBODIED_SOURCEMAP=1 EMBODIED_OUT=/tmp/embodied-sm npx wxt build
 *   npx tsx scripts/bundle-composition.ts /tmp/embodied-sm/chrome-mv3/content-scripts/on-demand.js
 *
 * The mappings are decoded in bench/lib/sourcemap.ts (no sourcemap library needed).
 */
import { readFileSync } from 'node:fs';
import { readSourceMap } from '../bench/lib/sourcemap';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/bundle-composition.ts <bundle.js> (with <bundle.js>.map beside it)');
  process.exit(2);
}
const code = readFileSync(file, 'utf8').split('\n');
const bytes = new Map<string, number>();
readSourceMap(file).lines.forEach((segments, n) => {
  const length = code[n]?.length ?? 0;
  segments.forEach(([col, name], i) => {
    bytes.set(name, (bytes.get(name) ?? 0) + ((segments[i + 1]?.[0] ?? length) - col));
  });
});

const rows = [...bytes].sort((a, b) => b[1] - a[1]);
const total = rows.reduce((s, [, b]) => s + b, 0);
const kb = (b: number) => `${(b / 1000).toFixed(1).padStart(7)} kB`;
console.log(`${kb(total)}  ${file}`);
for (const [f, b] of rows.slice(0, 60)) console.log(`${kb(b)}  ${((b / total) * 100).toFixed(1).padStart(5)}%  ${f}`);
