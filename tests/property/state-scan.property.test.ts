/**
 * The app-state scan (json-state.ts `stateTextOf`) finds a script's assignments from each `=` that a
 * value follows (`assignmentFrom`) instead of trying its regular expression at every position of 1-2
 * MB of script text. It must find the same matches, in the same order, as that expression's global
 * scan did (kept here as the reference): on generated script text and on every inline script of the
 * saved and reconstructed pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignmentFrom } from '../../lib/extract/generic/json-state';
import { indexPage } from '../../lib/extract/generic/page-index';
import { ownText } from '../../lib/extract/generic/text';
import { loadPage } from '../../lib/extract/load';
import { budget } from './budget';
import { SAVED_PAGES } from './saved-pages';

// The expression as it was (7b210e3), scanned globally.
const REFERENCE =
  /(?:^|[;\s,(){}])(?:window\.|self\.|globalThis\.|var\s+|let\s+|const\s+)?(?:[A-Za-z_$][\w$]*\.)?([A-Za-z_$][\w$]*)\s*=\s*(JSON\.parse\(\s*)?(?=["'{])/g;

const shown = (m: RegExpExecArray) => [m.index, m[0], m[1], m[2]];

function reference(t: string): unknown[] {
  const out: unknown[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(t); m; m = REFERENCE.exec(t)) out.push(shown(m));
  return out;
}

function scanned(t: string): unknown[] {
  const out: unknown[] = [];
  for (let m = assignmentFrom(t, 0); m; m = assignmentFrom(t, m.index + m[0].length)) out.push(shown(m));
  return out;
}

/** What may open an assignment's match, stand before its name, and name it (and near misses of each). */
const DELIMITERS = ['', ';', ' ', '\n', ',', '(', ')', '{', '}', 'x', '.'];
const PREFIXES = ['', 'window.', 'self.', 'globalThis.', 'var ', 'let\t', 'const\n', 'var', 'window', 'const  \u00a0'];
const NAMES = ['product', '__STATE__', 'item', 'x', '$a1', '9a', '', 'a b'];
const VALUES = ['{', '"', "'", '[', '1', '`', '{"price":1}', ''];

/** Pieces of script text around assignments: names, prefixes, delimiters, spaces, values' starts. */
const piece = fc.constantFrom(
  ...DELIMITERS,
  ...PREFIXES,
  ...NAMES,
  ...VALUES,
  ...['a.b', '_', '\u00a0', '\u2028', '=', '==', ' = ', '=>', 'JSON.parse(', 'JSON.parse( "', ':', '+', '!'],
);
/** An assignment, well formed or nearly: [delimiter][prefix][object.]name[spaces]=[spaces][JSON.parse(]value. */
const assignment = fc
  .tuple(
    fc.constantFrom(...DELIMITERS),
    fc.constantFrom(...PREFIXES),
    fc.constantFrom('', 'app.', 'a.b.', '9.', '$.'),
    fc.constantFrom(...NAMES),
    fc.constantFrom('', ' ', '\t\n', '\u3000'),
    fc.constantFrom('=', '==', '=>', ':'),
    fc.constantFrom('', ' ', '\n '),
    fc.constantFrom('', 'JSON.parse(', 'JSON.parse( ', 'JSON.parse'),
    fc.constantFrom(...VALUES),
  )
  .map((parts) => parts.join(''));
const script = fc.array(
  fc.oneof({ weight: 6, arbitrary: piece }, { weight: 3, arbitrary: assignment }, fc.string({ maxLength: 4 })),
  { maxLength: 40 },
);

describe('the app-state scan finds what the global expression found', () => {
  it('on generated script text', () => {
    fc.assert(
      fc.property(script, (parts) => {
        const t = parts.join('');
        expect(scanned(t)).toEqual(reference(t));
      }),
      budget(3000),
    );
  });

  it('from a later start, as the expression does from its lastIndex', () => {
    fc.assert(
      fc.property(script, fc.nat(), (parts, n) => {
        const t = parts.join('');
        const from = t.length ? n % t.length : 0;
        REFERENCE.lastIndex = from;
        const want = REFERENCE.exec(t);
        const got = assignmentFrom(t, from);
        expect(got && shown(got)).toEqual(want && shown(want));
      }),
      budget(2000),
    );
  });

  it.each(SAVED_PAGES)('on every inline script of %s', (_, file) => {
    for (const el of indexPage(loadPage(file).doc).scripts ?? []) {
      const t = ownText(el);
      expect(scanned(t)).toEqual(reference(t));
    }
  });
});
