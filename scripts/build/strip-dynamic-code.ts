/**
 * A Vite plugin that takes the string-to-code and string-to-HTML paths out of the libraries we ship,
 * then fails the build if any such path is left in an output chunk (see dynamic-code.ts).
 *
 * - Preact's `dangerouslySetInnerHTML` branch: our views never use the prop (ESLint forbids it), so
 *   the `el.innerHTML = props.__html` write becomes a throw.
 * - Zod's JIT: we run Zod jitless (lib/zod.ts), but its `new Function("")` probe and the compilers
 *   behind it are still bundled; the probe answers "no eval" and the compilers throw (Zod falls back
 *   to its interpreter, which is what jitless already does).
 *
 * Each rewrite names the exact code it expects. If a library upgrade changes that code, the rewrite
 * warns, and the final scan of the chunks decides: a remaining write or eval fails the build, so an
 * upgrade cannot silently bring one back. Code that is simply gone (e.g. the in-page UI no longer
 * using a helper) is fine.
 */
import type { Plugin } from 'vite';
import { findDynamicCode } from './dynamic-code';

interface Rewrite {
  why: string;
  module: RegExp;
  find: RegExp;
  replace: string;
}

const THROW = (what: string) =>
  `(()=>{throw new Error(${JSON.stringify(`Embodied: ${what} is disabled in this build`)})})()`;

export const REWRITES: Rewrite[] = [
  {
    why: "Preact's dangerouslySetInnerHTML write",
    module: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
    // h?(l||y&&(h.__html==y.__html||h.__html==t.innerHTML)||(t.innerHTML=h.__html),r.__k=[]):(...)
    find: /(\w)\?\((\w)\|\|(\w)&&\(\1\.__html==\3\.__html\|\|\1\.__html==(\w)\.innerHTML\)\|\|\(\4\.innerHTML=\1\.__html\),(\w)\.__k=\[\]\):/,
    replace: `$1?${THROW('dangerouslySetInnerHTML')}:`,
  },
  {
    why: "Zod's eval probe",
    module: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]util\.js$/,
    find: /const F = Function;\s*new F\(""\);\s*return true;/,
    replace: 'return false;',
  },
  {
    why: "Zod's JSON-schema/doc compiler",
    module: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]doc\.js$/,
    find: /const F = Function;[^]*?return factory\(\.\.\.Object\.values\(this\.closed\)\);/,
    replace: `return ${THROW('code generation')};`,
  },
  {
    why: "Zod's parser compiler",
    module: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/]compile\.js$/,
    // Throwing inside its try turns into Zod's own "compile unsupported" error: it falls back.
    find: /const F = Function;([^]*?)const factory = new F\(\.\.\.constantNames, factoryCode\);/,
    replace: `$1const factory = ${THROW('code generation')};`,
  },
];

export function stripDynamicCode(): Plugin {
  return {
    name: 'embodied:strip-dynamic-code',
    enforce: 'pre',
    transform(code, id) {
      let out = code;
      for (const r of REWRITES) {
        if (!r.module.test(id)) continue;
        if (!r.find.test(out)) {
          this.warn(`${r.why}: expected code not found in ${id} (library changed?); the bundle scan decides`);
          continue;
        }
        out = out.replace(r.find, r.replace);
      }
      return out === code ? null : { code: out, map: null };
    },
    generateBundle(_options, bundle) {
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const hits = findDynamicCode(chunk.code);
        if (hits.length) this.error(`${name} contains code that turns strings into code or HTML:\n${hits.join('\n')}`);
      }
    },
  };
}
