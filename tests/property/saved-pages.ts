/** Every saved and reconstructed page, as [label under fixtures/, absolute path], for the property tests' it.each. */
import { join } from 'node:path';
import { htmlFiles } from '../../scripts/lib/html-files';

export const SAVED_PAGES: [string, string][] = ['pages', 'reconstructed'].flatMap((set) => {
  const root = join(__dirname, '../fixtures', set);
  return htmlFiles(root).map((p): [string, string] => [`${set}/${p}`, join(root, p)]);
});
