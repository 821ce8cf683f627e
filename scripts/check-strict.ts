/**
 * `npm run check:strict`: `noUncheckedIndexedAccess` folder by folder. TypeScript takes the option
 * per program, not per folder, so this type-checks the project once with it on and fails only on
 * errors inside the folders listed in STRICT (an imported module outside them does not count).
 * Add a folder once its errors are fixed; when every folder is listed, turn the option on in
 * tsconfig.json and delete this script.
 */
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');

/** Folders (or files) whose code already satisfies noUncheckedIndexedAccess. */
const STRICT = [
  'components/',
  'entrypoints/background/',
  'entrypoints/options/',
  'entrypoints/popup/',
  'lib/messaging/',
  'lib/extract/*', // the files directly in lib/extract
  'lib/extract/shops/',
  'lib/extract/generic/',
  'lib/sites/',
  'lib/zod.ts',
  'scripts/build/',
  'scripts/lib/',
  'scripts/check-exports.ts',
  'scripts/check-strict.ts',
  'scripts/test.ts',
  'tests/data/',
  'tests/e2e/',
  'tests/property/',
  'tests/unit/',
];

/** 'dir/' = the folder and below, 'dir/*' = the files directly in it, else one file. */
const inStrictFolder = (file: string) => {
  const rel = relative(ROOT, file);
  return STRICT.some((s) =>
    s.endsWith('/') ? rel.startsWith(s) : s.endsWith('/*') ? dirname(rel) === s.slice(0, -2) : rel === s,
  );
};

const configFile = ts.readConfigFile(resolve(ROOT, 'tsconfig.json'), ts.sys.readFile);
const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
const t0 = Date.now();
const program = ts.createProgram(parsed.fileNames, { ...parsed.options, noUncheckedIndexedAccess: true, noEmit: true });
const errors = ts
  .getPreEmitDiagnostics(program)
  .filter((d) => d.category === ts.DiagnosticCategory.Error && d.file && inStrictFolder(d.file.fileName));
const host: ts.FormatDiagnosticsHost = {
  getCanonicalFileName: (f) => f,
  getCurrentDirectory: () => ROOT,
  getNewLine: () => '\n',
};
if (errors.length) console.log(ts.formatDiagnostics(errors, host));
console.log(
  `noUncheckedIndexedAccess: ${errors.length} error(s) in ${STRICT.length} strict folders (${Date.now() - t0} ms)`,
);
process.exit(errors.length ? 1 : 0);
