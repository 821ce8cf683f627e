import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../lib/demo-pages';
import { findDynamicCode } from './dynamic-code';
import { REWRITES } from './strip-dynamic-code';

describe('findDynamicCode', () => {
  it.each([
    'eval("1")',
    'x=Function("return 1")',
    'new Function("a","return a")',
    'let e=Function,t=1;new e()',
    'el.innerHTML=s',
    'el.outerHTML += s',
    'el["innerHTML"]=s',
    'el.insertAdjacentHTML("beforeend",s)',
    'document.write(s)',
    'document.writeln(s)',
    'el.setHTMLUnsafe(s)',
    'r.createContextualFragment(s)',
  ])('finds %s', (code) => {
    expect(findDynamicCode(code)).not.toEqual([]);
  });

  it.each([
    'a.innerHTML==b.innerHTML',
    'el.textContent=s',
    'c=Function.call.bind(Object.prototype.hasOwnProperty)',
    'typeof x=="function"',
    'devtools:{inspectedWindow:{eval:{minArgs:1}}}',
    'x instanceof Function',
    'retrieval(1)',
  ])('leaves %s alone', (code) => {
    expect(findDynamicCode(code)).toEqual([]);
  });
});

describe('the rewrites of strip-dynamic-code, on the installed libraries', () => {
  const files = ['preact/dist/preact.mjs', 'zod/v4/core/util.js', 'zod/v4/core/doc.js', 'zod/v4/core/compile.js'];
  it.each(REWRITES.map((r, i) => [r.why, r, files[i]!] as const))(
    '%s: found, and nothing dynamic left',
    (_why, r, file) => {
      const path = join(ROOT, 'node_modules', file);
      expect(r.module.test(path)).toBe(true);
      const code = readFileSync(path, 'utf8');
      expect(r.find.test(code)).toBe(true);
      const before = findDynamicCode(code).length;
      expect(before).toBeGreaterThan(0);
      expect(findDynamicCode(code.replace(r.find, r.replace)).length).toBeLessThan(before);
    },
  );
});
