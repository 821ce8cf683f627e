import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHint, shiftMapOneLine } from './compile-hint';

type Hook = (this: unknown, options: unknown, bundle: Record<string, unknown>) => void;

/** The plugin's generateBundle on a bundle as Rollup/Rolldown hands it. */
function generate(bundle: Record<string, unknown>) {
  const hook = compileHint().generateBundle as Hook;
  hook.call({}, {}, bundle);
  return bundle;
}

describe('compileHint', () => {
  it("puts V8's magic comment on the entry chunk's first line, once", () => {
    const chunk = { type: 'chunk', isEntry: true, fileName: 'a.js', code: 'var a=(function(){})();', map: null };
    generate({ 'a.js': chunk });
    expect(chunk.code).toBe(`${COMPILE_HINT}\nvar a=(function(){})();`);
    generate({ 'a.js': chunk });
    expect(chunk.code.split(COMPILE_HINT)).toHaveLength(2);
  });

  it('shifts the sourcemap by the added line (chunk map and emitted .map asset)', () => {
    const chunk = { type: 'chunk', isEntry: true, fileName: 'a.js', code: 'x', map: { mappings: 'AAAA' } };
    const asset = { type: 'asset', source: JSON.stringify({ version: 3, mappings: 'AAAA,CAAC' }) };
    generate({ 'a.js': chunk, 'a.js.map': asset });
    expect(chunk.map.mappings).toBe(';AAAA');
    expect(JSON.parse(asset.source).mappings).toBe(';AAAA,CAAC');
  });

  it('leaves chunks that are not entries alone', () => {
    const chunk = { type: 'chunk', isEntry: false, fileName: 'b.js', code: 'x', map: null };
    generate({ 'b.js': chunk });
    expect(chunk.code).toBe('x');
  });

  it('shiftMapOneLine keeps the rest of the map', () => {
    const out = JSON.parse(shiftMapOneLine(JSON.stringify({ version: 3, sources: ['s.ts'], mappings: 'A;B' })));
    expect(out).toEqual({ version: 3, sources: ['s.ts'], mappings: ';A;B' });
  });
});
