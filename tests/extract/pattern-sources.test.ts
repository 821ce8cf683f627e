/**
 * Every regex the word modules build at first use (lib/extract/pattern.ts EVERY_PATTERN), by a
 * digest of its source and flags, and of its common-text twin's: a change meant to build them
 * faster (lib/extract/words-class.ts `tokenSource`, `classTokens`) must give the same regexes.
 * A change of a word list updates the snapshot (`npx vitest run -u`).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EVERY_PATTERN } from '../../lib/extract/pattern';
import '../../lib/extract/words';
import '../../lib/extract/words-class';
import '../../lib/extract/words-facts';
import '../../lib/extract/words-order';
import '../../lib/extract/words-buy';

const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

describe('word-list regexes', () => {
  it('keep their sources', () => {
    // The common-text twin of each: the regex a Latin, Greek or Cyrillic text is tested with.
    const got = EVERY_PATTERN.map((p) => {
      const twin = p.regexFor('a');
      return digest(`${p.source}/${p.flags} ${twin.source}/${twin.flags}`);
    });
    expect(got.length).toBeGreaterThan(50);
    expect(got).toMatchSnapshot();
  });
});
