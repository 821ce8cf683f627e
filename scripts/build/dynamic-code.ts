/**
 * What the shipped code must never contain: ways to turn a string into code (eval, the Function
 * constructor) or into HTML (innerHTML / outerHTML writes, insertAdjacentHTML, document.write...).
 * A page string that reached any of them would run or render as the shop chose; AMO's linter and
 * store reviewers flag them. One list, used by the build (which fails on a hit) and by the tests
 * over the built bundles. Works on source and minified code alike.
 */
const DYNAMIC_CODE: [name: string, pattern: RegExp][] = [
  ['eval call', /(?<![\w$.])eval\s*\(/],
  ['Function constructor call', /(?<![\w$.])Function\s*\(/],
  ['new Function', /\bnew\s+Function\b/],
  // `const F = Function; new F(...)`: the alias Zod uses to dodge simple scanners.
  ['Function constructor alias', /[=:,(]\s*Function\s*[,;)}]/],
  ['innerHTML/outerHTML write', /\.(?:inner|outer)HTML\s*\+?=(?!=)/],
  ['innerHTML/outerHTML write by key', /\[\s*['"`](?:inner|outer)HTML['"`]\s*\]\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['setHTMLUnsafe', /\bsetHTMLUnsafe\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
];

/** Every hit in `code`, as "name: …excerpt…", empty when the code is clean. */
export function findDynamicCode(code: string): string[] {
  const hits: string[] = [];
  for (const [name, pattern] of DYNAMIC_CODE) {
    const global = new RegExp(pattern.source, 'g');
    for (const m of code.matchAll(global)) {
      hits.push(`${name}: …${code.slice(Math.max(0, m.index - 40), m.index + m[0].length + 40)}…`);
    }
  }
  return hits;
}
