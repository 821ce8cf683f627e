/**
 * A built bundle's sourcemap, decoded here (base64 VLQ), so no sourcemap library is needed: which
 * source file each minified line/column came from (scripts/bundle-composition.ts, bench/attribute-product.ts).
 */
import { readFileSync } from 'node:fs';

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

export interface SourceMapped {
  /** Per generated line (0-based): [start column, source name or '(unmapped)'] in column order. */
  lines: [number, string][][];
  /** The source file of a generated position (0-based line and column). */
  sourceAt(line: number, column: number): string;
}

/** `file` must have `<file>.map` beside it. Source names are made repository-relative. */
export function readSourceMap(file: string, cwd = process.cwd()): SourceMapped {
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[]; mappings: string };
  const root = `${cwd.slice(1)}/`;
  const clean = (p: string) =>
    p
      .replace(/^(\.\.\/)+/, '')
      .replace(root, '')
      .replace(/.*node_modules\//, 'node_modules/');
  const sources = map.sources.map(clean);
  let source = 0;
  const lines = map.mappings.split(';').map((line) => {
    let column = 0;
    const segments: [number, string][] = [];
    for (const s of line.split(',')) {
      if (!s) continue;
      const d = decode(s);
      column += d[0]!;
      if (d.length > 1) source += d[1]!;
      segments.push([column, d.length > 1 ? sources[source]! : '(unmapped)']);
    }
    return segments;
  });
  return {
    lines,
    sourceAt(line, column) {
      const segs = lines[line] ?? [];
      let found = '(unmapped)';
      for (const [col, src] of segs) {
        if (col > column) break;
        found = src;
      }
      return found;
    },
  };
}
