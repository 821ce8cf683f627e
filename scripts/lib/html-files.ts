/**
 * The saved pages under a folder: every `.html` file at any depth, as paths relative to `root`, in
 * directory order. One walker for the tests, reports and one-off checks that read the fixtures.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? htmlFiles(root, join(dir, e.name))
      : e.name.endsWith('.html')
        ? [relative(root, join(dir, e.name))]
        : [],
  );
}
