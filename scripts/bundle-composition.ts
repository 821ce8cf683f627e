/**
 * What a built bundle is made of: its minified bytes attributed to source files through its
 * sourcemap (bench/README.md, "Where the time goes"). Needs a build with sourcemaps, kept apart
 * from .output:
 *
 *   EMBODIED_SOURCEMAP=1 EMBODIED_OUT=/tmp/embodied-sm npx wxt build
 *   npx tsx scripts/bundle-composition.ts /tmp/embodied-sm/chrome-mv3/content-scripts/on-demand.js
 *
 * The mappings are decoded here (base64 VLQ), so no sourcemap library is needed.
 */
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: tsx scripts/bundle-composition.ts <bundle.js> (with <bundle.js>.map beside it)');
  process.exit(2);
}
const code = readFileSync(file, 'utf8').split('\n');
const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** One segment's fields (VLQ: 5 bits per character, continuation bit 32, sign in the lowest bit). */
function decode(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const d = B64.indexOf(c);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

const bytes = new Map<string, number>();
let source = 0;
map.mappings.split(';').forEach((line, n) => {
  let column = 0;
  const segments: [number, number][] = [];
  for (const s of line.split(',')) {
    if (!s) continue;
    const d = decode(s);
    column += d[0]!;
    if (d.length > 1) source += d[1]!;
    segments.push([column, d.length > 1 ? source : -1]);
  }
  const length = code[n]?.length ?? 0;
  segments.forEach(([col, src], i) => {
    const name = src < 0 ? '(unmapped)' : map.sources[src]!;
    bytes.set(name, (bytes.get(name) ?? 0) + ((segments[i + 1]?.[0] ?? length) - col));
  });
});

const root = `${process.cwd().slice(1)}/`;
const clean = (p: string) =>
  p
    .replace(/^(\.\.\/)+/, '')
    .replace(root, '')
    .replace(/.*node_modules\//, 'node_modules/');
const rows = [...bytes].map(([f, b]) => [clean(f), b] as const).sort((a, b) => b[1] - a[1]);
const total = rows.reduce((s, [, b]) => s + b, 0);
const kb = (b: number) => `${(b / 1000).toFixed(1).padStart(7)} kB`;
console.log(`${kb(total)}  ${file}`);
for (const [f, b] of rows.slice(0, 60)) console.log(`${kb(b)}  ${((b / total) * 100).toFixed(1).padStart(5)}%  ${f}`);
